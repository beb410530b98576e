/**
 * Stores a row-major float matrix as one float32 scale per row plus int8 values (a quarter of the
 * size of float32), which keeps shipped models small enough for the repository. The rounding error
 * is at most half a step of each row's largest weight / 127.
 */
export function quantiseRows(
  matrix: Float32Array,
  rowLength: number,
): { scales: Float32Array; values: Int8Array } {
  const rows = matrix.length / rowLength;
  const scales = new Float32Array(rows);
  const values = new Int8Array(matrix.length);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < rowLength; c++) max = Math.max(max, Math.abs(matrix[r * rowLength + c]!));
    const scale = max / 127;
    scales[r] = scale;
    if (scale === 0) continue;
    for (let c = 0; c < rowLength; c++)
      values[r * rowLength + c] = Math.round(matrix[r * rowLength + c]! / scale);
  }
  return { scales, values };
}

/** Restores a matrix written by {@link quantiseRows}. */
export function dequantiseRows(scales: Float32Array, values: Int8Array, rowLength: number): Float32Array {
  const matrix = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) matrix[i] = values[i]! * scales[Math.floor(i / rowLength)]!;
  return matrix;
}
