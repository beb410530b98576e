import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { exportRecords } from '../skills/data-export';
import { EXPORT_COLLECTIONS, type ExportCollection } from '../skills/shared/record-columns';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';
import { EXPORT_FORMATS, openRowFile, type ExportFormat } from './export-files';
import { runCommand } from './run-command';

function oneOf<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(allowed as readonly string[]).includes(value))
      throw new InvalidArgumentError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
    return value as T;
  };
}

/** What one export did: for the command's summary line and the bench. */
export interface ExportSummary {
  rows: number;
  bytes: number;
  seconds: number;
}

/**
 * Exports one collection to a file as `caller` (role-checked and audited by the skill): the rows
 * stream from the store a page at a time into the file, which appears under its name only when
 * complete.
 */
export async function exportCollection(
  env: CliEnvironment,
  options: { collection: ExportCollection; format: ExportFormat; out: string; as?: string },
): Promise<ExportSummary> {
  const started = performance.now();
  const { caller, email } = await cliCallerAs(env, options.as);
  const services = await env.services();
  const result = await refusedUnlessAllowed('crmpro export', exportRecords.roles, caller, email, () =>
    invokeSkill(exportRecords, { collection: options.collection }, { caller, services }),
  );
  const file = openRowFile(options.format, path.resolve(options.out), result.columns);
  let rows = 0;
  try {
    for await (const batch of result.batches) {
      await file.write(batch);
      rows += batch.length;
    }
    const bytes = await file.finish();
    return { rows, bytes, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    file.abort();
    throw error;
  }
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
        async (collection: ExportCollection, flags: { out: string; format: ExportFormat; as?: string }) => {
          const summary = await exportCollection(env, { collection, ...flags });
          env.out(
            `exported ${summary.rows} ${collection} to ${flags.out} (${flags.format}, ${summary.bytes} bytes, ${summary.seconds.toFixed(1)} s)`,
          );
          return 0;
        },
      ),
    );
}
