import type { Model } from 'mongoose';
import type { CollectionName, CollectionTypes } from './schemas';

/** A mongoose model of any CRM collection (the store's internals are typed by Collection<T>). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = Model<any>;

/** A MongoDB filter document (query predicates). */
export type Filter = Record<string, unknown>;
/** A MongoDB update document ($set, $inc, $push, ...) or an aggregation-pipeline update. */
export type Update = Record<string, unknown> | Record<string, unknown>[];
/** A MongoDB sort specification. */
export type Sort = Record<string, 1 | -1>;
/** A MongoDB projection (inclusion or exclusion). */
export type Projection = Record<string, 0 | 1 | boolean>;
/** A MongoDB aggregation pipeline. */
export type Pipeline = Record<string, unknown>[];

export interface FindOptions {
  sort?: Sort;
  skip?: number;
  limit?: number;
  projection?: Projection;
}

/** What a new document may omit: the id and timestamps are filled in by the store. */
export type NewDocument<T> = Omit<T, '_id' | 'createdAt' | 'updatedAt'> & { _id?: string };

export interface UpdateOptions {
  upsert?: boolean;
}

export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId?: string;
}

/** One write of a bulk operation, in the shape of MongoDB's bulkWrite. */
export type BulkOperation<T> =
  | { insertOne: { document: NewDocument<T> } }
  | { updateOne: { filter: Filter; update: Update; upsert?: boolean } }
  | { deleteOne: { filter: Filter } };

export interface BulkResult {
  insertedCount: number;
  matchedCount: number;
  modifiedCount: number;
  upsertedCount: number;
  deletedCount: number;
}

/**
 * One collection of CRM documents. Filters, updates and pipelines are MongoDB documents with MongoDB
 * semantics on every engine; documents are validated and cast by the collection's mongoose schema.
 * Failures are CrmErrors: INVALID_INPUT (schema validation, bad operators), CONFLICT (unique key).
 */
export interface Collection<T extends { _id: string }> {
  readonly name: CollectionName;
  findById(id: string): Promise<T | null>;
  findOne(filter: Filter, options?: FindOptions): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  countDocuments(filter?: Filter): Promise<number>;
  distinct<V = unknown>(field: string, filter?: Filter): Promise<V[]>;
  insertOne(document: NewDocument<T>, options?: InsertOptions): Promise<T>;
  /** Inserts all documents or none. */
  insertMany(documents: NewDocument<T>[]): Promise<T[]>;
  updateOne(filter: Filter, update: Update, options?: UpdateOptions): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update): Promise<UpdateResult>;
  /** Updates the first match and returns it as it is after the update (null when nothing matched and no upsert). */
  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options?: UpdateOptions & { sort?: Sort },
  ): Promise<T | null>;
  deleteOne(filter: Filter): Promise<{ deletedCount: number }>;
  deleteMany(filter: Filter): Promise<{ deletedCount: number }>;
  aggregate<R = Record<string, unknown>>(pipeline: Pipeline): Promise<R[]>;
  /**
   * Applies every operation or none (a transaction on MongoDB replica sets; for standalone servers see
   * docs/store.md, "Transactions on MongoDB").
   */
  bulkWrite(operations: BulkOperation<T>[]): Promise<BulkResult>;
}

/** How an insert is acknowledged. */
export interface InsertOptions {
  /**
   * False: acknowledged once applied, before it is on disk (MongoDB's write concern `j: false`); the
   * embedded engine commits it with the next durable write or within 50 ms. For records whose loss
   * in a crash costs little next to a commit on every call (audit entries of reads). Default true.
   */
  journal?: boolean;
  /** Told when an insert acknowledged before it was on disk could not be committed after all. */
  onLost?: (error: unknown) => void;
}

/** The CRM's data: one typed collection per entity, on MongoDB or the embedded engine. */
export type StoreCollections = { readonly [K in CollectionName]: Collection<CollectionTypes[K]> };

export interface Store extends StoreCollections {
  readonly engine: 'embedded' | 'mongodb';
  /** Resolves when the store answers; rejects with UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  /** Creates the indexes the skills rely on (idempotent). */
  ensureIndexes(): Promise<void>;
  /**
   * After a bulk load (seed, import): refreshes the query planner's statistics, so it picks the
   * selective index (a briefing's deals by account, not every won deal of the year). Embedded:
   * `PRAGMA optimize` (bounded ANALYZE); MongoDB plans by trial and needs nothing.
   */
  refreshStatistics(): Promise<void>;
  /**
   * Leaves no copy of deleted data in the store's files (embedded: secure_delete, a truncating WAL
   * checkpoint and VACUUM; MongoDB leaves this to its storage engine and has no such method).
   */
  compact?(): Promise<void>;
  /**
   * Runs `work` as one transaction across collections: every write it makes through this store is
   * applied, or none is (a throw from `work` undoes them). Embedded: one SQLite transaction, other
   * writes of the process waiting until it ends. MongoDB: a session's `withTransaction` (replica
   * sets and sharded clusters; `work` may run again after a transient error, so it must be safe to
   * repeat); a standalone server has no transactions and runs `work` without one. Keep `work` short.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * A mark of these collections that is different whenever any of them may have changed since an
   * equal mark was taken (writes of this process or, embedded, of any other), so that what was read
   * from them can be reused until then. Take it before reading. Absent where the engine cannot tell
   * cheaply (MongoDB: another server process may write at any time), and then nothing is kept.
   */
  changeMark?(collections: readonly CollectionName[]): string;
  /** Removes every document from every collection (demo reset and tests). */
  dropAll(): Promise<void>;
  close(): Promise<void>;
}
