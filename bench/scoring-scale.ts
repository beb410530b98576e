/**
 * How the scoring learner's cost grows: training (up to 100 boosting rounds, early stopping on 10%)
 * and batch scoring of every row at 10k, 100k and 1M synthetic rows (8 numeric and 4 categorical
 * columns, two numeric drivers and one categorical driver planted, 5% missing cells), each size in a
 * fresh process so that its peak memory (max RSS, data included) is its own. scikit-learn's
 * GradientBoostingClassifier (the seed design's model) runs on the same rows at 10k and 100k; at 1M it
 * would take far too long on this machine and is left out.
 *
 * Run alone: `npx tsx bench/scoring-scale.ts`; `bench/run.ts` calls `runScoringScaleBench()`.
 * `npm run bench -- scoring-scale` writes bench/results/scoring-scale.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rocAuc } from '../src/ml/scoring/classification-metrics';
import type { FeatureColumn, FeatureTable } from '../src/ml/scoring/feature-table';
import { selectRows } from '../src/ml/scoring/feature-table';
import { seededRandom } from '../src/core/seeded-random';
import { stratifiedSplit } from '../src/ml/scoring/stratified-split';
import { trainScoringModel } from '../src/ml/scoring/train-scoring-model';
import { peerDir } from './scoring-bank-marketing';

const SIZES = [10_000, 100_000, 1_000_000];
const PEER_LIMIT = 100_000;

/** Synthetic rows with planted drivers (deterministic for a seed). */
export function syntheticTable(rows: number, seed = 1): { table: FeatureTable; labels: Uint8Array } {
  const random = seededRandom(seed);
  const numeric = Array.from({ length: 8 }, () => new Float64Array(rows));
  const cardinalities = [5, 20, 100, 3];
  const categorical = cardinalities.map(() => new Int32Array(rows));
  const labels = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    for (const column of numeric) column[r] = random() < 0.05 ? Number.NaN : random() * 10;
    cardinalities.forEach(
      (k, c) => (categorical[c]![r] = random() < 0.05 ? -1 : Math.floor(random() ** 2 * k)),
    );
    const a = Number.isNaN(numeric[0]![r]!) ? 5 : numeric[0]![r]!;
    const b = Number.isNaN(numeric[1]![r]!) ? 5 : numeric[1]![r]!;
    const logit = 0.6 * (a - 5) - 0.04 * (b - 5) ** 2 + (categorical[1]![r]! % 4 === 0 ? 1 : 0) - 1.5;
    labels[r] = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  }
  const columns: FeatureColumn[] = [
    ...numeric.map((values, i): FeatureColumn => ({ name: `n${i}`, kind: 'numeric', values })),
    ...categorical.map((codes, i): FeatureColumn => ({
      name: `c${i}`,
      kind: 'categorical',
      codes,
      levels: Array.from({ length: cardinalities[i]! }, (_, k) => `v${k}`),
    })),
  ];
  return { table: { rowCount: rows, columns }, labels };
}

interface SizeFigures {
  rows: number;
  trainRows: number;
  iterations: number;
  trainSeconds: number;
  trainCpuSeconds: number;
  scoreSeconds: number;
  scoreRowsPerSecond: number;
  auc: number;
  maxRssMegabytes: number;
  peer?: Record<string, number | string>;
}

/** Measures one size in this process (called in a child by `runScoringScaleBench`). */
export function measureSize(rows: number): SizeFigures {
  const { table, labels } = syntheticTable(rows);
  const split = stratifiedSplit(labels, 0.2, 42);
  const trainTable = selectRows(table, split.train);
  const cpu = process.cpuUsage();
  const result = trainScoringModel(
    trainTable,
    Uint8Array.from(split.train, (r) => labels[r]!),
    { params: { maxIterations: 100 } },
  );
  const used = process.cpuUsage(cpu);
  const started = performance.now();
  const probabilities = result.model.probabilities(table);
  const scoreSeconds = (performance.now() - started) / 1000;
  const testProbabilities = Float64Array.from(split.test, (r) => probabilities[r]!);
  return {
    rows,
    trainRows: split.train.length,
    iterations: result.iterations,
    trainSeconds: result.trainingSeconds,
    trainCpuSeconds: (used.user + used.system) / 1e6,
    scoreSeconds,
    scoreRowsPerSecond: rows / scoreSeconds,
    auc: rocAuc(
      Uint8Array.from(split.test, (r) => labels[r]!),
      testProbabilities,
    ),
    maxRssMegabytes: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs every size in a fresh process (plus the peer where feasible) and writes the summary. */
export async function runScoringScaleBench(
  options: { sizes?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const results: SizeFigures[] = [];
  for (const rows of options.sizes ?? SIZES) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', String(rows)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`scale bench at ${rows} rows failed: ${child.stderr}`);
    const figures = JSON.parse(child.stdout.trim().split('\n').pop()!) as SizeFigures;
    if (rows <= PEER_LIMIT) figures.peer = runPeer(rows);
    log(
      `${rows} rows: train ${figures.trainSeconds.toFixed(2)} s (${figures.iterations} rounds), score ${figures.scoreSeconds.toFixed(2)} s, AUC ${figures.auc.toFixed(4)}, max RSS ${figures.maxRssMegabytes.toFixed(0)} MB${figures.peer ? `; sklearn GBC train ${Number(figures.peer.trainSeconds).toFixed(2)} s, AUC ${Number(figures.peer.auc).toFixed(4)}` : ''}`,
    );
    results.push(figures);
  }
  const summary = {
    data: 'synthetic: 8 numeric + 4 categorical columns (5/20/100/3 levels), 5% missing, planted drivers; stratified 80/20 split, seed 42',
    protocol:
      'our training: up to 100 rounds (early stopping on 10% of the train part), timed from the parsed table; scoring: every row, batch; each size in a fresh process',
    sizes: results,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

function runPeer(rows: number): Record<string, number | string> {
  const { table, labels } = syntheticTable(rows);
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-scale-'));
  try {
    const csv = [[...table.columns.map((c) => c.name), 'y'].join(',')];
    for (let r = 0; r < rows; r++) {
      const cells = table.columns.map((c) =>
        c.kind === 'numeric'
          ? Number.isNaN(c.values[r]!)
            ? ''
            : c.values[r]!.toFixed(5)
          : c.codes[r]! < 0
            ? ''
            : c.levels[c.codes[r]!]!,
      );
      csv.push([...cells, labels[r] ? 'yes' : 'no'].join(','));
    }
    const dataFile = path.join(work, 'data.csv');
    const splitFile = path.join(work, 'split.json');
    writeFileSync(dataFile, csv.join('\n') + '\n');
    writeFileSync(splitFile, JSON.stringify(Array.from(stratifiedSplit(labels, 0.2, 42).test)));
    const peer = spawnSync(
      '/usr/bin/python3',
      [path.join(peerDir(), 'scoring_sklearn_gbdt.py'), dataFile, 'y', splitFile],
      { encoding: 'utf8' },
    );
    if (peer.status !== 0) throw new Error(`peer failed: ${peer.stderr}`);
    return JSON.parse(peer.stdout.trim().split('\n').pop()!) as Record<string, number | string>;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    process.stdout.write(`${JSON.stringify(measureSize(Number(process.argv[child + 1])))}\n`);
  } else {
    runScoringScaleBench().then(
      (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
      (error) => {
        process.stderr.write(`${(error as Error).stack}\n`);
        process.exitCode = 1;
      },
    );
  }
}
