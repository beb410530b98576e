import { Argument, type Command } from 'commander';
import { IMPORT_KINDS, type ImportKindName } from '../store/import/import-kind';
import type { ImportFlags } from './import-actions';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the importers and the store load when an import runs, not to list the commands (see register-all) */
const actions = () => require('./import-actions') as typeof import('./import-actions');

/**
 * `crmpro import <kind> FILE.csv`: prints `row N: reason` for every rejected row, then
 * `imported N (new X, updated Y), rejected K`; exits 1 when any row was rejected or the file could not be used.
 */
export function registerImportCommands(program: Command, env: CliEnvironment): void {
  program
    .command('import')
    .description(
      'Import a CSV file into the CRM: valid rows are written in one all-or-nothing write, bad rows reported',
    )
    .addArgument(new Argument('<kind>', 'what the file holds').choices(IMPORT_KINDS))
    .argument('<file>', 'the CSV file (comma, semicolon or tab separated; .csv.gz read too)')
    .option('--dry-run', 'check every row and report, write nothing')
    .option(
      '--add-products',
      'orders: add unknown SKUs to the product catalogue instead of rejecting their orders',
    )
    .option('--currency <code>', 'orders: currency of a file without a currency column (default USD)')
    .action(
      runCommand(env, (kind: ImportKindName, file: string, flags: ImportFlags) =>
        actions().importCommand(env, kind, file, flags),
      ),
    );
}
