import path from 'node:path';
import { exportRecords } from '../skills/data-export';
import type { ExportCollection } from '../skills/shared/record-columns';
import { invokeSkill } from '../skills/skill';
import { cliCallerAs, refusedUnlessAllowed } from './cli-caller';
import type { CliEnvironment } from './cli-environment';
import { openRowFile, type ExportFormat } from './export-files';

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

/** `crmpro export COLLECTION --out FILE`: exports and prints a summary line. */
export async function exportCommand(
  env: CliEnvironment,
  collection: ExportCollection,
  flags: { out: string; format: ExportFormat; as?: string },
): Promise<number> {
  const summary = await exportCollection(env, { collection, ...flags });
  env.out(
    `exported ${summary.rows} ${collection} to ${flags.out} (${flags.format}, ${summary.bytes} bytes, ${summary.seconds.toFixed(1)} s)`,
  );
  return 0;
}
