import { isEmptyLine, openDelimitedText, readingError } from '../../core/delimited-text';
import { readingFailure, type DelimitedFile } from './delimited-file';

/**
 * One column of a file, dictionary-coded: each row's code into `values`, the distinct cells as
 * written (untrimmed), in the order the rows first bring them. A missing cell is ''.
 */
export interface FileColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/**
 * A delimited file read column by column (`readColumnarFile`): the header (trimmed) and a coded
 * column per header name, rows in file order. Training reads a file this way: parsing, checking
 * and binning then work on each distinct cell once, and no row of strings outlives its chunk.
 */
export interface ColumnarFile {
  readonly file: string;
  readonly delimiter: string;
  readonly header: string[];
  readonly rowCount: number;
  readonly columns: readonly FileColumn[];
}

/** A table a learner reads its columns from: read whole into rows, or column by column. */
export type TabularFile = DelimitedFile | ColumnarFile;

/**
 * Reads a CSV-like file as `readDelimitedFile` does (plain or gzipped, delimiter detected, empty
 * lines left out, every row as wide as the header, the same errors naming the file and line), but
 * into dictionary-coded columns. On Bank Marketing (41,188 rows, 21 columns) it keeps 21 small
 * dictionaries and code arrays instead of 41,188 arrays of 865,000 strings, which the garbage
 * collector otherwise marks while the file is read.
 */
export async function readColumnarFile(file: string): Promise<ColumnarFile> {
  try {
    const text = await openDelimitedText(file);
    const header = text.header.map((name) => name.trim());
    const width = header.length;
    const dictionaries = header.map(() => new Map<string, number>());
    const values = header.map((): string[] => []);
    let codes = header.map(() => new Int32Array(4096));
    let rowCount = 0;
    for await (const { records, lines } of text.batches) {
      for (let i = 0; i < records.length; i++) {
        const cells = records[i]!;
        if (isEmptyLine(cells)) continue;
        if (cells.length !== width) {
          throw readingError({
            kind: 'invalid',
            file,
            line: lines[i]!,
            why: `${cells.length} field${cells.length === 1 ? '' : 's'} where the header has ${width}`,
          });
        }
        if (rowCount === codes[0]!.length) codes = codes.map((column) => grown(column));
        for (let c = 0; c < width; c++) {
          const cell = cells[c]!;
          const dictionary = dictionaries[c]!;
          let code = dictionary.get(cell);
          if (code === undefined) {
            code = values[c]!.length;
            values[c]!.push(cell);
            dictionary.set(cell, code);
          }
          codes[c]![rowCount] = code;
        }
        rowCount++;
      }
    }
    return {
      file,
      delimiter: text.delimiter,
      header,
      rowCount,
      columns: codes.map((column, c) => ({ codes: column.slice(0, rowCount), values: values[c]! })),
    };
  } catch (error) {
    throw readingFailure(file, error);
  }
}

const rowColumns = new WeakMap<DelimitedFile, FileColumn[]>();

/** Column `index` of a table, dictionary-coded (a table read into rows is coded on first use). */
export function columnOf(data: TabularFile, index: number): FileColumn {
  if (!('rows' in data)) return data.columns[index]!;
  let columns = rowColumns.get(data);
  if (!columns) rowColumns.set(data, (columns = []));
  return (columns[index] ??= codedColumn(data.rows, index));
}

/** The number of data rows of a table. */
export function rowCountOf(data: TabularFile): number {
  return 'rows' in data ? data.rows.length : data.rowCount;
}

function codedColumn(rows: readonly (readonly string[])[], index: number): FileColumn {
  const codes = new Int32Array(rows.length);
  const values: string[] = [];
  const dictionary = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    // A short row's missing cell reads as empty, which every use treats as a missing value.
    const cell = rows[r]![index] ?? '';
    let code = dictionary.get(cell);
    if (code === undefined) {
      code = values.length;
      values.push(cell);
      dictionary.set(cell, code);
    }
    codes[r] = code;
  }
  return { codes, values };
}

function grown(column: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(column.length * 2);
  larger.set(column);
  return larger;
}
