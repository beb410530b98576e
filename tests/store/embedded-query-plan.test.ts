import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Query } from 'mingo';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { SqliteCollection } from '../../src/store/embedded/sqlite-collection';
import type { Deal } from '../../src/vocabulary';
import type { Filter, FindOptions, Store } from '../../src/store/store';
import { aDeal, anAccount, utc } from '../contract/store-fixtures';

let dataDir: string;
let store: Store;
const explain = (collection: unknown, filter: Filter, options?: FindOptions) =>
  (collection as SqliteCollection<{ _id: string }>).explainFind(filter, options).join(' | ');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-plan-'));
  store = openEmbeddedStore({ dataDir });
  await store.ensureIndexes();
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the lookups skills make use the expression indexes', () => {
  test('account by nameKey', () => {
    expect(explain(store.accounts, { nameKey: 'acme corp' }, { limit: 20 })).toMatch(
      /SEARCH c_accounts USING INDEX ix_accounts__nameKey/,
    );
  });

  test('account by domain (unique, sparse)', () => {
    expect(explain(store.accounts, { domain: 'acme.com' }, { limit: 1 })).toMatch(
      /USING INDEX ux_accounts__domain/,
    );
  });

  test('deals by accountId', () => {
    expect(explain(store.deals, { accountId: 'a-1' })).toMatch(
      /SEARCH c_deals USING INDEX ix_deals__accountId/,
    );
  });

  test('interactions by accountId, newest first, 20: the index also gives the order', () => {
    const plan = explain(store.interactions, { accountId: 'a-1' }, { sort: { occurredAt: -1 }, limit: 20 });
    expect(plan).toMatch(/SEARCH c_interactions USING INDEX ix_interactions__accountId__occurredAt/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  test('deals by ownerId and stage', () => {
    expect(explain(store.deals, { ownerId: 'u-1', stage: 'proposal' })).toMatch(
      /USING INDEX ix_deals__ownerId__stage \(<expr>=\? AND <expr>=\?\)/,
    );
    expect(explain(store.deals, { ownerId: 'u-1', stage: { $in: ['proposal', 'negotiation'] } })).toMatch(
      /USING INDEX ix_deals__ownerId__stage/,
    );
  });

  test('date ranges search their index rather than scanning the table', () => {
    expect(explain(store.deals, { closeDate: { $gte: utc('2025-01-01'), $lt: utc('2025-04-01') } })).toMatch(
      /SEARCH c_deals USING INDEX ix_deals__closeDate/,
    );
    expect(explain(store.deals, { stage: 'proposal', closeDate: { $lt: utc('2025-04-01') } })).toMatch(
      /USING INDEX ix_deals__stage__closeDate/,
    );
  });

  test('users by _id list, by email', () => {
    expect(explain(store.users, { _id: { $in: ['u-1', 'u-2'] } })).toMatch(
      /USING INDEX sqlite_autoindex_c_users/,
    );
    expect(explain(store.users, { email: 'ann@example.com', active: true })).toMatch(
      /USING INDEX ux_users__email/,
    );
  });
});

describe('SQL pushdown gives exactly what MongoDB semantics (mingo over every document) give', () => {
  let all: Deal[];
  beforeAll(async () => {
    await store.dropAll();
    await store.accounts.insertOne(anAccount('A'));
    // Deterministic pseudo-random deals: some fields missing, some null, amounts with ties.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const stages = [
      'prospecting',
      'qualification',
      'proposal',
      'negotiation',
      'closed_won',
      'closed_lost',
    ] as const;
    await store.deals.insertMany(
      Array.from({ length: 240 }, (_, i) => {
        const deal = aDeal(`a-${next(6)}`, `deal ${i}`, {
          stage: stages[next(6)]!,
          amount: next(20) * 500,
          ownerId: `u-${next(4)}`,
          closeDate: new Date(utc('2024-01-01').getTime() + next(800) * 86_400_000),
        });
        if (next(3) === 0) deal.contactId = null as unknown as string;
        else if (next(2) === 0) deal.contactId = `c-${next(5)}`;
        if (next(4) === 0) deal.closedAt = new Date(utc('2024-06-01').getTime() + next(300) * 86_400_000);
        return deal;
      }),
    );
    all = await store.deals.find({ $or: [{}] });
  });

  const cases: [string, Filter, FindOptions][] = [
    ['equality', { accountId: 'a-2' }, {}],
    ['two equalities', { ownerId: 'u-1', stage: 'proposal' }, {}],
    ['$in', { stage: { $in: ['proposal', 'negotiation'] } }, { sort: { amount: -1 }, limit: 7 }],
    ['number range', { amount: { $gte: 2000, $lt: 6000 } }, { sort: { amount: 1 }, skip: 3, limit: 10 }],
    [
      'date range',
      { closeDate: { $gt: utc('2024-09-01'), $lte: utc('2025-02-01') } },
      { sort: { closeDate: -1 } },
    ],
    [
      'range and equality',
      { accountId: 'a-1', closeDate: { $gte: utc('2024-06-01') } },
      { sort: { closeDate: 1, amount: -1 } },
    ],
    ['$eq', { ownerId: { $eq: 'u-3' } }, { limit: 5 }],
    ['null', { contactId: null }, { sort: { amount: -1 } }],
    ['$in with null', { contactId: { $in: [null, 'c-1'] } }, {}],
    ['missing date, sorted', { closedAt: { $exists: true } }, { sort: { closedAt: 1 } }],
    [
      '$and of ranges',
      { $and: [{ amount: { $gt: 1000 } }, { amount: { $lt: 3000 } }, { stage: 'closed_won' }] },
      {},
    ],
    [
      '$and with $or',
      { $and: [{ ownerId: 'u-2' }, { $or: [{ stage: 'proposal' }, { amount: 0 }] }] },
      { sort: { amount: 1 } },
    ],
    ['empty $in', { stage: { $in: [] } }, {}],
    ['$ne', { stage: { $ne: 'proposal' }, ownerId: 'u-0' }, { sort: { closeDate: -1 }, limit: 3 }],
    ['_id list', { _id: { $in: [] as string[] } }, {}],
  ];

  test.each(cases)('%s', async (_label, filter, options) => {
    const expected = (() => {
      const cursor = new Query(filter).find<Deal>(all);
      if (options.sort) cursor.sort(options.sort);
      if (options.skip) cursor.skip(options.skip);
      if (options.limit) cursor.limit(options.limit);
      return cursor.all().map((d) => d.name);
    })();
    const actual = (await store.deals.find(filter, options)).map((d) => d.name);
    if (!options.sort) {
      expect([...actual].sort()).toEqual([...expected].sort());
    } else {
      expect(actual).toEqual(expected);
    }
    expect(await store.deals.countDocuments(filter)).toBe(new Query(filter).find(all).all().length);
  });
});

describe('after a bulk load the planner knows which index is selective', () => {
  test("an account's won deals of the year come by account, not by scanning every won deal", async () => {
    const local = mkdtempSync(path.join(tmpdir(), 'crmpro-plan-stats-'));
    const loaded = openEmbeddedStore({ dataDir: local });
    try {
      await loaded.ensureIndexes();
      // Many accounts with a few deals each, mostly won within the year: stage+closeDate matches
      // thousands of rows, accountId a handful.
      const deals = Array.from({ length: 3000 }, (_, i) =>
        aDeal(`a-${i % 600}`, `deal ${i}`, {
          stage: i % 10 === 0 ? 'negotiation' : 'closed_won',
          closeDate: utc(`2026-0${1 + (i % 9)}-15`),
        }),
      );
      await loaded.deals.insertMany(deals);
      const filter = { accountId: 'a-7', stage: 'closed_won', closeDate: { $gte: utc('2026-01-01') } };
      await loaded.refreshStatistics();
      expect(explain(loaded.deals, filter)).toMatch(/USING INDEX ix_deals__accountId\b/);
    } finally {
      await loaded.close();
      rmSync(local, { recursive: true, force: true });
    }
  });
});
