import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import type { CellValue, ColumnInfo, ColumnType } from '../skills/shared/record-columns';

/** The file formats `crmpro export` writes. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A file being written a batch of rows at a time. It is written beside its final name and moved
 * there by `finish`, so a failed export leaves no half file where a reader expects a whole one.
 */
export interface RowFile {
  write(rows: CellValue[][]): Promise<void>;
  /** Completes the file and moves it to its name; resolves to its size in bytes. */
  finish(): Promise<number>;
  /** Removes what was written. */
  abort(): void;
}

/** A cell as text: ISO 8601 (UTC) for timestamps, `true`/`false`, empty for a missing value. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Opens `file` for rows of these columns in this format. */
export function openRowFile(format: ExportFormat, file: string, columns: readonly ColumnInfo[]): RowFile {
  const partial = `${file}.partial`;
  if (format === 'parquet') return parquetFile(file, partial, columns);
  const stream = createWriteStream(partial);
  const text = format === 'csv' ? csvText(columns) : jsonlText(columns);
  let size = 0;
  const put = async (chunk: string) => {
    size += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  let started = false;
  return {
    async write(rows) {
      if (!started) {
        started = true;
        await put(text.header);
      }
      await put(text.rows(rows));
    },
    async finish() {
      if (!started) await put(text.header);
      await closed(stream);
      renameSync(partial, file);
      return size;
    },
    abort() {
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}

async function closed(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV record (RFC 4180): a cell holding a comma, a quote or a line break is quoted, its quotes
 * doubled. Our own few lines rather than csv-stringify here: on 100,000 rows of 14 columns its
 * synchronous API took 6.3 s where this takes 0.5 s, most of an export's time (docs/analysts.md).
 */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (i > 0) line += ',';
    line += NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
  }
  return `${line}\r\n`;
}

/** CSV: a header row of the column names, then one record per row, CRLF line ends (RFC 4180). */
function csvText(columns: readonly ColumnInfo[]) {
  return {
    header: csvRecord(columns.map((column) => column.name)),
    rows: (rows: CellValue[][]) => {
      let text = '';
      for (const row of rows) text += csvRecord(row.map(cellText));
      return text;
    },
  };
}

/** JSON Lines: one flat object per record, keys the column names in order, null for a missing value. */
function jsonlText(columns: readonly ColumnInfo[]) {
  const names = columns.map((column) => column.name);
  return {
    header: '',
    rows: (rows: CellValue[][]) => {
      let text = '';
      for (const row of rows) {
        const record: Record<string, CellValue> = {};
        names.forEach((name, i) => (record[name] = row[i] ?? null));
        text += `${JSON.stringify(record)}\n`;
      }
      return text;
    },
  };
}

/** How each column type is stored in Parquet (hyparquet-writer's basic types). */
const PARQUET_TYPES: Readonly<Record<ColumnType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP'>> = {
  string: 'STRING',
  integer: 'INT32',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  timestamp: 'TIMESTAMP',
};

/** The Parquet writer's module, loaded only by an export to Parquet. */
interface ParquetWriterModule {
  ParquetWriter: new (options: { writer: unknown; schema: unknown[]; createdBy?: string }) => {
    write(options: { columnData: ParquetColumn[]; rowGroupSize?: number }): void | Promise<void>;
    finish(): void;
  };
  fileWriter(file: string): unknown;
  schemaFromColumnData(options: { columnData: ParquetColumn[] }): unknown[];
}
interface ParquetColumn {
  name: string;
  data: CellValue[];
  type: (typeof PARQUET_TYPES)[ColumnType];
  nullable: boolean;
}

/**
 * Parquet (hyparquet-writer): typed, nullable columns (timestamps as UTC milliseconds), one row
 * group per batch, written to the file as it comes (the writer flushes every megabyte).
 */
function parquetFile(file: string, partial: string, columns: readonly ColumnInfo[]): RowFile {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an ES module, loaded only for Parquet
  const parquet = require('hyparquet-writer') as ParquetWriterModule;
  const columnData = (data: CellValue[][]): ParquetColumn[] =>
    columns.map((column, i) => ({
      name: column.name,
      data: data[i] ?? [],
      type: PARQUET_TYPES[column.type],
      nullable: true,
    }));
  const writer = parquet.fileWriter(partial);
  const out = new parquet.ParquetWriter({
    writer,
    schema: parquet.schemaFromColumnData({ columnData: columnData([]) }),
    createdBy: 'crmpro export',
  });
  return {
    async write(rows) {
      if (rows.length === 0) return;
      const data = columns.map((_, i) => rows.map((row) => row[i] ?? null));
      await out.write({ columnData: columnData(data), rowGroupSize: rows.length });
    },
    async finish() {
      out.finish();
      renameSync(partial, file);
      return statSync(file).size;
    },
    abort() {
      rmSync(partial, { force: true });
    },
  };
}
