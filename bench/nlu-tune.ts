/**
 * Tuning of the intent learner, on BANKING77 **dev-train only** (the fixed split of
 * bench/nlu-dev-protocol.ts; dev-test, which the bench reports on, is never read here).
 *
 * - `closed-set`: stratified folds of dev-train (tuningFolds, 5 folds). Each fold trains the
 *   components on the other four and scores its own rows: the SVM at several costs, networks with
 *   several seeds. Ensembles (SVM temperature, SVM weight, how many networks) are then scored from
 *   those outputs. Rule: the highest mean fold accuracy; within 0.1 point, the cheaper set-up.
 * - `features`: the same folds, the SVM alone (C=2) on variants of the features (longer word
 *   n-grams, other character n-gram ranges, rare character n-grams kept, the character block
 *   weighted up or down). Rule: a variant replaces the default only if it beats it by more than
 *   0.2 points (about the fold-to-fold noise of a paired difference here).
 * - `oos`: the same folds with the tuning roles (TUNING_ROLE_SEED: 10 unseen intents, 10 donors of
 *   `oos` rows), with and without `oos` training rows. Compares the scores a threshold can apply to
 *   (recall of unseen and donor out-of-scope messages at fixed in-scope losses), then trains with
 *   `trainIntentClassifier` (its own held-out calibration, as `crmpro nlu train` does) and checks
 *   what the rule chose against the fold's rows (in-scope loss and recall), for several settings
 *   of the rule on the same held-out scores, beside the peer (bench/peers/nlu_sklearn_svm.py) on
 *   the same rows. Rule for the cap on rejected in-scope messages (with `oos` rows): the largest
 *   cap whose in-scope accuracy stays at or above the peer's on the tuning folds.
 *
 * - `oos-rule`: the operating-point rule checked on simulated sets that are not the report's
 *   (bench/nlu-oos-rule-check.ts, bench/nlu-oos-sets.ts): two other draws of unseen and donor
 *   intents on dev-train folds, and a CLINC-like set with more intents and off-topic `oos` rows.
 *
 * - `oos-score-weight`: the same folds and roles with `oos` rows; the weight of the `oos` class's
 *   probability in the out-of-scope score, compared at fixed in-scope losses (rule in the function).
 *
 * - `oos-signals`: the same folds and roles, both cases; other out-of-scope scores beside the
 *   shipped one (max-logit, energy, SVM margins, k-nearest-neighbour novelty against the in-scope
 *   and the `oos` training rows, and the shipped score plus each), compared at fixed in-scope
 *   losses (bench/nlu-oos-signals.ts, rule there).
 *
 * - `oos-synthetic`: the same folds and roles, both cases; synthetic `oos` training rows made from
 *   halves of two training messages of different intents, compared at the same in-scope accuracy
 *   (bench/nlu-oos-synthetic.ts, rule there).
 *
 * usage: npx tsx bench/nlu-tune.ts [closed-set|features|oos|oos-rule|oos-score-weight|oos-signals|oos-synthetic|all] [--folds 0,1,2,3,4]
 * Writes bench/results/nlu-tuning.json (the parts run, merged into what is there).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_FEATURE_SETTINGS, FeatureSpace, type FeatureSettings } from '../src/ml/nlu/feature-space';
import { DEFAULT_ENSEMBLE_SETTINGS, IntentClassifier } from '../src/ml/nlu/intent-classifier';
import {
  DEFAULT_TRAINING_SETTINGS,
  fitIntentLearners,
  trainIntentClassifier,
  type LabelledUtterance,
} from '../src/ml/nlu/intent-training';
import { DEFAULT_SVM_SETTINGS, scoreInto, trainOneVsRestSvm } from '../src/ml/nlu/linear-svm';
import { chooseOosThreshold, OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';
import { DEFAULT_MLP_SETTINGS, mlpProbabilitiesInto, trainSparseMlp } from '../src/ml/nlu/sparse-mlp';
import { packRows } from '../src/ml/nlu/sparse-rows';
import {
  devSplit,
  oosExperiment,
  oosRoles,
  readBanking77,
  ROOT,
  tuningFolds,
  TUNING_ROLE_SEED,
  type OosCase,
} from './nlu-dev-protocol';
import { benchProvenance } from './bench-record';
import { oosRuleCheck } from './nlu-oos-rule-check';
import { oosSignalComparison } from './nlu-oos-signals';
import { oosSyntheticComparison } from './nlu-oos-synthetic';
import { runPeer, writeCsv } from './nlu-peer';

const TUNING_FOLDS = 5;
const SVM_COSTS = [0.5, 1, 2];
const MLP_SEEDS = [7, 8, 9];
const TEMPERATURES = [2, 4, 8];
const SVM_WEIGHTS = [0.3, 0.4, 0.5, 0.6, 0.7];
/** In-scope losses at which the out-of-scope scores are compared. */
const LOSSES = [0.01, 0.02, 0.05, 0.1];
/** Weights of the `oos` class's probability in the out-of-scope score (EnsembleSettings.oosScoreWeight). */
const OOS_SCORE_WEIGHTS = [1, 1.5, 2, 3, 5];
/** In-scope losses the weight is chosen at (the operating points the rule's 2% cap allows). */
const WEIGHT_LOSSES = [0.01, 0.02];
/** Settings of the rule tried on the same held-out scores: the cap with `oos` rows, the budget without. */
const MAX_FALSE_OOS_RATES = [0.01, 0.02, 0.03, 0.05, 0.1];
const FALSE_OOS_BUDGETS = [0.005, 0.01, 0.02];

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** The training and scored rows of one tuning fold (both inside dev-train). */
function foldRows(fold: number): { train: LabelledUtterance[]; test: LabelledUtterance[] } {
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const folds = tuningFolds(labels, devTrain, TUNING_FOLDS);
  return {
    train: devTrain.filter((_, k) => folds[k] !== fold).map((i) => rows[i]!),
    test: devTrain.filter((_, k) => folds[k] === fold).map((i) => rows[i]!),
  };
}

/** Row-wise softmax of SVM margins at a temperature. */
function softmax(margins: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const m of margins) if (m > max) max = m;
  const out = margins.map((m) => Math.exp(temperature * (m - max)));
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((p) => p / total);
}

const argmax = (values: ArrayLike<number>) => {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[best]!) best = k;
  return best;
};

interface ClosedSetFold {
  truth: number[];
  svm: Map<number, Float64Array[]>;
  mlp: Map<number, Float64Array[]>;
  cpu: Record<string, number>;
}

/** Trains every component on one fold and keeps their outputs on the fold's rows. */
function closedSetFold(fold: number, intents: readonly string[]): ClosedSetFold {
  const { train, test } = foldRows(fold);
  const cpu: Record<string, number> = {};
  let since = process.cpuUsage();
  const features = FeatureSpace.fit(
    train.map((u) => u.text),
    DEFAULT_FEATURE_SETTINGS,
  );
  const rows = packRows(train.map((u) => features.vectorise(u.text)));
  const testVectors = test.map((u) => features.vectorise(u.text));
  cpu.features = cpuSeconds(since);
  const labels = Int32Array.from(train, (u) => intents.indexOf(u.label));
  const K = intents.length;
  const svm = new Map<number, Float64Array[]>();
  for (const cost of SVM_COSTS) {
    since = process.cpuUsage();
    const model = trainOneVsRestSvm(rows, labels, K, features.size, { ...DEFAULT_SVM_SETTINGS, cost });
    cpu[`svm C=${cost}`] = cpuSeconds(since);
    svm.set(
      cost,
      testVectors.map((v) => scoreInto(model, v.indices, v.values, new Float64Array(K))),
    );
  }
  const mlp = new Map<number, Float64Array[]>();
  for (const seed of MLP_SEEDS) {
    since = process.cpuUsage();
    const model = trainSparseMlp(rows, labels, K, features.size, { ...DEFAULT_MLP_SETTINGS, seed });
    cpu[`mlp seed=${seed}`] = cpuSeconds(since);
    const hidden = new Float64Array(model.hiddenUnits);
    mlp.set(
      seed,
      testVectors.map((v) => mlpProbabilitiesInto(model, v.indices, v.values, hidden, new Float64Array(K))),
    );
  }
  return { truth: test.map((u) => intents.indexOf(u.label)), svm, mlp, cpu };
}

/** Accuracy of every ensemble set-up, per fold and on average; the chosen one by the rule above. */
function closedSetTuning(foldList: readonly number[], log: (line: string) => void) {
  const intents = [...new Set(readBanking77().map((r) => r.label))].sort();
  const folds: ClosedSetFold[] = [];
  for (const fold of foldList) {
    folds.push(closedSetFold(fold, intents));
    log(`closed-set fold ${fold}: ${JSON.stringify(folds[folds.length - 1]!.cpu)}`);
  }
  const accuracy = (predict: (f: ClosedSetFold, i: number) => number) =>
    folds.map((f) => f.truth.filter((t, i) => predict(f, i) === t).length / f.truth.length);
  const setups: {
    name: string;
    svmCost: number | null;
    mlps: number;
    temperature?: number;
    svmWeight?: number;
    foldAccuracy: number[];
    accuracy: number;
    trainCpuSeconds: number;
  }[] = [];
  const cpuOf = (svmCost: number | null, mlps: number) =>
    mean(
      folds.map(
        (f) =>
          f.cpu.features! +
          (svmCost === null ? 0 : f.cpu[`svm C=${svmCost}`]!) +
          MLP_SEEDS.slice(0, mlps).reduce((sum, seed) => sum + f.cpu[`mlp seed=${seed}`]!, 0),
      ),
    );
  const add = (setup: Omit<(typeof setups)[number], 'accuracy' | 'trainCpuSeconds'>) =>
    setups.push({
      ...setup,
      accuracy: mean(setup.foldAccuracy),
      trainCpuSeconds: cpuOf(setup.svmCost, setup.mlps),
    });
  const mlpMean = (f: ClosedSetFold, i: number, mlps: number) => {
    const out = new Float64Array(intents.length);
    for (const seed of MLP_SEEDS.slice(0, mlps)) {
      const p = f.mlp.get(seed)![i]!;
      for (let k = 0; k < out.length; k++) out[k]! += p[k]! / mlps;
    }
    return out;
  };
  for (const cost of SVM_COSTS)
    add({
      name: `svm C=${cost}`,
      svmCost: cost,
      mlps: 0,
      foldAccuracy: accuracy((f, i) => argmax(f.svm.get(cost)![i]!)),
    });
  for (let mlps = 1; mlps <= MLP_SEEDS.length; mlps++)
    add({
      name: `${mlps} mlp`,
      svmCost: null,
      mlps,
      foldAccuracy: accuracy((f, i) => argmax(mlpMean(f, i, mlps))),
    });
  for (const cost of SVM_COSTS)
    for (let mlps = 1; mlps <= MLP_SEEDS.length; mlps++)
      for (const temperature of TEMPERATURES)
        for (const svmWeight of SVM_WEIGHTS)
          add({
            name: `svm C=${cost} + ${mlps} mlp, T=${temperature}, w=${svmWeight}`,
            svmCost: cost,
            mlps,
            temperature,
            svmWeight,
            foldAccuracy: accuracy((f, i) => {
              const p = softmax(f.svm.get(cost)![i]!, temperature);
              const m = mlpMean(f, i, mlps);
              return argmax(p.map((v, k) => svmWeight * v + (1 - svmWeight) * m[k]!));
            }),
          });
  setups.sort((a, b) => b.accuracy - a.accuracy);
  const best = setups[0]!.accuracy;
  const chosen = [...setups]
    .filter((s) => s.accuracy >= best - 0.001)
    .sort((a, b) => a.trainCpuSeconds - b.trainCpuSeconds)[0]!;
  log(
    `closed-set: best ${setups[0]!.name} ${(100 * best).toFixed(2)}%; chosen ${chosen.name} ${(100 * chosen.accuracy).toFixed(2)}%`,
  );
  return {
    folds: foldList,
    rule: 'highest mean dev-train fold accuracy; among set-ups within 0.1 point of it, the least training CPU',
    chosen,
    current: setups.find(
      (s) =>
        s.svmCost === DEFAULT_TRAINING_SETTINGS.svm.cost &&
        s.mlps === DEFAULT_TRAINING_SETTINGS.networks &&
        s.temperature === DEFAULT_ENSEMBLE_SETTINGS.svmTemperature &&
        s.svmWeight === DEFAULT_ENSEMBLE_SETTINGS.svmWeight,
    ),
    setups: setups.slice(0, 25),
    singleLearners: setups.filter((s) => s.temperature === undefined),
  };
}

/** Feature variants tried with the SVM alone. */
const FEATURE_VARIANTS: Record<string, Partial<FeatureSettings>> = {
  default: {},
  'word 1-3': { wordNgramMax: 3 },
  'word 1 only': { wordNgramMax: 1 },
  'char 1-6': { charNgramMin: 1, charNgramMax: 6 },
  'char 3-5': { charNgramMin: 3 },
  'rare char n-grams kept': { minCharCount: 1 },
  'char block weight 0.7': { charWeight: 0.7 },
  'char block weight 1.4': { charWeight: 1.4 },
};

/** SVM accuracy of every feature variant on the tuning folds. */
function featureTuning(foldList: readonly number[], log: (line: string) => void) {
  const intents = [...new Set(readBanking77().map((r) => r.label))].sort();
  const variants = Object.entries(FEATURE_VARIANTS).map(([name, change]) => {
    const settings = { ...DEFAULT_FEATURE_SETTINGS, ...change };
    const perFold = foldList.map((fold) => {
      const { train, test } = foldRows(fold);
      const since = process.cpuUsage();
      const features = FeatureSpace.fit(
        train.map((u) => u.text),
        settings,
      );
      const svm = trainOneVsRestSvm(
        packRows(train.map((u) => features.vectorise(u.text))),
        Int32Array.from(train, (u) => intents.indexOf(u.label)),
        intents.length,
        features.size,
        DEFAULT_TRAINING_SETTINGS.svm,
      );
      const cpu = cpuSeconds(since);
      const scores = new Float64Array(intents.length);
      const right = test.filter((u) => {
        const v = features.vectorise(u.text);
        return intents[argmax(scoreInto(svm, v.indices, v.values, scores))] === u.label;
      }).length;
      return { accuracy: right / test.length, cpu, vocabulary: features.size };
    });
    const result = {
      name,
      settings,
      accuracy: mean(perFold.map((f) => f.accuracy)),
      foldAccuracy: perFold.map((f) => f.accuracy),
      trainCpuSeconds: mean(perFold.map((f) => f.cpu)),
      vocabulary: mean(perFold.map((f) => f.vocabulary)),
    };
    log(`features ${name}: ${(100 * result.accuracy).toFixed(2)}%`);
    return result;
  });
  const base = variants[0]!.accuracy;
  const better = variants.filter((v) => v.accuracy > base + 0.002).sort((a, b) => b.accuracy - a.accuracy);
  return {
    folds: foldList,
    rule: 'a variant replaces the default only if the SVM alone beats it by more than 0.2 points on the tuning folds',
    chosen: better[0]?.name ?? 'default',
    variants,
  };
}

/** Scores a threshold may apply to, from a model's probabilities (`oos` index or -1). */
const OOS_SCORES: Record<string, (p: Float64Array, oos: number) => number> = {
  'best minus oos': (p, oos) => maxInScope(p, oos) - (oos >= 0 ? p[oos]! : 0),
  'best probability': (p, oos) => (oos >= 0 && p[oos]! > maxInScope(p, oos) ? -Infinity : maxInScope(p, oos)),
  'entropy certainty': (p, oos) => {
    if (oos >= 0 && p[oos]! > maxInScope(p, oos)) return -Infinity;
    let total = 0;
    for (let k = 0; k < p.length; k++) if (k !== oos) total += p[k]!;
    let entropy = 0;
    for (let k = 0; k < p.length; k++) {
      if (k === oos || p[k]! <= 0) continue;
      const q = p[k]! / total;
      entropy -= q * Math.log(q);
    }
    return 1 - entropy / Math.log(p.length - (oos >= 0 ? 1 : 0));
  },
};

/** Mean of each field over folds (null and NaN values skipped; null when a field has none). */
function averageOf(list: readonly Record<string, number | null>[]): Record<string, number | null> {
  return Object.fromEntries(
    Object.keys(list[0]!).map((key) => {
      const values = list
        .map((r) => r[key])
        .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
      return [key, values.length === 0 ? null : mean(values)];
    }),
  );
}

/** The labels `crmpro nlu predict` would write. */
function predictionsOf(classifier: IntentClassifier, rows: readonly LabelledUtterance[]): string[] {
  return rows.map((u) => classifier.classify(u.text).intent);
}

function maxInScope(p: Float64Array, oos: number): number {
  let best = 0;
  for (let k = 0; k < p.length; k++) if (k !== oos && p[k]! > best) best = p[k]!;
  return best;
}

/** Out-of-scope scores and the rule, on the tuning folds with the tuning roles. */
function oosTuning(foldList: readonly number[], log: (line: string) => void) {
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const folds = tuningFolds(labels, devTrain, TUNING_FOLDS);
  const roles = oosRoles([...new Set(labels)].sort(), TUNING_ROLE_SEED);
  const cases: Record<string, unknown> = {};
  for (const oosCase of ['with-oos-rows', 'without-oos-rows'] as OosCase[]) {
    const scoreCurves: Record<string, { loss: number; unseenRecall: number; donorRecall: number }[][]> = {};
    const ruleResults: Record<string, number>[] = [];
    const variantResults: Record<string, unknown>[] = [];
    const peerResults: Record<string, number>[] = [];
    for (const fold of foldList) {
      const experiment = oosExperiment(
        rows,
        devTrain.filter((_, k) => folds[k] !== fold),
        devTrain.filter((_, k) => folds[k] === fold),
        roles,
        oosCase,
        fold,
      );
      // The scores, on a model trained on the fold's training part (threshold 0).
      const plain = fitIntentLearners(experiment.train, DEFAULT_TRAINING_SETTINGS);
      const oosIndex = plain.intents.indexOf(OUT_OF_SCOPE);
      const probabilities = experiment.test.map((u) => plain.probabilities(u.text));
      for (const [name, score] of Object.entries(OOS_SCORES)) {
        const scores = probabilities.map((p) => score(p, oosIndex));
        const inScope = scores.filter((_, i) => experiment.kind[i] === 'in-scope').sort((a, b) => a - b);
        const recall = (kind: string, threshold: number) => {
          const of = scores.filter((_, i) => experiment.kind[i] === kind);
          return of.filter((s) => s < threshold).length / Math.max(1, of.length);
        };
        (scoreCurves[name] ??= []).push(
          LOSSES.map((loss) => {
            const threshold = inScope[Math.floor(loss * inScope.length)]!;
            return {
              loss,
              unseenRecall: recall('unseen', threshold),
              donorRecall: recall('donor', threshold),
            };
          }),
        );
      }
      // The rule, as `crmpro nlu train` applies it (held-out calibration inside the training part),
      // then the same held-out scores under other settings of the rule, applied to the fold's rows.
      const since = process.cpuUsage();
      const { classifier, report, heldOut } = trainIntentClassifier(
        experiment.train,
        DEFAULT_TRAINING_SETTINGS,
      );
      const trainCpuSeconds = cpuSeconds(since);
      const tested = experiment.test.map((u) => {
        const p = classifier.probabilities(u.text);
        return { score: classifier.outOfScopeScore(p), top: classifier.decide(p, 1).ranked[0]!.intent };
      });
      const outcome = (predicted: readonly string[]) => {
        const inScopeRows = experiment.test.filter((_, i) => experiment.kind[i] === 'in-scope');
        const inScopePredicted = predicted.filter((_, i) => experiment.kind[i] === 'in-scope');
        const recallOf = (kind: string) => {
          const of = predicted.filter((_, i) => experiment.kind[i] === kind);
          return of.filter((p) => p === OUT_OF_SCOPE).length / of.length;
        };
        return {
          foldFalseOosRate: inScopePredicted.filter((p) => p === OUT_OF_SCOPE).length / inScopeRows.length,
          foldInScopeAccuracy:
            inScopePredicted.filter((p, i) => p === inScopeRows[i]!.label).length / inScopeRows.length,
          foldUnseenRecall: recallOf('unseen'),
          foldDonorRecall: recallOf('donor'),
        };
      };
      const variants: Record<string, unknown> = {};
      for (const variant of oosCase === 'with-oos-rows'
        ? MAX_FALSE_OOS_RATES.map((cap) => ({ ...DEFAULT_TRAINING_SETTINGS.oosRule, maxFalseOosRate: cap }))
        : FALSE_OOS_BUDGETS.map((budget) => ({
            ...DEFAULT_TRAINING_SETTINGS.oosRule,
            falseOosBudget: budget,
          }))) {
        const chosen = chooseOosThreshold(heldOut.inScope, heldOut.oos, variant);
        const name =
          oosCase === 'with-oos-rows'
            ? `maxFalseOosRate ${variant.maxFalseOosRate}`
            : `falseOosBudget ${variant.falseOosBudget}`;
        variants[name] = {
          heldOutFalseOosRate: chosen.heldOutFalseOosRate,
          heldOutOosRecall: chosen.heldOutOosRecall ?? null,
          ...outcome(tested.map((t) => (t.score < chosen.threshold ? OUT_OF_SCOPE : t.top))),
        };
      }
      // The peer on the same rows (its oos class, if any, is its only out-of-scope decision).
      const peerDir = mkdtempSync(path.join(os.tmpdir(), 'nlu-tune-peer-'));
      const job = {
        name: `${oosCase} ${fold}`,
        train: path.join(peerDir, 'train.csv'),
        test: path.join(peerDir, 'test.csv'),
      };
      writeCsv(job.train, experiment.train);
      writeCsv(job.test, experiment.test);
      const peer = outcome(runPeer([job], peerDir).outputs.get(job.name)!.labels);
      rmSync(peerDir, { recursive: true, force: true });
      ruleResults.push({
        fold,
        threshold: report.oosThreshold.threshold,
        heldOutFalseOosRate: report.oosThreshold.heldOutFalseOosRate,
        heldOutOosRecall: report.oosThreshold.heldOutOosRecall ?? NaN,
        ...outcome(predictionsOf(classifier, experiment.test)),
        trainCpuSeconds,
      });
      variantResults.push(variants);
      peerResults.push(peer);
      log(
        `oos ${oosCase} fold ${fold}: ${JSON.stringify({ rule: ruleResults[ruleResults.length - 1], variants, peer })}`,
      );
    }
    cases[oosCase] = {
      scores: Object.fromEntries(
        Object.entries(scoreCurves).map(([name, perFold]) => [
          name,
          LOSSES.map((loss, j) => ({
            loss,
            unseenRecall: mean(perFold.map((points) => points[j]!.unseenRecall)),
            donorRecall: mean(perFold.map((points) => points[j]!.donorRecall)),
          })),
        ]),
      ),
      rule: averageOf(ruleResults),
      ruleFolds: ruleResults,
      ruleVariants: Object.fromEntries(
        Object.keys(variantResults[0]!).map((name) => [
          name,
          averageOf(variantResults.map((v) => v[name] as Record<string, number>)),
        ]),
      ),
      ruleVariantFolds: variantResults,
      peer: averageOf(peerResults),
      peerFolds: peerResults,
    };
  }
  return {
    folds: foldList,
    roles: { unseen: [...roles.unseen].sort(), donors: [...roles.donors].sort() },
    rule: DEFAULT_TRAINING_SETTINGS.oosRule,
    cases,
  };
}

/**
 * The weight of the `oos` class's probability in the out-of-scope score, on the tuning folds with
 * the tuning roles and `oos` training rows (without them the weight does nothing). Each fold fits
 * the learners once on its training part and scores its own rows under every weight; thresholds
 * are set on the fold's in-scope rows at fixed in-scope losses. Rule: the highest mean OOS recall at
 * 1% and 2% in-scope loss among the weights whose in-scope accuracy there is, on average, within
 * 0.1 point of weight 1's (the score before).
 */
function oosScoreWeightTuning(foldList: readonly number[], log: (line: string) => void) {
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const folds = tuningFolds(labels, devTrain, TUNING_FOLDS);
  const roles = oosRoles([...new Set(labels)].sort(), TUNING_ROLE_SEED);
  type Point = {
    loss: number;
    oosRecall: number;
    unseenRecall: number;
    donorRecall: number;
    inScopeAccuracy: number;
  };
  const perWeight = new Map<number, Point[][]>(OOS_SCORE_WEIGHTS.map((w) => [w, []]));
  for (const fold of foldList) {
    const experiment = oosExperiment(
      rows,
      devTrain.filter((_, k) => folds[k] !== fold),
      devTrain.filter((_, k) => folds[k] === fold),
      roles,
      'with-oos-rows',
      fold,
    );
    const plain = fitIntentLearners(experiment.train, DEFAULT_TRAINING_SETTINGS);
    const probabilities = experiment.test.map((u) => plain.probabilities(u.text));
    const top = probabilities.map((p) => plain.decide(p, 1).ranked[0]!.intent);
    const rowsOf = (kind: string) => experiment.kind.flatMap((k, i) => (k === kind ? [i] : []));
    const inScope = rowsOf('in-scope');
    const unseen = rowsOf('unseen');
    const donor = rowsOf('donor');
    for (const weight of OOS_SCORE_WEIGHTS) {
      const weighted = new IntentClassifier(
        plain.intents,
        plain.features,
        plain.svm,
        plain.networks,
        { ...plain.ensemble, oosScoreWeight: weight },
        0,
      );
      const scores = probabilities.map((p) => weighted.outOfScopeScore(p));
      const sorted = inScope.map((i) => scores[i]!).sort((a, b) => a - b);
      const points = LOSSES.map((loss) => {
        const threshold = sorted[Math.floor(loss * sorted.length)]!;
        const rejected = (i: number) => scores[i] === -Infinity || scores[i]! < threshold;
        const recall = (of: number[]) => of.filter(rejected).length / of.length;
        return {
          loss,
          oosRecall: recall([...unseen, ...donor]),
          unseenRecall: recall(unseen),
          donorRecall: recall(donor),
          inScopeAccuracy:
            inScope.filter((i) => !rejected(i) && top[i] === experiment.test[i]!.label).length /
            inScope.length,
        };
      });
      perWeight.get(weight)!.push(points);
    }
    log(`oos-score-weight fold ${fold}: ${JSON.stringify(perWeight.get(1)!.at(-1))}`);
  }
  const weights = OOS_SCORE_WEIGHTS.map((weight) => {
    const foldPoints = perWeight.get(weight)!;
    const points = LOSSES.map((loss, j) => ({
      loss,
      ...(Object.fromEntries(
        (['oosRecall', 'unseenRecall', 'donorRecall', 'inScopeAccuracy'] as const).map((key) => [
          key,
          mean(foldPoints.map((f) => f[j]![key])),
        ]),
      ) as Omit<Point, 'loss'>),
    }));
    const at = points.filter((p) => WEIGHT_LOSSES.includes(p.loss));
    return {
      weight,
      points,
      recallAtRuleLosses: mean(at.map((p) => p.oosRecall)),
      accuracyAtRuleLosses: mean(at.map((p) => p.inScopeAccuracy)),
    };
  });
  const base = weights.find((w) => w.weight === 1)!;
  const chosen = weights
    .filter((w) => w.accuracyAtRuleLosses >= base.accuracyAtRuleLosses - 0.001)
    .sort((a, b) => b.recallAtRuleLosses - a.recallAtRuleLosses)[0]!;
  log(
    `oos-score-weight: chosen ${chosen.weight} (recall ${chosen.recallAtRuleLosses.toFixed(4)} vs ${base.recallAtRuleLosses.toFixed(4)})`,
  );
  return {
    folds: foldList,
    roles: { unseen: [...roles.unseen].sort(), donors: [...roles.donors].sort() },
    rule: 'highest mean OOS recall at 1% and 2% in-scope loss among weights whose in-scope accuracy there is within 0.1 point of weight 1 on average',
    chosen: chosen.weight,
    weights,
  };
}

if (require.main === module) {
  const part = process.argv[2] ?? 'all';
  const at = process.argv.indexOf('--folds');
  const foldList =
    at >= 0
      ? process.argv[at + 1]!.split(',').map(Number)
      : Array.from({ length: TUNING_FOLDS }, (_, f) => f);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const file = path.join(ROOT, 'bench', 'results', 'nlu-tuning.json');
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  const record: Record<string, unknown> = {
    ...previous,
    data: 'BANKING77 train.csv, dev-train part only (bench/nlu-dev-protocol.ts); dev-test never read',
  };
  // Each part carries its own provenance: the parts are run at different times and merged.
  const stamp = benchProvenance();
  if (part === 'closed-set' || part === 'all')
    record.closedSet = { ...stamp, ...closedSetTuning(foldList, log) };
  if (part === 'features' || part === 'all') record.features = { ...stamp, ...featureTuning(foldList, log) };
  if (part === 'oos' || part === 'all') record.oos = { ...stamp, ...oosTuning(foldList, log) };
  if (part === 'oos-rule' || part === 'all') record.oosRule = { ...stamp, ...oosRuleCheck(log) };
  if (part === 'oos-score-weight' || part === 'all')
    record.oosScoreWeight = { ...stamp, ...oosScoreWeightTuning(foldList, log) };
  if (part === 'oos-signals' || part === 'all')
    record.oosSignals = { ...stamp, ...oosSignalComparison(foldList, log) };
  if (part === 'oos-synthetic' || part === 'all')
    record.oosSynthetic = { ...stamp, ...oosSyntheticComparison(foldList, log) };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, file)}`);
}
