import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { copyReportLines } from '../../../src/cli/store-actions';
import { isCrmError } from '../../../src/core/errors';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { copyStore } from '../../../src/store/maintenance/store-copy';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATION_LOCK_META_ID,
  readSchemaVersion,
} from '../../../src/store/migrations';
import { openMongoStore } from '../../../src/store/mongo/mongo-store';
import { openStore } from '../../../src/store/open-store';
import { COLLECTION_NAMES } from '../../../src/store/schemas';
import type { Store } from '../../../src/store/store';
import { nameKeyOf } from '../../../src/vocabulary';
import { aDeal, anAccount, utc } from '../../contract/store-fixtures';

/** A small CRM in `store`: records in several collections, nested arrays, dates, meta documents. */
async function fillSource(store: Store): Promise<void> {
  for (let i = 0; i < 23; i++) {
    const account = await store.accounts.insertOne(
      anAccount(`Account ${i}`, { createdAt: utc(`2024-01-${String(i + 1).padStart(2, '0')}`) } as never),
    );
    await store.contacts.insertOne({
      accountId: account._id,
      firstName: `Jane${i}`,
      lastName: 'Doe',
      nameKey: nameKeyOf(`Jane${i} Doe`),
      email: `jane${i}@example.com`,
      primary: i % 2 === 0,
    });
    await store.deals.insertOne(
      aDeal(account._id, `Deal ${i}`, { stage: i % 3 ? 'proposal' : 'closed_won' }),
    );
    await store.interactions.insertOne({
      type: 'call',
      accountId: account._id,
      occurredAt: utc(`2025-02-${String((i % 28) + 1).padStart(2, '0')}T09:30:00`),
      summary: `Call ${i} about renewal`,
      sentiment: 0.25,
    });
  }
  // A lease left by a migration that died: the source's own business, never copied.
  await store.meta.insertOne({ _id: MIGRATION_LOCK_META_ID, value: { owner: 'x', expiresAt: 1 } });
}

/** Every document of every collection, by collection, in id order. */
async function everything(store: Store): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const name of COLLECTION_NAMES)
    all[name] = await store[name].find(name === 'meta' ? { _id: { $ne: MIGRATION_LOCK_META_ID } } : {}, {
      sort: { _id: 1 },
    });
  return all;
}

describe('copyStore (crmpro store migrate --to): embedded to embedded, the same code path as to MongoDB', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-copy-'));
  let source: Store;
  beforeAll(async () => {
    source = await openStore({ dataDir: path.join(work, 'source') });
    await fillSource(source);
  });
  afterAll(async () => {
    await source.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('copies every collection in batches with ids, dates and nested data intact, and verifies counts and samples', async () => {
    const target = openEmbeddedStore({ dataDir: path.join(work, 'target-1') });
    try {
      const report = await copyStore(source, target, { batchSize: 7, sampleSize: 5 });
      expect(report.ok).toBe(true);
      expect(report.collections.map((each) => each.collection)).toEqual(COLLECTION_NAMES);
      const accounts = report.collections.find((each) => each.collection === 'accounts')!;
      expect(accounts).toMatchObject({ source: 23, copied: 23, target: 23, differing: [], ok: true });
      expect(accounts.sampled).toBeGreaterThanOrEqual(5);
      expect(await everything(target)).toEqual(await everything(source));
      expect((await target.accounts.findOne({ name: 'Account 0' }))!.createdAt).toEqual(utc('2024-01-01'));
      // The copy is at the source's schema version, so opening it migrates nothing.
      expect(await readSchemaVersion(target)).toBe(LATEST_SCHEMA_VERSION);
      expect(await target.meta.findById(MIGRATION_LOCK_META_ID)).toBeNull();
      const lines = copyReportLines(report);
      expect(lines[0]).toMatch(/^collection\s+source\s+copied\s+target\s+sampled\s+ok$/);
      expect(lines.find((line) => line.startsWith('accounts '))).toMatch(
        /^accounts\s+23\s+23\s+23\s+\d+\s+ok$/,
      );
      expect(lines.at(-1)).toMatch(/^all \d+ collections copied and verified/);
    } finally {
      await target.close();
    }
  });

  it('refuses a target that holds data, and replaces it with force', async () => {
    const target = openEmbeddedStore({ dataDir: path.join(work, 'target-2') });
    try {
      await target.accounts.insertOne(anAccount('Already here'));
      const refused = await copyStore(source, target).catch((error: unknown) => error);
      expect(isCrmError(refused, 'CONFLICT')).toBe(true);
      expect((refused as Error).message).toMatch(/not empty \(accounts: 1\).*--force/);
      expect(await target.accounts.countDocuments({})).toBe(1);

      const report = await copyStore(source, target, { force: true });
      expect(report.ok).toBe(true);
      expect(await target.accounts.findOne({ name: 'Already here' })).toBeNull();
      expect(await everything(target)).toEqual(await everything(source));
    } finally {
      await target.close();
    }
  });

  it('reports a mismatch when the source is written during the copy (a server left running)', async () => {
    const target = openEmbeddedStore({ dataDir: path.join(work, 'target-3') });
    const account = (await source.accounts.findOne({}))!._id;
    // Starts writing interactions when the copy reaches them (deals come just before), as a server would.
    let writer: Promise<void> = Promise.resolve();
    const startWriting = async () => {
      for (let i = 0; i < 30; i++)
        await source.interactions.insertOne({
          _id: `zz-late-${String(i).padStart(3, '0')}`,
          type: 'note',
          accountId: account,
          occurredAt: new Date(),
          summary: 'written while copying',
        });
    };
    try {
      const report = await copyStore(source, target, {
        batchSize: 1,
        log: (line) => {
          if (line.startsWith('deals:')) writer = startWriting();
        },
      });
      await writer;
      const interactions = report.collections.find((each) => each.collection === 'interactions')!;
      expect(report.ok).toBe(false);
      expect(interactions.ok).toBe(false);
      expect(interactions.copied).toBeGreaterThan(interactions.source);
      expect(copyReportLines(report).at(-1)).toMatch(/^MISMATCH in .*interactions/);
    } finally {
      await writer;
      await source.interactions.deleteMany({ _id: { $regex: '^zz-late-' } });
      await target.close();
    }
  }, 60_000);

  it('reports a collection whose counts or sampled contents differ as a mismatch (the command then exits 1)', () => {
    const lines = copyReportLines({
      ok: false,
      seconds: 1,
      collections: [
        { collection: 'accounts', source: 23, copied: 23, target: 23, sampled: 5, differing: [], ok: true },
        { collection: 'deals', source: 23, copied: 24, target: 24, sampled: 5, differing: ['d1'], ok: false },
      ],
    });
    expect(lines.find((line) => line.startsWith('deals'))).toMatch(
      /23\s+24\s+24\s+5 \(1 differ\)\s+MISMATCH$/,
    );
    expect(lines.at(-1)).toMatch(/^MISMATCH in deals/);
  });
});

const uri = process.env.MONGODB_URI;
if (uri) {
  describe('copyStore to MongoDB (MONGODB_URI)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'crmpro-copy-mongo-'));
    const dbName = `crmpro_copy_${process.pid}_${Date.now().toString(36)}`;
    afterAll(async () => {
      const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
      await connection.dropDatabase();
      await connection.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('copies the embedded store with counts and samples verified and the schemas indexes created', async () => {
      const source = await openStore({ dataDir: path.join(work, 'source') });
      const target = await openMongoStore(uri, { dbName });
      try {
        await fillSource(source);
        const report = await copyStore(source, target, { batchSize: 7 });
        expect(copyReportLines(report).at(-1)).toMatch(/^all/);
        expect(await everything(target)).toEqual(await everything(source));
        const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
        const indexes = await connection.db!.collection('interactions').indexes();
        await connection.close();
        expect(indexes.map((index) => Object.keys(index.key).join(','))).toEqual(
          expect.arrayContaining(['accountId,occurredAt', 'contactId']),
        );
      } finally {
        await target.close();
        await source.close();
      }
    }, 120_000);
  });
} else {
  describe.skip('copyStore to MongoDB (skipped: set MONGODB_URI, e.g. mongodb://localhost:27017, to run it on a fresh database)', () => {
    test('needs MONGODB_URI', () => undefined);
  });
}
