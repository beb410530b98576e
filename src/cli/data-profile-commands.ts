import { InvalidArgumentError, type Command } from 'commander';
import { EXPORT_COLLECTIONS, type ExportCollection } from '../skills/shared/record-columns';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the profiling skill, the store and the chart renderer load when a profile runs, not to list the commands (see register-all) */
const actions = () => require('./data-profile-actions') as typeof import('./data-profile-actions');

function collectionName(value: string): ExportCollection {
  if (!(EXPORT_COLLECTIONS as readonly string[]).includes(value))
    throw new InvalidArgumentError(
      `the collection must be one of ${EXPORT_COLLECTIONS.join(', ')} (got '${value}')`,
    );
  return value as ExportCollection;
}

/**
 * `crmpro data profile COLLECTION --report DIR [--as EMAIL]`: an HTML page (and profile.json) with
 * each field's type, missing share, distribution and top values, and the collection's orphans and
 * duplicates, for admins and analysts.
 */
export function registerDataProfileCommands(program: Command, env: CliEnvironment): void {
  const data = program.command('data').description("Look at the CRM's data (admins and analysts)");
  data
    .command('profile')
    .description(
      'Profile one collection: fields, missing values, distributions, top values, orphans, duplicates',
    )
    .argument('<collection>', EXPORT_COLLECTIONS.join(' | '), collectionName)
    .requiredOption('--report <dir>', 'the directory to write index.html, profile.json and the charts to')
    .option('--as <email>', 'act as this CRM user (default: LOCAL_USER)')
    .action(
      runCommand(env, (collection: ExportCollection, flags: { report: string; as?: string }) =>
        actions().dataProfileCommand(env, collection, flags),
      ),
    );
}
