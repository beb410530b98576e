import type { ClientSession } from 'mongoose';
import { CrmError, ErrorCode } from '../../core/errors';
import { newId } from '../../core/ids';
import { duplicateKeyError, invalidDocumentError, invalidUpdateError } from '../document-errors';
import type { CollectionName } from '../schemas';
import { runWithUndo } from './standalone-bulk-write';
import type {
  AnyModel,
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

/**
 * Runs `work` in a transaction when the server supports them (replica sets, sharded clusters);
 * on a standalone server it runs `work` directly and `session` is undefined.
 */
export interface TransactionRunner {
  readonly supported: boolean;
  run<R>(work: (session?: ClientSession) => Promise<R>): Promise<R>;
}

/** A collection on MongoDB through its mongoose model: casting, validation and timestamps by mongoose. */
export class MongoCollection<T extends { _id: string }> implements Collection<T> {
  constructor(
    readonly name: CollectionName,
    private readonly model: AnyModel,
    private readonly transactions: TransactionRunner,
  ) {}

  findById(id: string): Promise<T | null> {
    return this.guard(() => this.model.findById(id).lean<T>().exec());
  }

  findOne(filter: Filter, options: FindOptions = {}): Promise<T | null> {
    return this.guard(() => {
      const query = this.model.findOne(filter, options.projection ?? null);
      if (options.sort) query.sort(options.sort);
      if (options.skip) query.skip(options.skip);
      return query.lean<T>().exec();
    });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.guard(() => {
      const query = this.model.find(filter, options.projection ?? null);
      if (options.sort) query.sort(options.sort);
      if (options.skip) query.skip(options.skip);
      if (options.limit) query.limit(options.limit);
      return query.lean<T[]>().exec();
    });
  }

  countDocuments(filter: Filter = {}): Promise<number> {
    return this.guard(() => this.model.countDocuments(filter).exec());
  }

  distinct<V = unknown>(field: string, filter: Filter = {}): Promise<V[]> {
    return this.guard(() => this.model.distinct(field, filter).exec() as Promise<V[]>);
  }

  // `journal: false` is accepted and the insert acknowledged as any other: the deployment's write
  // concern decides, and a journaled insert on MongoDB costs no extra fsync of ours.
  async insertOne(document: NewDocument<T>, _options?: InsertOptions): Promise<T> {
    const [inserted] = await this.insertMany([document]);
    return inserted!;
  }

  insertMany(documents: NewDocument<T>[]): Promise<T[]> {
    if (documents.length === 0) return Promise.resolve([]);
    const withIds = documents.map((document) => ({ ...document, _id: document._id ?? newId() }));
    return this.guard(async () => {
      try {
        return await this.transactions.run(async (session) => {
          const inserted = await this.model.insertMany(withIds, { session, ordered: true });
          return inserted.map((doc) => doc.toObject({ depopulate: true, versionKey: false }) as T);
        });
      } catch (error) {
        // Without transactions, undo the part of the batch that went in. mongoose validates the whole
        // batch before sending it, and an ordered insert stops at the first failing document;
        // mongoose lists the documents before it as `insertedDocs`.
        const insertedDocs = (error as { insertedDocs?: { _id: unknown }[] }).insertedDocs ?? [];
        if (!this.transactions.supported && insertedDocs.length > 0) {
          await this.model
            .deleteMany({ _id: { $in: insertedDocs.map((doc) => doc._id) } })
            .catch(() => undefined);
        }
        throw error;
      }
    });
  }

  updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    return this.guard(async () => {
      this.checkUpdate(update);
      const result = await this.model
        .updateOne(filter, update as never, { upsert: options.upsert, runValidators: true })
        .exec();
      return toUpdateResult(result);
    });
  }

  updateMany(filter: Filter, update: Update): Promise<UpdateResult> {
    return this.guard(async () => {
      this.checkUpdate(update);
      return toUpdateResult(
        await this.model.updateMany(filter, update as never, { runValidators: true }).exec(),
      );
    });
  }

  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options: UpdateOptions & { sort?: Sort } = {},
  ): Promise<T | null> {
    return this.guard(() => {
      this.checkUpdate(update);
      return this.model
        .findOneAndUpdate(filter, update as never, {
          upsert: options.upsert,
          sort: options.sort,
          returnDocument: 'after',
          runValidators: true,
        })
        .lean<T>()
        .exec();
    });
  }

  deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
    return this.guard(async () => ({
      deletedCount: (await this.model.deleteOne(filter).exec()).deletedCount,
    }));
  }

  deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
    return this.guard(async () => ({
      deletedCount: (await this.model.deleteMany(filter).exec()).deletedCount,
    }));
  }

  aggregate<R = Record<string, unknown>>(pipeline: Pipeline): Promise<R[]> {
    return this.guard(() => this.model.aggregate<R>(pipeline as never).exec());
  }

  bulkWrite(operations: BulkOperation<T>[]): Promise<BulkResult> {
    return this.guard(async () => {
      for (const operation of operations)
        if ('updateOne' in operation) this.checkUpdate(operation.updateOne.update);
      if (!this.transactions.supported) return runWithUndo(this.model, operations);
      return this.transactions.run(async (session) => {
        // Counted inside the callback: withTransaction runs it again after a transient error.
        const result: BulkResult = {
          insertedCount: 0,
          matchedCount: 0,
          modifiedCount: 0,
          upsertedCount: 0,
          deletedCount: 0,
        };
        // One by one in order, validated as single writes are: each write sees the previous ones.
        for (const operation of operations) {
          if ('insertOne' in operation) {
            await this.model.insertMany([operation.insertOne.document], { session });
            result.insertedCount++;
          } else if ('updateOne' in operation) {
            const { filter, update, upsert } = operation.updateOne;
            const outcome = await this.model
              .updateOne(filter, update as never, { session, upsert, runValidators: true })
              .exec();
            result.matchedCount += outcome.matchedCount;
            result.modifiedCount += outcome.modifiedCount;
            result.upsertedCount += outcome.upsertedCount;
          } else {
            result.deletedCount += (
              await this.model.deleteOne(operation.deleteOne.filter, { session }).exec()
            ).deletedCount;
          }
        }
        return result;
      });
    });
  }

  /** Refuses replacement documents and unknown operators, which mongoose would pass on or turn into $set. */
  private checkUpdate(update: Update): void {
    const invalid = invalidUpdateError(this.name, update);
    if (invalid) throw invalid;
  }

  private async guard<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof CrmError) return error;
    const invalid = invalidDocumentError(this.name, error);
    if (invalid) return invalid;
    const e = error as {
      code?: number;
      keyPattern?: Record<string, unknown>;
      name?: string;
      message?: string;
      writeErrors?: { code?: number; keyPattern?: Record<string, unknown> }[];
    };
    const duplicate = e.code === 11000 ? e : e.writeErrors?.find((w) => w.code === 11000);
    if (duplicate)
      return duplicateKeyError(this.name, Object.keys(duplicate.keyPattern ?? { _id: 1 }), error);
    if (e.code === 66 || /immutable field '_id'/.test(e.message ?? '')) {
      return new CrmError(
        ErrorCode.InvalidInput,
        `The _id of a ${this.name} document cannot be changed.`,
        {},
        { cause: error },
      );
    }
    if (e.name === 'MongooseError' && /atomic operators/.test(e.message ?? '')) {
      return new CrmError(
        ErrorCode.InvalidInput,
        `Update of ${this.name} needs update operators such as $set.`,
        {},
        { cause: error },
      );
    }
    if (
      e.name === 'MongoServerError' &&
      (e.code === 2 || e.code === 9 || e.code === 14 || e.code === 40324 || e.code === 15998)
    ) {
      return new CrmError(
        ErrorCode.InvalidInput,
        `Invalid ${this.name} request: ${e.message}`,
        {},
        { cause: error },
      );
    }
    if (/ECONNREFUSED|topology|server selection|buffering timed out/i.test(e.message ?? '')) {
      return new CrmError(ErrorCode.Unavailable, 'MongoDB is not reachable.', {}, { cause: error });
    }
    return error;
  }
}

function toUpdateResult(result: {
  matchedCount: number;
  modifiedCount: number;
  upsertedId?: unknown;
}): UpdateResult {
  return {
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    ...(result.upsertedId != null ? { upsertedId: String(result.upsertedId) } : {}),
  };
}
