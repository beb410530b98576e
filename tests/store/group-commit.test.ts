import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { EMBEDDED_DB_FILE, openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { LAZY_COMMIT_MS } from '../../src/store/embedded/store-writer';
import type { Store } from '../../src/store/store';
import { anAccount } from '../contract/store-fixtures';

/** Counts the COMMITs every connection of this process runs while `work` runs. */
async function countingCommits<T>(work: () => Promise<T>): Promise<{ result: T; commits: number }> {
  const exec = DatabaseSync.prototype.exec;
  let commits = 0;
  const spy = jest.spyOn(DatabaseSync.prototype, 'exec').mockImplementation(function (
    this: DatabaseSync,
    sql,
  ) {
    if (sql === 'COMMIT') commits++;
    return exec.call(this, sql);
  });
  try {
    return { result: await work(), commits };
  } finally {
    spy.mockRestore();
  }
}

describe('group commit: concurrent writes share one transaction, each acknowledged after it', () => {
  let dataDir: string;
  let store: Store;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-group-commit-'));
    store = openEmbeddedStore({ dataDir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('100 concurrent inserts take a handful of commits, and every one is there after reopening', async () => {
    const { commits } = await countingCommits(() =>
      Promise.all(Array.from({ length: 100 }, (_, i) => store.accounts.insertOne(anAccount(`Grouped ${i}`)))),
    );
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThan(10);
    await store.close();
    store = openEmbeddedStore({ dataDir });
    expect(await store.accounts.countDocuments({})).toBe(100);
  });

  test('writes one after another still commit one by one (nothing waits for company)', async () => {
    const { commits } = await countingCommits(async () => {
      for (let i = 0; i < 5; i++) await store.accounts.insertOne(anAccount(`Alone ${i}`));
    });
    expect(commits).toBe(5);
  });

  test('a write that fails in a batch fails alone; the others of its batch are kept', async () => {
    await store.accounts.insertOne(anAccount('Taken', { domain: 'taken.example' }));
    const outcomes = await Promise.allSettled([
      store.accounts.insertOne(anAccount('First')),
      store.accounts.insertOne(anAccount('Duplicate domain', { domain: 'taken.example' })),
      store.accounts.insertOne(anAccount('Third')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.accounts.find({})).map((a) => a.name).sort()).toEqual(['First', 'Taken', 'Third']);
  });

  test('when the COMMIT fails, every write of the batch fails and none of them is stored', async () => {
    await store.accounts.insertOne(anAccount('Before'));
    const exec = DatabaseSync.prototype.exec;
    let failed = false;
    const spy = jest.spyOn(DatabaseSync.prototype, 'exec').mockImplementation(function (
      this: DatabaseSync,
      sql,
    ) {
      if (sql === 'COMMIT' && !failed) {
        failed = true;
        throw new Error('disk I/O error');
      }
      return exec.call(this, sql);
    });
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) => store.accounts.insertOne(anAccount(`Lost ${i}`))),
      );
      expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    } finally {
      spy.mockRestore();
    }
    expect((await store.accounts.find({})).map((a) => a.name)).toEqual(['Before']);
    await store.accounts.insertOne(anAccount('After'));
    expect(await store.accounts.countDocuments({})).toBe(2);
  });

  test('an insert acknowledged before it is on disk (journal: false) commits with the next durable write', async () => {
    const { commits } = await countingCommits(async () => {
      await store.accounts.insertOne(anAccount('Lazy'), { journal: false });
      await store.accounts.insertOne(anAccount('Durable'));
    });
    expect(commits).toBe(1);
    await store.close();
    store = openEmbeddedStore({ dataDir });
    expect((await store.accounts.find({})).map((a) => a.name).sort()).toEqual(['Durable', 'Lazy']);
  });

  test('alone, such an insert still reaches the disk within moments', async () => {
    await store.accounts.insertOne(anAccount('Lazy alone'), { journal: false });
    await new Promise((resolve) => setTimeout(resolve, LAZY_COMMIT_MS * 4));
    const other = new DatabaseSync(path.join(dataDir, EMBEDDED_DB_FILE), { readOnly: true });
    try {
      const row = other
        .prepare("SELECT count(*) AS n FROM c_accounts WHERE json_extract(doc, '$.name') = 'Lazy alone'")
        .get() as { n: number };
      expect(row.n).toBe(1);
    } finally {
      other.close();
    }
  });
});
