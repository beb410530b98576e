import { scoreSentiment } from '../ml/sentiment';
import { importCsv, importSummaryLine, type ImportKindName } from '../store/import';
import type { CliEnvironment } from './cli-environment';

export interface ImportFlags {
  dryRun?: boolean;
  addProducts?: boolean;
  currency?: string;
}

/** `crmpro import <kind> FILE`: imports the file and reports every rejected row. */
export async function importCommand(
  env: CliEnvironment,
  kind: ImportKindName,
  file: string,
  flags: ImportFlags,
): Promise<number> {
  const store = await env.openStore();
  const report = await importCsv(store, kind, file, {
    dryRun: flags.dryRun,
    addProducts: flags.addProducts,
    ...(flags.currency ? { currency: flags.currency.toUpperCase() } : {}),
    sentimentOf: scoreSentiment,
  });
  for (const { row, reason } of report.rejected) env.out(`row ${row}: ${reason}`);
  if (report.productsAdded) {
    env.out(`${report.dryRun ? 'would add' : 'added'} ${report.productsAdded} products to the catalogue`);
  }
  env.out(importSummaryLine(report));
  env.err(`${report.rows} rows read from ${file} in ${report.seconds} s`);
  return report.rejected.length ? 1 : 0;
}
