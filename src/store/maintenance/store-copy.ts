import { isDeepStrictEqual } from 'node:util';
import { CrmError, ErrorCode } from '../../core/errors';
import { MIGRATION_LOCK_META_ID } from '../migrations';
import { COLLECTION_NAMES, type CollectionName } from '../schemas';
import type { Collection, Filter, Store } from '../store';

/** Any collection's document, for code that treats them all alike. */
type AnyDocument = { _id: string } & Record<string, unknown>;

/** One collection's copy: counts on both sides and the sampled documents that differ. */
export interface CollectionCopy {
  collection: CollectionName;
  /** Documents in the source when the copy started. */
  source: number;
  copied: number;
  /** Documents in the target after the copy. */
  target: number;
  /** Documents read back from both sides and compared field by field. */
  sampled: number;
  /** Ids of sampled documents whose contents differ between source and target. */
  differing: string[];
  ok: boolean;
}

/** What a copy did, collection by collection; `ok` only when every collection is. */
export interface StoreCopyReport {
  collections: CollectionCopy[];
  ok: boolean;
  seconds: number;
}

export interface StoreCopyOptions {
  /** Replace the target's data when it holds some (default: refuse). */
  force?: boolean;
  /** Documents read and inserted per round (default 1,000). */
  batchSize?: number;
  /** Documents per collection compared after the copy (default 25, spread over the collection). */
  sampleSize?: number;
  log?: (line: string) => void;
}

/** The migration lease is the source's own business; it is never copied. */
function copiedFilter(name: CollectionName): Filter {
  return name === 'meta' ? { _id: { $ne: MIGRATION_LOCK_META_ID } } : {};
}

/**
 * Copies every collection of `source` into `target` (both Stores, so an embedded installation
 * moves to MongoDB with the same code that is tested embedded to embedded): in batches by id,
 * keeping each document's id and timestamps, after creating the target's indexes. Then checks, per
 * collection, the source count, the documents copied, the target's count and a sample of documents
 * read back from both sides. Refuses (CONFLICT) a target that holds data unless `force`, which
 * empties it first. Stop the server first: writes during the copy show up as count mismatches.
 */
export async function copyStore(
  source: Store,
  target: Store,
  options: StoreCopyOptions = {},
): Promise<StoreCopyReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 1_000;
  const occupied: string[] = [];
  for (const name of COLLECTION_NAMES) {
    const count = await target[name].countDocuments({});
    if (count) occupied.push(`${name}: ${count}`);
  }
  if (occupied.length && !options.force)
    throw new CrmError(
      ErrorCode.Conflict,
      `The target ${target.engine} store is not empty (${occupied.join(', ')}); pass --force to replace its data.`,
    );
  if (occupied.length) {
    log(`emptying the target (${occupied.join(', ')})`);
    await target.dropAll();
  }
  await target.ensureIndexes();

  const collections: CollectionCopy[] = [];
  for (const name of COLLECTION_NAMES) {
    const from = source[name] as unknown as Collection<AnyDocument>;
    const to = target[name] as unknown as Collection<AnyDocument>;
    const filter = copiedFilter(name);
    const sourceCount = await from.countDocuments(filter);
    const sampleIds = new Set<string>();
    const every = Math.max(1, Math.floor(sourceCount / (options.sampleSize ?? 25)));
    let copied = 0;
    let lastId: string | undefined;
    for (;;) {
      const batch = await from.find(lastId ? { ...filter, _id: { $gt: lastId } } : filter, {
        sort: { _id: 1 },
        limit: batchSize,
      });
      if (!batch.length) break;
      try {
        await to.insertMany(batch);
      } catch (error) {
        throw new CrmError(
          ErrorCode.Unavailable,
          `Copying ${name} failed after ${copied} documents: ${(error as Error).message}`,
          {},
          { cause: error },
        );
      }
      batch.forEach((document, index) => {
        if ((copied + index) % every === 0) sampleIds.add(document._id);
      });
      copied += batch.length;
      lastId = batch.at(-1)!._id;
      if (batch.length < batchSize) break;
    }
    const differing: string[] = [];
    for (const id of sampleIds) {
      const [before, after] = await Promise.all([from.findById(id), to.findById(id)]);
      if (!isDeepStrictEqual(comparable(before), comparable(after))) differing.push(id);
    }
    const targetCount = await to.countDocuments(filter);
    const ok = sourceCount === copied && copied === targetCount && differing.length === 0;
    collections.push({
      collection: name,
      source: sourceCount,
      copied,
      target: targetCount,
      sampled: sampleIds.size,
      differing,
      ok,
    });
    if (copied) log(`${name}: ${copied} copied${ok ? '' : ' (MISMATCH)'}`);
  }
  return {
    collections,
    ok: collections.every((each) => each.ok),
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * A document as plain data for comparing across engines: dates as ISO strings, ObjectIds (MongoDB
 * sub-document ids) as hex strings, key order ignored by the deep comparison.
 */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const hex = (value as { toHexString?: () => string }).toHexString;
    if (typeof hex === 'function') return hex.call(value);
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, comparable(each)]));
  }
  return value;
}
