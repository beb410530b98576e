import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ErrorCode } from '../../src/core/errors';
import { StoreWriter } from '../../src/store/embedded/store-writer';
import { WalSync, type LogSync } from '../../src/store/embedded/wal-sync';

/** A log sync the test finishes by hand: each call is one pending sync. */
class HeldSync implements LogSync {
  readonly pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  sync(): Promise<void> {
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }
  async close(): Promise<void> {}
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

function tracked<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return { promise, settled: () => settled };
}

describe('the write-ahead log synced off the event loop before a write is acknowledged', () => {
  let dataDir: string;
  let db: DatabaseSync;
  let other: DatabaseSync;
  const file = () => path.join(dataDir, 'wal.sqlite');
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-wal-sync-'));
    db = new DatabaseSync(file());
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('CREATE TABLE t (x INTEGER)');
    other = new DatabaseSync(file());
  });
  afterEach(() => {
    other.close();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const insert = (writer: StoreWriter, x: number) =>
    writer.run(async () => ({ result: x, apply: () => void db.prepare('INSERT INTO t VALUES (?)').run(x) }));
  const rows = () => (other.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;

  test('a write is acknowledged only once the sync after its COMMIT is done; later writes commit meanwhile', async () => {
    const log = new HeldSync();
    const writer = new StoreWriter(db, undefined, log);
    const first = tracked(insert(writer, 1));
    await until(() => log.pending.length === 1);
    expect(rows()).toBe(1); // committed (another connection sees it) ...
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first.settled()).toBe(false); // ... but not acknowledged: it may not be on disk yet
    const second = tracked(insert(writer, 2));
    await until(() => log.pending.length === 2); // the writer was not held by the first sync
    expect(rows()).toBe(2);
    log.pending[0]!.resolve();
    await expect(first.promise).resolves.toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.settled()).toBe(false);
    log.pending[1]!.resolve();
    await expect(second.promise).resolves.toBe(2);
  });

  test('a sync that fails fails the writes of its commit as not confirmed on disk', async () => {
    const log = new HeldSync();
    const writer = new StoreWriter(db, undefined, log);
    const write = insert(writer, 1);
    await until(() => log.pending.length === 1);
    log.pending[0]!.reject(new Error('EIO: i/o error, fdatasync'));
    await expect(write).rejects.toMatchObject({
      code: ErrorCode.Unavailable,
      message: expect.stringMatching(/could not be confirmed on disk: EIO/),
    });
  });

  test('a transaction resolves only after its commit was synced', async () => {
    const log = new HeldSync();
    const writer = new StoreWriter(db, undefined, log);
    const transaction = tracked(
      writer.transaction(async () => {
        await insert(writer, 1);
        await insert(writer, 2);
        return 'done';
      }),
    );
    await until(() => log.pending.length === 1);
    expect(rows()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(transaction.settled()).toBe(false);
    log.pending[0]!.resolve();
    await expect(transaction.promise).resolves.toBe('done');
  });

  test('syncs asked for while one runs share the next one', async () => {
    const writer = new StoreWriter(db, undefined, new WalSync(`${file()}-wal`));
    await insert(writer, 0); // the WAL exists from the first COMMIT
    const log = new WalSync(`${file()}-wal`);
    await Promise.all(Array.from({ length: 20 }, () => log.sync()));
    expect(log.syncs).toBe(2);
    await log.sync();
    expect(log.syncs).toBe(3);
    await log.close();
  });

  test('100 concurrent writes are acknowledged after far fewer syncs, and all are there', async () => {
    const log = new WalSync(`${file()}-wal`);
    const writer = new StoreWriter(db, undefined, log);
    await Promise.all(Array.from({ length: 100 }, (_, i) => insert(writer, i)));
    expect(rows()).toBe(100);
    expect(log.syncs).toBeGreaterThanOrEqual(1);
    expect(log.syncs).toBeLessThan(20);
    await log.close();
  });
});
