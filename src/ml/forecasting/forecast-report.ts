import type { ChartSpec } from '../../reports/chart';
import { writeHtmlReport, type ReportSection } from '../../reports/html-report';
import type { SeriesForecast } from './combined-forecaster';
import type { EvaluatedSeries, ForecastEvaluation } from './forecast-evaluation';

/** One series to draw: its recent history, optional actuals after it, and the forecast with intervals. */
export interface ForecastChartInput {
  id: string;
  history: ArrayLike<number>;
  actual?: ArrayLike<number>;
  result: SeriesForecast;
  /** Shown as the unit of the value axis. */
  valueTitle?: string;
}

/**
 * A Vega-Lite chart of one forecast: the last part of the history, the forecast line, 80% and 95%
 * bands, and the actual values when known.
 */
export function forecastChartSpec(
  input: ForecastChartInput,
  title = `Series ${input.id}`,
  shownHistory = 48,
): ChartSpec {
  const n = input.history.length;
  const start = Math.max(0, n - shownHistory);
  const rows: Record<string, number | string>[] = [];
  for (let t = start; t < n; t++) rows.push({ t: t + 1, value: input.history[t]!, kind: 'history' });
  Array.from(input.actual ?? []).forEach((value, h) => rows.push({ t: n + h + 1, value, kind: 'actual' }));
  const bands = Array.from(input.result.forecast, (forecast, h) => ({
    t: n + h + 1,
    forecast,
    lo80: input.result.lo80[h]!,
    hi80: input.result.hi80[h]!,
    lo95: input.result.lo95[h]!,
    hi95: input.result.hi95[h]!,
  }));
  const x = { field: 't', type: 'quantitative', title: 'period' } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 520,
    height: 220,
    title,
    layer: [
      {
        data: { values: bands },
        mark: { type: 'area', color: '#9ecae1', opacity: 0.45 },
        encoding: {
          x,
          y: { field: 'lo95', type: 'quantitative', title: input.valueTitle ?? 'value' },
          y2: { field: 'hi95' },
        },
      },
      {
        data: { values: bands },
        mark: { type: 'area', color: '#4292c6', opacity: 0.45 },
        encoding: { x, y: { field: 'lo80', type: 'quantitative' }, y2: { field: 'hi80' } },
      },
      {
        data: { values: bands },
        mark: { type: 'line', color: '#08306b', strokeWidth: 2 },
        encoding: { x, y: { field: 'forecast', type: 'quantitative' } },
      },
      {
        data: { values: rows },
        mark: { type: 'line', point: { filled: true, size: 16 } },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative' },
          color: {
            field: 'kind',
            type: 'nominal',
            scale: { domain: ['history', 'actual'], range: ['#444444', '#d62728'] },
            title: null,
          },
        },
      },
    ],
  } as ChartSpec;
}

/** Writes the evaluation report: accuracy table, sMAPE by step ahead, and charts of sample series. */
export async function writeForecastEvaluationReport(
  dir: string,
  evaluation: ForecastEvaluation,
  samples: EvaluatedSeries[],
): Promise<string> {
  const sections: ReportSection[] = [
    {
      title: 'Accuracy',
      text: `${evaluation.series} series, ${evaluation.points} test points, period ${evaluation.period}. Interval coverage: 80% interval held ${(evaluation.coverage.p80 * 100).toFixed(1)}% of the actual values, 95% interval ${(evaluation.coverage.p95 * 100).toFixed(1)}%.`,
      table: {
        columns: ['method', 'sMAPE %', 'MASE', 'seconds'],
        rows: evaluation.methods.map((m) => [
          m.method,
          m.smape.toFixed(2),
          m.mase.toFixed(3),
          m.seconds.toFixed(2),
        ]),
      },
    },
    {
      title: 'Error by step ahead',
      chart: {
        file: 'smape-by-horizon.png',
        alt: 'sMAPE by forecast step',
        spec: {
          $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
          width: 520,
          height: 200,
          data: { values: evaluation.byHorizon },
          mark: { type: 'bar', color: '#6baed6' },
          encoding: {
            x: { field: 'h', type: 'ordinal', title: 'steps ahead' },
            y: { field: 'smape', type: 'quantitative', title: 'sMAPE %' },
          },
        } as ChartSpec,
      },
    },
    ...samples.map((sample): ReportSection => ({
      title: `Series ${sample.id}`,
      chart: {
        file: `series-${safeName(sample.id)}.png`,
        alt: `Forecast of series ${sample.id}`,
        spec: forecastChartSpec(sample),
      },
    })),
  ];
  return writeHtmlReport(dir, 'Forecast evaluation', sections);
}

/** Writes charts of sample forecasts (no actuals known) and one HTML page. */
export async function writeForecastRunReport(dir: string, samples: ForecastChartInput[]): Promise<string> {
  return writeHtmlReport(
    dir,
    'Forecasts',
    samples.map((sample) => ({
      title: `Series ${sample.id}`,
      chart: {
        file: `series-${safeName(sample.id)}.png`,
        alt: `Forecast of series ${sample.id}`,
        spec: forecastChartSpec(sample),
      },
    })),
  );
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '_');
}
