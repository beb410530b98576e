import {
  problemText,
  readDelimitedTable,
  readingProblemOf,
  type DelimitedTable,
} from '../../core/delimited-text';
import { CrmError, ErrorCode } from '../../core/errors';

/** A delimited text file read into strings: the header (trimmed) and the data rows, in file order. */
export type DelimitedFile = DelimitedTable;

/**
 * Reads a CSV-like file (plain or gzipped, delimiter detected) with the one delimited-text reader.
 * Errors name the file and, where there is one, the line: a missing or unreadable file, an empty
 * file, a row with the wrong number of fields.
 */
export async function readDelimitedFile(file: string): Promise<DelimitedFile> {
  let data: DelimitedTable;
  try {
    data = await readDelimitedTable(file, { sameWidth: true });
  } catch (error) {
    throw readingFailure(file, error);
  }
  return { ...data, header: data.header.map((name) => name.trim()) };
}

/**
 * The error to throw for a failure reading `file`: a reading problem becomes an INVALID_INPUT
 * error naming the file and, where there is one, the line; anything else is returned as it is.
 */
export function readingFailure(file: string, error: unknown): unknown {
  const problem = readingProblemOf(error);
  if (!problem) return error;
  return new CrmError(
    ErrorCode.InvalidInput,
    `cannot read ${file}: ${problemText(problem)}`,
    { file, line: problem.line },
    { cause: error },
  );
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
