import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ErrorCode } from '../../src/core/errors';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { anAccount, crmErrorOf, utc } from '../contract/store-fixtures';

describe('embedded store engine', () => {
  let dataDir: string;
  let store: Store;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-embedded-'));
    store = openEmbeddedStore({ dataDir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('close waits for writes already queued, and a reopened store has them', async () => {
    const writes = Array.from({ length: 5 }, (_, i) => store.accounts.insertOne(anAccount(`Queued ${i}`)));
    await store.close();
    await Promise.all(writes);
    store = openEmbeddedStore({ dataDir });
    expect(await store.accounts.countDocuments({ nameKey: /^queued/ })).toBe(5);
    await expect(store.ensureIndexes()).resolves.toBeUndefined();
  });

  test('$out and $merge are refused rather than silently writing nowhere', async () => {
    await crmErrorOf(store.deals.aggregate([{ $match: {} }, { $out: 'elsewhere' }]), ErrorCode.InvalidInput);
    await crmErrorOf(store.deals.aggregate([{ $merge: { into: 'elsewhere' } }]), ErrorCode.InvalidInput);
  });

  test('dates inside free-form values can be queried as dates', async () => {
    await store.meta.insertMany([
      { _id: 'old', value: { loadedAt: utc('2024-01-01') } },
      { _id: 'new', value: { loadedAt: utc('2025-06-01') } },
    ]);
    const recent = await store.meta.find({ 'value.loadedAt': { $gte: utc('2025-01-01') } });
    expect(recent.map((m) => m._id)).toEqual(['new']);
    expect(await store.meta.countDocuments({ 'value.loadedAt.$date': { $exists: true } })).toBe(0);
  });

  test('a data directory that cannot be created is UNAVAILABLE naming the path', () => {
    const file = path.join(dataDir, 'not-a-dir');
    writeFileSync(file, 'x');
    let error: unknown;
    try {
      openEmbeddedStore({ dataDir: path.join(file, 'data') });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: ErrorCode.Unavailable,
      message: expect.stringContaining('not-a-dir'),
    });
  });
});
