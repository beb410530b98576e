import type { Store } from '../store';

/** What a migration may use besides the store. */
export interface MigrationContext {
  /** Progress for the operator (the server's log, the CLI's standard error). */
  log(line: string): void;
}

/**
 * One step of the store's schema: from `version - 1` to `version`. Written against the Store
 * interface, so the same step runs on MongoDB and the embedded engine. It must be idempotent (a step
 * interrupted half-way runs again from the start at the next open, because the version is stamped
 * only after `up` returns) and should write in batches (one bulkWrite each: a transaction on MongoDB
 * replica sets and on the embedded engine), so memory stays flat on a large store.
 */
export interface Migration {
  /** 1, 2, 3, …: the schema version this step brings the store to. */
  readonly version: number;
  /** One line for `crmpro store migrate --dry-run` and the log. */
  readonly description: string;
  up(store: Store, context: MigrationContext): Promise<void>;
}
