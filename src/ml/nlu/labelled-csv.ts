import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
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

function readRecords(file: string): Record<string, string>[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CrmError(
      ErrorCode.NotFound,
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${file}${line ? ` line ${line}` : ''}: not valid CSV (${(error as Error).message})`,
    );
  }
}

/**
 * Reads a CSV of messages: a `text` column and, optionally, a `label`, `intent` or `category` column.
 * Throws an INVALID_INPUT CrmError naming the file, the row and the problem.
 */
export function readMessageTable(file: string, options: { requireLabels: boolean }): MessageTable {
  const records = readRecords(file);
  if (records.length === 0) throw new CrmError(ErrorCode.InvalidInput, `${file}: no data rows`);
  const columns = Object.keys(records[0]!);
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
  records.forEach((record, i) => {
    const row = i + 2;
    const text = record.text ?? '';
    if (text.trim() === '') throw new CrmError(ErrorCode.InvalidInput, `${file} row ${row}: empty text`);
    texts.push(text);
    if (labelColumn) {
      const label = (record[labelColumn] ?? '').trim();
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
