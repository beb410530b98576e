import { detectDelimiter } from './detect-delimiter';
import { readBytesSync } from './open-bytes';
import { isBlankRecord, isEmptyLine, openDelimitedText } from './open-delimited-text';
import { readingError } from './reading-problem';
import { RecordSplitter, type RecordBatch } from './record-splitter';

/** A delimited text file read whole: the header and the data rows, in file order, as strings. */
export interface DelimitedTable {
  readonly file: string;
  readonly delimiter: string;
  /** The first non-blank record, cells as written (not trimmed). */
  readonly header: string[];
  /** Every record after the header except empty lines. */
  readonly rows: string[][];
}

/** How strictly a table is read. */
export interface TableOptions {
  /** Every row must have as many cells as the header (an INVALID_INPUT error names the first that does not). */
  readonly sameWidth?: boolean;
}

/**
 * Reads a delimited text file whole (as `openDelimitedText` reads it: gzip, BOM, delimiter and
 * quotes handled), leaving out empty lines. Errors carry a `ReadingProblem`.
 */
export async function readDelimitedTable(file: string, options: TableOptions = {}): Promise<DelimitedTable> {
  const text = await openDelimitedText(file);
  const rows: string[][] = [];
  for await (const batch of text.batches) addRows(rows, batch, text.header, file, options);
  return { file, delimiter: text.delimiter, header: text.header, rows };
}

/** `readDelimitedTable` for callers that cannot wait (the whole file is read into memory first). */
export function readDelimitedTableSync(file: string, options: TableOptions = {}): DelimitedTable {
  let text = readBytesSync(file).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = detectDelimiter(text.slice(0, 64 * 1024));
  const splitter = new RecordSplitter(delimiter, file);
  const all: RecordBatch = { records: [], lines: [] };
  splitter.push(text, all);
  splitter.end(all);
  const found = all.records.findIndex((cells) => !isBlankRecord(cells));
  if (found < 0) throw readingError({ kind: 'empty', file, why: 'it has no header row' });
  const header = all.records[found]!;
  const rest = { records: all.records.slice(found + 1), lines: all.lines.slice(found + 1) };
  const rows: string[][] = [];
  addRows(rows, rest, header, file, options);
  return { file, delimiter, header, rows };
}

function addRows(
  rows: string[][],
  batch: RecordBatch,
  header: readonly string[],
  file: string,
  options: TableOptions,
): void {
  const { records, lines } = batch;
  for (let i = 0; i < records.length; i++) {
    const cells = records[i]!;
    if (isEmptyLine(cells)) continue;
    if (options.sameWidth && cells.length !== header.length) {
      throw readingError({
        kind: 'invalid',
        file,
        line: lines[i]!,
        why: `${cells.length} field${cells.length === 1 ? '' : 's'} where the header has ${header.length}`,
      });
    }
    rows.push(cells);
  }
}
