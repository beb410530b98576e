/**
 * The forecaster on all 1,428 M3 monthly series (h = 1..18, `../shared/datasets/m3`): our combination
 * and, in the same run, the classic Theta method and Naive2 (our implementations) and statsmodels'
 * ThetaModel (the Python peer), with the published M3 figures as anchors. Also the time to forecast
 * every series the way `crmpro forecast run` does (read, forecast with intervals, nothing else).
 *
 * Run alone: `npx tsx bench/forecast-m3.ts [--no-peer]`; `bench/run.ts` calls `runForecastBench()`.
 * Writes bench/results/forecast-m3.json.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { forecastSeries } from '../src/ml/forecasting/combined-forecaster';
import { evaluateForecasts } from '../src/ml/forecasting/forecast-evaluation';
import { readSeriesFile } from '../src/ml/forecasting/series-file';
import { peerDir, sharedDataset, writeResult } from './scoring-bank-marketing';

const TRAIN = sharedDataset('m3', 'monthly-train.csv');
const TEST = sharedDataset('m3', 'monthly-test.csv');

/** Published sMAPE (%) on M3 monthly, all 1,428 series, h = 1..18 (datasets README). */
const PUBLISHED = {
  Theta: 13.85,
  ForecastPro: 13.86,
  'Comb S-H-D': 14.48,
  'ARIMA (B-J automatic)': 14.81,
  Naive2: 16.91,
  'N-BEATS-G': 13.19,
  'N-BEATS-I': 13.15,
};

/** Runs the M3 monthly comparison and returns (and writes) its summary. */
export async function runForecastBench(
  options: { peer?: boolean; train?: string; test?: string; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const trainFile = options.train ?? TRAIN;
  const testFile = options.test ?? TEST;
  const readStarted = performance.now();
  const train = await readSeriesFile(trainFile);
  const test = await readSeriesFile(testFile);
  const readSeconds = (performance.now() - readStarted) / 1000;

  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [id, values] of train) forecastSeries(values, 12, test.get(id)?.length ?? 18);
  const forecastSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  log(
    `forecast all ${train.size} series with intervals: ${forecastSeconds.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
  );

  const { evaluation } = evaluateForecasts(train, test, 12);
  for (const method of evaluation.methods)
    log(`${method.method}: sMAPE ${method.smape.toFixed(3)}, MASE ${method.mase.toFixed(3)}`);
  log(
    `coverage: 80% ${(evaluation.coverage.p80 * 100).toFixed(1)}%, 95% ${(evaluation.coverage.p95 * 100).toFixed(1)}%`,
  );

  let peer: Record<string, unknown> | undefined;
  if (options.peer !== false) {
    const result = spawnSync(
      '/usr/bin/python3',
      [path.join(peerDir(), 'forecast_statsmodels_theta.py'), trainFile, testFile, '12'],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`peer failed: ${result.stderr}`);
    peer = JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    log(
      `statsmodels ThetaModel: sMAPE ${Number(peer.smape).toFixed(3)}, MASE ${Number(peer.mase).toFixed(3)}, ${Number(peer.seconds).toFixed(1)} s`,
    );
  }
  const ours = evaluation.methods[0]!;
  const summary = {
    data: `${trainFile} + ${testFile}: ${evaluation.series} series, ${evaluation.points} test points, h = 1..18, period 12`,
    ours: { ...ours, coverage80: evaluation.coverage.p80, coverage95: evaluation.coverage.p95 },
    sameRun: evaluation.methods.slice(1),
    statsmodelsTheta: peer,
    published: PUBLISHED,
    ratios: {
      smapeOursOverPublishedTheta: ours.smape / PUBLISHED.Theta,
      smapeOursOverStatsmodelsTheta: peer ? ours.smape / Number(peer.smape) : undefined,
      maseOursOverStatsmodelsTheta: peer ? ours.mase / Number(peer.mase) : undefined,
    },
    byHorizon: evaluation.byHorizon,
    timing: {
      readSeconds,
      forecastAllSeriesSeconds: forecastSeconds,
      forecastAllSeriesCpuSeconds: (used.user + used.system) / 1e6,
      statsmodelsSeconds: peer?.seconds,
    },
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  writeResult('forecast-m3.json', summary);
  return summary;
}

if (require.main === module) {
  runForecastBench({ peer: !process.argv.includes('--no-peer') }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
