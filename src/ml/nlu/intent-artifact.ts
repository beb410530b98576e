import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import { FeatureSpace, type FeatureSpaceState } from './feature-space';
import { IntentClassifier, type EnsembleSettings } from './intent-classifier';
import type { IntentTrainingReport, IntentTrainingSettings } from './intent-training';
import { dequantiseRows, quantiseRows } from './weight-quantiser';

/**
 * Format version of the files in an intent model directory; loading refuses any other. Version 2:
 * the out-of-scope threshold applies to the best intent's probability minus the `oos` class's
 * (version 1 thresholds applied to an entropy and mean nothing now).
 */
export const INTENT_MODEL_FORMAT = 'crmpro-intent-model';
export const INTENT_MODEL_FORMAT_VERSION = 2;

/** The model card (`model.json`): what the model is, what it was trained on, how well it did. */
export interface IntentModelCard {
  readonly format: typeof INTENT_MODEL_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly intents: string[];
  readonly oosThreshold: number;
  readonly ensemble: EnsembleSettings;
  readonly mlpHiddenUnits: number;
  /** How many networks `weights.bin` holds (each `mlpHiddenUnits` wide). */
  readonly mlpCount: number;
  readonly data: { readonly source: string; readonly rows: number; readonly sha256: string };
  readonly training: { readonly settings: IntentTrainingSettings; readonly report: IntentTrainingReport };
  /** Extra measurements (held-back accuracy of a shipped model, cross-validation, …). */
  readonly metrics: Record<string, unknown>;
  readonly libraries: Record<string, string>;
}

/** The SHA-256 of labelled data, as recorded on the card. */
export function fingerprintUtterances(utterances: readonly { text: string; label: string }[]): string {
  const hash = createHash('sha256');
  for (const u of utterances) hash.update(`${u.label}\t${u.text}\n`);
  return hash.digest('hex');
}

/** Writes model.json, features.json and weights.bin into `dir` (created if needed). */
export function saveIntentModel(
  dir: string,
  classifier: IntentClassifier,
  card: Omit<
    IntentModelCard,
    'format' | 'formatVersion' | 'intents' | 'oosThreshold' | 'ensemble' | 'mlpHiddenUnits' | 'mlpCount'
  >,
): IntentModelCard {
  mkdirSync(dir, { recursive: true });
  const K = classifier.intents.length;
  const parts: ArrayBufferView[] = [];
  const svm = quantiseRows(classifier.svm.weights, K);
  const networks = classifier.networks;
  const inputs = networks.map((network) => quantiseRows(network.inputWeights, network.hiddenUnits));
  // Float blocks first, int8 blocks last, so every float view stays 4-byte aligned.
  parts.push(svm.scales, classifier.svm.biases);
  networks.forEach((network, n) =>
    parts.push(inputs[n]!.scales, network.hiddenBiases, network.outputWeights, network.outputBiases),
  );
  parts.push(svm.values, ...inputs.map((input) => input.values));
  writeFileSync(
    join(dir, 'weights.bin'),
    Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))),
  );
  writeFileSync(join(dir, 'features.json'), JSON.stringify(classifier.features.toState()));
  const full: IntentModelCard = {
    format: INTENT_MODEL_FORMAT,
    formatVersion: INTENT_MODEL_FORMAT_VERSION,
    intents: [...classifier.intents],
    oosThreshold: classifier.oosThreshold,
    ensemble: classifier.ensemble,
    mlpHiddenUnits: networks[0]?.hiddenUnits ?? 0,
    mlpCount: networks.length,
    ...card,
  };
  writeFileSync(join(dir, 'model.json'), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

/** Reads the card of a model directory, checking the format and version. */
export function readIntentModelCard(dir: string): IntentModelCard {
  const file = join(dir, 'model.json');
  if (!existsSync(file))
    throw new CrmError(
      ErrorCode.NotFound,
      `no intent model in ${dir} (model.json missing); train one with \`crmpro nlu train\``,
    );
  const card = JSON.parse(readFileSync(file, 'utf8')) as IntentModelCard;
  if (card.format !== INTENT_MODEL_FORMAT || card.formatVersion !== INTENT_MODEL_FORMAT_VERSION) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file} is ${card.format ?? 'not an intent model'} version ${card.formatVersion ?? '?'}; this CRMPro reads ${INTENT_MODEL_FORMAT} version ${INTENT_MODEL_FORMAT_VERSION}. Retrain with \`crmpro nlu train\`.`,
    );
  }
  return card;
}

/** Loads a model saved by {@link saveIntentModel}. */
export function loadIntentClassifier(dir: string): { classifier: IntentClassifier; card: IntentModelCard } {
  const card = readIntentModelCard(dir);
  const features = FeatureSpace.fromState(
    JSON.parse(readFileSync(join(dir, 'features.json'), 'utf8')) as FeatureSpaceState,
  );
  const bytes = readFileSync(join(dir, 'weights.bin'));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let offset = 0;
  const floats = (n: number) => {
    const view = new Float32Array(buffer, offset, n);
    offset += n * 4;
    return Float32Array.from(view);
  };
  const int8s = (n: number) => {
    const view = new Int8Array(buffer, offset, n);
    offset += n;
    return view;
  };
  const D = features.size;
  const K = card.intents.length;
  const H = card.mlpHiddenUnits;
  const N = H > 0 ? card.mlpCount : 0;
  const expected = 4 * (D + K) + D * K + N * (4 * (D + H + H * K + K) + D * H);
  if (bytes.byteLength !== expected)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${join(dir, 'weights.bin')} does not match model.json (size)`,
    );
  const svmScales = floats(D);
  const svmBiases = floats(K);
  const networkFloats = Array.from({ length: N }, () => ({
    inputScales: floats(D),
    hiddenBiases: floats(H),
    outputWeights: floats(H * K),
    outputBiases: floats(K),
  }));
  const svmWeights = dequantiseRows(svmScales, int8s(D * K), K);
  const networks = networkFloats.map((network) => ({
    featureCount: D,
    hiddenUnits: H,
    classCount: K,
    inputWeights: dequantiseRows(network.inputScales, int8s(D * H), H),
    hiddenBiases: network.hiddenBiases,
    outputWeights: network.outputWeights,
    outputBiases: network.outputBiases,
  }));
  const classifier = new IntentClassifier(
    card.intents,
    features,
    { classCount: K, featureCount: D, weights: svmWeights, biases: svmBiases },
    networks,
    card.ensemble,
    card.oosThreshold,
  );
  return { classifier, card };
}
