import type { Migration } from './migration';
import { baselineMigration } from './v1-baseline';
import { transcriptTurnsMigration } from './v2-transcript-turns';

/**
 * Every schema migration, in order: entry i brings the store to version i + 1. Add a step by
 * appending a module here (docs/store.md, "Schema versions and migrations").
 */
export const MIGRATIONS: readonly Migration[] = [baselineMigration, transcriptTurnsMigration];

/** The schema version this code writes and reads: the last migration's. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
