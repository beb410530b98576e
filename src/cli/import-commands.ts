import { Argument, type Command } from 'commander';
import { scoreSentiment } from '../ml/sentiment';
import { IMPORT_KINDS, importCsv, importSummaryLine, type ImportKindName } from '../store/import';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

interface ImportFlags {
  dryRun?: boolean;
  addProducts?: boolean;
  currency?: string;
}

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
      runCommand(env, async (kind: ImportKindName, file: string, flags: ImportFlags) => {
        const store = await env.openStore();
        const report = await importCsv(store, kind, file, {
          dryRun: flags.dryRun,
          addProducts: flags.addProducts,
          ...(flags.currency ? { currency: flags.currency.toUpperCase() } : {}),
          sentimentOf: scoreSentiment,
        });
        for (const { row, reason } of report.rejected) env.out(`row ${row}: ${reason}`);
        if (report.productsAdded) {
          env.out(
            `${report.dryRun ? 'would add' : 'added'} ${report.productsAdded} products to the catalogue`,
          );
        }
        env.out(importSummaryLine(report));
        env.err(`${report.rows} rows read from ${file} in ${report.seconds} s`);
        return report.rejected.length ? 1 : 0;
      }),
    );
}
