/**
 * A ridge regression on standardised features: the learned value score. Small on purpose (a dozen
 * weights a marketer can read as "what predicts future spend"), solved in closed form.
 */
export interface LinearScore {
  readonly columns: readonly string[];
  readonly means: number[];
  readonly scales: number[];
  readonly weights: number[];
  readonly intercept: number;
}

/**
 * Fits `y ≈ intercept + Σ w_j z_j` with z the standardised columns of `matrix` and an L2 penalty that
 * pulls the weights towards `prior` (raw-feature slopes; zero when absent): directions the data does
 * not pin down keep the prior's shape instead of an arbitrary one.
 */
export function fitLinearScore(
  matrix: Float64Array,
  width: number,
  y: Float64Array,
  columns: readonly string[],
  penalty: number,
  prior: readonly number[] = [],
): LinearScore {
  const n = y.length;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) means[j]! += matrix[i * width + j]! / n;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < width; j++) scales[j]! += (matrix[i * width + j]! - means[j]!) ** 2 / n;
  for (let j = 0; j < width; j++) scales[j] = Math.sqrt(scales[j]!) || 1;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i]! / n;
  // Standardised prior weights; the fit is ridge on the residual of the prior, plus the prior.
  const w0 = Array.from({ length: width }, (_, j) => (prior[j] ?? 0) * scales[j]!);
  const gram = new Float64Array(width * width);
  const rhs = new Float64Array(width);
  const z = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) z[j] = (matrix[i * width + j]! - means[j]!) / scales[j]!;
    let target = y[i]! - yMean;
    for (let j = 0; j < width; j++) target -= w0[j]! * z[j]!;
    for (let a = 0; a < width; a++) {
      rhs[a]! += z[a]! * target;
      for (let b = 0; b <= a; b++) gram[a * width + b]! += z[a]! * z[b]!;
    }
  }
  for (let a = 0; a < width; a++) {
    for (let b = 0; b < a; b++) gram[b * width + a] = gram[a * width + b]!;
    gram[a * width + a]! += penalty;
  }
  const weights = Array.from(solveSymmetric(gram, rhs, width), (w, j) => w + w0[j]!);
  return { columns, means, scales, weights, intercept: yMean };
}

/** Scores every row of a feature matrix. */
export function applyLinearScore(score: LinearScore, matrix: Float64Array): Float64Array {
  const width = score.columns.length;
  const n = matrix.length / width;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = score.intercept;
    for (let j = 0; j < width; j++)
      s += (score.weights[j]! * (matrix[i * width + j]! - score.means[j]!)) / score.scales[j]!;
    out[i] = s;
  }
  return out;
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky). */
function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}
