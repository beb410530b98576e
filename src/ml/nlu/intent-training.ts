import { CrmError, ErrorCode } from '../../core/errors';
import { stratifiedFolds } from './cross-validation';
import { DEFAULT_FEATURE_SETTINGS, FeatureSpace, type FeatureSettings } from './feature-space';
import { DEFAULT_ENSEMBLE_SETTINGS, IntentClassifier, type EnsembleSettings } from './intent-classifier';
import { DEFAULT_SVM_SETTINGS, trainOneVsRestSvm, type LinearSvmSettings } from './linear-svm';
import {
  chooseOosThreshold,
  DEFAULT_OOS_RULE,
  OUT_OF_SCOPE,
  type HeldOutScore,
  type OosRule,
  type OosThreshold,
} from './oos-threshold';
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

/** Stratified fold of every row, by group when rows carry one (a group stays in one fold). */
function calibrationAssignment(
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
  /** The networks of the ensemble; `null` trains the SVM alone (faster, a little less accurate). */
  readonly mlp: SparseMlpSettings | null;
  /**
   * How many networks are trained (seeds `mlp.seed`, `mlp.seed + 1`, …) and averaged: one network's
   * errors depend on its seed, and the average of two beat one by 0.3 points on dev-train.
   */
  readonly networks: number;
  readonly ensemble: EnsembleSettings;
  /** Stratified parts the data is cut into to score messages held out for the out-of-scope threshold. */
  readonly calibrationFolds: number;
  /**
   * How many of those parts at least are held out in turn, each scored by a model trained on the
   * others: 1 is a single holdout; `calibrationFolds` scores every row held out (cross-fitting).
   * Each round costs one more fit.
   */
  readonly calibrationRounds: number;
  /**
   * With `oos` rows, more parts are held out until at least this many `oos` rows (or all of them)
   * have been scored, so the recall the threshold is set by is not measured on a handful of rows.
   */
  readonly minHeldOutOosRows: number;
  /** How the out-of-scope threshold is chosen from the held-out scores. */
  readonly oosRule: OosRule;
  readonly seed: number;
}

/**
 * Defaults chosen on BANKING77 dev-train only (bench/nlu-tune.ts, results in
 * bench/results/nlu-tuning.json): the SVM at C=2 with two networks, SVM temperature 4 and weight 0.4.
 */
export const DEFAULT_TRAINING_SETTINGS: IntentTrainingSettings = {
  features: DEFAULT_FEATURE_SETTINGS,
  svm: { ...DEFAULT_SVM_SETTINGS, cost: 2 },
  mlp: DEFAULT_MLP_SETTINGS,
  networks: 2,
  ensemble: DEFAULT_ENSEMBLE_SETTINGS,
  calibrationFolds: 5,
  calibrationRounds: 1,
  minHeldOutOosRows: 50,
  oosRule: DEFAULT_OOS_RULE,
  seed: 42,
};

/** What training measured on its held-out messages, for the model card. */
export interface IntentTrainingReport {
  readonly rows: number;
  readonly intents: number;
  readonly oosRows: number;
  readonly vocabulary: number;
  /** Messages scored held out to choose the threshold (in-scope and `oos`). */
  readonly heldOutRows: number;
  /** In-scope accuracy on the held-out messages (argmax, before the threshold). */
  readonly heldOutAccuracy: number;
  readonly oosThreshold: OosThreshold;
  readonly trainingSeconds: number;
}

/** Fits the features, the SVM and the networks on all given rows; the threshold is set by the caller. */
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
  const mlp = settings.mlp;
  const networks = mlp
    ? Array.from({ length: Math.max(1, settings.networks) }, (_, n) =>
        trainSparseMlp(rows, labels, intents.length, features.size, { ...mlp, seed: mlp.seed + n }),
      )
    : [];
  return new IntentClassifier(intents, features, svm, networks, settings.ensemble, oosThreshold);
}

/**
 * Trains an intent classifier with out-of-scope detection. The data is cut into stratified parts;
 * in each round one part is held out and scored by a model trained on the rest (one round, or more
 * until enough `oos` rows are scored), and the threshold is chosen on those held-out scores by the settings' rule
 * ({@link chooseOosThreshold}); then the final model is trained on all rows. Rows labelled `oos`
 * are learned as a class of their own and measure the threshold's recall.
 */
export function trainIntentClassifier(
  utterances: readonly LabelledUtterance[],
  settings: IntentTrainingSettings = DEFAULT_TRAINING_SETTINGS,
): {
  classifier: IntentClassifier;
  report: IntentTrainingReport;
  /** The held-out scores the threshold was chosen on (for tuning other rules on the same fits). */
  heldOut: { inScope: HeldOutScore[]; oos: HeldOutScore[] };
} {
  const started = performance.now();
  const folds = Math.max(2, settings.calibrationFolds);
  const assignment = calibrationAssignment(utterances, folds, settings.seed);
  const oosRows = utterances.filter((u) => u.label === OUT_OF_SCOPE).length;
  const inScope: HeldOutScore[] = [];
  const outOfScope: HeldOutScore[] = [];
  for (
    let round = 0;
    round < folds &&
    (round < settings.calibrationRounds || outOfScope.length < Math.min(oosRows, settings.minHeldOutOosRows));
    round++
  ) {
    const calibration = fitIntentLearners(
      utterances.filter((_, i) => assignment[i] !== round),
      settings,
    );
    utterances.forEach((utterance, i) => {
      if (assignment[i] !== round) return;
      const probabilities = calibration.probabilities(utterance.text);
      const prediction = calibration.decide(probabilities, 1);
      const score = calibration.outOfScopeScore(probabilities);
      if (utterance.label === OUT_OF_SCOPE) outOfScope.push({ score });
      else
        inScope.push({
          score,
          correct: prediction.ranked[0]?.intent === utterance.label,
          linearCorrect: calibration.linearIntent(utterance.text) === utterance.label,
        });
    });
  }
  const oosThreshold = chooseOosThreshold(inScope, outOfScope, settings.oosRule);
  const classifier = fitIntentLearners(utterances, settings, oosThreshold.threshold);
  const report: IntentTrainingReport = {
    rows: utterances.length,
    intents: classifier.intents.filter((intent) => intent !== OUT_OF_SCOPE).length,
    oosRows,
    vocabulary: classifier.features.size,
    heldOutRows: inScope.length + outOfScope.length,
    heldOutAccuracy: inScope.length === 0 ? 0 : inScope.filter((s) => s.correct).length / inScope.length,
    oosThreshold,
    trainingSeconds: (performance.now() - started) / 1000,
  };
  return { classifier, report, heldOut: { inScope, oos: outOfScope } };
}
