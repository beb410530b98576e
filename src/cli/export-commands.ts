import { InvalidArgumentError, type Command } from 'commander';
import { EXPORT_COLLECTIONS, type ExportCollection } from '../skills/shared/record-columns';
import type { CliEnvironment } from './cli-environment';
import { EXPORT_FORMATS, type ExportFormat } from './export-files';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the export skill and the store load when an export runs, not to list the commands (see register-all) */
const actions = () => require('./export-actions') as typeof import('./export-actions');

function oneOf<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
    return value as T;
  };
}

/**
 * `crmpro export COLLECTION --format csv|jsonl|parquet --out FILE [--as EMAIL]`: one collection as
 * flat rows with the columns of docs/data-dictionary.md, for admins and analysts.
 */
export function registerExportCommands(program: Command, env: CliEnvironment): void {
  program
    .command('export')
    .description('Write one CRM collection to a CSV, JSON Lines or Parquet file (admins and analysts)')
    .argument('<collection>', EXPORT_COLLECTIONS.join(' | '), oneOf('the collection', EXPORT_COLLECTIONS))
    .requiredOption('--out <file>', 'the file to write (replaced if it exists)')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), oneOf('--format', EXPORT_FORMATS), 'csv')
    .option('--as <email>', 'act as this CRM user (default: LOCAL_USER)')
    .action(
      runCommand(
        env,
        (collection: ExportCollection, flags: { out: string; format: ExportFormat; as?: string }) =>
          actions().exportCommand(env, collection, flags),
      ),
    );
}
