import { SeededRandom } from '../../core/seeded-random';
import type { SparseRows } from './sparse-rows';

/** Settings of the one-vs-rest linear SVM. */
export interface LinearSvmSettings {
  /** Inverse regularisation strength (LIBLINEAR's C). */
  readonly cost: number;
  /** Stopping tolerance on the projected-gradient gap (LIBLINEAR's eps). */
  readonly tolerance: number;
  readonly maxEpochs: number;
  /** Value of the constant feature that carries the bias (regularised like a weight, as LIBLINEAR does). */
  readonly biasFeature: number;
  readonly seed: number;
}

export const DEFAULT_SVM_SETTINGS: LinearSvmSettings = {
  cost: 1,
  tolerance: 0.1,
  maxEpochs: 1000,
  biasFeature: 1,
  seed: 1,
};

/** Linear scores `x·W[:,k] + b[k]`; weights are stored feature-major (`weights[feature * classes + k]`). */
export interface LinearScorer {
  readonly classCount: number;
  readonly featureCount: number;
  readonly weights: Float32Array;
  readonly biases: Float32Array;
}

/**
 * Trains one L2-regularised squared-hinge SVM per class against the rest by dual coordinate descent
 * with shrinking (Hsieh et al. 2008, the solver behind LIBLINEAR `-s 1` and scikit-learn's LinearSVC).
 */
export function trainOneVsRestSvm(
  rows: SparseRows,
  labels: Int32Array,
  classCount: number,
  featureCount: number,
  settings: LinearSvmSettings = DEFAULT_SVM_SETTINGS,
): LinearScorer {
  const weights = new Float32Array(featureCount * classCount);
  const biases = new Float32Array(classCount);
  const random = new SeededRandom(settings.seed);
  const w = new Float64Array(featureCount);
  const alpha = new Float64Array(rows.count);
  const order = new Int32Array(rows.count);
  const diagonal = 0.5 / settings.cost;
  const bias = settings.biasFeature;
  const { rowStart, indices, values } = rows;
  for (let k = 0; k < classCount; k++) {
    w.fill(0);
    alpha.fill(0);
    let wb = 0;
    for (let i = 0; i < rows.count; i++) order[i] = i;
    let active = rows.count;
    // Squared hinge has no upper bound on alpha, so only the lower side is shrunk (LIBLINEAR's PGmax_old).
    let gradientMaxOld = Infinity;
    for (let epoch = 0; epoch < settings.maxEpochs; epoch++) {
      let gradientMax = -Infinity;
      let gradientMin = Infinity;
      for (let s = active - 1; s > 0; s--) {
        const j = random.below(s + 1);
        const swap = order[s]!;
        order[s] = order[j]!;
        order[j] = swap;
      }
      for (let s = 0; s < active; s++) {
        const i = order[s]!;
        const y = labels[i] === k ? 1 : -1;
        let dot = wb * bias;
        for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++) dot += w[indices[p]!]! * values[p]!;
        const gradient = y * dot - 1 + diagonal * alpha[i]!;
        let projected = gradient;
        if (alpha[i] === 0) {
          if (gradient > gradientMaxOld) {
            active--;
            order[s] = order[active]!;
            order[active] = i;
            s--;
            continue;
          }
          if (gradient > 0) projected = 0;
        }
        if (projected > gradientMax) gradientMax = projected;
        if (projected < gradientMin) gradientMin = projected;
        if (Math.abs(projected) > 1e-12) {
          const previous = alpha[i]!;
          const quadratic = rows.squaredNorms[i]! + bias * bias + diagonal;
          alpha[i] = Math.max(previous - gradient / quadratic, 0);
          const step = (alpha[i]! - previous) * y;
          for (let p = rowStart[i]!, end = rowStart[i + 1]!; p < end; p++)
            w[indices[p]!]! += step * values[p]!;
          wb += step * bias;
        }
      }
      if (gradientMax - gradientMin <= settings.tolerance) {
        if (active === rows.count) break;
        active = rows.count;
        gradientMaxOld = Infinity;
        continue;
      }
      gradientMaxOld = gradientMax <= 0 ? Infinity : gradientMax;
    }
    for (let f = 0; f < featureCount; f++) weights[f * classCount + k] = w[f]!;
    biases[k] = wb * bias;
  }
  return { classCount, featureCount, weights, biases };
}

/** Scores of every class for one sparse vector, written into `out`. */
export function scoreInto(
  scorer: LinearScorer,
  indices: Int32Array,
  values: Float32Array,
  out: Float64Array,
): Float64Array {
  const k = scorer.classCount;
  for (let c = 0; c < k; c++) out[c] = scorer.biases[c]!;
  for (let p = 0; p < indices.length; p++) {
    const base = indices[p]! * k;
    const value = values[p]!;
    for (let c = 0; c < k; c++) out[c]! += scorer.weights[base + c]! * value;
  }
  return out;
}
