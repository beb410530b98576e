import path from 'node:path';
import { CrmError, ErrorCode } from '../errors';

/**
 * What went wrong reading a delimited text file: it could not be read (missing, a folder, corrupt
 * gzip), it is not valid CSV (a line named), or it holds no header row. Callers that word their own
 * messages (each command has long-standing wording its users and scripts know) read this from the error.
 */
export interface ReadingProblem {
  readonly kind: 'unreadable' | 'invalid' | 'empty';
  readonly file: string;
  /** The reason in a few words, e.g. `no such file` or `a quoted field is never closed`. */
  readonly why: string;
  /** The physical line (1-based) of an invalid record. */
  readonly line?: number;
  /** The system error code of an unreadable file (`ENOENT`, `EISDIR`, ...). */
  readonly errno?: string;
}

/** The INVALID_INPUT error for a reading problem, worded as `crmpro import` words it. */
export function readingError(problem: ReadingProblem, cause?: unknown): CrmError {
  const name = path.basename(problem.file);
  const message =
    problem.kind === 'unreadable'
      ? `Cannot read ${problem.file}: ${problem.why}.`
      : problem.kind === 'empty'
        ? `${name} is empty: it has no header row.`
        : `${name} is not valid CSV: line ${problem.line}: ${problem.why}`;
  return new CrmError(
    ErrorCode.InvalidInput,
    message,
    { file: problem.file, line: problem.line, readingProblem: problem },
    { cause },
  );
}

/**
 * The problem in a few words, with its line where it has one (`no such file`, `line 7: 3 fields
 * where the header has 2`, `the file is empty (a header row is needed)`), for callers' own wording.
 */
export function problemText(problem: ReadingProblem): string {
  if (problem.kind === 'empty') return 'the file is empty (a header row is needed)';
  return problem.line ? `line ${problem.line}: ${problem.why}` : problem.why;
}

/** The reading problem an error from this module carries, or undefined for any other error. */
export function readingProblemOf(error: unknown): ReadingProblem | undefined {
  if (!(error instanceof CrmError)) return undefined;
  return error.details?.readingProblem as ReadingProblem | undefined;
}

/** The error for a file that cannot be opened or read (including corrupt gzip data). */
export function unreadableFile(file: string, error: unknown): CrmError {
  if (readingProblemOf(error)) return error as CrmError;
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = (error as Error | undefined)?.message ?? String(error);
  const why =
    errno === 'ENOENT'
      ? 'no such file'
      : errno === 'EISDIR'
        ? 'it is a folder'
        : errno?.startsWith('Z_') || errno === 'ERR_ZLIB_INITIALIZATION_FAILED'
          ? `corrupt gzip data (${message})`
          : message;
  return readingError({ kind: 'unreadable', file, why, errno }, error);
}
