import { openEmbeddedStore } from './embedded/embedded-store';
import { migrateStore } from './migrations';
import { openMongoStore } from './mongo/mongo-store';
import type { Store } from './store';

/** How a store is opened. */
export interface OpenStoreOptions {
  /**
   * Bring the store to this code's schema version before returning it (default true). False opens
   * it as it is: `crmpro store migrate` (which reports first) and the target of a copy.
   */
  migrate?: boolean;
  /** Told each migration step as it starts (the server's log). */
  log?: (line: string) => void;
}

/**
 * Opens MongoDB when a URI is configured, else the embedded engine under `dataDir`; creates the
 * indexes and applies pending schema migrations, so nothing reads data of an older shape. Refuses
 * (UNAVAILABLE) a store written by a newer CRMPro.
 */
export async function openStore(
  config: { mongodbUri?: string; dataDir: string },
  options: OpenStoreOptions = {},
): Promise<Store> {
  const store = config.mongodbUri
    ? await openMongoStore(config.mongodbUri)
    : openEmbeddedStore({ dataDir: config.dataDir });
  try {
    await store.ensureIndexes();
    if (options.migrate !== false) await migrateStore(store, { log: options.log });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
