import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATION_LOCK_META_ID,
  MIGRATIONS,
  SCHEMA_VERSION_META_ID,
  migrateStore,
  readSchemaVersion,
  type Migration,
} from '../../../src/store/migrations';
import { openStore } from '../../../src/store/open-store';
import type { Store } from '../../../src/store/store';
import { anAccount } from '../../contract/store-fixtures';
import { nameKeyOf, type Contact } from '../../../src/vocabulary';
import type { NewDocument } from '../../../src/store/store';
import {
  TWO_STEPS,
  oldInteraction,
  opensWithTwoSteps,
  sentimentMigration,
} from './fixtures/two-step-migrations';

/** A contact with the fields every contact needs. */
function oldContact(accountId: string, firstName: string, email: string): NewDocument<Contact> {
  return {
    accountId,
    firstName,
    lastName: 'Old',
    nameKey: nameKeyOf(`${firstName} Old`),
    email,
    primary: false,
  };
}

describe('schema migrations (embedded engine)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-migrations-'));
  let n = 0;
  const freshDir = () => path.join(work, `store-${++n}`);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Writes with the engine alone (no migrations), as an older CRMPro did. */
  async function writeOldStore(dataDir: string, write: (store: Store) => Promise<void>): Promise<void> {
    const store = openEmbeddedStore({ dataDir });
    await write(store);
    await store.close();
  }

  it('stamps a store written before schema versions (version 0) at the latest version and keeps its data as it was', async () => {
    const dataDir = freshDir();
    await writeOldStore(dataDir, async (store) => {
      const account = await store.accounts.insertOne(anAccount('Initech'));
      await store.contacts.insertOne(oldContact(account._id, 'Jane', 'jane@initech.example'));
    });
    const before = openEmbeddedStore({ dataDir });
    const accountsBefore = await before.accounts.find({});
    const contactsBefore = await before.contacts.find({});
    expect(await readSchemaVersion(before)).toBe(0);
    await before.close();

    const store = await openStore({ dataDir });
    try {
      expect(await readSchemaVersion(store)).toBe(LATEST_SCHEMA_VERSION);
      expect(await store.accounts.find({})).toEqual(accountsBefore);
      expect(await store.contacts.find({})).toEqual(contactsBefore);
      const stamp = await store.meta.findById(SCHEMA_VERSION_META_ID);
      expect(
        (stamp!.value as { history: { version: number }[] }).history.map((step) => step.version),
      ).toEqual(MIGRATIONS.map((step) => step.version));
      expect(await store.meta.findById(MIGRATION_LOCK_META_ID)).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('migrates a store of the previous version (N-1) to N: the step changes the old data, everything else stays, and a second run changes nothing', async () => {
    const dataDir = freshDir();
    await writeOldStore(dataDir, async (store) => {
      const account = await store.accounts.insertOne(anAccount('Initech'));
      await store.contacts.insertOne(oldContact(account._id, 'Jane', 'jane@initech.example'));
      await store.interactions.insertOne(
        oldInteraction(account._id, 'Great call, they love the new pricing'),
      );
      await store.interactions.insertOne(oldInteraction(account._id, 'Angry: the outage broke their launch'));
      await store.interactions.insertOne({
        ...oldInteraction(account._id, 'Scored already'),
        sentiment: 0.5,
      });
      await migrateStore(store, { migrations: MIGRATIONS.slice(0, 1) });
    });
    const old = openEmbeddedStore({ dataDir });
    const [accountsBefore, contactsBefore, interactionsBefore] = [
      await old.accounts.find({}),
      await old.contacts.find({}),
      await old.interactions.find({}, { sort: { summary: 1 } }),
    ];
    expect(await readSchemaVersion(old)).toBe(1);
    await old.close();

    const { store, report } = await opensWithTwoSteps(dataDir);
    try {
      expect(report).toMatchObject({ from: 1, to: 2, applied: [{ version: 2 }] });
      expect(await readSchemaVersion(store)).toBe(2);
      const interactions = await store.interactions.find({}, { sort: { summary: 1 } });
      const bySummary = new Map(interactions.map((each) => [each.summary.split(' ')[0], each.sentiment]));
      expect(bySummary.get('Great')).toBeGreaterThan(0);
      expect(bySummary.get('Angry:')).toBeLessThan(0);
      expect(bySummary.get('Scored')).toBe(0.5);
      // Everything but the new field is as it was (ids, dates, text).
      expect(interactions.map(({ sentiment: _, updatedAt: __, ...rest }) => rest)).toEqual(
        interactionsBefore.map(({ sentiment: _, updatedAt: __, ...rest }) => rest),
      );
      expect(await store.accounts.find({})).toEqual(accountsBefore);
      expect(await store.contacts.find({})).toEqual(contactsBefore);

      const again = await migrateStore(store, { migrations: TWO_STEPS });
      expect(again.applied).toEqual([]);
      expect(await store.interactions.find({}, { sort: { summary: 1 } })).toEqual(interactions);
      // The step itself is idempotent too: run by hand again, it changes nothing.
      await sentimentMigration.up(store, { log: () => undefined });
      expect(await store.interactions.find({}, { sort: { summary: 1 } })).toEqual(interactions);
    } finally {
      await store.close();
    }
  });

  it('refuses to open a store written by a newer CRMPro, naming both versions and what to do', async () => {
    const dataDir = freshDir();
    await writeOldStore(dataDir, async (store) => {
      await store.accounts.insertOne(anAccount('Initech'));
      await store.meta.insertOne({
        _id: SCHEMA_VERSION_META_ID,
        value: { version: LATEST_SCHEMA_VERSION + 1, history: [] },
      });
    });
    await expect(openStore({ dataDir })).rejects.toThrow(
      new RegExp(
        `schema version ${LATEST_SCHEMA_VERSION + 1}, but this CRMPro knows versions up to ${LATEST_SCHEMA_VERSION}.*crmpro store restore`,
      ),
    );
    const store = openEmbeddedStore({ dataDir });
    expect(await readSchemaVersion(store)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(await store.accounts.countDocuments({})).toBe(1);
    await store.close();
  });

  it('a step that fails leaves the version where it was, and the next open runs it again', async () => {
    const dataDir = freshDir();
    let attempts = 0;
    const flaky: Migration = {
      version: 2,
      description: 'fails the first time',
      up: async (store) => {
        attempts += 1;
        await store.meta.updateOne({ _id: 'flaky' }, { $set: { value: { attempts } } }, { upsert: true });
        if (attempts === 1) throw new Error('disk full');
      },
    };
    const store = openEmbeddedStore({ dataDir });
    try {
      await expect(migrateStore(store, { migrations: [MIGRATIONS[0]!, flaky] })).rejects.toThrow('disk full');
      expect(await readSchemaVersion(store)).toBe(1);
      expect(await store.meta.findById(MIGRATION_LOCK_META_ID)).toBeNull();
      const report = await migrateStore(store, { migrations: [MIGRATIONS[0]!, flaky] });
      expect(report.applied.map((step) => step.version)).toEqual([2]);
      expect(await readSchemaVersion(store)).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('takes over the lease of a process that died while migrating once it expired, and waits while a live one holds it', async () => {
    const dataDir = freshDir();
    const store = openEmbeddedStore({ dataDir });
    try {
      await store.meta.insertOne({
        _id: MIGRATION_LOCK_META_ID,
        value: { owner: 'dead-host:1:gone', expiresAt: Date.now() - 1_000 },
      });
      const report = await migrateStore(store);
      expect(report.applied.length).toBe(LATEST_SCHEMA_VERSION);

      const other = freshDir();
      const second = openEmbeddedStore({ dataDir: other });
      try {
        await second.meta.insertOne({
          _id: MIGRATION_LOCK_META_ID,
          value: { owner: 'live-host:2:busy', expiresAt: Date.now() + 60_000 },
        });
        const lines: string[] = [];
        let done = false;
        const waiting = migrateStore(second, { pollMs: 20, log: (line) => lines.push(line) }).then(
          (result) => {
            done = true;
            return result;
          },
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(done).toBe(false);
        expect(lines).toEqual(['waiting for live-host:2:busy to finish migrating the store']);
        await second.meta.deleteOne({ _id: MIGRATION_LOCK_META_ID });
        expect((await waiting).to).toBe(LATEST_SCHEMA_VERSION);
      } finally {
        await second.close();
      }
    } finally {
      await store.close();
    }
  });

  it('refuses a list of migrations that is not numbered 1, 2, 3 in order', async () => {
    const store = openEmbeddedStore({ dataDir: freshDir() });
    try {
      await expect(migrateStore(store, { migrations: [sentimentMigration] })).rejects.toThrow(
        /numbered 1, 2, 3/,
      );
    } finally {
      await store.close();
    }
  });
});
