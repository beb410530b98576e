/**
 * Intent classifier bench on BANKING77 (train split, 10,003 rows, 77 intents), by stratified 5-fold
 * cross-validation with a fixed seed, next to a scikit-learn TF-IDF + LinearSVC peer run on the very
 * same folds (bench/peers/nlu_sklearn_svm.py). Measures:
 * - closed-set accuracy and macro-F1 of the top intent (what the published anchors report), for our
 *   ensemble and for our SVM alone; the same numbers `crmpro nlu eval` prints with out-of-scope
 *   rejection on (accuracy, false-OOS rate);
 * - out-of-scope detection: 10 intents held out as "unknown" (never trained on, labelled oos at test),
 *   with zero oos training rows and with 50 oos rows from 5 other held-out intents (10 each);
 * - training time per fold, and latency per message (classifier alone, and recognize() with entities).
 *
 * Run alone: `npx tsx bench/nlu-intents.ts [--folds N] [--oos-folds N]`; `bench/run.ts` calls `runNluBench()`.
 * Writes bench/results/nlu-banking77.json.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { loadIntentModel } from '../src/dialogs/understanding/intent-model';
import { recognize } from '../src/dialogs/understanding/recognizer';
import { stratifiedFolds } from '../src/ml/nlu/cross-validation';
import { saveIntentModel } from '../src/ml/nlu/intent-artifact';
import { evaluateIntents } from '../src/ml/nlu/intent-evaluation';
import {
  DEFAULT_TRAINING_SETTINGS,
  trainIntentClassifier,
  type LabelledUtterance,
} from '../src/ml/nlu/intent-training';
import { OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';
import { SeededRandom } from '../src/core/seeded-random';

/** The checkout's root, whether this runs from bench/ (tsx) or dist/bench/ (compiled). */
const ROOT =
  path.basename(path.dirname(__dirname)) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');
const DATA = path.resolve(ROOT, '..', 'shared', 'datasets', 'banking77', 'train.csv');
const DATA_FALLBACK = '/work/shared/datasets/banking77/train.csv';
const PEER = path.join(ROOT, 'bench', 'peers', 'nlu_sklearn_svm.py');
const SEED = 42;

interface FoldResult {
  fold: number;
  ensembleAccuracy: number;
  ensembleMacroF1: number;
  svmAccuracy: number;
  svmMacroF1: number;
  evalAccuracy: number;
  evalFalseOosRate: number;
  trainSeconds: number;
  svmTrainSeconds: number;
}

interface OosResult {
  protocol: 'zero-oos' | 'few-oos';
  fold: number;
  oosPrecision: number;
  oosRecall: number;
  falseOosRate: number;
  inScopeAccuracy: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function dataFile(): string {
  if (existsSync(DATA)) return DATA;
  if (existsSync(DATA_FALLBACK)) return DATA_FALLBACK;
  throw new Error(`BANKING77 not found at ${DATA}`);
}

/** The OOS protocol's intent roles: 10 unknown at test, 5 donors of oos training rows, the rest in scope. */
function oosRoles(intents: string[]): { unknown: Set<string>; donors: Set<string> } {
  const shuffled = new SeededRandom(7).shuffle([...intents].sort());
  return { unknown: new Set(shuffled.slice(0, 10)), donors: new Set(shuffled.slice(10, 15)) };
}

type PeerResult =
  | {
      closedSet: Record<string, { fold: number; accuracy: number; macroF1: number; trainSeconds: number }[]>;
      oos?: OosResult[];
    }
  | { error: string };

/** Runs the scikit-learn peer in a child process (concurrently with our folds). */
async function runPeer(file: string, split: unknown): Promise<PeerResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nlu-bench-'));
  try {
    const splitFile = path.join(dir, 'split.json');
    writeFileSync(splitFile, JSON.stringify(split));
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [PEER, file, splitFile], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  } catch (error) {
    return { error: `peer not run: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the whole bench; returns (and writes) the measured numbers. */
export async function runNluBench(
  options: { folds?: number; oosFolds?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = dataFile();
  const rows = parse(readFileSync(file), { columns: true }) as { text: string; category: string }[];
  const texts = rows.map((r) => r.text);
  const labels = rows.map((r) => r.category);
  const foldCount = 5;
  const folds = stratifiedFolds(labels, foldCount, SEED);
  const runFolds = Math.min(foldCount, options.folds ?? foldCount);
  const oosFolds = Math.min(foldCount, options.oosFolds ?? runFolds);
  const intents = [...new Set(labels)].sort();
  const { unknown, donors } = oosRoles(intents);

  // Out-of-scope splits, shared with the peer.
  const oosSplits: {
    protocol: OosResult['protocol'];
    fold: number;
    train: number[];
    trainLabels: string[];
    test: number[];
    testLabels: string[];
    target: number;
  }[] = [];
  for (let f = 0; f < oosFolds; f++) {
    const inScopeTrain = rows
      .map((_, i) => i)
      .filter((i) => folds[i] !== f && !unknown.has(labels[i]!) && !donors.has(labels[i]!));
    const donorCount = new Map<string, number>();
    const donorRows = rows
      .map((_, i) => i)
      .filter((i) => folds[i] !== f && donors.has(labels[i]!))
      .filter((i) => {
        const n = donorCount.get(labels[i]!) ?? 0;
        donorCount.set(labels[i]!, n + 1);
        return n < 10;
      });
    const test = rows.map((_, i) => i).filter((i) => folds[i] === f && !donors.has(labels[i]!));
    const testLabels = test.map((i) => (unknown.has(labels[i]!) ? OUT_OF_SCOPE : labels[i]!));
    const target = DEFAULT_TRAINING_SETTINGS.oosRule.falseOosBudget;
    oosSplits.push({
      protocol: 'zero-oos',
      fold: f,
      train: inScopeTrain,
      trainLabels: inScopeTrain.map((i) => labels[i]!),
      test,
      testLabels,
      target,
    });
    const fewTrain = [...inScopeTrain, ...donorRows];
    oosSplits.push({
      protocol: 'few-oos',
      fold: f,
      train: fewTrain,
      trainLabels: fewTrain.map((i) => (donors.has(labels[i]!) ? OUT_OF_SCOPE : labels[i]!)),
      test,
      testLabels,
      target,
    });
  }

  log(`peer: scikit-learn TF-IDF + LinearSVC on the same ${foldCount} folds ...`);
  const peerFolds = Array.from(folds, (f) => (f < runFolds ? f : -1));
  const peerRun = runPeer(file, { labelColumn: 'category', folds: Array.from(peerFolds), oos: oosSplits });

  const foldResults: FoldResult[] = [];
  let latencyModelDir: string | undefined;
  const workDir = mkdtempSync(path.join(tmpdir(), 'nlu-bench-model-'));
  for (let f = 0; f < runFolds; f++) {
    const train: LabelledUtterance[] = rows.flatMap((r, i) =>
      folds[i] !== f ? [{ text: r.text, label: r.category }] : [],
    );
    const test = rows.filter((_, i) => folds[i] === f);
    const truth = test.map((r) => r.category);
    let t0 = performance.now();
    const { classifier } = trainIntentClassifier(train, DEFAULT_TRAINING_SETTINGS);
    const trainSeconds = (performance.now() - t0) / 1000;
    const predictions = test.map((r) => classifier.classify(r.text));
    const top = evaluateIntents(
      truth,
      predictions.map((p) => p.ranked[0]!.intent),
    );
    const withOos = evaluateIntents(
      truth,
      predictions.map((p) => p.intent),
    );
    t0 = performance.now();
    const { classifier: svmOnly } = trainIntentClassifier(train, { ...DEFAULT_TRAINING_SETTINGS, mlp: null });
    const svmTrainSeconds = (performance.now() - t0) / 1000;
    const svmTop = evaluateIntents(
      truth,
      test.map((r) => svmOnly.classify(r.text).ranked[0]!.intent),
    );
    foldResults.push({
      fold: f,
      ensembleAccuracy: top.accuracy,
      ensembleMacroF1: top.macroF1,
      svmAccuracy: svmTop.accuracy,
      svmMacroF1: svmTop.macroF1,
      evalAccuracy: withOos.accuracy,
      evalFalseOosRate: withOos.falseOosRate,
      trainSeconds,
      svmTrainSeconds,
    });
    log(
      `fold ${f}: ensemble ${(100 * top.accuracy).toFixed(2)}% (train ${trainSeconds.toFixed(0)} s), svm ${(100 * svmTop.accuracy).toFixed(2)}%`,
    );
    if (f === 0) {
      saveIntentModel(workDir, classifier, {
        createdAt: new Date().toISOString(),
        data: { source: 'bench fold 0', rows: train.length, sha256: '' },
        training: { settings: DEFAULT_TRAINING_SETTINGS, report: {} as never },
        metrics: {},
        libraries: {},
      });
      latencyModelDir = workDir;
    }
  }

  // Latency: the saved fold-0 model, loaded as the bot loads it, on every held-out message.
  const sample = rows.filter((_, i) => folds[i] === 0).map((r) => r.text);
  const banking77Latency = measureLatency(latencyModelDir!, sample, intents);
  rmSync(workDir, { recursive: true, force: true });
  const shippedLatency = measureShippedLatency();

  const oosResults: OosResult[] = [];
  for (const split of oosSplits) {
    const train = split.train.map((i, k) => ({ text: texts[i]!, label: split.trainLabels[k]! }));
    const { classifier } = trainIntentClassifier(train, DEFAULT_TRAINING_SETTINGS);
    const evaluation = evaluateIntents(
      split.testLabels,
      split.test.map((i) => classifier.classify(texts[i]!).intent),
    );
    oosResults.push({
      protocol: split.protocol,
      fold: split.fold,
      oosPrecision: evaluation.oos.precision ?? 0,
      oosRecall: evaluation.oos.recall ?? 0,
      falseOosRate: evaluation.falseOosRate,
      inScopeAccuracy: evaluation.inScopeAccuracy,
    });
    log(
      `oos ${split.protocol} fold ${split.fold}: precision ${(100 * (evaluation.oos.precision ?? 0)).toFixed(1)}% recall ${(100 * (evaluation.oos.recall ?? 0)).toFixed(1)}%`,
    );
  }

  const peer = await peerRun;
  if ('error' in peer) log(peer.error);
  const summary = {
    dataset: 'BANKING77 train split (10,003 rows, 77 intents)',
    protocol: `stratified ${foldCount}-fold CV, seed ${SEED}, ${runFolds} fold(s) run; same folds for the peer`,
    ours: {
      ensembleAccuracy: mean(foldResults.map((r) => r.ensembleAccuracy)),
      ensembleMacroF1: mean(foldResults.map((r) => r.ensembleMacroF1)),
      svmAccuracy: mean(foldResults.map((r) => r.svmAccuracy)),
      svmMacroF1: mean(foldResults.map((r) => r.svmMacroF1)),
      evalAccuracyWithOosRejection: mean(foldResults.map((r) => r.evalAccuracy)),
      evalFalseOosRate: mean(foldResults.map((r) => r.evalFalseOosRate)),
      trainSecondsPerFold: mean(foldResults.map((r) => r.trainSeconds)),
      svmTrainSecondsPerFold: mean(foldResults.map((r) => r.svmTrainSeconds)),
      folds: foldResults,
    },
    peer:
      'error' in peer
        ? peer
        : Object.fromEntries(
            Object.entries(peer.closedSet).map(([kind, results]) => [
              kind,
              {
                accuracy: mean(results.map((r) => r.accuracy)),
                macroF1: mean(results.map((r) => r.macroF1)),
                trainSecondsPerFold: mean(results.map((r) => r.trainSeconds)),
                folds: results,
              },
            ]),
          ),
    oos: {
      protocol:
        'per fold: 10 intents (seeded) never trained on and labelled oos at test; few-oos adds 50 oos training rows from 5 other intents (10 each) that are not in the test set; target false-OOS rate 5%',
      unknownIntents: [...unknown].sort(),
      donorIntents: [...donors].sort(),
      ours: summariseOos(oosResults),
      peer: 'error' in peer || !peer.oos ? null : summariseOos(peer.oos),
    },
    latencyMicroseconds: { banking77FoldModel: banking77Latency, shippedModel: shippedLatency },
    anchors: {
      'BERT-large (paper, official test split)': 0.9366,
      'USE+ConveRT (paper, official test split)': 0.9336,
    },
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'nlu-banking77.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** Wall and CPU time per message of a saved model: classify() alone and recognize() with entities. */
function measureLatency(
  modelDir: string,
  texts: readonly string[],
  names: readonly string[],
): Record<string, number> {
  const model = loadIntentModel(modelDir);
  for (const text of texts.slice(0, 300)) model.classifier.classify(text);
  const classifyMicros: number[] = [];
  const classifyCpuMicros: number[] = [];
  const recognizeMicros: number[] = [];
  const context = {
    now: new Date('2026-05-04T09:00:00Z'),
    timeZone: 'Europe/London',
    accounts: names.slice(0, 50).map((name, i) => ({ id: String(i), name })),
  };
  for (const text of texts) {
    const cpu = process.cpuUsage();
    let t0 = performance.now();
    model.classifier.classify(text);
    classifyMicros.push((performance.now() - t0) * 1000);
    const used = process.cpuUsage(cpu);
    classifyCpuMicros.push(used.user + used.system);
    t0 = performance.now();
    recognize(model, text, context);
    recognizeMicros.push((performance.now() - t0) * 1000);
  }
  for (const list of [classifyMicros, classifyCpuMicros, recognizeMicros]) list.sort((a, b) => a - b);
  return {
    classifyP50: percentile(classifyMicros, 0.5),
    classifyP99: percentile(classifyMicros, 0.99),
    classifyCpuP50: percentile(classifyCpuMicros, 0.5),
    classifyCpuP99: percentile(classifyCpuMicros, 0.99),
    classifyCpuMean: mean(classifyCpuMicros),
    recognizeP50: percentile(recognizeMicros, 0.5),
    recognizeP99: percentile(recognizeMicros, 0.99),
    messages: texts.length,
    loadAverage: os.loadavg()[0]!,
    cpus: os.cpus().length,
  };
}

/** Latency of the shipped product model on its held-back messages (repeated to 2,000). */
function measureShippedLatency(): Record<string, number> {
  const rows = parse(readFileSync(path.join(ROOT, 'nlu-data', 'crm-intents.heldback.csv')), {
    columns: true,
  }) as { text: string }[];
  const texts = Array.from({ length: 2000 }, (_, i) => rows[i % rows.length]!.text);
  const accounts = JSON.parse(readFileSync(path.join(ROOT, 'nlu-data', 'slot-values.json'), 'utf8'))
    .account as string[];
  return measureLatency(path.join(ROOT, 'models', 'intent'), texts, accounts);
}

function summariseOos(results: OosResult[]): Record<string, Record<string, number>> {
  const byProtocol: Record<string, Record<string, number>> = {};
  for (const protocol of ['zero-oos', 'few-oos']) {
    const chosen = results.filter((r) => r.protocol === protocol);
    byProtocol[protocol] = {
      oosPrecision: mean(chosen.map((r) => r.oosPrecision)),
      oosRecall: mean(chosen.map((r) => r.oosRecall)),
      falseOosRate: mean(chosen.map((r) => r.falseOosRate)),
      inScopeAccuracy: mean(chosen.map((r) => r.inScopeAccuracy)),
      folds: chosen.length,
    };
  }
  return byProtocol;
}

if (require.main === module) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : undefined;
  };
  if (process.argv.includes('--latency-only')) {
    process.stdout.write(`${JSON.stringify({ shippedModel: measureShippedLatency() }, null, 2)}\n`);
    process.exit(0);
  }
  runNluBench({ folds: arg('--folds'), oosFolds: arg('--oos-folds') }).then(
    (summary) =>
      process.stdout.write(
        `${JSON.stringify(summary, (key, value) => (key === 'folds' && Array.isArray(value) ? undefined : value), 2)}\n`,
      ),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
