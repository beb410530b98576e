import { openEmbeddedStore } from './embedded/embedded-store';
import { openMongoStore } from './mongo/mongo-store';
import type { Store } from './store';

/** Opens MongoDB when a URI is configured, else the embedded engine under `dataDir`. */
export async function openStore(options: { mongodbUri?: string; dataDir: string }): Promise<Store> {
  const store = options.mongodbUri
    ? await openMongoStore(options.mongodbUri)
    : openEmbeddedStore({ dataDir: options.dataDir });
  await store.ensureIndexes();
  return store;
}
