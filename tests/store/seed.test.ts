import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store';
import type { Deal } from '../../src/vocabulary';
import {
  DEMO_ACCOUNT_NAMES,
  DEMO_MANAGER_EMAIL,
  DEMO_REP_EMAIL,
  DEMO_SEED_META_ID,
  SIMILAR_DEMO_ACCOUNT_NAMES,
  ensureDemoData,
  generateDemoCrm,
  type DemoCrm,
  isStoreEmpty,
  type SeedSummary,
} from '../../src/store/seed';
import type { Store } from '../../src/store/store';

// Full-scale counts and timing are checked by `crmpro seed` and the bench. Here the planted structure is
// measured at 5% scale on the generator's output (the store holds exactly those documents: tested below),
// and the store-backed checks run at 2% to keep the suite fast.
const STRUCTURE_SCALE = 0.05;
const STORED_SCALE = 0.02;
const anchor = new Date(Date.UTC(2025, 4, 14));

let dataDir: string;
let store: Store;
let summary: SeedSummary | undefined;
let stored: DemoCrm;
let crm: DemoCrm;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-seed-'));
  store = await openStore({ dataDir });
  summary = await ensureDemoData(store, { anchor, scale: STORED_SCALE });
  stored = generateDemoCrm({ anchor, scale: STORED_SCALE });
  crm = generateDemoCrm({ anchor, scale: STRUCTURE_SCALE });
});
afterAll(async () => {
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const winRate = (deals: readonly Pick<Deal, 'stage'>[]) =>
  deals.filter((d) => d.stage === 'closed_won').length / Math.max(1, deals.length);

describe('demo seed', () => {
  it('loads an empty store once, records what it loaded, and leaves a loaded store alone', async () => {
    expect(summary!.counts).toEqual({
      users: 19,
      accounts: 40,
      contacts: 120,
      products: 50,
      deals: 200,
      interactions: 2000,
      orders: 600,
      leads: 20,
      tasks: stored.tasks.length,
      cases: stored.cases.length,
    });
    const meta = await store.meta.findById(DEMO_SEED_META_ID);
    expect(meta?.value).toMatchObject({
      state: 'complete',
      seed: 42,
      anchor: anchor.toISOString(),
      counts: summary!.counts,
    });
    expect(await store.interactions.countDocuments({})).toBe(2000);
    expect(await isStoreEmpty(store)).toBe(false);
    expect(await ensureDemoData(store, { anchor, scale: STORED_SCALE })).toBeUndefined();
    expect(await store.accounts.countDocuments({})).toBe(40);
  });

  it('reloads a seed that was interrupted, but not one another process is loading right now', async () => {
    const tinyDir = mkdtempSync(path.join(tmpdir(), 'crmpro-seed-tiny-'));
    const tiny = await openStore({ dataDir: tinyDir });
    try {
      await tiny.meta.insertOne({ _id: DEMO_SEED_META_ID, value: { state: 'loading', seed: 42 } });
      await tiny.users.insertOne({
        email: 'half@loaded.example',
        name: 'Half Loaded',
        role: 'rep',
        team: 'x',
        timezone: 'UTC',
        active: true,
      });
      expect(await ensureDemoData(tiny, { anchor, scale: 0.005 })).toBeUndefined();
      const later = () => new Date(Date.now() + 10 * 60_000);
      const reloaded = await ensureDemoData(tiny, { anchor, scale: 0.005 }, later);
      expect(reloaded?.counts.accounts).toBe(10);
      expect(await tiny.users.countDocuments({ email: 'half@loaded.example' })).toBe(0);
      expect((await tiny.meta.findById(DEMO_SEED_META_ID))?.value).toMatchObject({ state: 'complete' });
    } finally {
      await tiny.close();
      rmSync(tinyDir, { recursive: true, force: true });
    }
  });

  it('is reproducible: same seed and anchor give the same documents, another seed different ones', () => {
    expect(generateDemoCrm({ anchor, scale: STORED_SCALE })).toEqual(stored);
    const other = generateDemoCrm({ anchor, scale: STORED_SCALE, seed: 7 });
    expect(other.deals.map((d) => d.amount)).not.toEqual(stored.deals.map((d) => d.amount));
  });

  it('stores exactly the generated documents', async () => {
    for (const sample of [stored.deals.find((deal) => deal.name.startsWith('Initech'))!, stored.deals[0]!]) {
      const { updatedAt, ...rest } = (await store.deals.findById(sample._id))!;
      expect(updatedAt).toBeInstanceOf(Date);
      expect(rest).toEqual(sample);
    }
    const { updatedAt: _u, ...order } = (await store.orders.findById(stored.orders[42]!._id))!;
    expect(order).toEqual(stored.orders[42]);
  });

  it('has the people and accounts the demos rely on', async () => {
    const sam = await store.users.findOne({ email: DEMO_REP_EMAIL });
    const morgan = await store.users.findOne({ email: DEMO_MANAGER_EMAIL });
    expect(sam).toMatchObject({
      name: 'Sam Rivera',
      role: 'rep',
      team: 'Enterprise',
      managerId: morgan!._id,
    });
    expect(morgan).toMatchObject({ name: 'Morgan Lee', role: 'manager' });
    expect(sam!.slackUserId).toMatch(/^U0[A-Z0-9]{9}$/);
    expect(sam!.teamsUserId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await store.users.distinct('team', { role: 'rep' })).toEqual(
      expect.arrayContaining(['Enterprise', 'Mid-Market']),
    );

    for (const name of [...DEMO_ACCOUNT_NAMES, ...SIMILAR_DEMO_ACCOUNT_NAMES]) {
      expect(await store.accounts.countDocuments({ name })).toBe(1);
    }
    expect(await store.accounts.countDocuments({ nameKey: { $regex: '^acme' } })).toBe(2);
    const initech = await store.accounts.findOne({ name: 'Initech' });
    const jane = await store.contacts.findOne({ accountId: initech!._id, firstName: 'Jane' });
    expect(jane).toMatchObject({ email: 'jane.cooper@initech.com', buyingRole: 'champion' });

    const quarterEnd = new Date(Date.UTC(2025, 6, 1));
    for (const name of DEMO_ACCOUNT_NAMES) {
      const account = await store.accounts.findOne({ name });
      expect(
        await store.deals.countDocuments({
          accountId: account!._id,
          closedAt: { $exists: false },
          closeDate: { $gte: anchor, $lt: quarterEnd },
        }),
      ).toBeGreaterThan(0);
    }
    expect(await store.accounts.distinct<string>('nameKey')).toHaveLength(40);
    expect(await store.accounts.distinct<string>('domain')).toHaveLength(40);
  });

  it('keeps every record consistent with its history and the anchor', async () => {
    const deals = await store.deals.find({});
    const nextQuarterEnd = new Date(Date.UTC(2025, 9, 1));
    for (const deal of deals) {
      const times = deal.stageHistory.map((change) => change.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(deal.stageHistory[deal.stageHistory.length - 1]!.stage).toBe(deal.stage);
      if (deal.stage === 'closed_won' || deal.stage === 'closed_lost') {
        expect(deal.closedAt!.getTime()).toBe(times[times.length - 1]);
        expect(deal.closedAt!.getTime()).toBeLessThanOrEqual(anchor.getTime());
      } else {
        expect(deal.closedAt).toBeUndefined();
        expect(deal.closeDate.getTime()).toBeGreaterThanOrEqual(anchor.getTime() - 31 * 86_400_000);
        expect(deal.closeDate.getTime()).toBeLessThan(nextQuarterEnd.getTime());
      }
    }
    const open = crm.deals.filter((deal) => !deal.closedAt);
    expect(
      open.filter((deal) => deal.closeDate >= anchor && deal.closeDate < new Date(Date.UTC(2025, 6, 1)))
        .length,
    ).toBeGreaterThan(10);
    expect(open.filter((deal) => deal.closeDate >= new Date(Date.UTC(2025, 6, 1))).length).toBeGreaterThan(
      10,
    );
    expect(new Set(crm.deals.map((deal) => deal.currency))).toEqual(new Set(['USD', 'EUR', 'GBP']));

    expect(await store.interactions.countDocuments({ occurredAt: { $gt: anchor } })).toBe(0);
    const orders = await store.orders.find({});
    for (const order of orders) {
      const total = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
      expect(order.total).toBeCloseTo(total, 1);
    }
    expect(
      orders.some((order) => order.status === 'returned' && order.lines.every((line) => line.quantity < 0)),
    ).toBe(true);
  });

  it('plants win/loss structure a model can learn: engagement, champion and industry, in the documented direction', () => {
    const closed = crm.deals.filter((deal) => deal.stage === 'closed_won' || deal.stage === 'closed_lost');
    const meetings = new Map<string, number>();
    for (const touch of crm.interactions) {
      if (touch.type === 'meeting' && touch.dealId)
        meetings.set(touch.dealId, (meetings.get(touch.dealId) ?? 0) + 1);
    }
    const industry = new Map(crm.accounts.map((account) => [account._id, account.industry ?? '']));
    const championAccounts = new Set(
      crm.contacts.filter((c) => c.buyingRole === 'champion').map((c) => c.accountId),
    );

    const engaged = winRate(closed.filter((deal) => (meetings.get(deal._id) ?? 0) >= 3));
    const quiet = winRate(closed.filter((deal) => (meetings.get(deal._id) ?? 0) <= 1));
    expect(engaged - quiet).toBeGreaterThan(0.25);

    const withChampion = winRate(closed.filter((deal) => championAccounts.has(deal.accountId)));
    const without = winRate(closed.filter((deal) => !championAccounts.has(deal.accountId)));
    expect(withChampion - without).toBeGreaterThan(0.1);

    const software = winRate(closed.filter((deal) => industry.get(deal.accountId) === 'Software'));
    const hard = winRate(
      closed.filter((deal) => ['Government', 'Education', 'Retail'].includes(industry.get(deal.accountId)!)),
    );
    expect(software - hard).toBeGreaterThan(0.15);
  });

  it('shows seasonality: quarter-end months and Q4 close more deals', () => {
    const closed = crm.deals.filter((deal) => deal.closedAt);
    const byMonth = new Array<number>(12).fill(0);
    for (const deal of closed) byMonth[deal.closeDate.getUTCMonth()]!++;
    const quarterEnds = byMonth[2]! + byMonth[5]! + byMonth[8]! + byMonth[11]!;
    expect(quarterEnds / closed.length).toBeGreaterThan(0.42);
    expect(byMonth[11]!).toBe(Math.max(...byMonth));
  });
});
