import type { Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { backupEmbeddedStore, restoreEmbeddedStore } from '../store/maintenance/embedded-backup';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/**
 * `crmpro store backup|restore`: a consistent copy of the embedded store while the server runs, and
 * putting one back into DATA_DIR. MongoDB installations back up with MongoDB's own tools.
 */
export function registerStoreCommands(program: Command, env: CliEnvironment): void {
  const store = program.command('store').description('Back up and restore the embedded store (DATA_DIR)');
  store
    .command('backup')
    .description(
      'Copy the embedded store to one file, consistent even while the server writes (SQLite online backup)',
    )
    .requiredOption('--out <path>', 'the backup file to write (replaced when it exists)')
    .action(
      runCommand(env, async (flags: { out: string }) => {
        const config = embeddedOnly(env, 'backup');
        const result = await backupEmbeddedStore(config.dataDir, flags.out);
        env.out(
          `backed up ${config.dataDir} to ${result.file}: ${result.bytes} bytes, ${result.pages} pages in ${Math.round(result.ms)} ms`,
        );
        return 0;
      }),
    );
  store
    .command('restore')
    .description('Restore a backup file into DATA_DIR (stop the server first)')
    .argument('<path>', 'a file written by crmpro store backup')
    .option('--force', 'replace the database of a DATA_DIR that is not empty', false)
    .action(
      runCommand(env, async (file: string, flags: { force: boolean }) => {
        const config = embeddedOnly(env, 'restore');
        const result = await restoreEmbeddedStore(file, config.dataDir, { force: flags.force });
        env.out(`restored ${file} into ${result.file} (${result.bytes} bytes)`);
        return 0;
      }),
    );
}

function embeddedOnly(env: CliEnvironment, verb: string) {
  const config = env.config();
  if (config.mongodbUri)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `crmpro store ${verb} works on the embedded store; MONGODB_URI is set, so use mongodump/mongorestore (see docs/operations.md).`,
    );
  return config;
}
