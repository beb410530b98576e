import { StringDecoder } from 'node:string_decoder';
import { detectDelimiter } from './detect-delimiter';
import { openBytes } from './open-bytes';
import { readingError, unreadableFile } from './reading-problem';
import { RecordSplitter, type RecordBatch } from './record-splitter';

/** A delimited text file opened for streaming: its delimiter and header read, its records to come. */
export interface DelimitedText {
  readonly file: string;
  readonly delimiter: string;
  /** The first non-blank record, cells as written (not trimmed). */
  readonly header: string[];
  /**
   * The records after the header, a batch per chunk read (16 to 64 KB, some hundred records),
   * so a caller walks half a million rows without a promise per row, and records die young. Every record counts, blank ones included:
   * an empty line is a record of one empty cell (see `isEmptyLine` and `isBlankRecord`).
   */
  readonly batches: AsyncIterable<RecordBatch>;
  /** Stops reading and releases the file (also done when `batches` ends, is left early or fails). */
  close(): void;
}

/** How much text is read before the delimiter is detected from its first non-blank line. */
const SNIFF_CHARS = 64 * 1024;

/** True for a record with no text in any cell (a blank line, or only delimiters and spaces). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** True for the record of an empty line (what csv-parse's `skip_empty_lines` leaves out). */
export function isEmptyLine(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0] === '';
}

/**
 * Opens a delimited text file: gzip unpacked (detected from the bytes), UTF-8 decoded, a byte-order
 * mark dropped, the delimiter (`,` `;` tab `|`) detected from the first non-blank line, and the first
 * non-blank record taken as the header. Throws INVALID_INPUT carrying a `ReadingProblem` when the
 * file cannot be read, is not valid CSV (here or while streaming) or has no header row.
 */
export async function openDelimitedText(file: string): Promise<DelimitedText> {
  const bytes = await openBytes(file);
  const chunks = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const decoder = new StringDecoder('utf8');
  let ended = false;
  /** The next chunk's text; undefined at the end of the file. */
  const nextText = async (): Promise<string | undefined> => {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw unreadableFile(file, error);
    }
    return next.done ? undefined : decoder.write(next.value);
  };
  const close = () => bytes.destroy();

  try {
    let head = '';
    while (head.length < SNIFF_CHARS && !ended) {
      const text = await nextText();
      if (text === undefined) {
        head += decoder.end();
        ended = true;
      } else head += text;
    }
    if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
    const splitter = new RecordSplitter(detectDelimiter(head), file);
    let batch: RecordBatch = { records: [], lines: [] };
    const take = () => {
      const taken = batch;
      batch = { records: [], lines: [] };
      return taken;
    };
    /** Splits the next chunk (or ends the text) into `batch`; false once the file is done. */
    const feed = async (): Promise<boolean> => {
      if (ended) return false;
      const text = await nextText();
      if (text === undefined) {
        splitter.push(decoder.end(), batch);
        splitter.end(batch);
        ended = true;
      } else splitter.push(text, batch);
      return true;
    };

    splitter.push(head, batch);
    if (ended) splitter.end(batch);
    let header: string[] | undefined;
    for (;;) {
      const found = batch.records.findIndex((cells) => !isBlankRecord(cells));
      if (found >= 0) {
        header = batch.records[found]!;
        batch.records.splice(0, found + 1);
        batch.lines.splice(0, found + 1);
        break;
      }
      take();
      if (!(await feed())) break;
    }
    if (!header) throw readingError({ kind: 'empty', file, why: 'it has no header row' });

    async function* batches(): AsyncGenerator<RecordBatch> {
      try {
        if (batch.records.length) yield take();
        while (await feed()) if (batch.records.length) yield take();
      } finally {
        close();
      }
    }
    return { file, delimiter: splitter.delimiter, header, batches: batches(), close };
  } catch (error) {
    close();
    throw error;
  }
}
