/**
 * A sparse matrix in compressed-row form (rows = documents, columns = terms), with the two dense
 * products a randomized SVD needs. Dense operands are row-major Float64Arrays.
 */
export class SparseRowMatrix {
  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly rowStart: Int32Array,
    readonly columnIndex: Int32Array,
    readonly values: Float32Array,
  ) {}

  /** Builds the matrix from one sparse row (column → value) per document. */
  static fromRows(rows: ReadonlyArray<ReadonlyMap<number, number>>, columns: number): SparseRowMatrix {
    const rowStart = new Int32Array(rows.length + 1);
    rows.forEach((row, index) => (rowStart[index + 1] = rowStart[index]! + row.size));
    const columnIndex = new Int32Array(rowStart[rows.length]!);
    const values = new Float32Array(rowStart[rows.length]!);
    rows.forEach((row, index) => {
      let at = rowStart[index]!;
      for (const [column, value] of row) {
        columnIndex[at] = column;
        values[at++] = value;
      }
    });
    return new SparseRowMatrix(rows.length, columns, rowStart, columnIndex, values);
  }

  /** this (rows × columns) · dense (columns × width) → rows × width. */
  times(dense: Float64Array, width: number): Float64Array {
    const out = new Float64Array(this.rows * width);
    for (let row = 0; row < this.rows; row++) {
      const target = row * width;
      for (let at = this.rowStart[row]!; at < this.rowStart[row + 1]!; at++) {
        const value = this.values[at]!;
        const source = this.columnIndex[at]! * width;
        for (let c = 0; c < width; c++) out[target + c]! += value * dense[source + c]!;
      }
    }
    return out;
  }

  /** thisᵀ (columns × rows) · dense (rows × width) → columns × width. */
  transposeTimes(dense: Float64Array, width: number): Float64Array {
    const out = new Float64Array(this.columns * width);
    for (let row = 0; row < this.rows; row++) {
      const source = row * width;
      for (let at = this.rowStart[row]!; at < this.rowStart[row + 1]!; at++) {
        const value = this.values[at]!;
        const target = this.columnIndex[at]! * width;
        for (let c = 0; c < width; c++) out[target + c]! += value * dense[source + c]!;
      }
    }
    return out;
  }
}
