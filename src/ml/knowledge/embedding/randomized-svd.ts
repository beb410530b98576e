import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { SparseRowMatrix } from './sparse-matrix';

/** The leading right singular vectors of a sparse matrix and their singular values. */
export interface TruncatedSvd {
  /** columns × rank, row-major: one row per column (term) of the input. */
  readonly rightVectors: Float64Array;
  readonly singularValues: Float64Array;
  readonly rank: number;
}

/** Options of the randomized SVD (Halko, Martinsson & Tropp 2011). */
export interface SvdOptions {
  readonly rank: number;
  /** Extra random directions that make the leading ones accurate. */
  readonly oversampling: number;
  /** Power iterations; 2–4 sharpen a slowly decaying spectrum such as text's. */
  readonly powerIterations: number;
  readonly seed: number;
}

/**
 * Truncated SVD of a sparse matrix by randomized range finding with power iterations; the small
 * dense eigenproblem is solved by ml-matrix. Deterministic for a given seed.
 */
export function randomizedSvd(matrix: SparseRowMatrix, options: SvdOptions): TruncatedSvd {
  const width = Math.min(options.rank + options.oversampling, matrix.rows, matrix.columns);
  const random = gaussian(options.seed);
  const omega = new Float64Array(matrix.columns * width);
  for (let i = 0; i < omega.length; i++) omega[i] = random();
  // Subspace iteration on A·Aᵀ: only the document-side basis is orthonormalised (the cheap side
  // when documents are sampled); the last basis gets a second pass for full accuracy.
  let basis = orthonormalize(matrix.times(omega, width), matrix.rows, width, options.powerIterations ? 1 : 2);
  for (let iteration = 0; iteration < options.powerIterations; iteration++) {
    const passes = iteration === options.powerIterations - 1 ? 2 : 1;
    basis = orthonormalize(
      matrix.times(matrix.transposeTimes(basis, width), width),
      matrix.rows,
      width,
      passes,
    );
  }
  // B = Qᵀ A; its right singular vectors are Bᵀ's columns scaled: Bᵀ = Aᵀ Q (columns × width).
  const projected = matrix.transposeTimes(basis, width);
  // B·Bᵀ = Qᵀ·A·(Aᵀ·Q), formed on the document side (rows × width) rather than the term side.
  const { vectors, values } = symmetricEigen(
    crossProduct(basis, matrix.times(projected, width), matrix.rows, width),
    width,
  );
  const rank = Math.min(options.rank, width);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, rank);
  const singularValues = Float64Array.from(order, (index) => Math.sqrt(Math.max(values[index]!, 0)));
  const rightVectors = new Float64Array(matrix.columns * rank);
  for (let term = 0; term < matrix.columns; term++) {
    for (let r = 0; r < rank; r++) {
      const component = order[r]!;
      const sigma = singularValues[r]!;
      if (sigma <= 1e-12) continue;
      let sum = 0;
      for (let c = 0; c < width; c++) sum += projected[term * width + c]! * vectors[c * width + component]!;
      rightVectors[term * rank + r] = sum / sigma;
    }
  }
  return { rightVectors, singularValues, rank };
}

/** Gram matrix Xᵀ X of a row-major rows × width matrix. */
function gram(matrix: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(width * width);
  for (let row = 0; row < rows; row++) {
    const base = row * width;
    for (let i = 0; i < width; i++) {
      const value = matrix[base + i]!;
      if (value === 0) continue;
      const target = i * width;
      for (let j = i; j < width; j++) out[target + j]! += value * matrix[base + j]!;
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) out[i * width + j] = out[j * width + i]!;
  return out;
}

/** Xᵀ·Y of two row-major rows × width matrices, symmetrised (it is symmetric up to rounding here). */
function crossProduct(left: Float64Array, right: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(width * width);
  for (let row = 0; row < rows; row++) {
    const base = row * width;
    for (let i = 0; i < width; i++) {
      const value = left[base + i]!;
      if (value === 0) continue;
      const target = i * width;
      for (let j = 0; j < width; j++) out[target + j]! += value * right[base + j]!;
    }
  }
  for (let i = 0; i < width; i++) {
    for (let j = 0; j < i; j++)
      out[i * width + j] = out[j * width + i] = (out[i * width + j]! + out[j * width + i]!) / 2;
  }
  return out;
}

/** Eigenvalues and column eigenvectors (row-major width × width) of a symmetric matrix. */
function symmetricEigen(matrix: Float64Array, width: number): { vectors: Float64Array; values: number[] } {
  const rows = Array.from({ length: width }, (_, i) =>
    Array.from(matrix.subarray(i * width, (i + 1) * width)),
  );
  const decomposition = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const vectors = Float64Array.from(decomposition.eigenvectorMatrix.to1DArray());
  return { vectors, values: decomposition.realEigenvalues };
}

/**
 * Orthonormal basis of the column space of a row-major rows × width matrix, through the
 * eigendecomposition of its Gram matrix; a second pass restores full accuracy (as CholeskyQR2 does).
 */
function orthonormalize(matrix: Float64Array, rows: number, width: number, passes: number): Float64Array {
  let current = matrix;
  for (let pass = 0; pass < passes; pass++) {
    const { vectors, values } = symmetricEigen(gram(current, rows, width), width);
    const largest = Math.max(...values, 0);
    const transform = new Float64Array(width * width);
    for (let c = 0; c < width; c++) {
      const value = values[c]!;
      const scale = value > largest * 1e-12 ? 1 / Math.sqrt(value) : 0;
      for (let r = 0; r < width; r++) transform[r * width + c] = vectors[r * width + c]! * scale;
    }
    current = denseTimes(current, rows, width, transform);
  }
  return current;
}

function denseTimes(left: Float64Array, rows: number, width: number, right: Float64Array): Float64Array {
  const out = new Float64Array(rows * width);
  for (let row = 0; row < rows; row++) {
    const base = row * width;
    for (let k = 0; k < width; k++) {
      const value = left[base + k]!;
      if (value === 0) continue;
      const source = k * width;
      for (let c = 0; c < width; c++) out[base + c]! += value * right[source + c]!;
    }
  }
  return out;
}

/** Standard normal numbers from a seeded generator (mulberry32 + Box–Muller). */
export function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-300)) * Math.cos(2 * Math.PI * uniform());
}
