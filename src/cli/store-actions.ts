import { CrmError, ErrorCode } from '../core/errors';
import { backupEmbeddedStore, restoreEmbeddedStore } from '../store/maintenance/embedded-backup';
import { copyStore, type StoreCopyReport } from '../store/maintenance/store-copy';
import { migrateStore, planMigrations } from '../store/migrations';
import { openMongoStore } from '../store/mongo/mongo-store';
import { openStore } from '../store/open-store';
import { COLLECTION_NAMES } from '../store/schemas';
import type { Store } from '../store/store';
import type { CliEnvironment } from './cli-environment';

/** `crmpro store backup --out PATH`: an online backup of the embedded store. */
export async function backupCommand(env: CliEnvironment, flags: { out: string }): Promise<number> {
  const config = embeddedOnly(env, 'backup');
  const result = await backupEmbeddedStore(config.dataDir, flags.out);
  env.out(
    `backed up ${config.dataDir} to ${result.file}: ${result.bytes} bytes, ${result.pages} pages in ${Math.round(result.ms)} ms`,
  );
  return 0;
}

/** `crmpro store restore PATH`: a backup file put back into DATA_DIR. */
export async function restoreCommand(
  env: CliEnvironment,
  file: string,
  flags: { force: boolean },
): Promise<number> {
  const config = embeddedOnly(env, 'restore');
  const result = await restoreEmbeddedStore(file, config.dataDir, { force: flags.force });
  env.out(`restored ${file} into ${result.file} (${result.bytes} bytes)`);
  return 0;
}

/** `crmpro store migrate [--to URI]`. */
export async function migrateCommand(
  env: CliEnvironment,
  flags: { to?: string; dryRun: boolean; force: boolean },
): Promise<number> {
  return flags.to ? copyToMongo(env, flags.to, flags) : migrateInPlace(env, flags.dryRun);
}

/** The store as it is (no migrations applied on opening): the command reports before it acts. */
async function openUnmigrated(env: CliEnvironment): Promise<Store> {
  return openStore(env.config(), { migrate: false });
}

/** `crmpro store migrate [--dry-run]`: the current and target versions, then the pending steps. */
async function migrateInPlace(env: CliEnvironment, dryRun: boolean): Promise<number> {
  const opened = await openUnmigrated(env);
  try {
    const plan = await planMigrations(opened);
    env.out(`${opened.engine} store: schema version ${plan.current}; this CRMPro: ${plan.target}`);
    if (!plan.pending.length) {
      env.out('up to date: nothing to migrate');
      return 0;
    }
    for (const step of plan.pending) env.out(`  pending v${step.version}: ${step.description}`);
    if (dryRun) {
      env.out(`dry run: ${plan.pending.length} migration(s) not applied`);
      return 0;
    }
    const report = await migrateStore(opened, { log: (line) => env.err(line) });
    for (const step of report.applied) env.out(`  applied v${step.version} in ${step.ms} ms`);
    env.out(`store is at schema version ${report.to}`);
    return 0;
  } finally {
    await opened.close();
  }
}

/** `crmpro store migrate --to URI`: DATA_DIR (migrated to this version first) copied to MongoDB. */
async function copyToMongo(
  env: CliEnvironment,
  uri: string,
  flags: { dryRun: boolean; force: boolean },
): Promise<number> {
  const config = embeddedOnly(env, 'migrate --to');
  if (!/^mongodb(\+srv)?:\/\//.test(uri))
    throw new CrmError(
      ErrorCode.InvalidInput,
      `--to takes a MongoDB connection string (mongodb://… or mongodb+srv://…), not '${uri}'.`,
    );
  const source = await openStore({ dataDir: config.dataDir }, { log: (line) => env.err(line) });
  try {
    const target = await openMongoStore(uri);
    try {
      if (flags.dryRun) {
        env.out(`would copy ${config.dataDir} to ${target.engine}:`);
        for (const name of COLLECTION_NAMES) {
          const [count, existing] = await Promise.all([
            source[name].countDocuments({}),
            target[name].countDocuments({}),
          ]);
          env.out(`  ${name}: ${count} document(s)${existing ? ` (target holds ${existing})` : ''}`);
        }
        return 0;
      }
      const report = await copyStore(source, target, { force: flags.force, log: (line) => env.err(line) });
      for (const line of copyReportLines(report)) env.out(line);
      return report.ok ? 0 : 1;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/** A copy's per-collection table (source count, copied, target count, sample, ok) and its verdict. */
export function copyReportLines(report: StoreCopyReport): string[] {
  const header = ['collection', 'source', 'copied', 'target', 'sampled', 'ok'];
  const rows = report.collections.map((each) => [
    each.collection,
    String(each.source),
    String(each.copied),
    String(each.target),
    each.differing.length ? `${each.sampled} (${each.differing.length} differ)` : String(each.sampled),
    each.ok ? 'ok' : 'MISMATCH',
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ');
  const bad = report.collections.filter((each) => !each.ok).map((each) => each.collection);
  return [
    line(header),
    ...rows.map(line),
    bad.length
      ? `MISMATCH in ${bad.join(', ')}: the target is not a faithful copy (was the server still writing?)`
      : `all ${report.collections.length} collections copied and verified in ${report.seconds.toFixed(1)} s`,
  ];
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
