import { CrmError, ErrorCode } from '../../core/errors';
import { brierScore, rocAuc } from './classification-metrics';
import { binCountOf, binTable, learnBinnings } from './feature-binning';
import type { FeatureTable } from './feature-table';
import { DEFAULT_BOOSTING_PARAMS, trainBoostedTrees, type BoostingParams } from './gradient-boosting';
import { calibratedProbability, fitPlattCalibration } from './probability-calibration';
import { ScoringModel } from './scoring-model';
import { stratifiedSplit } from './stratified-split';
import { featureLayoutOf } from './tree-grower';

export interface ScoringTrainingOptions {
  params?: Partial<BoostingParams>;
  /** Share of the rows held out for early stopping and calibration. */
  validationFraction?: number;
  seed?: number;
}

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

/**
 * Trains a calibrated gradient-boosted model: bins the columns, holds out a stratified validation
 * part for early stopping and Platt calibration, and boosts on the rest. With too few rows of one
 * class to hold any out, it boosts a fixed number of rounds and leaves the scores uncalibrated.
 */
export function trainScoringModel(table: FeatureTable, labels: Uint8Array, options: ScoringTrainingOptions = {}): ScoringTrainingResult {
  const started = performance.now();
  let positives = 0;
  for (const label of labels) positives += label;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new CrmError(ErrorCode.InvalidInput, `training needs both outcomes, but all ${labels.length} rows are ${positives ? 'positive' : 'negative'}`);
  }
  if (table.columns.length === 0) {
    throw new CrmError(ErrorCode.InvalidInput, 'no usable feature columns (every column is empty, constant, the target or ignored)');
  }
  const params: BoostingParams = { ...DEFAULT_BOOSTING_PARAMS, ...options.params };
  const seed = options.seed ?? 7;
  const binnings = learnBinnings(table);
  const binned = binTable(table, binnings);
  const layout = featureLayoutOf(binnings.map(binCountOf), binnings.map((b) => b.kind === 'categorical'));

  const fraction = options.validationFraction ?? (labels.length < 2000 ? 0.2 : 0.1);
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
  const calibration = canValidate ? fitPlattCalibration(boosted.validationScores, validLabels) : ({ kind: 'identity' } as const);
  const model = new ScoringModel(binnings, boosted.model, calibration);
  const validProbabilities = boosted.validationScores.map((score) => calibratedProbability(calibration, score));
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
