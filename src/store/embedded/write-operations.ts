import type { Filter, NewDocument, Sort, Update } from '../store';

/** The write operations the embedded engine executes; every public write method is made of these. */
export type WriteOperation =
  | { kind: 'insert'; document: NewDocument<{ _id: string }> }
  | { kind: 'update'; filter: Filter; update: Update; multi: boolean; upsert: boolean; sort?: Sort }
  | { kind: 'delete'; filter: Filter; multi: boolean };

/** What one operation did, in MongoDB's terms. */
export interface OperationOutcome {
  inserted: number;
  matched: number;
  modified: number;
  upsertedId?: string;
  deleted: number;
  /** The updated (or upserted) document, for findOneAndUpdate. */
  document?: Record<string, unknown>;
}

export const emptyOutcome = (): OperationOutcome => ({ inserted: 0, matched: 0, modified: 0, deleted: 0 });

/**
 * The document MongoDB inserts for an upsert that matched nothing: the filter's equality
 * conditions (top level and inside $and), dotted paths expanded into sub-documents.
 */
export function upsertSeed(filter: Filter): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  collectEqualities(filter, seed);
  return seed;
}

function collectEqualities(filter: Filter, seed: Record<string, unknown>): void {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const part of condition) collectEqualities(part as Filter, seed);
      continue;
    }
    if (key.startsWith('$')) continue;
    let value: unknown = condition;
    if (isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'))) {
      if (!('$eq' in condition)) continue;
      value = condition.$eq;
    }
    setPath(seed, key, value);
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let node = target;
  for (const step of steps.slice(0, -1)) {
    if (!isPlainObject(node[step])) node[step] = {};
    node = node[step] as Record<string, unknown>;
  }
  node[steps[steps.length - 1]!] = value;
}

/** Splits an update for an upsert: on insert $setOnInsert applies like $set; on update it is ignored. */
export function updateFor(update: Update, inserting: boolean): Update {
  if (Array.isArray(update) || !('$setOnInsert' in update)) return update;
  const { $setOnInsert, ...rest } = update;
  if (!inserting) return rest;
  return { ...rest, $set: { ...(rest.$set as object | undefined), ...($setOnInsert as object) } };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof RegExp)
  );
}
