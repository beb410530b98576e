/**
 * The scoring learner against the seed design's model on UCI Bank Marketing (bank-additional-full,
 * `duration` dropped because it leaks the outcome): our histogram gradient boosting and scikit-learn's
 * GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3) (plus, for reference,
 * HistGradientBoostingClassifier) on the very same stratified random 80/20 split (seed 42; the test
 * row indices are written to a file the Python peer reads). Timings alternate ours and the peer and
 * report the median of `repeats`, wall and CPU seconds (the machine is shared, so CPU time is the
 * steadier figure). AUC is also reported on five more seeds of the same split algorithm.
 *
 * Run alone: `npx tsx bench/scoring-bank-marketing.ts [--repeats 3]`; `bench/run.ts` calls `runScoringBankBench()`.
 * Only the paired whole-process timing: `npx tsx bench/scoring-bank-marketing.ts --whole-process [--repeats 3]`.
 * `npm run bench -- scoring-bank-marketing` writes bench/results/scoring-bank-marketing.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { writeBenchRecord } from './bench-record';
import { brierScore, rocAuc } from '../src/ml/scoring/classification-metrics';
import { readDelimitedFile } from '../src/ml/scoring/delimited-file';
import {
  featureTableOf,
  inferColumnSpecs,
  selectRows,
  targetLabelsOf,
} from '../src/ml/scoring/feature-table';
import { seededRandom } from '../src/core/seeded-random';
import { stratifiedSplit } from '../src/ml/scoring/stratified-split';
import { TABULAR_TRAINING_OPTIONS, trainScoringModel } from '../src/ml/scoring/train-scoring-model';

/** The repository root, from the sources or the build (dist/). */
const ROOT = path.resolve(__dirname, '..').replace(/[\\/]dist$/, '');

/** A file of the shared datasets folder beside the checkout (`../shared/datasets/...`). */
export function sharedDataset(...parts: string[]): string {
  return path.resolve(ROOT, '..', 'shared', 'datasets', ...parts);
}

const DATA = sharedDataset('bank-marketing', 'bank-additional-full.csv.gz');
const PYTHON = '/usr/bin/python3';
/** GNU time, for the CPU seconds of a whole child process. */
const TIME = '/usr/bin/time';

interface RunFigures {
  auc: number;
  brier: number;
  trainSeconds: number;
  trainCpuSeconds: number;
  scoreSeconds?: number;
  iterations?: number;
  /** The test rows' probabilities (ascending row order), for the paired comparison. */
  probabilities?: number[];
}

/** Runs the bank-marketing comparison and returns (and writes) its summary. */
export async function runScoringBankBench(
  options: { repeats?: number; seeds?: number[]; dataFile?: string; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const repeats = options.repeats ?? 3;
  const seeds = options.seeds ?? [1, 2, 3, 4, 5];
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataFile = options.dataFile ?? DATA;
  const data = await readDelimitedFile(dataFile);
  const labels = targetLabelsOf(data, 'y');
  const table = featureTableOf(data, inferColumnSpecs(data, ['y', 'duration']));
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-scoring-'));

  const runOurs = (seed: number): RunFigures => {
    const split = stratifiedSplit(labels, 0.2, seed);
    const trainTable = selectRows(table, split.train);
    const trainLabels = Uint8Array.from(split.train, (r) => labels[r]!);
    const cpu = process.cpuUsage();
    const result = trainScoringModel(trainTable, trainLabels, TABULAR_TRAINING_OPTIONS);
    const used = process.cpuUsage(cpu);
    const testTable = selectRows(table, split.test);
    const testLabels = Uint8Array.from(split.test, (r) => labels[r]!);
    const started = performance.now();
    const probabilities = result.model.probabilities(testTable);
    const scoreSeconds = (performance.now() - started) / 1000;
    return {
      auc: rocAuc(testLabels, probabilities),
      brier: brierScore(testLabels, probabilities),
      trainSeconds: result.trainingSeconds,
      trainCpuSeconds: (used.user + used.system) / 1e6,
      scoreSeconds,
      iterations: result.iterations,
      probabilities: Array.from(probabilities),
    };
  };
  const runPeer = (seed: number, model: 'gbc' | 'hgb'): RunFigures => {
    const splitFile = path.join(work, `split-${seed}.json`);
    writeFileSync(splitFile, JSON.stringify(Array.from(stratifiedSplit(labels, 0.2, seed).test)));
    const predictionsFile = path.join(work, `predictions-${seed}-${model}.json`);
    const peer = spawnSync(
      PYTHON,
      [
        path.join(peerDir(), 'scoring_sklearn_gbdt.py'),
        dataFile,
        'y',
        splitFile,
        '--drop',
        'duration',
        '--model',
        model,
        '--predictions',
        predictionsFile,
      ],
      { encoding: 'utf8' },
    );
    if (peer.status !== 0) throw new Error(`peer failed: ${peer.stderr}`);
    const figures = JSON.parse(peer.stdout.trim().split('\n').pop()!) as RunFigures;
    return { ...figures, probabilities: JSON.parse(readFileSync(predictionsFile, 'utf8')) as number[] };
  };
  const testLabelsOf = (seed: number) =>
    Array.from(stratifiedSplit(labels, 0.2, seed).test, (r) => labels[r]!);

  const ours: RunFigures[] = [];
  const gbc: RunFigures[] = [];
  for (let i = 0; i < repeats; i++) {
    ours.push(runOurs(42));
    log(
      `ours run ${i + 1}: AUC ${ours[i]!.auc.toFixed(4)}, ${ours[i]!.trainSeconds.toFixed(2)} s (CPU ${ours[i]!.trainCpuSeconds.toFixed(2)} s)`,
    );
    gbc.push(runPeer(42, 'gbc'));
    log(
      `sklearn GBC run ${i + 1}: AUC ${gbc[i]!.auc.toFixed(4)}, ${gbc[i]!.trainSeconds.toFixed(2)} s (CPU ${gbc[i]!.trainCpuSeconds.toFixed(2)} s)`,
    );
  }
  const hgb = runPeer(42, 'hgb');
  log(`sklearn HGB: AUC ${hgb.auc.toFixed(4)}, ${hgb.trainSeconds.toFixed(2)} s`);
  const paired = [
    { seed: 42, labels: testLabelsOf(42), ours: ours[0]!.probabilities!, hgb: hgb.probabilities! },
  ];
  const bySeed = seeds.map((seed) => {
    const mine = runOurs(seed);
    const peer = runPeer(seed, 'gbc');
    const strongest = runPeer(seed, 'hgb');
    paired.push({
      seed,
      labels: testLabelsOf(seed),
      ours: mine.probabilities!,
      hgb: strongest.probabilities!,
    });
    log(
      `seed ${seed}: ours ${mine.auc.toFixed(4)}, sklearn GBC ${peer.auc.toFixed(4)}, sklearn HGB ${strongest.auc.toFixed(4)}`,
    );
    return {
      seed,
      oursAuc: mine.auc,
      gbcAuc: peer.auc,
      hgbAuc: strongest.auc,
      oursBrier: mine.brier,
      gbcBrier: peer.brier,
      hgbBrier: strongest.brier,
    };
  });

  const medianOf = (runs: RunFigures[], key: keyof RunFigures) => median(runs.map((r) => r[key] as number));
  const summary = {
    data: `${dataFile} (41,188 rows; duration dropped; stratified random 80/20 split, seed 42: ${stratifiedSplit(labels, 0.2, 42).train.length} train / ${stratifiedSplit(labels, 0.2, 42).test.length} test)`,
    repeats,
    ours: {
      learner:
        'crmpro histogram gradient boosting as `scoring train` runs it: 5 boosters (leaf-wise, 15 leaves, lr 0.1), each stopped after 10 rounds without improvement on its own tenth of the training rows, averaged; Platt calibration on the held-out tenths',
      auc: ours[0]!.auc,
      brier: ours[0]!.brier,
      iterations: ours[0]!.iterations,
      trainSecondsMedian: medianOf(ours, 'trainSeconds'),
      trainCpuSecondsMedian: medianOf(ours, 'trainCpuSeconds'),
      trainSecondsFirstRun: ours[0]!.trainSeconds,
      scoreSecondsMedian: medianOf(ours, 'scoreSeconds'),
    },
    sklearnGradientBoosting: {
      learner:
        'scikit-learn GradientBoostingClassifier(n_estimators=100, learning_rate=0.1, max_depth=3), one-hot categoricals',
      auc: gbc[0]!.auc,
      brier: gbc[0]!.brier,
      trainSecondsMedian: medianOf(gbc, 'trainSeconds'),
      trainCpuSecondsMedian: medianOf(gbc, 'trainCpuSeconds'),
      scoreSecondsMedian: medianOf(gbc, 'scoreSeconds'),
    },
    sklearnHistGradientBoosting: {
      learner: 'scikit-learn HistGradientBoostingClassifier (defaults, native categoricals)',
      ...withoutProbabilities(hgb),
    },
    ratios: {
      aucDifference: ours[0]!.auc - gbc[0]!.auc,
      trainTimeOursOverPeer: medianOf(ours, 'trainSeconds') / medianOf(gbc, 'trainSeconds'),
      trainCpuOursOverPeer: medianOf(ours, 'trainCpuSeconds') / medianOf(gbc, 'trainCpuSeconds'),
    },
    otherSeeds: {
      seeds: bySeed,
      oursMeanAuc: mean(bySeed.map((s) => s.oursAuc)),
      gbcMeanAuc: mean(bySeed.map((s) => s.gbcAuc)),
      hgbMeanAuc: mean(bySeed.map((s) => s.hgbAuc)),
      oursMinusHgbBySeed: bySeed.map((s) => s.oursAuc - s.hgbAuc),
    },
    againstHgb: pairedAgainstPeer(paired, log),
    wholeProcess: timeWholeProcesses(dataFile, log),
    versions: { node: process.version, python: pythonVersions() },
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

/** One timed process: wall seconds, CPU seconds (user + system, all its threads), the 1-minute load when it started. */
interface ProcessRun {
  seconds: number;
  cpuSeconds: number;
  loadAverage: number;
}

/**
 * `crmpro scoring train` on every row of the file against the two scikit-learn learners doing the
 * same, each timed from process start to exit (start-up, imports and CSV reading included),
 * alternating (ours, HGB, GBC), `repeats` times each after one untimed run of each; medians of wall
 * and CPU seconds. CPU comes from /usr/bin/time (the children's rusage), so it counts every thread
 * (our boosting worker, OpenMP's threads); on a loaded machine wall time mostly measures the queue
 * for the cores, and OpenMP's threads also burn CPU spinning while their siblings wait for one.
 */
export function timeWholeProcesses(
  dataFile: string,
  log: (line: string) => void,
  repeats = 3,
): Record<string, unknown> {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-scoring-process-'));
  const commands: Record<string, string[]> = {
    ours: [
      process.execPath,
      path.join(ROOT, 'bin', 'crmpro.js'),
      'scoring',
      'train',
      '--data',
      dataFile,
      '--target',
      'y',
      '--ignore',
      'duration',
      '--out',
      path.join(work, 'model'),
    ],
    hgb: [PYTHON, path.join(peerDir(), 'scoring_sklearn_process.py'), dataFile, 'hgb'],
    gbc: [PYTHON, path.join(peerDir(), 'scoring_sklearn_process.py'), dataFile, 'gbc'],
  };
  const timesFile = path.join(work, 'times');
  const time = (command: string[]): ProcessRun => {
    // bin/crmpro.js compiles first when a source is newer than the build: do that untimed, so an
    // edit elsewhere in a shared working tree never puts a TypeScript build into a timed run.
    if (command === commands.ours)
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-if-needed.js')], { stdio: 'ignore' });
    const loadAverage = loadavg()[0]!;
    const started = performance.now();
    const result = spawnSync(TIME, ['-f', '%U %S', '-o', timesFile, ...command], { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    const [user, system] = readFileSync(timesFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    return { seconds, cpuSeconds: user! + system!, loadAverage };
  };
  try {
    const runs: Record<string, ProcessRun[]> = { ours: [], hgb: [], gbc: [] };
    for (const command of Object.values(commands)) time(command);
    for (let i = 0; i < repeats; i++)
      for (const [name, command] of Object.entries(commands)) runs[name]!.push(time(command));
    const wall = (name: string) => median(runs[name]!.map((run) => run.seconds));
    const cpu = (name: string) => median(runs[name]!.map((run) => run.cpuSeconds));
    const loads = Object.values(runs).flatMap((list) => list.map((run) => run.loadAverage));
    const result = {
      oursSeconds: wall('ours'),
      hgbSeconds: wall('hgb'),
      gbcSeconds: wall('gbc'),
      oursCpuSeconds: cpu('ours'),
      hgbCpuSeconds: cpu('hgb'),
      gbcCpuSeconds: cpu('gbc'),
      oursOverHgb: wall('ours') / wall('hgb'),
      oursOverGbc: wall('ours') / wall('gbc'),
      oursCpuOverHgbCpu: cpu('ours') / cpu('hgb'),
      loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
      runs,
      what: 'process start to exit: read the whole file, train on every row (duration dropped); scikit-learn with its default threads; alternating ours, HGB, GBC; CPU = user + system of all threads',
    };
    log(
      `scoring train, whole process (load ${result.loadAverage.min.toFixed(1)}-${result.loadAverage.max.toFixed(1)}): ours ${result.oursSeconds.toFixed(2)} s (CPU ${result.oursCpuSeconds.toFixed(2)} s), HGB ${result.hgbSeconds.toFixed(2)} s (CPU ${result.hgbCpuSeconds.toFixed(2)} s), GBC ${result.gbcSeconds.toFixed(2)} s (CPU ${result.gbcCpuSeconds.toFixed(2)} s); ours/HGB ${result.oursOverHgb.toFixed(2)}x wall, ${result.oursCpuOverHgbCpu.toFixed(2)}x CPU`,
    );
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The directory of the Python peers (bench/peers), from the sources or the build. */
export function peerDir(): string {
  return path.join(ROOT, 'bench', 'peers');
}

/** Writes a tuning summary under bench/results/ (with its provenance, prettier-formatted). */
export function writeResult(name: string, summary: unknown): void {
  void writeBenchRecord(name, name.replace(/\.json$/, ''), summary, process.uptime());
}

function pythonVersions(): string {
  const result = spawnSync(
    PYTHON,
    [
      '-c',
      'import sys, sklearn, statsmodels; print(sys.version.split()[0], "sklearn", sklearn.__version__, "statsmodels", statsmodels.__version__)',
    ],
    { encoding: 'utf8' },
  );
  return result.stdout.trim();
}

/** A run's figures without the per-row probabilities (kept out of the result file). */
function withoutProbabilities(figures: RunFigures): Omit<RunFigures, 'probabilities'> {
  const { probabilities: _dropped, ...rest } = figures;
  return rest;
}

/**
 * Ours against HistGradientBoostingClassifier on the same test rows of every split (seed 42 and the
 * others): the AUC difference per split, its mean with a 95% t-interval over the splits, and a 95%
 * paired bootstrap interval over test rows (each replicate resamples every split's test rows with
 * replacement, scores both models on the same resample, and averages the differences over splits).
 */
export function pairedAgainstPeer(
  splits: { seed: number; labels: number[]; ours: number[]; hgb: number[] }[],
  log: (line: string) => void = () => {},
  replicates = 1000,
): Record<string, unknown> {
  const differences = splits.map((s) => rocAuc(s.labels, s.ours) - rocAuc(s.labels, s.hgb));
  const meanDifference = mean(differences);
  const sd = Math.sqrt(
    differences.reduce((sum, d) => sum + (d - meanDifference) ** 2, 0) / Math.max(1, differences.length - 1),
  );
  // Two-sided 95% Student t quantiles for 1..10 degrees of freedom.
  const t =
    [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228][differences.length - 2] ?? 2;
  const halfWidth = (t * sd) / Math.sqrt(differences.length);
  const random = seededRandom(2024);
  const replicateMeans: number[] = [];
  for (let b = 0; b < replicates; b++) {
    let total = 0;
    for (const split of splits) {
      const n = split.labels.length;
      const labels = new Uint8Array(n);
      const a = new Float64Array(n);
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const row = Math.floor(random() * n);
        labels[i] = split.labels[row]!;
        a[i] = split.ours[row]!;
        c[i] = split.hgb[row]!;
      }
      total += rocAuc(labels, a) - rocAuc(labels, c);
    }
    replicateMeans.push(total / splits.length);
  }
  replicateMeans.sort((x, y) => x - y);
  const bootstrap = [
    replicateMeans[Math.floor(0.025 * replicates)]!,
    replicateMeans[Math.ceil(0.975 * replicates) - 1]!,
  ];
  log(
    `ours - HGB over ${splits.length} splits: mean AUC difference ${meanDifference.toFixed(4)}, 95% bootstrap over test rows [${bootstrap[0]!.toFixed(4)}, ${bootstrap[1]!.toFixed(4)}], t over splits ±${halfWidth.toFixed(4)}`,
  );
  return {
    seeds: splits.map((s) => s.seed),
    oursMinusHgb: differences,
    meanDifference,
    splitsAhead: differences.filter((d) => d > 0).length,
    tInterval95OverSplits: [meanDifference - halfWidth, meanDifference + halfWidth],
    bootstrapInterval95OverTestRows: bootstrap,
    bootstrapReplicates: replicates,
    what: 'ROC-AUC of ours minus HistGradientBoostingClassifier on the same test rows; positive = ours ahead',
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

if (require.main === module && process.argv.includes('--whole-process')) {
  // The paired process timing alone (a few minutes, not the whole bench): ours, HGB and GBC alternating.
  const at = process.argv.indexOf('--repeats');
  const summary = timeWholeProcesses(
    DATA,
    (line) => process.stderr.write(`${line}\n`),
    at >= 0 ? Number(process.argv[at + 1]) : 3,
  );
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
} else if (require.main === module) {
  const at = process.argv.indexOf('--repeats');
  runScoringBankBench({ repeats: at >= 0 ? Number(process.argv[at + 1]) : undefined }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
