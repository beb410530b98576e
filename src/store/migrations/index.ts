export type { Migration, MigrationContext } from './migration';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './schema-migrations';
export {
  migrateStore,
  planMigrations,
  type MigrateOptions,
  type MigrationPlan,
  type MigrationReport,
} from './run-migrations';
export { SCHEMA_VERSION_META_ID, readSchemaVersion, type AppliedMigration } from './schema-version';
export { MIGRATION_LOCK_META_ID } from './migration-lock';
