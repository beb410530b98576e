import type { Store } from '../store';

/** The meta document holding the store's schema version and the steps that brought it there. */
export const SCHEMA_VERSION_META_ID = 'schema-version';

/** One applied migration, as recorded in the schema-version document. */
export interface AppliedMigration {
  version: number;
  description: string;
  /** ISO 8601 time it finished. */
  at: string;
  ms: number;
}

interface SchemaVersionValue {
  version: number;
  history: AppliedMigration[];
}

/** The store's schema version: 0 for a store written before versions existed (or just created). */
export async function readSchemaVersion(store: Store): Promise<number> {
  const stored = await store.meta.findById(SCHEMA_VERSION_META_ID);
  const version = (stored?.value as Partial<SchemaVersionValue> | undefined)?.version;
  return typeof version === 'number' ? version : 0;
}

/** Records that `applied` has run: the store is now at its version. */
export async function stampSchemaVersion(store: Store, applied: AppliedMigration): Promise<void> {
  const stored = await store.meta.findById(SCHEMA_VERSION_META_ID);
  const history = (stored?.value as Partial<SchemaVersionValue> | undefined)?.history ?? [];
  const value: SchemaVersionValue = { version: applied.version, history: [...history, applied] };
  await store.meta.updateOne({ _id: SCHEMA_VERSION_META_ID }, { $set: { value } }, { upsert: true });
}
