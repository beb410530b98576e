import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import mongoose from 'mongoose';
import { CrmError, ErrorCode } from '../../core/errors';
import { corruptStoreMessage, CORRUPTION_PATTERN, quickCheck } from '../maintenance/integrity';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas';
import type { AnyModel, Store, StoreCollections } from '../store';
import { ChangeMarks } from './change-marks';
import { WalCheckpointer } from './wal-checkpointer';
import { WalSync } from './wal-sync';
import { DocumentCodec } from './document-codec';
import { DocumentPreparer } from './document-preparer';
import { QueryPlanner } from './query-plan';
import { SqliteCollection, type EmbeddedContext } from './sqlite-collection';
import { timeOperations } from '../timed-collection';
import { SqliteTable } from './sqlite-table';
import { StoreWriter } from './store-writer';

export interface EmbeddedStoreOptions {
  /** Directory holding `crmpro.sqlite` (created if missing, readable by its owner only). */
  dataDir: string;
  clock?: () => Date;
}

/** The file name of the embedded database inside the data directory. */
export const EMBEDDED_DB_FILE = 'crmpro.sqlite';

/** Owner-only access to the data: directories created 0700, database files (and their journals) 0600. */
const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the data directory (0700) and an empty database file (0600) before SQLite opens it:
 * SQLite gives the write-ahead log and shared-memory files the database file's own mode, so none
 * of them is ever readable by other users. An existing database's files are narrowed to 0600.
 */
function createPrivately(dataDir: string, file: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const each of [file, `${file}-wal`, `${file}-shm`])
    if (existsSync(each)) chmodSync(each, PRIVATE_FILE_MODE);
}

/**
 * Opens the embedded engine: one SQLite database (WAL, synced before every acknowledgement so an acknowledged
 * write survives a crash) with a table per collection and expression indexes from the schemas.
 */
export function openEmbeddedStore(options: EmbeddedStoreOptions): Store {
  const file = path.join(options.dataDir, EMBEDDED_DB_FILE);
  let db: DatabaseSync;
  try {
    createPrivately(options.dataDir, file);
    db = new DatabaseSync(file);
    // First, so that opening while another process writes waits instead of failing.
    db.exec('PRAGMA busy_timeout = 10000');
    db.exec('PRAGMA journal_mode = WAL');
    // The COMMIT does not sync; the writer syncs the WAL off the event loop before acknowledging.
    db.exec('PRAGMA synchronous = NORMAL');
  } catch (error) {
    if (CORRUPTION_PATTERN.test((error as Error).message))
      throw new CrmError(
        ErrorCode.Unavailable,
        corruptStoreMessage(file, (error as Error).message),
        {},
        { cause: error },
      );
    throw new CrmError(
      ErrorCode.Unavailable,
      `Cannot open the embedded store at ${file}: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }

  // A damaged file is refused at start rather than discovered by a query (or made worse by a write).
  const damage = findDamage(db);
  if (damage) {
    db.close();
    throw new CrmError(ErrorCode.Unavailable, corruptStoreMessage(file, damage));
  }

  // Models of a never-connected mongoose instance: used only to cast and validate documents.
  const validatorInstance = new mongoose.Mongoose();
  validatorInstance.set('autoIndex', false);
  validatorInstance.set('autoCreate', false);
  validatorInstance.set('bufferCommands', false);

  const tables = new Map<CollectionName, SqliteTable>();
  const marks = new ChangeMarks(db);
  const logSync = new WalSync(`${file}-wal`);
  const checkpointer = new WalCheckpointer(file, (pages) =>
    advise(db, `PRAGMA wal_autocheckpoint = ${pages}`),
  );
  const writer = new StoreWriter(db, marks, logSync, () => checkpointer.committed());
  const context: EmbeddedContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    writer,
    marks,
    resolveCollection: (name) => {
      const table = tables.get(name as CollectionName);
      if (!table) throw new CrmError(ErrorCode.InvalidInput, `Unknown collection in $lookup: ${name}`);
      return table.select('1', [], 'ORDER BY rowid').map((text) => table.decode(text));
    },
  };

  const collections = {} as Record<CollectionName, unknown>;
  for (const name of COLLECTION_NAMES) {
    const { modelName, schema } = COLLECTIONS[name];
    const table = new SqliteTable(name, db, new DocumentCodec(schema), new QueryPlanner(schema));
    table.create();
    tables.set(name, table);
    const model = validatorInstance.model(modelName, schema, name) as unknown as AnyModel;
    collections[name] = timeOperations(
      new SqliteCollection(name, context, table, new DocumentPreparer(name, model)),
    );
  }

  const createIndexes = () => {
    for (const name of COLLECTION_NAMES) tables.get(name)!.createIndexes(COLLECTIONS[name].schema);
  };
  createIndexes();
  // Keeps the planner's statistics fresh (bounded work), as SQLite advises for long-lived connections.
  advise(db, 'PRAGMA analysis_limit = 1000');
  advise(db, 'PRAGMA optimize = 0x10002');

  const store: Store = {
    ...(collections as unknown as StoreCollections),
    engine: 'embedded',
    ping: async () => {
      try {
        db.prepare('SELECT 1').get();
      } catch (error) {
        throw new CrmError(ErrorCode.Unavailable, 'The embedded store is not open.', {}, { cause: error });
      }
    },
    ensureIndexes: async () => createIndexes(),
    transaction: (work) => writer.transaction(work),
    changeMark: (collections) => {
      // A closed store fails here first now that every turn reads a mark (the caller's user record):
      // an internal error naming the cause (the sender gets the apology), not SQLite's "statement
      // has been finalized".
      try {
        return marks.of(collections);
      } catch (error) {
        throw new Error('The embedded store is not open (reading a change mark failed).', { cause: error });
      }
    },
    compact: async () => {
      await writer.drain();
      db.exec('PRAGMA secure_delete = ON');
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    },
    // Queued behind the writes so far, so the statistics see the rows just loaded.
    refreshStatistics: async () => {
      await writer.drain();
      advise(db, 'PRAGMA optimize = 0x10002');
    },
    dropAll: () =>
      writer.run(async () => ({
        result: undefined,
        apply: () => {
          for (const table of tables.values()) table.deleteAll();
          marks.rolledBack();
        },
      })),
    // Waits for queued writes, so nothing acknowledged is cut off by closing.
    close: async () => {
      await writer.drain();
      await checkpointer.close();
      await logSync.close();
      if (!db.isOpen) return;
      advise(db, 'PRAGMA optimize');
      db.close();
    },
  };
  return store;
}

/** What `PRAGMA quick_check` finds wrong with the open database (or the error it stops on). */
function findDamage(db: DatabaseSync): string | undefined {
  try {
    return quickCheck(db);
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs an advisory statement (planner statistics): a failure, e.g. a busy database, costs nothing. */
function advise(db: DatabaseSync, sql: string): void {
  try {
    db.exec(sql);
  } catch {
    // Statistics are refreshed on a later open or close.
  }
}
