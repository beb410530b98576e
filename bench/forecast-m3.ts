/**
 * The forecaster on M3 (`../shared/datasets/m3`), one row per frequency: monthly (1,428 series,
 * h = 1..18, period 12), yearly (645, h = 1..6), other (174, h = 1..8) and a quarterly stand-in
 * (monthly TRAINING series summed to quarters, the last 8 quarters scored, period 4; see
 * bench/m3-series.ts; the M3 quarterly file is held out from us). Each row has, in the same run:
 * our forecaster, our classic Theta and Naive2, statsmodels' ThetaModel (the peer to beat), the
 * published M3 figures where the datasets README gives them, interval coverage, and the time to
 * forecast every series with intervals the way `crmpro forecast run` does (in process), besides
 * `crmpro forecast run` itself as a whole process, scored from the CSV it writes.
 *
 * The forecaster's settings were chosen on training points only (bench/tune-forecast-combination.ts);
 * the test parts are read here and nowhere else.
 *
 * Run alone: `npx tsx bench/forecast-m3.ts [--no-peer] [--no-cli]`; `npm run bench -- forecast` calls
 * `runForecastBench()`. `npm run bench -- forecast-m3` writes bench/results/forecast-m3.json.
 */
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_COMBINATION } from '../src/ml/forecasting/combination-settings';
import { forecastSeries } from '../src/ml/forecasting/combined-forecaster';
import { evaluateForecasts } from '../src/ml/forecasting/forecast-evaluation';
import { smape } from '../src/ml/forecasting/forecast-metrics';
import { m3Files, m3Set, quarterlyStandIn, writeSetFiles, type M3Set } from './m3-series';
import { peerDir } from './scoring-bank-marketing';

const ROOT = path.resolve(__dirname, '..').replace(/[\\/]dist$/, '');

/** Published sMAPE (%) from the datasets README: M3 monthly (all 1,428 series, h = 1..18) and yearly (h = 1..6). */
const PUBLISHED: Record<string, Record<string, number>> = {
  monthly: {
    Theta: 13.85,
    ForecastPro: 13.86,
    'Comb S-H-D': 14.48,
    'ARIMA (B-J automatic)': 14.81,
    Naive2: 16.91,
    'N-BEATS-G': 13.19,
    'N-BEATS-I': 13.15,
  },
  yearly: { Theta: 16.9 },
};

interface PeerFigures {
  smape: number;
  mase: number;
  coverage80: number;
  coverage95: number;
  seconds: number;
  cpuSeconds: number;
}

/** Runs the comparison on every frequency and returns (and writes) its summary. */
export async function runForecastBench(
  options: { peer?: boolean; cli?: boolean; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const sets: { set: M3Set; files: { train: string; test: string } }[] = [];
  for (const name of ['monthly', 'yearly', 'other'] as const)
    sets.push({ set: await m3Set(name), files: m3Files(name) });
  const standIn = await quarterlyStandIn();
  sets.push({ set: standIn, files: writeSetFiles(standIn) });

  const rows: Record<string, unknown>[] = [];
  for (const { set, files } of sets) {
    log(`== ${set.name}: ${set.history.size} series, horizon ${set.horizon}, period ${set.period}`);
    const timing = timeForecasts(set);
    log(
      `forecast all series with intervals: ${timing.seconds.toFixed(2)} s (CPU ${timing.cpuSeconds.toFixed(2)} s)`,
    );
    const { evaluation } = evaluateForecasts(set.history, set.actual, set.period);
    for (const method of evaluation.methods)
      log(`${method.method}: sMAPE ${method.smape.toFixed(3)}, MASE ${method.mase.toFixed(3)}`);
    log(
      `coverage: 80% ${(evaluation.coverage.p80 * 100).toFixed(1)}%, 95% ${(evaluation.coverage.p95 * 100).toFixed(1)}%`,
    );
    const peer = options.peer === false ? undefined : runPeer(files, set.period);
    if (peer)
      log(
        `statsmodels ThetaModel: sMAPE ${peer.smape.toFixed(3)}, MASE ${peer.mase.toFixed(3)}, ${peer.seconds.toFixed(1)} s (CPU ${peer.cpuSeconds.toFixed(1)} s)`,
      );
    const cli = options.cli === false ? undefined : runCli(set, files.train);
    if (cli) log(`crmpro forecast run: ${JSON.stringify(cli)}`);
    const ours = evaluation.methods[0]!;
    rows.push({
      frequency: set.name,
      data: set.source,
      series: evaluation.series,
      points: evaluation.points,
      horizon: set.horizon,
      period: set.period,
      ours: {
        ...ours,
        coverage80: evaluation.coverage.p80,
        coverage95: evaluation.coverage.p95,
      },
      sameRun: evaluation.methods.slice(1),
      statsmodelsTheta: peer,
      published: PUBLISHED[set.name],
      goal: peer
        ? {
            text: 'sMAPE below statsmodels ThetaModel',
            met: ours.smape < peer.smape,
            smapeOursOverStatsmodels: ours.smape / peer.smape,
            maseOursOverStatsmodels: ours.mase / peer.mase,
          }
        : undefined,
      smapeOursOverPublishedTheta: PUBLISHED[set.name]?.Theta
        ? ours.smape / PUBLISHED[set.name]!.Theta!
        : undefined,
      timing: {
        oursSeconds: timing.seconds,
        oursCpuSeconds: timing.cpuSeconds,
        statsmodelsSeconds: peer?.seconds,
        statsmodelsCpuSeconds: peer?.cpuSeconds,
      },
      crmproForecastRun: cli,
      byHorizon: evaluation.byHorizon,
    });
  }
  const summary = {
    description:
      'M3 by frequency: our forecaster beside statsmodels ThetaModel (period as given, its own seasonality test) and our classic Theta and Naive2, same series, same run',
    command: 'npm run bench -- forecast',
    settings: DEFAULT_COMBINATION,
    rows,
    allGoalsMet: rows.every((row) => (row.goal as { met?: boolean } | undefined)?.met === true),
    commit: gitCommit(),
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${os.platform()} ${os.release()}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end (a shared machine: CPU seconds are the steadier figure)`,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

/** Forecasts every series of a set with intervals, as `crmpro forecast run` does in process. */
function timeForecasts(set: M3Set): { seconds: number; cpuSeconds: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const [id, values] of set.history)
    forecastSeries(values, set.period, set.actual.get(id)?.length ?? set.horizon);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** statsmodels ThetaModel on the same files, single-threaded BLAS like our single-threaded code. */
function runPeer(files: { train: string; test: string }, period: number): PeerFigures {
  const result = spawnSync(
    '/usr/bin/python3',
    [path.join(peerDir(), 'forecast_statsmodels_theta.py'), files.train, files.test, String(period)],
    {
      encoding: 'utf8',
      env: { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    },
  );
  if (result.status !== 0) throw new Error(`statsmodels peer failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as PeerFigures;
}

/**
 * `crmpro forecast run` as a whole process on the set's history file, scored from the CSV it writes
 * (the stable interface our checks use). A failure (e.g. the build broken by unrelated work) is
 * recorded, not hidden.
 */
function runCli(set: M3Set, trainFile: string): Record<string, unknown> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'crmpro-forecast-bench-')), 'forecast.csv');
  const args = [
    path.join(ROOT, 'bin', 'crmpro.js'),
    'forecast',
    'run',
    '--data',
    trainFile,
    '--horizon',
    String(set.horizon),
    '--period',
    String(set.period),
    '--out',
    out,
  ];
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) return { failed: `exit ${result.status}: ${result.stderr.slice(-500)}` };
  const forecasts = new Map<string, number[]>();
  for (const line of readFileSync(out, 'utf8').trim().split('\n').slice(1)) {
    const [id, , forecast] = line.split(',');
    let list = forecasts.get(id!);
    if (!list) forecasts.set(id!, (list = []));
    list.push(Number(forecast));
  }
  let total = 0;
  for (const [id, actual] of set.actual) total += smape(actual, forecasts.get(id) ?? []);
  return {
    command: `crmpro forecast run --data ${trainFile} --horizon ${set.horizon} --period ${set.period} --out <tmp>`,
    wholeProcessSeconds: seconds,
    smape: total / set.actual.size,
  };
}

function gitCommit(): string {
  try {
    const commit = execSync('git rev-parse HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src/ml/forecasting bench/forecast-m3.ts', {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (forecasting files modified)` : commit;
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  runForecastBench({
    peer: !process.argv.includes('--no-peer'),
    cli: !process.argv.includes('--no-cli'),
  }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
