import { SeededRandom } from '../../core/seeded-random';
import type { SparseRows } from './sparse-rows';

/** Settings of the one-hidden-layer network trained on sparse TF-IDF input. */
export interface SparseMlpSettings {
  readonly hiddenUnits: number;
  readonly epochs: number;
  /** Small data sets get more epochs, up to this many example updates in all. */
  readonly minUpdates: number;
  readonly learningRate: number;
  /** Probability of dropping a hidden unit during training. */
  readonly dropout: number;
  /** L2 penalty on the weights, applied to the rows an example touches. */
  readonly weightDecay: number;
  readonly seed: number;
}

export const DEFAULT_MLP_SETTINGS: SparseMlpSettings = {
  hiddenUnits: 256,
  epochs: 8,
  minUpdates: 40_000,
  learningRate: 0.05,
  dropout: 0.5,
  weightDecay: 0,
  seed: 7,
};

/** A trained network: input weights feature-major (`inputWeights[feature * hidden + h]`). */
export interface SparseMlp {
  readonly featureCount: number;
  readonly hiddenUnits: number;
  readonly classCount: number;
  readonly inputWeights: Float32Array;
  readonly hiddenBiases: Float32Array;
  /** Output weights hidden-major (`outputWeights[h * classes + k]`). */
  readonly outputWeights: Float32Array;
  readonly outputBiases: Float32Array;
}

/**
 * Trains a small feed-forward network (sparse input → ReLU hidden layer with dropout → softmax)
 * from scratch by Adagrad SGD, one example at a time. It learns feature conjunctions a linear
 * model cannot, and its errors differ from the SVM's, which is what makes the two worth averaging.
 */
export function trainSparseMlp(
  rows: SparseRows,
  labels: Int32Array,
  classCount: number,
  featureCount: number,
  settings: SparseMlpSettings = DEFAULT_MLP_SETTINGS,
): SparseMlp {
  const random = new SeededRandom(settings.seed);
  const H = settings.hiddenUnits;
  const K = classCount;
  const inputWeights = new Float32Array(featureCount * H);
  const inputScale = Math.sqrt(6 / (40 + H));
  for (let i = 0; i < inputWeights.length; i++) inputWeights[i] = (random.next() * 2 - 1) * inputScale;
  const outputWeights = new Float32Array(H * K);
  const outputScale = Math.sqrt(6 / (H + K));
  for (let i = 0; i < outputWeights.length; i++) outputWeights[i] = (random.next() * 2 - 1) * outputScale;
  const hiddenBiases = new Float32Array(H);
  const outputBiases = new Float32Array(K);
  const inputSquares = new Float32Array(featureCount * H).fill(1e-8);
  const outputSquares = new Float32Array(H * K).fill(1e-8);
  const hiddenBiasSquares = new Float32Array(H).fill(1e-8);
  const outputBiasSquares = new Float32Array(K).fill(1e-8);
  const hidden = new Float64Array(H);
  const hiddenGradient = new Float64Array(H);
  const probabilities = new Float64Array(K);
  // Units kept by this example's dropout mask, then those of them that fire: the passes below run
  // over these lists only, so a dropped or silent unit costs nothing.
  const kept = new Int32Array(H);
  const active = new Int32Array(H);
  const keep = 1 - settings.dropout;
  const order = new Int32Array(rows.count).map((_, i) => i);
  const { rowStart, indices, values } = rows;
  const rate = settings.learningRate;
  const decay = settings.weightDecay;
  const epochs = Math.max(settings.epochs, Math.ceil(settings.minUpdates / Math.max(1, rows.count)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    random.shuffle(order);
    for (const i of order) {
      const start = rowStart[i]!;
      const end = rowStart[i + 1]!;
      let keptCount = 0;
      for (let h = 0; h < H; h++) if (random.next() < keep) kept[keptCount++] = h;
      for (let j = 0; j < keptCount; j++) hidden[kept[j]!] = hiddenBiases[kept[j]!]!;
      for (let p = start; p < end; p++) {
        const base = indices[p]! * H;
        const value = values[p]!;
        for (let j = 0; j < keptCount; j++) {
          const h = kept[j]!;
          hidden[h]! += inputWeights[base + h]! * value;
        }
      }
      let activeCount = 0;
      for (let j = 0; j < keptCount; j++) {
        const h = kept[j]!;
        if (hidden[h]! > 0) {
          hidden[h]! /= keep;
          active[activeCount++] = h;
        }
      }
      probabilities.set(outputBiases);
      for (let j = 0; j < activeCount; j++) {
        const h = active[j]!;
        const a = hidden[h]!;
        const base = h * K;
        for (let k = 0; k < K; k++) probabilities[k]! += a * outputWeights[base + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (probabilities[k]! > max) max = probabilities[k]!;
      let total = 0;
      for (let k = 0; k < K; k++) total += probabilities[k] = Math.exp(probabilities[k]! - max);
      for (let k = 0; k < K; k++) probabilities[k] = probabilities[k]! / total - (k === labels[i] ? 1 : 0);
      for (let j = 0; j < activeCount; j++) {
        const h = active[j]!;
        let back = 0;
        const base = h * K;
        for (let k = 0; k < K; k++) {
          const g = probabilities[k]!;
          back += g * outputWeights[base + k]!;
          const grad = g * hidden[h]! + decay * outputWeights[base + k]!;
          outputSquares[base + k]! += grad * grad;
          outputWeights[base + k]! -= (rate * grad) / Math.sqrt(outputSquares[base + k]!);
        }
        hiddenGradient[h] = back / keep;
      }
      for (let k = 0; k < K; k++) {
        const g = probabilities[k]!;
        outputBiasSquares[k]! += g * g;
        outputBiases[k]! -= (rate * g) / Math.sqrt(outputBiasSquares[k]!);
      }
      for (let j = 0; j < activeCount; j++) {
        const h = active[j]!;
        const g = hiddenGradient[h]!;
        hiddenBiasSquares[h]! += g * g;
        hiddenBiases[h]! -= (rate * g) / Math.sqrt(hiddenBiasSquares[h]!);
      }
      for (let p = start; p < end; p++) {
        const base = indices[p]! * H;
        const value = values[p]!;
        for (let j = 0; j < activeCount; j++) {
          const h = active[j]!;
          const grad = hiddenGradient[h]! * value + decay * inputWeights[base + h]!;
          inputSquares[base + h]! += grad * grad;
          inputWeights[base + h]! -= (rate * grad) / Math.sqrt(inputSquares[base + h]!);
        }
      }
    }
  }
  return {
    featureCount,
    hiddenUnits: H,
    classCount: K,
    inputWeights,
    hiddenBiases,
    outputWeights,
    outputBiases,
  };
}

/** Class probabilities of the network for one sparse vector, written into `out`. */
export function mlpProbabilitiesInto(
  mlp: SparseMlp,
  indices: Int32Array,
  values: Float32Array,
  hidden: Float64Array,
  out: Float64Array,
): Float64Array {
  const H = mlp.hiddenUnits;
  const K = mlp.classCount;
  hidden.set(mlp.hiddenBiases);
  for (let p = 0; p < indices.length; p++) {
    const base = indices[p]! * H;
    const value = values[p]!;
    for (let h = 0; h < H; h++) hidden[h]! += mlp.inputWeights[base + h]! * value;
  }
  out.set(mlp.outputBiases);
  for (let h = 0; h < H; h++) {
    const a = hidden[h]!;
    if (a <= 0) continue;
    const base = h * K;
    for (let k = 0; k < K; k++) out[k]! += a * mlp.outputWeights[base + k]!;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (out[k]! > max) max = out[k]!;
  let total = 0;
  for (let k = 0; k < K; k++) total += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < K; k++) out[k]! /= total;
  return out;
}
