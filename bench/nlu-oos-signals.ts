/**
 * Other out-of-scope scores beside the shipped one (IntentClassifier.outOfScopeScore: the best
 * intent's probability minus 2x the `oos` class's), on BANKING77 **dev-train** tuning folds with the
 * tuning roles (bench/nlu-dev-protocol.ts; dev-test and the report roles are never read here).
 *
 * Each fold fits the learners once on its training part and scores its own rows with every signal:
 * - from the model: the probabilities' top-2 margin, the SVM's best in-scope margin (and minus its
 *   `oos` margin), the networks' best in-scope logit (max-logit), their log-sum-exp (energy), and
 *   their best in-scope logit minus the `oos` logit;
 * - from the training rows (k-nearest-neighbour novelty on the same TF-IDF vectors, cosine): the
 *   nearest in-scope row, the nearest row of the predicted intent, each minus the nearest `oos`
 *   row ("closer to the `oos` rows than to the intent it was given"), and the mean of the 5 nearest;
 * - the shipped score plus weighted signals (a one-dimensional grid per combination).
 * A message the `oos` class wins is out of scope under every score (as in the product). Thresholds
 * are set on the fold's in-scope rows at fixed in-scope losses, and the recall of out-of-scope
 * rows (unseen intents, and rows like the `oos` training rows) is measured there.
 *
 * Rule: a score replaces the shipped one only if its mean recall is higher at both 1% and 2%
 * in-scope loss by more than twice the fold-to-fold standard error of the paired difference (the
 * threshold the rule picks sits between 0.5% and 2%), and its in-scope accuracy there is within 0.1
 * point. The weights in the grid are chosen on the same folds, so the best of them is optimistic.
 *
 * Part `oos-signals` of bench/nlu-tune.ts (record `oosSignals` in bench/results/nlu-tuning.json).
 */
import { DEFAULT_TRAINING_SETTINGS, fitIntentLearners } from '../src/ml/nlu/intent-training';
import { scoreInto } from '../src/ml/nlu/linear-svm';
import { OUT_OF_SCOPE } from '../src/ml/nlu/oos-threshold';
import type { SparseMlp } from '../src/ml/nlu/sparse-mlp';
import type { SparseVector } from '../src/ml/nlu/sparse-vector';
import {
  devSplit,
  oosExperiment,
  oosRoles,
  readBanking77,
  tuningFolds,
  TUNING_ROLE_SEED,
  type OosCase,
} from './nlu-dev-protocol';

/** In-scope losses at which the scores are compared. */
const LOSSES = [0.01, 0.02, 0.05];
/** Losses the replacement rule looks at. */
const RULE_LOSSES = [0.01, 0.02];

/** What one scored row offers to the scores. */
interface RowSignals {
  readonly kind: 'in-scope' | 'unseen' | 'donor';
  /** In-scope rows: the best in-scope intent is the right one. */
  readonly correct: boolean;
  /** The `oos` class beat every intent (out of scope under every score). */
  readonly oosWins: boolean;
  readonly best: number;
  readonly oos: number;
  readonly margin: number;
  readonly svmBest: number;
  readonly svmOos: number;
  readonly logitBest: number;
  readonly logitOos: number;
  readonly energy: number;
  readonly nearestInScope: number;
  readonly nearestOfPredicted: number;
  readonly nearestOos: number;
  readonly meanNearest5: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Pre-softmax outputs of one network (the same pass as mlpProbabilitiesInto, without the softmax). */
function networkLogits(mlp: SparseMlp, vector: SparseVector): Float64Array {
  const H = mlp.hiddenUnits;
  const K = mlp.classCount;
  const hidden = Float64Array.from(mlp.hiddenBiases);
  for (let p = 0; p < vector.indices.length; p++) {
    const base = vector.indices[p]! * H;
    for (let h = 0; h < H; h++) hidden[h]! += mlp.inputWeights[base + h]! * vector.values[p]!;
  }
  const out = Float64Array.from(mlp.outputBiases);
  for (let h = 0; h < H; h++) {
    if (hidden[h]! <= 0) continue;
    for (let k = 0; k < K; k++) out[k]! += hidden[h]! * mlp.outputWeights[h * K + k]!;
  }
  return out;
}

/** Cosine similarity of a message to every training row, through an inverted index. */
class NeighbourIndex {
  private readonly postings = new Map<number, { row: number; value: number }[]>();
  private readonly norms: Float64Array;

  constructor(private readonly rows: readonly SparseVector[]) {
    this.norms = Float64Array.from(rows, norm);
    rows.forEach((vector, row) =>
      vector.indices.forEach((feature, j) => {
        const list = this.postings.get(feature) ?? [];
        list.push({ row, value: vector.values[j]! });
        this.postings.set(feature, list);
      }),
    );
  }

  similarities(vector: SparseVector): Float64Array {
    const dots = new Float64Array(this.rows.length);
    vector.indices.forEach((feature, j) => {
      for (const { row, value } of this.postings.get(feature) ?? []) dots[row]! += vector.values[j]! * value;
    });
    const own = norm(vector) || 1;
    return dots.map((dot, row) => dot / (own * (this.norms[row]! || 1)));
  }
}

function norm(vector: SparseVector): number {
  let total = 0;
  for (const value of vector.values) total += value * value;
  return Math.sqrt(total);
}

/** Fits one fold and returns every scored row's signals. */
function foldSignals(fold: number, oosCase: OosCase): RowSignals[] {
  const rows = readBanking77();
  const labels = rows.map((r) => r.label);
  const { devTrain } = devSplit(labels);
  const folds = tuningFolds(labels, devTrain, 5);
  const experiment = oosExperiment(
    rows,
    devTrain.filter((_, k) => folds[k] !== fold),
    devTrain.filter((_, k) => folds[k] === fold),
    oosRoles([...new Set(labels)].sort(), TUNING_ROLE_SEED),
    oosCase,
    fold,
  );
  const model = fitIntentLearners(experiment.train, DEFAULT_TRAINING_SETTINGS);
  const K = model.intents.length;
  const oosIndex = model.intents.indexOf(OUT_OF_SCOPE);
  const intentIndices = [...model.intents.keys()].filter((k) => k !== oosIndex);
  const trainLabels = experiment.train.map((u) => model.intents.indexOf(u.label));
  const neighbours = new NeighbourIndex(experiment.train.map((u) => model.features.vectorise(u.text)));
  return experiment.test.map((u, i) => {
    const vector = model.features.vectorise(u.text);
    const p = model.probabilities(u.text);
    const ranked = [...intentIndices].sort((a, b) => p[b]! - p[a]!);
    const top = ranked[0]!;
    const svm = scoreInto(model.svm, vector.indices, vector.values, new Float64Array(K));
    const logits = model.networks.map((network) => networkLogits(network, vector));
    const logitBest = mean(logits.map((l) => Math.max(...intentIndices.map((k) => l[k]!))));
    const energy = mean(
      logits.map((l) => {
        const max = Math.max(...intentIndices.map((k) => l[k]!));
        return max + Math.log(intentIndices.reduce((s, k) => s + Math.exp(l[k]! - max), 0));
      }),
    );
    const nearestOfClass = new Float64Array(K);
    const inScopeSims: number[] = [];
    neighbours.similarities(vector).forEach((similarity, row) => {
      const k = trainLabels[row]!;
      nearestOfClass[k] = Math.max(nearestOfClass[k]!, similarity);
      if (k !== oosIndex) inScopeSims.push(similarity);
    });
    inScopeSims.sort((a, b) => b - a);
    const oos = oosIndex >= 0 ? p[oosIndex]! : 0;
    return {
      kind: experiment.kind[i]!,
      correct: model.intents[top] === u.label,
      oosWins: oos > p[top]!,
      best: p[top]!,
      oos,
      margin: p[top]! - p[ranked[1]!]!,
      svmBest: Math.max(...intentIndices.map((k) => svm[k]!)),
      svmOos: oosIndex >= 0 ? svm[oosIndex]! : 0,
      logitBest,
      logitOos: oosIndex >= 0 ? mean(logits.map((l) => l[oosIndex]!)) : 0,
      energy,
      nearestInScope: Math.max(...intentIndices.map((k) => nearestOfClass[k]!)),
      nearestOfPredicted: nearestOfClass[top]!,
      nearestOos: oosIndex >= 0 ? nearestOfClass[oosIndex]! : 0,
      meanNearest5: mean(inScopeSims.slice(0, 5)),
    };
  });
}

const shipped = (s: RowSignals) => s.best - 2 * s.oos;

/** The scores compared: higher = more in scope. */
function candidateScores(): Record<string, (s: RowSignals) => number> {
  const scores: Record<string, (s: RowSignals) => number> = {
    'shipped: best - 2 oos': shipped,
    'best - oos': (s) => s.best - s.oos,
    'top-2 margin': (s) => s.margin,
    'SVM best margin': (s) => s.svmBest,
    'SVM best - oos margin': (s) => s.svmBest - s.svmOos,
    'network max-logit': (s) => s.logitBest,
    'network energy': (s) => s.energy,
    'network max-logit - oos logit': (s) => s.logitBest - s.logitOos,
    'kNN nearest in-scope': (s) => s.nearestInScope,
    'kNN nearest in-scope - nearest oos': (s) => s.nearestInScope - s.nearestOos,
    'kNN nearest of predicted - nearest oos': (s) => s.nearestOfPredicted - s.nearestOos,
    'kNN mean of 5 nearest': (s) => s.meanNearest5,
  };
  for (const w of [0.5, 1, 2, 4]) {
    scores[`shipped + ${w} SVM best - oos margin`] = (s) => shipped(s) + w * (s.svmBest - s.svmOos);
    scores[`shipped + ${w} kNN nearest in-scope`] = (s) => shipped(s) + w * s.nearestInScope;
    scores[`shipped + ${w} kNN nearest of predicted - nearest oos`] = (s) =>
      shipped(s) + w * (s.nearestOfPredicted - s.nearestOos);
    scores[`shipped + ${w / 10} network max-logit - oos logit`] = (s) =>
      shipped(s) + (w / 10) * (s.logitBest - s.logitOos);
    scores[`shipped + ${w} kNN predicted - oos + 0.1 network logit - oos`] = (s) =>
      shipped(s) + w * (s.nearestOfPredicted - s.nearestOos) + 0.1 * (s.logitBest - s.logitOos);
  }
  return scores;
}

interface LossPoint {
  loss: number;
  oosRecall: number;
  unseenRecall: number;
  donorRecall: number;
  inScopeAccuracy: number;
}

/** Recall and in-scope accuracy at each loss, thresholds set on the fold's in-scope rows. */
function pointsOf(rows: readonly RowSignals[], score: (s: RowSignals) => number): LossPoint[] {
  const scores = rows.map((s) => (s.oosWins ? -Infinity : score(s)));
  const inScope = rows.flatMap((s, i) => (s.kind === 'in-scope' ? [i] : []));
  const sorted = inScope.map((i) => scores[i]!).sort((a, b) => a - b);
  return LOSSES.map((loss) => {
    const threshold = sorted[Math.floor(loss * sorted.length)]!;
    const rejected = (i: number) => scores[i] === -Infinity || scores[i]! < threshold;
    const recall = (kinds: readonly string[]) => {
      const of = rows.flatMap((s, i) => (kinds.includes(s.kind) ? [i] : []));
      return of.length === 0 ? NaN : of.filter(rejected).length / of.length;
    };
    return {
      loss,
      oosRecall: recall(['unseen', 'donor']),
      unseenRecall: recall(['unseen']),
      donorRecall: recall(['donor']),
      inScopeAccuracy: inScope.filter((i) => !rejected(i) && rows[i]!.correct).length / inScope.length,
    };
  });
}

/** Compares the scores on the tuning folds, in both cases; `log` gets a line per fold. */
export function oosSignalComparison(foldList: readonly number[], log: (line: string) => void) {
  const cases: Record<string, unknown> = {};
  for (const oosCase of ['with-oos-rows', 'without-oos-rows'] as OosCase[]) {
    const scores = candidateScores();
    const perScore = new Map<string, LossPoint[][]>(Object.keys(scores).map((name) => [name, []]));
    for (const fold of foldList) {
      const rows = foldSignals(fold, oosCase);
      for (const [name, score] of Object.entries(scores)) perScore.get(name)!.push(pointsOf(rows, score));
      log(
        `oos-signals ${oosCase} fold ${fold}: shipped ${JSON.stringify(perScore.get('shipped: best - 2 oos')!.at(-1))}`,
      );
    }
    const base = perScore.get('shipped: best - 2 oos')!;
    const summary = [...perScore].map(([name, folds]) => {
      const points = LOSSES.map((loss, j) => ({
        loss,
        oosRecall: mean(folds.map((f) => f[j]!.oosRecall)),
        unseenRecall: mean(folds.map((f) => f[j]!.unseenRecall)),
        donorRecall: oosCase === 'with-oos-rows' ? mean(folds.map((f) => f[j]!.donorRecall)) : null,
        inScopeAccuracy: mean(folds.map((f) => f[j]!.inScopeAccuracy)),
      }));
      // Paired difference with the shipped score at the rule's losses: mean and standard error.
      const gains = RULE_LOSSES.map((loss) => {
        const j = LOSSES.indexOf(loss);
        const diffs = folds.map((f, k) => f[j]!.oosRecall - base[k]![j]!.oosRecall);
        const m = mean(diffs);
        const variance =
          mean(diffs.map((d) => (d - m) ** 2)) * (diffs.length / Math.max(1, diffs.length - 1));
        const accuracyChange = mean(
          folds.map((f, k) => f[j]!.inScopeAccuracy - base[k]![j]!.inScopeAccuracy),
        );
        return { loss, recallGain: m, standardError: Math.sqrt(variance / diffs.length), accuracyChange };
      });
      // One fold gives no standard error: nothing passes on it.
      const passes =
        folds.length > 1 &&
        gains.every((g) => g.recallGain > 2 * g.standardError && g.accuracyChange >= -0.001);
      return {
        score: name,
        points,
        gainsOverShipped: gains,
        passesRule: name.startsWith('shipped:') ? null : passes,
      };
    });
    summary.sort((a, b) => b.points[1]!.oosRecall - a.points[1]!.oosRecall);
    cases[oosCase] = { scores: summary };
  }
  return {
    folds: foldList,
    rule: 'replace the shipped score only if mean recall is higher at both 1% and 2% in-scope loss by more than 2 standard errors of the paired fold difference, with in-scope accuracy there within 0.1 point; grid weights chosen on the same folds (optimistic)',
    cases,
  };
}
