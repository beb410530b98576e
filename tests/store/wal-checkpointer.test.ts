import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { StoreWriter } from '../../src/store/embedded/store-writer';
import {
  FALLBACK_AUTOCHECKPOINT_PAGES,
  SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES,
  WalCheckpointer,
} from '../../src/store/embedded/wal-checkpointer';
import { WalSync } from '../../src/store/embedded/wal-sync';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe("the write-ahead log's checkpoints in a worker thread", () => {
  let dataDir: string;
  let db: DatabaseSync;
  const file = () => path.join(dataDir, 'checkpoint.sqlite');
  const autocheckpoint = () =>
    (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }).wal_autocheckpoint;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-wal-checkpoint-'));
    db = new DatabaseSync(file());
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('CREATE TABLE t (x INTEGER, pad BLOB)');
  });
  afterEach(() => {
    if (db.isOpen) db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the commits are copied into the database by the worker, not by the COMMIT on this connection', async () => {
    const checkpointer = new WalCheckpointer(
      file(),
      (pages) => db.exec(`PRAGMA wal_autocheckpoint = ${pages}`),
      5,
    );
    expect(autocheckpoint()).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
    const log = new WalSync(`${file()}-wal`);
    const writer = new StoreWriter(db, undefined, log, () => checkpointer.committed());
    const sizeBefore = statSync(file()).size;
    for (let x = 0; x < 12; x++)
      await writer.run(async () => ({
        result: x,
        apply: () => void db.prepare('INSERT INTO t VALUES (?, randomblob(20000))').run(x),
      }));
    // Far below the connection's threshold (10,000 pages), so only the worker can have copied them.
    await until(() => checkpointer.checkpoints >= 1);
    expect(statSync(file()).size).toBeGreaterThan(sizeBefore + 5 * 20_000);
    await checkpointer.close();
    await log.close();
    const count = (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
    expect(count).toBe(12);
  });

  test('without requests no worker starts, and closing is immediate', async () => {
    const checkpointer = new WalCheckpointer(
      file(),
      (pages) => db.exec(`PRAGMA wal_autocheckpoint = ${pages}`),
      100,
    );
    for (let i = 0; i < 99; i++) checkpointer.committed();
    await checkpointer.close();
    expect(checkpointer.checkpoints).toBe(0);
  });

  test("a worker that cannot open the database hands checkpoints back to SQLite's default threshold", async () => {
    const missing = path.join(dataDir, 'no-such-dir', 'x.sqlite');
    const checkpointer = new WalCheckpointer(
      missing,
      (pages) => db.exec(`PRAGMA wal_autocheckpoint = ${pages}`),
      1,
    );
    checkpointer.committed();
    await until(() => autocheckpoint() === SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES);
    expect(checkpointer.failure).toMatch(/unable to open database file/);
    checkpointer.committed(); // no second worker
    await checkpointer.close();
  });

  test('an embedded store written one commit at a time keeps every write across close and reopen', async () => {
    let store = openEmbeddedStore({ dataDir });
    for (let i = 0; i < 150; i++)
      await store.tasks.insertOne({
        title: `task ${i}`,
        ownerId: 'u1',
        dueAt: new Date('2026-12-04T00:00:00Z'),
        status: 'open',
      } as never);
    await store.close();
    store = openEmbeddedStore({ dataDir });
    expect(await store.tasks.countDocuments({})).toBe(150);
    await store.close();
  });

  test('a process whose only work left is closing the store waits for the worker to end, then goes on', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'fixtures', 'close-after-checkpoints-child.ts'), dataDir],
      { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).not.toMatch(/Error/);
    expect(child.stdout).toContain('closed');
  }, 70_000);
});
