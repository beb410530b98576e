import type { SparseVector } from './sparse-vector';

/** Training rows packed in compressed sparse row form for cache-friendly passes. */
export interface SparseRows {
  readonly count: number;
  readonly rowStart: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  /** Squared norm of each row. */
  readonly squaredNorms: Float64Array;
}

/** Packs sparse vectors into one CSR block. */
export function packRows(vectors: readonly SparseVector[]): SparseRows {
  const rowStart = new Int32Array(vectors.length + 1);
  vectors.forEach((vector, i) => (rowStart[i + 1] = rowStart[i]! + vector.indices.length));
  const total = rowStart[vectors.length]!;
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  const squaredNorms = new Float64Array(vectors.length);
  vectors.forEach((vector, i) => {
    indices.set(vector.indices, rowStart[i]);
    values.set(vector.values, rowStart[i]);
    let sum = 0;
    for (const value of vector.values) sum += value * value;
    squaredNorms[i] = sum;
  });
  return { count: vectors.length, rowStart, indices, values, squaredNorms };
}
