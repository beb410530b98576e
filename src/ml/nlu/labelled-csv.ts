import { readDelimitedTableSync, readingProblemOf } from '../../core/delimited-text';
import { CrmError, ErrorCode } from '../../core/errors';
import type { LabelledUtterance } from './intent-training';

/** Column names accepted for the label, in order of preference. */
export const LABEL_COLUMNS = ['label', 'intent', 'category'] as const;

/** The rows of a message CSV: every text, and its label when the file has a label column. */
export interface MessageTable {
  readonly texts: string[];
  /** Normalised labels (trimmed); absent when the file has no label column. */
  readonly labels?: string[];
  readonly labelColumn?: string;
}

/** The file's column names (trimmed, lower case) and rows, every row as wide as the header. */
function readRows(file: string): { columns: string[]; rows: string[][] } {
  try {
    const table = readDelimitedTableSync(file, { sameWidth: true });
    return { columns: table.header.map((h) => h.trim().toLowerCase()), rows: table.rows };
  } catch (error) {
    const problem = readingProblemOf(error);
    if (!problem) throw error;
    if (problem.kind === 'unreadable')
      throw new CrmError(ErrorCode.NotFound, `cannot read ${file}: ${problem.errno ?? problem.why}`);
    if (problem.kind === 'empty') throw new CrmError(ErrorCode.InvalidInput, `${file}: no data rows`);
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file}${problem.line ? ` line ${problem.line}` : ''}: not valid CSV (${problem.why})`,
    );
  }
}

/**
 * Reads a CSV of messages: a `text` column and, optionally, a `label`, `intent` or `category` column.
 * Throws an INVALID_INPUT CrmError naming the file, the row and the problem.
 */
export function readMessageTable(file: string, options: { requireLabels: boolean }): MessageTable {
  const { columns, rows } = readRows(file);
  if (rows.length === 0) throw new CrmError(ErrorCode.InvalidInput, `${file}: no data rows`);
  if (!columns.includes('text')) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file}: missing column 'text' (found: ${columns.join(', ') || 'none'})`,
    );
  }
  const labelColumn = LABEL_COLUMNS.find((name) => columns.includes(name));
  if (options.requireLabels && !labelColumn) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file}: missing label column (one of ${LABEL_COLUMNS.join(', ')}; found: ${columns.join(', ')})`,
    );
  }
  const texts: string[] = [];
  const labels: string[] = [];
  const textIndex = columns.lastIndexOf('text');
  const labelIndex = labelColumn ? columns.lastIndexOf(labelColumn) : -1;
  rows.forEach((cells, i) => {
    const row = i + 2;
    const text = cells[textIndex] ?? '';
    if (text.trim() === '') throw new CrmError(ErrorCode.InvalidInput, `${file} row ${row}: empty text`);
    texts.push(text);
    if (labelColumn) {
      const label = (cells[labelIndex] ?? '').trim();
      if (options.requireLabels && label === '')
        throw new CrmError(ErrorCode.InvalidInput, `${file} row ${row}: empty ${labelColumn}`);
      labels.push(label);
    }
  });
  return labelColumn ? { texts, labels, labelColumn } : { texts };
}

/** Reads a labelled CSV as training utterances. */
export function readLabelledUtterances(file: string): LabelledUtterance[] {
  const table = readMessageTable(file, { requireLabels: true });
  return table.texts.map((text, i) => ({ text, label: table.labels![i]! }));
}
