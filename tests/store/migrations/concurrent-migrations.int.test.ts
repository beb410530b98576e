import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { readSchemaVersion, type MigrationReport } from '../../../src/store/migrations';

const root = path.join(__dirname, '..', '..', '..');
const CHILD = path.join(__dirname, 'fixtures', 'migrating-child.ts');

/** Starts a migrating process; resolves `ready` once it opened the store, `report` when it is done. */
function startMigrator(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { cwd: root });
  let out = '';
  let signalReady: () => void;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  const report = new Promise<MigrationReport>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ready\n')) signalReady();
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('exit', (code) => {
      const line = out.split('\n').find((each) => each.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as MigrationReport);
      else reject(new Error(`migrator exited ${code}: ${err}`));
    });
  });
  return { ready, report, go: () => child.stdin.write('go\n') };
}

describe('two processes opening the same store at once (a server and a worker)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-migrate-race-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('run each migration once: one applies it, the other waits and finds the store migrated', async () => {
    const dataDir = path.join(work, 'data');
    const first = startMigrator(dataDir);
    const second = startMigrator(dataDir);
    await Promise.all([first.ready, second.ready]);
    first.go();
    second.go();
    const reports = await Promise.all([first.report, second.report]);

    expect(reports.map((report) => report.to)).toEqual([2, 2]);
    const applied = reports.map((report) => report.applied.map((step) => step.version)).sort();
    expect(applied).toEqual([[], [1, 2]]);
    const store = openEmbeddedStore({ dataDir });
    try {
      expect((await store.meta.findById('step-2-runs'))?.value).toEqual({ runs: 1 });
      expect(await readSchemaVersion(store)).toBe(2);
    } finally {
      await store.close();
    }
  }, 60_000);
});
