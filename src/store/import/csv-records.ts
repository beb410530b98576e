import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { CrmError, ErrorCode } from '../../core/errors';

/** One data row of a CSV file: its number (1 = the first row after the header) and its cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** The delimiters we recognise, in order of preference on a tie. */
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** How much of the file is read to find the delimiter. */
const SNIFF_BYTES = 64 * 1024;

/** The delimiter used most often outside quotes in the first non-blank line of `head`. */
export function detectDelimiter(head: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of head.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function unreadable(file: string, error: unknown): CrmError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : ((error as Error)?.message ?? String(error));
  return new CrmError(ErrorCode.InvalidInput, `Cannot read ${file}: ${why}.`, { file }, { cause: error });
}

/**
 * The CSV file as a stream of rows: gzip (`.gz`) unpacked, a UTF-8 byte-order mark dropped, the
 * delimiter (`,` `;` tab `|`) detected from the first line, quoted fields (with delimiters, quotes and
 * line breaks inside) understood. The first non-blank record is the header; every later record,
 * blank ones included, counts as a data row, so row numbers match a spreadsheet's (minus the header).
 */
export async function openCsv(
  file: string,
): Promise<{ header: string[]; delimiter: string; rows: AsyncGenerator<CsvRow> }> {
  const raw = createReadStream(file);
  const source: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => source.destroy(error));
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;

  let head = Buffer.alloc(0);
  try {
    while (head.length < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      head = Buffer.concat([head, next.value]);
    }
  } catch (error) {
    throw unreadable(file, error);
  }
  const delimiter = detectDelimiter(head.toString('utf8'));
  const body = Readable.from(
    (async function* () {
      yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  );
  const parser = body.pipe(
    parse({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const name = path.basename(file);

  const nextRecord = async (): Promise<string[] | undefined> => {
    try {
      const next = await records.next();
      return next.done ? undefined : next.value;
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${name} is not valid CSV: ${message}`,
        { file },
        { cause: error },
      );
    }
  };
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

  let header: string[] | undefined;
  for (let cells = await nextRecord(); cells; cells = await nextRecord()) {
    if (!isBlank(cells)) {
      header = cells;
      break;
    }
  }
  if (!header)
    throw new CrmError(ErrorCode.InvalidInput, `${name} is empty: it has no header row.`, { file });

  async function* rows(): AsyncGenerator<CsvRow> {
    let row = 0;
    for (let cells = await nextRecord(); cells; cells = await nextRecord()) {
      row++;
      if (!isBlank(cells)) yield { row, cells };
    }
  }
  return { header, delimiter, rows: rows() };
}
