import { deepClone } from '../../core/deep-clone';
import type { DatabaseSync } from 'node:sqlite';
import { updateOne as applyUpdate } from 'mingo';
import { CrmError, ErrorCode } from '../../core/errors';
import { duplicateKeyError, invalidUpdateError } from '../document-errors';
import type { CollectionName } from '../schemas';
import type {
  BulkOperation,
  BulkResult,
  Collection,
  Filter,
  FindOptions,
  InsertOptions,
  NewDocument,
  Pipeline,
  Sort,
  Update,
  UpdateOptions,
  UpdateResult,
} from '../store';
import type { DocumentPreparer } from './document-preparer';
import { DocumentReader } from './document-reader';
import { runPipeline } from './mingo-compat';
import { SqliteTable } from './sqlite-table';
import type { ChangeMarks } from './change-marks';
import type { StoreWriter, WriteOptions } from './store-writer';
import { WorkingSet } from './working-set';
import {
  emptyOutcome,
  isPlainObject,
  updateFor,
  upsertSeed,
  type OperationOutcome,
  type WriteOperation,
} from './write-operations';

type Document = Record<string, unknown>;

/** What every collection of one embedded store shares. */
export interface EmbeddedContext {
  readonly db: DatabaseSync;
  readonly clock: () => Date;
  /** The store's one writer: every write of every collection goes through it. */
  readonly writer: StoreWriter;
  /** Told of every applied write, so reads kept by the skills know when to read again. */
  readonly marks: ChangeMarks;
  /** All documents of another collection, for $lookup. */
  readonly resolveCollection: (name: string) => Document[];
}

/**
 * A collection of the embedded engine: documents in a SQLite table, MongoDB semantics from mingo,
 * validation from the mongoose schema. Writes are prepared (validation is async), then applied in
 * one synchronous transaction by the store's writer, which starts them over when another process
 * committed in between.
 */
export class SqliteCollection<T extends { _id: string }> implements Collection<T> {
  constructor(
    readonly name: CollectionName,
    private readonly context: EmbeddedContext,
    private readonly table: SqliteTable,
    private readonly preparer: DocumentPreparer,
  ) {
    this.reader = new DocumentReader(name, table);
  }

  private readonly reader: DocumentReader;

  async findById(id: string): Promise<T | null> {
    const text = this.table.byId(id);
    return text === undefined ? null : this.table.decode<T>(text);
  }

  async findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    return this.reader.find<T>(this.preparer.castFilter(filter), { ...options, limit: 1 })[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.reader.find<T>(this.preparer.castFilter(filter), options);
  }

  async countDocuments(filter: Filter = {}): Promise<number> {
    return this.reader.count(this.preparer.castFilter(filter));
  }

  async distinct<V = unknown>(field: string, filter: Filter = {}): Promise<V[]> {
    const seen = new Map<string, unknown>();
    for (const document of this.reader.find(this.preparer.castFilter(filter))) {
      for (const value of valuesAt(document, field.split('.'))) {
        const key =
          value instanceof Date ? `d:${value.toISOString()}` : `${typeof value}:${JSON.stringify(value)}`;
        if (!seen.has(key)) seen.set(key, value);
      }
    }
    return [...seen.values()] as V[];
  }

  async aggregate<R = Document>(pipeline: Pipeline): Promise<R[]> {
    const writing = pipeline.find((stage) => '$out' in stage || '$merge' in stage);
    if (writing) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `The embedded store does not run ${Object.keys(writing)[0]}: write the results with insertMany or bulkWrite.`,
      );
    }
    let documents: Document[];
    let rest = pipeline;
    const first = pipeline[0];
    if (first && Object.keys(first).length === 1 && '$match' in first) {
      const plan = this.table.planner.plan(first.$match as Filter);
      documents = this.table.select(plan.where, plan.params).map((text) => this.table.decode(text));
      if (plan.exact) rest = pipeline.slice(1);
    } else {
      documents = this.table.select('1', [], 'ORDER BY rowid').map((text) => this.table.decode(text));
    }
    try {
      return runPipeline(rest, documents, this.context.resolveCollection) as R[];
    } catch (error) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `Invalid aggregation on ${this.name}: ${(error as Error).message}`,
        {},
        { cause: error },
      );
    }
  }

  async insertOne(document: NewDocument<T>, options: InsertOptions = {}): Promise<T> {
    const [outcome] = await this.execute([{ kind: 'insert', document }], {
      durable: options.journal ?? true,
      ...(options.onLost ? { onLost: options.onLost } : {}),
    });
    return outcome!.document as T;
  }

  async insertMany(documents: NewDocument<T>[]): Promise<T[]> {
    if (documents.length === 0) return [];
    const outcomes = await this.execute(documents.map((document) => ({ kind: 'insert' as const, document })));
    return outcomes.map((outcome) => outcome.document as T);
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    const [outcome] = await this.execute([
      { kind: 'update', filter, update, multi: false, upsert: Boolean(options.upsert) },
    ]);
    return toUpdateResult(outcome!);
  }

  async updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    const [outcome] = await this.execute([{ kind: 'update', filter, update, multi: true, upsert: false }]);
    return toUpdateResult(outcome!);
  }

  async findOneAndUpdate(
    filter: Filter,
    update: Update,
    options: UpdateOptions & { sort?: Sort } = {},
  ): Promise<T | null> {
    const [outcome] = await this.execute([
      { kind: 'update', filter, update, multi: false, upsert: Boolean(options.upsert), sort: options.sort },
    ]);
    return (outcome!.document as T | undefined) ?? null;
  }

  async deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
    const [outcome] = await this.execute([{ kind: 'delete', filter, multi: false }]);
    return { deletedCount: outcome!.deleted };
  }

  async deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
    const [outcome] = await this.execute([{ kind: 'delete', filter, multi: true }]);
    return { deletedCount: outcome!.deleted };
  }

  async bulkWrite(operations: BulkOperation<T>[]): Promise<BulkResult> {
    const outcomes = await this.execute(operations.map(toWriteOperation));
    return {
      insertedCount: sum(outcomes, (o) => o.inserted),
      matchedCount: sum(outcomes, (o) => o.matched),
      modifiedCount: sum(outcomes, (o) => o.modified),
      upsertedCount: sum(outcomes, (o) => (o.upsertedId ? 1 : 0)),
      deletedCount: sum(outcomes, (o) => o.deleted),
    };
  }

  /** How SQLite runs a find on this collection (EXPLAIN QUERY PLAN lines), to check index use. */
  explainFind(filter: Filter, options: FindOptions = {}): string[] {
    return this.reader.explain(this.preparer.castFilter(filter), options);
  }

  private async execute(
    operations: WriteOperation[],
    writeOptions: WriteOptions = {},
  ): Promise<OperationOutcome[]> {
    for (const operation of operations) {
      const invalid =
        operation.kind === 'update' ? invalidUpdateError(this.name, operation.update) : undefined;
      if (invalid) throw invalid;
    }
    try {
      return await this.context.writer.run(async () => {
        const working = new WorkingSet(this.table, this.reader);
        const now = this.context.clock();
        const outcomes: OperationOutcome[] = [];
        for (const operation of operations) outcomes.push(await this.apply(operation, working, now));
        return {
          result: outcomes,
          apply: () => {
            working.flush();
            this.context.marks.written(this.name);
          },
        };
      }, writeOptions);
    } catch (error) {
      throw this.writeError(error);
    }
  }

  private async apply(operation: WriteOperation, working: WorkingSet, now: Date): Promise<OperationOutcome> {
    const outcome = emptyOutcome();
    if (operation.kind === 'insert') {
      const document = await this.preparer.prepare(operation.document as Document, now, 'insert');
      if (!working.insert(document)) throw duplicateKeyError(this.name, ['_id'], undefined);
      return { ...outcome, inserted: 1, document };
    }

    const filter = this.preparer.castFilter(operation.filter);
    if (operation.kind === 'delete') {
      const matches = working.matching(filter, undefined, !operation.multi);
      for (const document of matches) working.remove(document._id as string);
      return { ...outcome, deleted: matches.length };
    }

    const update = this.preparer.castUpdate(operation.update, operation.upsert);
    const matches = working.matching(filter, operation.sort, !operation.multi);
    if (matches.length === 0 && operation.upsert) {
      const seed = upsertSeed(filter);
      runUpdate(seed, {}, updateFor(update, true));
      const document = await this.preparer.prepare(seed, now, 'upsert');
      if (!working.insert(document)) throw duplicateKeyError(this.name, ['_id'], undefined);
      return { ...outcome, upsertedId: document._id as string, document };
    }
    for (const match of matches) {
      const updated = deepClone(match);
      runUpdate(updated, filter, updateFor(update, false));
      if (updated._id !== match._id) {
        throw new CrmError(ErrorCode.InvalidInput, `The _id of a ${this.name} document cannot be changed.`);
      }
      const document = await this.preparer.prepare(updated, now, 'update', match);
      working.replace(document);
      outcome.document = document;
    }
    return { ...outcome, matched: matches.length, modified: matches.length };
  }

  private writeError(error: unknown): unknown {
    const message = (error as Error)?.message ?? '';
    const unique = /UNIQUE constraint failed: (?:index '([^']+)'|\S+\.(\w+))/.exec(message);
    if (unique)
      return duplicateKeyError(this.name, unique[1] ? SqliteTable.fieldsOfIndex(unique[1]) : ['_id'], error);
    return error;
  }
}

/** Applies a MongoDB update document to one document in place (mingo's update semantics). */
function runUpdate(document: Document, condition: Filter, update: Update): void {
  if (applyTopLevelUpdate(document, update)) return;
  const holder = [document];
  try {
    applyUpdate(holder, condition, update as never);
  } catch (error) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Invalid update: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  if (holder[0] !== document) {
    for (const key of Object.keys(document)) delete document[key];
    Object.assign(document, holder[0]);
  }
}

function toWriteOperation<T>(operation: BulkOperation<T>): WriteOperation {
  if ('insertOne' in operation) return { kind: 'insert', document: operation.insertOne.document as never };
  if ('updateOne' in operation) {
    const { filter, update, upsert } = operation.updateOne;
    return { kind: 'update', filter, update, multi: false, upsert: Boolean(upsert) };
  }
  return { kind: 'delete', filter: operation.deleteOne.filter, multi: false };
}

function toUpdateResult(outcome: OperationOutcome): UpdateResult {
  return {
    matchedCount: outcome.matched,
    modifiedCount: outcome.modified,
    ...(outcome.upsertedId ? { upsertedId: outcome.upsertedId } : {}),
  };
}

function sum<T>(items: T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

/** Every value at a dotted path, stepping through arrays as MongoDB does for distinct. */
function valuesAt(node: unknown, steps: string[]): unknown[] {
  if (steps.length === 0) return node === undefined ? [] : Array.isArray(node) ? node : [node];
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, steps));
  if (node === null || typeof node !== 'object') return [];
  return valuesAt((node as Document)[steps[0]!], steps.slice(1));
}

const TOP_LEVEL_OPERATORS = new Set(['$set', '$inc', '$unset']);

/**
 * The common update — `$set`, `$inc` and `$unset` of top-level fields, none named twice, `$inc` on a
 * number or a missing field — applied directly, as MongoDB does. mingo builds its whole operator
 * context on every call (a tenth of a turn's store time); anything else (dotted paths, arrays,
 * other operators, an `$inc` of a non-number that must fail as MongoDB fails) still goes to mingo.
 * Returns false, having changed nothing, when the update is not of that kind.
 */
function applyTopLevelUpdate(document: Document, update: Update): boolean {
  if (Array.isArray(update)) return false;
  const operators = Object.keys(update);
  if (operators.length === 0 || !operators.every((operator) => TOP_LEVEL_OPERATORS.has(operator)))
    return false;
  const seen = new Set<string>();
  for (const operator of operators) {
    const operand = (update as Record<string, unknown>)[operator];
    if (!isPlainObject(operand)) return false;
    for (const [field, value] of Object.entries(operand)) {
      if (field.includes('.') || field.startsWith('$') || field === '_id' || seen.has(field)) return false;
      seen.add(field);
      if (operator === '$inc') {
        const current = document[field];
        if (typeof value !== 'number' || (current !== undefined && typeof current !== 'number')) return false;
      }
    }
  }
  for (const operator of operators) {
    const operand = (update as Record<string, Record<string, unknown>>)[operator]!;
    for (const [field, value] of Object.entries(operand)) {
      if (operator === '$set') document[field] = deepClone(value);
      else if (operator === '$unset') delete document[field];
      else document[field] = ((document[field] as number | undefined) ?? 0) + (value as number);
    }
  }
  return true;
}
