import { CrmError, ErrorCode } from '../../core/errors';
import { brierScore, rocAuc } from './classification-metrics';
import {
  binCountOf,
  binTable,
  learnBinnings,
  type BinnedMatrix,
  type FeatureBinning,
} from './feature-binning';
import type { FeatureTable } from './feature-table';
import {
  DEFAULT_BOOSTING_PARAMS,
  rawScoresOf,
  trainBoostedTrees,
  type BoostedTrees,
  type BoostingParams,
} from './gradient-boosting';
import { trainBoostedTreesMany } from './parallel-boosting';
import { calibratedProbability, fitPlattCalibration } from './probability-calibration';
import { ScoringModel } from './scoring-model';
import { stratifiedSplit } from './stratified-split';
import { seededRandom, shuffleInPlace } from '../../core/seeded-random';
import { featureLayoutOf, type FeatureLayout } from './tree-grower';

export interface ScoringTrainingOptions {
  params?: Partial<BoostingParams>;
  /** Share of the rows held out for early stopping and calibration. */
  validationFraction?: number;
  seed?: number;
  /**
   * Boosters averaged (cross-fitted): with k > 1 the rows are cut into k stratified folds, each
   * booster stops early on its own fold and learns from the others, the model is their average
   * (one additive model, so explanations stay exact) and calibration uses out-of-fold scores.
   * Default 1: one booster with a held-out validation part.
   */
  members?: number;
  /**
   * Folds the rows are cut into for `members` (default: `members`). With more folds than members,
   * each booster learns from a larger share ((folds-1)/folds) and stops early on one fold.
   */
  folds?: number;
}

/**
 * How `crmpro scoring train` and `scoring eval` train on a user's table: five boosters at learning
 * rate 0.1, each stopped after 10 rounds without improvement on its own tenth of the rows (10
 * stratified folds, the first five used) and learning from the other nine tenths, averaged. It is
 * what `bench/tune-scoring.ts`'s one-standard-error rule chose on inner validation splits of
 * training rows only (bench/results/scoring-tuning.json, `chosenOptions`): the cheapest setting
 * whose mean inner AUC is within one standard error of the best one's (five boosters at learning
 * rate 0.05, at 2.3 times the training CPU). Under 2,000 rows training falls back to
 * cross-validated rounds, as without these options.
 */
export const TABULAR_TRAINING_OPTIONS: Readonly<ScoringTrainingOptions> = {
  members: 5,
  folds: 10,
  params: { earlyStoppingRounds: 10 },
};

/** A trained model with what the model card reports about its training. */
export interface ScoringTrainingResult {
  model: ScoringModel;
  iterations: number;
  trainingSeconds: number;
  trainRows: number;
  positives: number;
  params: BoostingParams;
  /** Metrics on the held-out validation rows (calibrated probabilities). */
  validation: { rows: number; auc: number; brier: number };
}

/** Below this many rows a single validation part is too noisy to stop on: rounds come from cross-validation. */
const SMALL_DATA_ROWS = 2000;
const CV_FOLDS = 5;
const CV_MAX_ROUNDS = 300;

/**
 * Trains a calibrated gradient-boosted model: bins the columns, holds out a stratified validation
 * part for early stopping and Platt calibration, and boosts on the rest. Small data sets (under 2,000
 * rows) pick the number of rounds by 5-fold cross-validation instead, calibrate on the out-of-fold
 * scores, and train the final model on every row. With too few rows of one class even for that, it
 * boosts a short, regularised run and leaves the scores uncalibrated.
 */
export function trainScoringModel(
  table: FeatureTable,
  labels: Uint8Array,
  options: ScoringTrainingOptions = {},
): ScoringTrainingResult {
  const started = performance.now();
  let positives = 0;
  for (const label of labels) positives += label;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `training needs both outcomes, but all ${labels.length} rows are ${positives ? 'positive' : 'negative'}`,
    );
  }
  if (table.columns.length === 0) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      'no usable feature columns (every column is empty, constant, the target or ignored)',
    );
  }
  const params: BoostingParams = { ...DEFAULT_BOOSTING_PARAMS, ...options.params };
  if (options.params?.minSamplesPerCategory === undefined) {
    // 100 rows per category suits large data; small data sets would lose their categoricals entirely.
    params.minSamplesPerCategory = Math.min(
      params.minSamplesPerCategory,
      Math.max(10, Math.floor(labels.length / 100)),
    );
  }
  const seed = options.seed ?? 7;
  const binnings = learnBinnings(table);
  const binned = binTable(table, binnings);
  const layout = featureLayoutOf(
    binnings.map(binCountOf),
    binnings.map((b) => b.kind === 'categorical'),
  );

  const minority = Math.min(positives, negatives);
  if (
    labels.length < SMALL_DATA_ROWS &&
    minority >= 2 * CV_FOLDS &&
    options.validationFraction === undefined
  ) {
    return trainWithCrossValidation(binnings, binned, layout, labels, params, seed, started, positives);
  }
  const members = options.members ?? 1;
  if (members > 1 && labels.length >= SMALL_DATA_ROWS && minority >= 5 * members)
    return trainCrossFitted(
      binnings,
      binned,
      layout,
      labels,
      params,
      seed,
      started,
      positives,
      members,
      Math.max(members, options.folds ?? members),
    );
  const fraction = options.validationFraction ?? (labels.length < SMALL_DATA_ROWS ? 0.2 : 0.1);
  const split = stratifiedSplit(labels, fraction, seed);
  let validPositives = 0;
  for (const row of split.test) validPositives += labels[row]!;
  const canValidate = validPositives >= 5 && split.test.length - validPositives >= 5;
  const trainRows = canValidate ? split.train : Uint32Array.from(labels, (_, i) => i);
  const validRows = canValidate ? split.test : new Uint32Array(0);
  if (!canValidate) {
    // Nothing to stop early on: a short, strongly regularised run keeps tiny data sets from overfitting.
    params.maxIterations = Math.min(params.maxIterations, 50);
    params.l2 = Math.max(params.l2, 10);
    params.minSamplesLeaf = Math.max(1, Math.min(params.minSamplesLeaf, Math.floor(labels.length / 10)));
  }
  const boosted = trainBoostedTrees(binned, layout, labels, trainRows, validRows, params);
  const validLabels = Uint8Array.from(validRows, (row) => labels[row]!);
  const calibration = canValidate
    ? fitPlattCalibration(boosted.validationScores, validLabels)
    : ({ kind: 'identity' } as const);
  const model = new ScoringModel(binnings, boosted.model, calibration);
  const validProbabilities = boosted.validationScores.map((score) =>
    calibratedProbability(calibration, score),
  );
  return {
    model,
    iterations: boosted.bestIteration,
    trainingSeconds: (performance.now() - started) / 1000,
    trainRows: trainRows.length,
    positives,
    params,
    validation: {
      rows: validRows.length,
      auc: canValidate ? rocAuc(validLabels, boosted.validationScores) : Number.NaN,
      brier: canValidate ? brierScore(validLabels, validProbabilities) : Number.NaN,
    },
  };
}

function trainWithCrossValidation(
  binnings: FeatureBinning[],
  binned: BinnedMatrix,
  layout: FeatureLayout,
  labels: Uint8Array,
  params: BoostingParams,
  seed: number,
  started: number,
  positives: number,
): ScoringTrainingResult {
  const folds = stratifiedFolds(labels, CV_FOLDS, seed);
  const curves: number[][] = [];
  const foldModels: { model: BoostedTrees; rows: Uint32Array }[] = [];
  for (let k = 0; k < CV_FOLDS; k++) {
    const validRows = rowsWhere(folds, (fold) => fold === k);
    const trainRows = rowsWhere(folds, (fold) => fold !== k);
    const run = trainBoostedTrees(binned, layout, labels, trainRows, validRows, {
      ...params,
      maxIterations: Math.min(params.maxIterations, CV_MAX_ROUNDS),
      earlyStoppingRounds: Number.POSITIVE_INFINITY,
    });
    curves.push(run.validationLogLoss);
    foldModels.push({ model: { baseScore: run.model.baseScore, trees: run.allTrees }, rows: validRows });
  }
  const length = Math.max(...curves.map((c) => c.length));
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const loss =
      curves.reduce(
        (sum, curve) => sum + (curve[Math.min(i, curve.length - 1)] ?? Number.POSITIVE_INFINITY),
        0,
      ) / curves.length;
    if (loss < bestLoss - 1e-7) [best, bestLoss] = [i + 1, loss];
  }
  const outOfFold = new Float64Array(labels.length);
  for (const { model, rows } of foldModels) {
    const truncated = { baseScore: model.baseScore, trees: model.trees.slice(0, best) };
    const scores = rawScoresOf(truncated, binned);
    for (const row of rows) outOfFold[row] = scores[row]!;
  }
  const calibration = fitPlattCalibration(outOfFold, labels);
  const all = Uint32Array.from(labels, (_, i) => i);
  const final = trainBoostedTrees(binned, layout, labels, all, new Uint32Array(0), {
    ...params,
    maxIterations: best,
  });
  const probabilities = outOfFold.map((score) => calibratedProbability(calibration, score));
  return {
    model: new ScoringModel(binnings, final.model, calibration),
    iterations: best,
    trainingSeconds: (performance.now() - started) / 1000,
    trainRows: labels.length,
    positives,
    params: { ...params, maxIterations: best },
    validation: {
      rows: labels.length,
      auc: rocAuc(labels, outOfFold),
      brier: brierScore(labels, probabilities),
    },
  };
}

/** `members` boosters cross-fitted on k folds and averaged into one additive model (see `members`). */
function trainCrossFitted(
  binnings: FeatureBinning[],
  binned: BinnedMatrix,
  layout: FeatureLayout,
  labels: Uint8Array,
  params: BoostingParams,
  seed: number,
  started: number,
  positives: number,
  members: number,
  foldCount: number,
): ScoringTrainingResult {
  const folds = stratifiedFolds(labels, foldCount, seed);
  const outOfFold = new Float64Array(labels.length);
  const jobs = Array.from({ length: members }, (_, k) => ({
    validRows: rowsWhere(folds, (fold) => fold === k),
    trainRows: rowsWhere(folds, (fold) => fold !== k),
    params: { ...params, seed: params.seed + k },
  }));
  const runs = trainBoostedTreesMany(binned, layout, labels, jobs);
  runs.forEach((run, k) =>
    jobs[k]!.validRows.forEach((row, i) => (outOfFold[row] = run.validationScores[i]!)),
  );
  const iterations = runs.reduce((sum, run) => sum + run.bestIteration, 0);
  const heldOut = rowsWhere(folds, (fold) => fold < members);
  const heldOutScores = Float64Array.from(heldOut, (row) => outOfFold[row]!);
  const heldOutLabels = Uint8Array.from(heldOut, (row) => labels[row]!);
  const calibration = fitPlattCalibration(heldOutScores, heldOutLabels);
  const probabilities = heldOutScores.map((score) => calibratedProbability(calibration, score));
  return {
    model: new ScoringModel(binnings, averageBoosters(runs.map((run) => run.model)), calibration),
    iterations,
    trainingSeconds: (performance.now() - started) / 1000,
    trainRows: labels.length,
    positives,
    params,
    validation: {
      rows: heldOut.length,
      auc: rocAuc(heldOutLabels, heldOutScores),
      brier: brierScore(heldOutLabels, probabilities),
    },
  };
}

/**
 * The average of several boosted ensembles as one ensemble: every tree kept with its outputs divided
 * by the number of ensembles, and the mean base score. Its raw score is the mean of theirs, and it
 * stays a sum of trees, so TreeSHAP explanations of the average remain exact.
 */
export function averageBoosters(boosters: readonly BoostedTrees[]): BoostedTrees {
  const count = boosters.length;
  return {
    baseScore: boosters.reduce((sum, booster) => sum + booster.baseScore, 0) / count,
    trees: boosters.flatMap((booster) =>
      booster.trees.map((tree) => ({ ...tree, value: tree.value.map((value) => value / count) })),
    ),
  };
}

/** A fold number (0..k-1) per row, each class spread evenly over the folds in a seeded order. */
function stratifiedFolds(labels: Uint8Array, k: number, seed: number): Uint16Array {
  const random = seededRandom(seed);
  const folds = new Uint16Array(labels.length);
  for (const label of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) rows.push(i);
    shuffleInPlace(rows, random);
    for (let position = 0; position < rows.length; position++) folds[rows[position]!] = position % k;
  }
  return folds;
}

/** The rows (in order) whose fold passes `keep`. */
function rowsWhere(folds: Uint16Array, keep: (fold: number) => boolean): Uint32Array {
  let count = 0;
  for (let i = 0; i < folds.length; i++) if (keep(folds[i]!)) count++;
  const rows = new Uint32Array(count);
  for (let i = 0, next = 0; i < folds.length; i++) if (keep(folds[i]!)) rows[next++] = i;
  return rows;
}
