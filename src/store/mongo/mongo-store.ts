import { AsyncLocalStorage } from 'node:async_hooks';
import mongoose, { type ClientSession } from 'mongoose';
import { CrmError, ErrorCode } from '../../core/errors';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas';
import type { AnyModel, Store, StoreCollections } from '../store';
import { MongoCollection, type TransactionRunner } from './mongo-collection';
import { timeOperations } from '../timed-collection';

/**
 * Connects to MongoDB with the CRM schemas. Multi-document writes (insertMany, bulkWrite) run in a
 * transaction on replica sets and sharded clusters; a standalone server has no transactions, so
 * there a failed insertMany is undone by deleting what it inserted, and bulkWrite is not atomic.
 */
export async function openMongoStore(
  uri: string,
  options: {
    serverSelectionTimeoutMS?: number;
    /** Overrides the database named in the URI (tests use a fresh one). */ dbName?: string;
  } = {},
): Promise<Store> {
  // Its own mongoose instance, with the session of a running `store.transaction` passed to every
  // query, insert and bulk write inside it (mongoose's `transactionAsyncLocalStorage`).
  const instance = new mongoose.Mongoose({ transactionAsyncLocalStorage: true });
  const connection = instance.createConnection(uri, {
    ...(options.dbName ? { dbName: options.dbName } : {}),
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    autoIndex: false,
  });
  try {
    await connection.asPromise();
  } catch (error) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `Cannot connect to MongoDB: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  const hello = (await connection.db!.admin().command({ hello: 1 })) as { setName?: string; msg?: string };
  const transactions = Boolean(hello.setName) || hello.msg === 'isdbgrid';

  /** The session of the `store.transaction` running in this async context, if any. */
  const outer = new AsyncLocalStorage<ClientSession>();
  const transactionRunner: TransactionRunner = {
    supported: transactions,
    run: async (work) => {
      if (!transactions) return work(undefined);
      // Inside store.transaction: part of it (MongoDB has no nested transactions).
      const running = outer.getStore();
      if (running) return work(running);
      const session: ClientSession = await connection.startSession();
      try {
        return await session.withTransaction(() => work(session));
      } finally {
        await session.endSession();
      }
    },
  };

  const collections = {} as Record<CollectionName, unknown>;
  const models = COLLECTION_NAMES.map((name) => {
    const { modelName, schema } = COLLECTIONS[name];
    const model = connection.model(modelName, schema, name) as unknown as AnyModel;
    collections[name] = timeOperations(new MongoCollection(name, model, transactionRunner));
    return model;
  });

  return {
    ...(collections as unknown as StoreCollections),
    engine: 'mongodb',
    ping: async () => {
      try {
        await connection.db!.admin().command({ ping: 1 });
      } catch (error) {
        throw new CrmError(ErrorCode.Unavailable, 'MongoDB is not reachable.', {}, { cause: error });
      }
    },
    ensureIndexes: async () => {
      for (const model of models) {
        await model.createCollection().catch(() => undefined);
        await model.createIndexes();
      }
    },
    transaction: async (work) => {
      if (!transactions) return work();
      if (outer.getStore()) return work();
      // Connection#transaction: session.withTransaction (commit, abort on a throw, retries on
      // transient errors), with the session set on every operation of `work` by mongoose.
      return connection.transaction((session) => outer.run(session, work));
    },
    // MongoDB's planner races candidate plans on the data itself: no statistics to refresh.
    refreshStatistics: async () => undefined,
    dropAll: async () => {
      for (const model of models) await model.deleteMany({});
    },
    close: async () => {
      await connection.close();
    },
  };
}
