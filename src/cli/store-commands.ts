import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the store engines, schemas and migrations load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./store-actions') as typeof import('./store-actions');

/**
 * `crmpro store backup|restore|migrate`: a consistent copy of the embedded store while the server
 * runs, putting one back into DATA_DIR (MongoDB installations back up with MongoDB's own tools),
 * schema migrations on either engine, and moving an embedded installation to MongoDB.
 */
export function registerStoreCommands(program: Command, env: CliEnvironment): void {
  const store = program
    .command('store')
    .description('Back up, restore and migrate the store (DATA_DIR, or MongoDB for migrate)');
  store
    .command('backup')
    .description(
      'Copy the embedded store to one file, consistent even while the server writes (SQLite online backup)',
    )
    .requiredOption('--out <path>', 'the backup file to write (replaced when it exists)')
    .action(runCommand(env, (flags: { out: string }) => actions().backupCommand(env, flags)));
  store
    .command('restore')
    .description('Restore a backup file into DATA_DIR (stop the server first)')
    .argument('<path>', 'a file written by crmpro store backup')
    .option('--force', 'replace the database of a DATA_DIR that is not empty', false)
    .action(
      runCommand(env, (file: string, flags: { force: boolean }) =>
        actions().restoreCommand(env, file, flags),
      ),
    );
  store
    .command('migrate')
    .description(
      'Apply pending schema migrations (as every start does); with --to, copy the embedded store to MongoDB',
    )
    .option('--to <mongodbUri>', 'copy DATA_DIR into this MongoDB database, with counts verified')
    .option('--dry-run', 'show what would be done, change nothing', false)
    .option('--force', 'with --to: replace the data of a target that is not empty', false)
    .action(
      runCommand(env, (flags: { to?: string; dryRun: boolean; force: boolean }) =>
        actions().migrateCommand(env, flags),
      ),
    );
}
