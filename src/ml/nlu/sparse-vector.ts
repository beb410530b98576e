/** A sparse feature vector: sorted feature indices with their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/** Builds a sparse vector from an index → value map, sorted by index. */
export function sparseFromMap(weights: Map<number, number>): SparseVector {
  const indices = Int32Array.from(weights.keys()).sort();
  const values = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) values[i] = weights.get(indices[i]!)!;
  return { indices, values };
}

/** Squared Euclidean norm of a sparse vector. */
export function squaredNorm(vector: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < vector.values.length; i++) sum += vector.values[i]! * vector.values[i]!;
  return sum;
}
