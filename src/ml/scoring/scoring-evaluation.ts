import {
  brierScore,
  calibrationTable,
  logLoss,
  rocAuc,
  rocCurve,
  type CalibrationBin,
  type RocPoint,
} from './classification-metrics';
import type { DelimitedFile } from './delimited-file';
import { featureTableOf, inferColumnSpecs, selectRows, targetLabelsOf } from './feature-table';
import type { FeatureImportance } from './scoring-model';
import { EVALUATION_SPLIT_SEED, stratifiedSplit } from './stratified-split';
import {
  TABULAR_TRAINING_OPTIONS,
  trainScoringModel,
  type ScoringTrainingResult,
} from './train-scoring-model';

/** What `crmpro scoring eval` reports: held-out quality of a model trained on the fixed split. */
export interface ScoringEvaluation {
  file: string;
  target: string;
  split: { method: string; seed: number; trainRows: number; testRows: number; testPositiveRate: number };
  features: { name: string; kind: 'numeric' | 'categorical' }[];
  ignoredColumns: string[];
  auc: number;
  brier: number;
  logLoss: number;
  /** Brier score of always predicting the training base rate, for scale. */
  baselineBrier: number;
  calibration: CalibrationBin[];
  trainingSeconds: number;
  iterations: number;
  importances: FeatureImportance[];
  roc: RocPoint[];
}

/** An evaluation with the trained model and the test rows (0-based data rows, so a peer can score the very same rows). */
export interface FixedSplitRun {
  evaluation: ScoringEvaluation;
  training: ScoringTrainingResult;
  testRows: Uint32Array;
}

/**
 * Trains on the fixed stratified 80/20 split (seed 42) of a file and scores the 20%: AUC, Brier,
 * log-loss, a calibration table, importances and training time.
 */
export function evaluateOnFixedSplit(
  data: DelimitedFile,
  target: string,
  ignore: readonly string[] = [],
): FixedSplitRun {
  const labels = targetLabelsOf(data, target);
  const specs = inferColumnSpecs(data, [target, ...ignore]);
  const table = featureTableOf(data, specs);
  const split = stratifiedSplit(labels, 0.2, EVALUATION_SPLIT_SEED);
  const trainLabels = Uint8Array.from(split.train, (row) => labels[row]!);
  const training = trainScoringModel(selectRows(table, split.train), trainLabels, TABULAR_TRAINING_OPTIONS);
  const testLabels = Uint8Array.from(split.test, (row) => labels[row]!);
  const testTable = selectRows(table, split.test);
  const probabilities = training.model.probabilities(testTable);
  const baseRate = trainLabels.reduce((sum, label) => sum + label, 0) / trainLabels.length;
  const evaluation: ScoringEvaluation = {
    file: data.file,
    target,
    split: {
      method: 'stratified random 80/20 (mulberry32 shuffle per class)',
      seed: EVALUATION_SPLIT_SEED,
      trainRows: split.train.length,
      testRows: split.test.length,
      testPositiveRate: testLabels.reduce((sum, label) => sum + label, 0) / testLabels.length,
    },
    features: specs,
    ignoredColumns: [...ignore],
    auc: rocAuc(testLabels, probabilities),
    brier: brierScore(testLabels, probabilities),
    logLoss: logLoss(testLabels, probabilities),
    baselineBrier: brierScore(testLabels, new Float64Array(testLabels.length).fill(baseRate)),
    calibration: calibrationTable(testLabels, probabilities),
    trainingSeconds: training.trainingSeconds,
    iterations: training.iterations,
    importances: training.model.importances(testTable),
    roc: rocCurve(testLabels, probabilities),
  };
  return { evaluation, training, testRows: split.test };
}
