import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { CrmError, ErrorCode } from '../../../core/errors';

/** A BEIR corpus document. */
export interface BeirDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** A BEIR query. */
export interface BeirQuery {
  readonly id: string;
  readonly text: string;
}

/** Relevance judgements: query id → document id → grade (> 0 is relevant). */
export type Qrels = Map<string, Map<string, number>>;

/** Reads the lines of a plain or gzipped (by `.gz` suffix or magic bytes) text file. */
export async function* readLines(file: string): AsyncGenerator<string> {
  try {
    await access(file);
  } catch {
    throw new CrmError(ErrorCode.NotFound, `File not found: ${file}`);
  }
  const gzipped = file.endsWith('.gz') || (await startsWithGzipMagic(file));
  const raw = createReadStream(file);
  const input = gzipped ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

async function startsWithGzipMagic(file: string): Promise<boolean> {
  for await (const chunk of createReadStream(file, { start: 0, end: 1 })) {
    const bytes = chunk as Buffer;
    return bytes[0] === 0x1f && bytes[1] === 0x8b;
  }
  return false;
}

async function readJsonLines(file: string, what: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let lineNumber = 0;
  for await (const line of readLines(file)) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      rows.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      throw new CrmError(ErrorCode.InvalidInput, `${what} ${file} line ${lineNumber} is not JSON`);
    }
  }
  return rows;
}

function idOf(row: Record<string, unknown>, file: string, index: number): string {
  const id = row._id ?? row.id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new CrmError(ErrorCode.InvalidInput, `${file} row ${index + 1} has no "_id"`);
  }
  return String(id);
}

/** Reads a BEIR `corpus.jsonl` (plain or gzipped): `_id`, `title`, `text`. */
export async function readBeirCorpus(file: string): Promise<BeirDocument[]> {
  const rows = await readJsonLines(file, 'corpus');
  return rows.map((row, index) => ({
    id: idOf(row, file, index),
    title: typeof row.title === 'string' ? row.title : '',
    text: typeof row.text === 'string' ? row.text : '',
  }));
}

/** Reads a BEIR `queries.jsonl` (plain or gzipped): `_id`, `text`. */
export async function readBeirQueries(file: string): Promise<BeirQuery[]> {
  const rows = await readJsonLines(file, 'queries');
  return rows.map((row, index) => ({
    id: idOf(row, file, index),
    text: typeof row.text === 'string' ? row.text : '',
  }));
}

/** Reads a BEIR qrels TSV (`query-id corpus-id score`, header optional; tabs or spaces; TREC 4-column too). */
export async function readQrels(file: string): Promise<Qrels> {
  const qrels: Qrels = new Map();
  for await (const line of readLines(file)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) continue;
    const [queryId, docId, grade] = fields.length >= 4 ? [fields[0], fields[2], fields[3]] : fields;
    const score = Number(grade);
    if (!Number.isFinite(score)) continue; // the header
    let judged = qrels.get(queryId!);
    if (!judged) qrels.set(queryId!, (judged = new Map()));
    judged.set(docId!, score);
  }
  return qrels;
}
