/**
 * Store maintenance at the demo CRM's seeded size (scale 1, embedded engine):
 * - backup: `crmpro store backup`'s function (SQLite online backup in one step, integrity check of
 *   the copy, fsync, rename) on an idle store, time and size; peer: the sqlite3 command-line
 *   shell's `.backup` of the same file (online backup API, no check, no fsync of the copy).
 * - erase: `crmpro privacy erase --email`'s steps for one person (find, delete/anonymise, the audit
 *   entry, compact with secure_delete + WAL truncate + VACUUM), for a few people
 *   with interactions. No peer: no other tool erases a person from this store.
 * - schema migration at open of an up-to-date store (the cost every start pays).
 *
 * Run: `npm run bench -- store-maintenance` (writes bench/results/store-maintenance.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scoreSentiment } from '../src/ml/sentiment';
import { appendAudit } from '../src/skills/shared/audit-log';
import { EMBEDDED_DB_FILE } from '../src/store/embedded/embedded-store';
import { backupEmbeddedStore } from '../src/store/maintenance/embedded-backup';
import { erasePersonalData, findPersonalData } from '../src/store/maintenance/personal-data';
import { migrateStore } from '../src/store/migrations';
import { openStore } from '../src/store/open-store';
import { seedDemoCrm } from '../src/store/seed';
import type { Store } from '../src/store/store';

const BACKUP_RUNS = 5;
const ERASED_PEOPLE = 3;
/** A fixed anchor: the same demo data on every run. */
const ANCHOR = new Date('2026-12-01T00:00:00Z');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const mib = (bytes: number) => round(bytes / 2 ** 20, 1);

/** Bytes of the database and its write-ahead log. */
function storeBytes(dataDir: string): number {
  const file = path.join(dataDir, EMBEDDED_DB_FILE);
  return [file, `${file}-wal`].reduce((sum, each) => sum + (existsSync(each) ? statSync(each).size : 0), 0);
}

async function timed<R>(work: () => Promise<R>): Promise<{ result: R; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** The sqlite3 shell, if installed: the peer for backup. */
function sqliteShell(): string | undefined {
  try {
    return execFileSync('sqlite3', ['--version'], { encoding: 'utf8' }).trim().split(' ')[0];
  } catch {
    return undefined;
  }
}

async function measureErase(store: Store, email: string) {
  const find = await timed(() => findPersonalData(store, email));
  const erase = await timed(() => erasePersonalData(store, find.result));
  const audit = await timed(() =>
    appendAudit(
      store,
      { action: 'erase', skill: 'privacy-erase', caller: { role: 'admin', channel: 'cli' }, recordIds: [] },
      new Date(),
    ),
  );
  const compact = await timed(async () => store.compact?.());
  return {
    email: email.replace(/^[^@]+/, '…'),
    records: Object.values(erase.result).reduce((sum, count) => sum + count, 0),
    findMs: round(find.ms),
    eraseMs: round(erase.ms),
    auditMs: round(audit.ms),
    compactMs: round(compact.ms),
    totalMs: round(find.ms + erase.ms + audit.ms + compact.ms),
  };
}

/** Backup and erase at the seeded size; see the file's comment. */
export async function runStoreMaintenanceBench(options: { log: (line: string) => void }) {
  const { log } = options;
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-maintenance-'));
  const dataDir = path.join(work, 'data');
  try {
    let store = await openStore({ dataDir });
    const seeded = await seedDemoCrm(store, { anchor: ANCHOR, log, sentimentOf: scoreSentiment });
    await store.close();
    const bytes = storeBytes(dataDir);
    log(`seeded: ${JSON.stringify(seeded.counts)}; store ${mib(bytes)} MiB`);

    const ours: number[] = [];
    let backupBytes = 0;
    for (let run = 0; run < BACKUP_RUNS; run++) {
      const result = await backupEmbeddedStore(dataDir, path.join(work, `backup-${run}.sqlite`));
      ours.push(result.ms);
      backupBytes = result.bytes;
    }
    log(`crmpro store backup: median ${round(median(ours))} ms, ${mib(backupBytes)} MiB`);

    const shell = sqliteShell();
    const peer: number[] = [];
    let peerBytes = 0;
    if (shell) {
      const file = path.join(dataDir, EMBEDDED_DB_FILE);
      for (let run = 0; run < BACKUP_RUNS; run++) {
        const out = path.join(work, `peer-${run}.sqlite`);
        const started = performance.now();
        execFileSync('sqlite3', [file, `.backup '${out}'`]);
        peer.push(performance.now() - started);
        peerBytes = statSync(out).size;
      }
      log(`sqlite3 .backup: median ${round(median(peer))} ms, ${mib(peerBytes)} MiB`);
    }

    const open = await timed(() => openStore({ dataDir }));
    store = open.result;
    const migrateCheck = await timed(() => migrateStore(store));

    const people = await store.contacts.find({ email: { $exists: true } }, { sort: { _id: 1 }, limit: 50 });
    const withInteractions: string[] = [];
    for (const contact of people) {
      if (withInteractions.length === ERASED_PEOPLE) break;
      if (await store.interactions.countDocuments({ contactId: contact._id }))
        withInteractions.push(contact.email!);
    }
    const erasures = [];
    for (const email of withInteractions) {
      const erasure = await measureErase(store, email);
      log(`erase one person: ${erasure.totalMs} ms (${erasure.records} records)`);
      erasures.push(erasure);
    }
    await store.close();

    return {
      seeded: { counts: seeded.counts, storeMiB: mib(bytes) },
      backup: {
        runs: BACKUP_RUNS,
        ours: { medianMs: round(median(ours)), minMs: round(Math.min(...ours)), sizeMiB: mib(backupBytes) },
        peer: shell
          ? {
              tool: `sqlite3 ${shell} .backup`,
              medianMs: round(median(peer)),
              minMs: round(Math.min(...peer)),
              sizeMiB: mib(peerBytes),
            }
          : 'sqlite3 not installed',
        note: 'ours also runs PRAGMA quick_check on the copy, switches it to a rollback journal, fsyncs and renames it',
      },
      erase: {
        people: erasures,
        medianTotalMs: round(median(erasures.map((each) => each.totalMs))),
        peer: 'none: no other tool erases one person from this store',
      },
      startUp: {
        openStoreMs: round(open.ms),
        migrateWhenCurrentMs: round(migrateCheck.ms, 2),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
