import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { CrmError, ErrorCode } from '../core/errors';
import { forecastSeries } from '../ml/forecasting/combined-forecaster';
import { evaluateForecasts, type ForecastEvaluation } from '../ml/forecasting/forecast-evaluation';
import {
  writeForecastEvaluationReport,
  writeForecastRunReport,
  type ForecastChartInput,
} from '../ml/forecasting/forecast-report';
import { assertLongEnough, evenSample, parsePeriod, readSeriesFile } from '../ml/forecasting/series-file';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

interface RunOptions {
  data: string;
  horizon: number;
  period: string;
  out: string;
  report?: string;
}

interface EvalOptions {
  train: string;
  test: string;
  period: string;
  report?: string;
  json?: boolean;
}

const REPORT_SAMPLE = 8;

/** `crmpro forecast run|eval`: time-series forecasts with intervals for many series at once (a stable interface). */
export function registerForecastCommands(program: Command, env: CliEnvironment): void {
  const forecast = program
    .command('forecast')
    .description('Forecast time series with prediction intervals, and evaluate the forecaster');

  forecast
    .command('run')
    .description('Forecast every series of a long-form CSV (series_id,t,value)')
    .requiredOption('--data <file>', 'CSV with columns series_id, t, value; t ascending within each series')
    .requiredOption('--horizon <steps>', 'how many steps ahead to forecast', positiveInteger('--horizon'))
    .requiredOption(
      '--period <period>',
      'seasonal period: a number (12 for monthly) or monthly, quarterly, weekly, daily, none',
    )
    .requiredOption('--out <file>', 'CSV to write: series_id,h,forecast,lo80,hi80,lo95,hi95')
    .option('--report <dir>', 'write charts of a sample of series and an HTML page here')
    .action(runCommand(env, (options: RunOptions) => runForecasts(env, options)));

  forecast
    .command('eval')
    .description('Forecast each test series from its training part; report sMAPE, MASE and interval coverage')
    .requiredOption('--train <file>', 'long-form CSV of the history (series_id,t,value)')
    .requiredOption('--test <file>', 'long-form CSV of the values to forecast, t continuing the history')
    .requiredOption(
      '--period <period>',
      'seasonal period: a number (12 for monthly) or monthly, quarterly, weekly, daily, none',
    )
    .option(
      '--report <dir>',
      'write accuracy charts and forecasts of a sample of series with an HTML page here',
    )
    .option('--json', 'print the results as JSON')
    .action(runCommand(env, (options: EvalOptions) => evalForecasts(env, options)));
}

async function runForecasts(env: CliEnvironment, options: RunOptions): Promise<number> {
  const period = parsePeriod(options.period);
  const series = await readSeriesFile(options.data);
  assertLongEnough(series, period, options.data);
  const started = performance.now();
  const records: (string | number)[][] = [['series_id', 'h', 'forecast', 'lo80', 'hi80', 'lo95', 'hi95']];
  const sample = evenSample([...series.keys()], REPORT_SAMPLE);
  const charts: ForecastChartInput[] = [];
  for (const [id, values] of series) {
    const result = forecastSeries(values, period, options.horizon);
    for (let h = 0; h < options.horizon; h++) {
      records.push([
        id,
        h + 1,
        ...[result.forecast, result.lo80, result.hi80, result.lo95, result.hi95].map((column) =>
          tidy(column[h]!),
        ),
      ]);
    }
    if (options.report && sample.has(id)) charts.push({ id, history: values, result });
  }
  try {
    await writeFile(options.out, stringify(records));
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `cannot write ${options.out}: ${(error as Error).message}`, {
      file: options.out,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  env.err(
    `Forecast ${series.size} series, ${options.horizon} steps each, in ${seconds.toFixed(1)} s; wrote ${options.out}`,
  );
  if (options.report) {
    env.err(`Report: ${await writeForecastRunReport(options.report, charts)}`);
  }
  return 0;
}

async function evalForecasts(env: CliEnvironment, options: EvalOptions): Promise<number> {
  const period = parsePeriod(options.period);
  const train = await readSeriesFile(options.train);
  const test = await readSeriesFile(options.test);
  assertLongEnough(new Map([...train].filter(([id]) => test.has(id))), period, options.train);
  const sample = evenSample([...test.keys()], REPORT_SAMPLE);
  const { evaluation, kept } = evaluateForecasts(
    train,
    test,
    period,
    options.report ? (id) => sample.has(id) : undefined,
  );
  const reportFile = options.report
    ? await writeForecastEvaluationReport(options.report, evaluation, kept)
    : undefined;
  if (options.json) {
    env.out(
      JSON.stringify(
        { train: options.train, test: options.test, ...evaluation, report: reportFile },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const line of forecastEvaluationLines(evaluation)) env.out(line);
  if (reportFile) env.out(`Report: ${reportFile}`);
  return 0;
}

/** The plain-text summary printed by `forecast eval`. */
export function forecastEvaluationLines(evaluation: ForecastEvaluation): string[] {
  const width = Math.max(...evaluation.methods.map((m) => m.method.length));
  const horizon =
    evaluation.horizon.min === evaluation.horizon.max
      ? `${evaluation.horizon.max}`
      : `${evaluation.horizon.min}-${evaluation.horizon.max}`;
  return [
    `${evaluation.series} series, ${evaluation.points} test points, horizon ${horizon}, period ${evaluation.period}`,
    `${'method'.padEnd(width)}  sMAPE %    MASE  seconds`,
    ...evaluation.methods.map(
      (m) =>
        `${m.method.padEnd(width)}  ${m.smape.toFixed(2).padStart(7)}  ${m.mase.toFixed(3).padStart(6)}  ${m.seconds.toFixed(2).padStart(7)}`,
    ),
    `Interval coverage (ours): 80% interval ${(evaluation.coverage.p80 * 100).toFixed(1)}%, 95% interval ${(evaluation.coverage.p95 * 100).toFixed(1)}%`,
  ];
}

function tidy(value: number): number {
  return Number(value.toPrecision(8));
}
