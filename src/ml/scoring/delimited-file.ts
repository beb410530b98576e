import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { CrmError, ErrorCode } from '../../core/errors';

/** A delimited text file read into strings: the header and the data rows, in file order. */
export interface DelimitedFile {
  file: string;
  delimiter: string;
  header: string[];
  rows: string[][];
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Reads a CSV-like file (plain or gzipped), detecting the delimiter from the header line.
 * Errors name the file and the line: a missing or unreadable file, an empty file, a row with the
 * wrong number of fields.
 */
export async function readDelimitedFile(file: string): Promise<DelimitedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CrmError(ErrorCode.InvalidInput, `cannot read ${file}: ${reason}`, { file });
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `cannot read ${file}: corrupt gzip data (${(error as Error).message})`,
        { file },
      );
    }
  }
  const text = bytes.toString('utf8');
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, skip_empty_lines: true, relax_quotes: true });
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `cannot read ${file}: ${(error as Error).message}`, { file });
  }
  const header = records.shift();
  if (!header || header.every((name) => name.trim() === '')) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `cannot read ${file}: the file is empty (a header row is needed)`,
      { file },
    );
  }
  return { file, delimiter, header: header.map((name) => name.trim()), rows: records };
}

/**
 * The delimiter of a delimited text: the candidate (comma, semicolon, tab, pipe) that occurs most
 * often outside quotes in the first line; comma when none does.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (CANDIDATE_DELIMITERS as readonly string[]).includes(c))
      counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/** The index of a named column, or an INVALID_INPUT error naming the file and the columns it has. */
export function columnIndexOf(data: DelimitedFile, column: string): number {
  const index = data.header.indexOf(column);
  if (index < 0) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${data.file} has no column '${column}' (columns: ${data.header.join(', ')})`,
      { file: data.file, column },
    );
  }
  return index;
}
