import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CliEnvironment } from '../src/cli/cli-environment';
import { exportCollection } from '../src/cli/export-actions';
import { EXPORT_FORMATS } from '../src/cli/export-files';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { EXPORT_COLLECTIONS } from '../src/skills/shared/record-columns';
import { collectionNamed } from '../src/skills/shared/record-pages';
import { buildSkillServices } from '../src/skills/skill-services';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../src/store/seed';
import { DEMO_ANALYST_EMAIL } from '../src/store/seed/demo-users';

const ROOT = path.join(__dirname, '..');
const ANCHOR = new Date('2026-03-01T00:00:00Z');
const MiB = 2 ** 20;

/** The collector, exposed without a command-line flag (`npm run bench` starts node itself). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * How far the heap grew above where it was (after a full collection) while `work` ran, sampled
 * every 20 ms: what an export holds at once.
 */
async function peakHeap<T>(
  gc: () => void,
  work: () => Promise<T>,
): Promise<{ value: T; peakHeapMiB: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, peakHeapMiB: Math.round(((peak - base) / MiB) * 10) / 10 };
  } finally {
    clearInterval(timer);
  }
}

/** Python's csv module writing the rows of our JSON Lines export (pandas/pyarrow are not installed here). */
function csvPeer(
  jsonl: string,
  out: string,
): { rows: number; seconds: number; bytes: number } | { failed: string } {
  const result = spawnSync(
    '/usr/bin/python3',
    [path.join(ROOT, 'bench', 'peers', 'export_csv_stdlib.py'), jsonl, out],
    {
      encoding: 'utf8',
      maxBuffer: 64 * MiB,
    },
  );
  if (result.status !== 0) return { failed: result.stderr.slice(-500) };
  return JSON.parse(result.stdout.trim()) as { rows: number; seconds: number; bytes: number };
}

/** True when python3 can import the module (the peers pandas/pyarrow would need). */
function pythonHas(module: string): boolean {
  return spawnSync('/usr/bin/python3', ['-c', `import ${module}`]).status === 0;
}

/**
 * `npm run bench -- export`: `crmpro export` of each collection in each format on the demo CRM at
 * the seeded size (scale 1, as `crmpro seed` loads it), through the command's own code path (the
 * skill's paged read, the role check, the audit entry, the file writer): seconds, rows/s, file
 * size and how far the heap grew during the export; beside Python's csv module writing the same rows.
 */
export async function runExportBench(options: {
  log: (line: string) => void;
}): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-export-bench-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'crmpro-export-bench-out-'));
  const store = openEmbeddedStore({ dataDir });
  try {
    const seeded = await seedDemoCrm(store, { anchor: ANCHOR, scale: 1 });
    options.log(`seeded scale 1 in ${seeded.seconds} s`);
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const services = buildSkillServices({
      store,
      logger: silentLogger(),
      clock: () => new Date(),
      modelsDir: mkdtempSync(path.join(tmpdir(), 'crmpro-export-bench-models-')),
      knowledgeDir: path.join(ROOT, 'knowledge'),
    });
    const env: CliEnvironment = {
      config: () => config,
      openStore: async () => store,
      services: async () => services,
      llm: () => undefined,
      logger: silentLogger(),
      out: () => undefined,
      err: options.log,
    };
    const gc = collector();
    const runs: Record<string, unknown>[] = [];
    const peers: Record<string, unknown>[] = [];
    for (const collection of EXPORT_COLLECTIONS) {
      const source = collectionNamed(store, collection);
      const count = source ? await source.countDocuments({}) : 0;
      if (count === 0) {
        options.log(
          `${collection}: ${source ? 'empty in the demo data' : 'no such collection in this build'}, skipped`,
        );
        runs.push({ collection, skipped: source ? 'empty' : 'no collection' });
        continue;
      }
      for (const format of EXPORT_FORMATS) {
        const out = path.join(outDir, `${collection}.${format}`);
        const { value, peakHeapMiB } = await peakHeap(gc, () =>
          exportCollection(env, { collection, format, out, as: DEMO_ANALYST_EMAIL }),
        );
        const run = {
          collection,
          format,
          rows: value.rows,
          seconds: Math.round(value.seconds * 1000) / 1000,
          rowsPerSecond: Math.round(value.rows / value.seconds),
          bytes: value.bytes,
          peakHeapMiB,
        };
        runs.push(run);
        options.log(
          `${collection} ${format}: ${run.rows} rows in ${run.seconds} s (${run.rowsPerSecond}/s), ${run.bytes} bytes, heap +${peakHeapMiB} MiB at most`,
        );
      }
      const peer = csvPeer(
        path.join(outDir, `${collection}.jsonl`),
        path.join(outDir, `${collection}.peer.csv`),
      );
      if ('rows' in peer) {
        const figures = { collection, ...peer, rowsPerSecond: Math.round(peer.rows / peer.seconds) };
        peers.push(figures);
        options.log(
          `${collection} python csv: ${peer.rows} rows in ${peer.seconds.toFixed(3)} s, ${peer.bytes} bytes`,
        );
      } else peers.push({ collection, ...peer });
    }
    return {
      scale: 1,
      anchor: ANCHOR.toISOString().slice(0, 10),
      seedSeconds: seeded.seconds,
      runs,
      peer: {
        what: 'Python 3 standard csv.writer writing the same rows (read from our JSON Lines export first, untimed); CSV only',
        why: `pandas ${pythonHas('pandas') ? 'is' : 'is not'} and pyarrow ${pythonHas('pyarrow') ? 'is' : 'is not'} installed here, so there is no pandas to_csv/to_parquet peer`,
        runs: peers,
      },
      note: 'our seconds include the paged read from the embedded store, the role check and the audit entry; the peer times only the CSV write from rows in memory',
    };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
