import { CrmError, ErrorCode } from '../../core/errors';
import { stratifiedFolds } from './cross-validation';
import { DEFAULT_FEATURE_SETTINGS, FeatureSpace, type FeatureSettings } from './feature-space';
import { DEFAULT_ENSEMBLE_SETTINGS, IntentClassifier, type EnsembleSettings } from './intent-classifier';
import { DEFAULT_SVM_SETTINGS, trainOneVsRestSvm, type LinearSvmSettings } from './linear-svm';
import { chooseOosThreshold, OUT_OF_SCOPE, type OosThreshold } from './oos-threshold';
import { DEFAULT_MLP_SETTINGS, trainSparseMlp, type SparseMlpSettings } from './sparse-mlp';
import { packRows } from './sparse-rows';

/** One labelled training message. */
export interface LabelledUtterance {
  readonly text: string;
  readonly label: string;
  /**
   * Rows sharing a group (e.g. expansions of one template) are held out together, so the
   * out-of-scope threshold is tuned on phrasings the calibration model has not seen.
   */
  readonly group?: string;
}

/** Stratified holdout assignment (fold 0 = held out), by group when rows carry one. */
function holdoutAssignment(
  utterances: readonly LabelledUtterance[],
  folds: number,
  seed: number,
): Int32Array {
  if (!utterances.some((u) => u.group !== undefined)) {
    return stratifiedFolds(
      utterances.map((u) => u.label),
      folds,
      seed,
    );
  }
  const groupOf = (u: LabelledUtterance, i: number) => u.group ?? `row ${i}`;
  const groups = new Map<string, string>();
  utterances.forEach((u, i) => groups.set(groupOf(u, i), u.label));
  const names = [...groups.keys()];
  const byGroup = stratifiedFolds([...groups.values()], folds, seed);
  const foldOf = new Map(names.map((name, g) => [name, byGroup[g]!]));
  return Int32Array.from(utterances, (u, i) => foldOf.get(groupOf(u, i))!);
}

/** Everything that decides how an intent model is trained. */
export interface IntentTrainingSettings {
  readonly features: FeatureSettings;
  readonly svm: LinearSvmSettings;
  /** The network of the ensemble; `null` trains the SVM alone (faster, a little less accurate). */
  readonly mlp: SparseMlpSettings | null;
  readonly ensemble: EnsembleSettings;
  /** Share of the data held out (stratified) to choose the out-of-scope threshold. */
  readonly holdoutShare: number;
  /** Share of in-scope messages the threshold may call out of scope when no `oos` rows are given. */
  readonly targetFalseOosRate: number;
  readonly seed: number;
}

export const DEFAULT_TRAINING_SETTINGS: IntentTrainingSettings = {
  features: DEFAULT_FEATURE_SETTINGS,
  svm: DEFAULT_SVM_SETTINGS,
  mlp: DEFAULT_MLP_SETTINGS,
  ensemble: DEFAULT_ENSEMBLE_SETTINGS,
  holdoutShare: 0.2,
  targetFalseOosRate: 0.05,
  seed: 42,
};

/** What training measured on its own held-out share, for the model card. */
export interface IntentTrainingReport {
  readonly rows: number;
  readonly intents: number;
  readonly oosRows: number;
  readonly vocabulary: number;
  readonly holdoutRows: number;
  /** In-scope accuracy of the calibration model on the held-out share (argmax, before the threshold). */
  readonly holdoutAccuracy: number;
  readonly oosThreshold: OosThreshold;
  readonly trainingSeconds: number;
}

/** Fits features and both learners on all given rows; the threshold is set by the caller. */
export function fitIntentLearners(
  utterances: readonly LabelledUtterance[],
  settings: IntentTrainingSettings,
  oosThreshold = 0,
): IntentClassifier {
  const intents = [...new Set(utterances.map((u) => u.label))].sort();
  if (intents.filter((intent) => intent !== OUT_OF_SCOPE).length < 2) {
    throw new CrmError(ErrorCode.InvalidInput, 'training data needs at least two intents besides oos');
  }
  const features = FeatureSpace.fit(
    utterances.map((u) => u.text),
    settings.features,
  );
  const rows = packRows(utterances.map((u) => features.vectorise(u.text)));
  const labelIndex = new Map(intents.map((intent, k) => [intent, k]));
  const labels = Int32Array.from(utterances, (u) => labelIndex.get(u.label)!);
  const svm = trainOneVsRestSvm(rows, labels, intents.length, features.size, settings.svm);
  const mlp = settings.mlp
    ? trainSparseMlp(rows, labels, intents.length, features.size, settings.mlp)
    : undefined;
  return new IntentClassifier(intents, features, svm, mlp, settings.ensemble, oosThreshold);
}

/**
 * Trains an intent classifier with out-of-scope detection. A stratified share of the data is held
 * out, a model trained on the rest scores it, and the threshold is chosen on those scores
 * ({@link chooseOosThreshold}); then the final model is trained on all rows. Rows labelled `oos`
 * are learned as a class of their own and also tune the threshold.
 */
export function trainIntentClassifier(
  utterances: readonly LabelledUtterance[],
  settings: IntentTrainingSettings = DEFAULT_TRAINING_SETTINGS,
): { classifier: IntentClassifier; report: IntentTrainingReport } {
  const started = performance.now();
  const folds = Math.max(2, Math.round(1 / settings.holdoutShare));
  const assignment = holdoutAssignment(utterances, folds, settings.seed);
  const fitPart = utterances.filter((_, i) => assignment[i] !== 0);
  const heldOut = utterances.filter((_, i) => assignment[i] === 0);
  const calibration = fitIntentLearners(fitPart, settings);
  const inScope: number[] = [];
  const outOfScope: number[] = [];
  let correct = 0;
  for (const utterance of heldOut) {
    const prediction = calibration.decide(calibration.probabilities(utterance.text));
    const oosClassWins = prediction.isOutOfScope;
    if (utterance.label === OUT_OF_SCOPE) {
      outOfScope.push(oosClassWins ? 0 : prediction.certainty);
    } else {
      inScope.push(oosClassWins ? 0 : prediction.certainty);
      if (prediction.ranked[0]?.intent === utterance.label && !oosClassWins) correct++;
    }
  }
  const oosThreshold = chooseOosThreshold(inScope, outOfScope, settings.targetFalseOosRate);
  const classifier = fitIntentLearners(utterances, settings, oosThreshold.threshold);
  const report: IntentTrainingReport = {
    rows: utterances.length,
    intents: classifier.intents.filter((intent) => intent !== OUT_OF_SCOPE).length,
    oosRows: utterances.filter((u) => u.label === OUT_OF_SCOPE).length,
    vocabulary: classifier.features.size,
    holdoutRows: heldOut.length,
    holdoutAccuracy: inScope.length === 0 ? 0 : correct / inScope.length,
    oosThreshold,
    trainingSeconds: (performance.now() - started) / 1000,
  };
  return { classifier, report };
}
