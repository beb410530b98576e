import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store';
import type { Deal, Interaction } from '../../src/store/schemas';
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

// Unit tests run the generator at 5% scale; full-scale counts and timing are checked by `crmpro seed` and the bench.
const SCALE = 0.05;
const anchor = new Date(Date.UTC(2025, 4, 14));

let dataDir: string;
let store: Store;
let summary: SeedSummary | undefined;
let generated: DemoCrm;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-seed-'));
  store = await openStore({ dataDir });
  summary = await ensureDemoData(store, { anchor, scale: SCALE });
  generated = generateDemoCrm({ anchor, scale: SCALE });
});
afterAll(async () => {
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const winRate = (deals: readonly Deal[]) =>
  deals.filter((d) => d.stage === 'closed_won').length / Math.max(1, deals.length);

describe('demo seed', () => {
  it('loads an empty store once, records what it loaded, and leaves a loaded store alone', async () => {
    expect(summary).toBeDefined();
    expect(summary!.counts).toMatchObject({
      accounts: 100,
      contacts: 300,
      deals: 500,
      interactions: 5000,
      orders: 1500,
      products: 50,
      users: 16,
    });
    const meta = await store.meta.findById(DEMO_SEED_META_ID);
    expect(meta?.value).toMatchObject({
      state: 'complete',
      seed: 42,
      anchor: anchor.toISOString(),
      counts: summary!.counts,
    });
    expect(await store.interactions.countDocuments({})).toBe(5000);
    expect(await isStoreEmpty(store)).toBe(false);
    expect(await ensureDemoData(store, { anchor, scale: SCALE })).toBeUndefined();
    expect(await store.accounts.countDocuments({})).toBe(100);
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
    const again = generateDemoCrm({ anchor, scale: SCALE });
    const other = generateDemoCrm({ anchor, scale: SCALE, seed: 7 });
    expect(again).toEqual(generated);
    expect(other.deals.map((d) => d.amount)).not.toEqual(generated.deals.map((d) => d.amount));
  });

  it('stores exactly the generated documents', async () => {
    const sample = generated.deals.find((deal) => deal.name.startsWith('Initech'))!;
    const stored = await store.deals.findById(sample._id);
    const { updatedAt, ...rest } = stored!;
    expect(updatedAt).toBeInstanceOf(Date);
    expect(rest).toEqual(sample);
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

    const names = await store.accounts.distinct<string>('nameKey');
    const domains = await store.accounts.distinct<string>('domain');
    expect(names).toHaveLength(100);
    expect(domains).toHaveLength(100);
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
    const open = deals.filter((deal) => !deal.closedAt);
    expect(
      open.filter((deal) => deal.closeDate >= anchor && deal.closeDate < new Date(Date.UTC(2025, 6, 1)))
        .length,
    ).toBeGreaterThan(10);
    expect(open.filter((deal) => deal.closeDate >= new Date(Date.UTC(2025, 6, 1))).length).toBeGreaterThan(
      10,
    );
    expect(new Set(deals.map((deal) => deal.currency))).toEqual(new Set(['USD', 'EUR', 'GBP']));

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

  it('plants win/loss structure a model can learn: engagement, champion and industry, in the documented direction', async () => {
    const closed = await store.deals.find({ stage: { $in: ['closed_won', 'closed_lost'] } });
    const touches = await store.interactions.find({ dealId: { $exists: true } });
    const meetings = new Map<string, number>();
    for (const touch of touches as Interaction[]) {
      if (touch.type === 'meeting') meetings.set(touch.dealId!, (meetings.get(touch.dealId!) ?? 0) + 1);
    }
    const accounts = new Map((await store.accounts.find({})).map((account) => [account._id, account]));
    const championAccounts = new Set(
      await store.contacts.distinct<string>('accountId', { buyingRole: 'champion' }),
    );

    const engaged = winRate(closed.filter((deal) => (meetings.get(deal._id) ?? 0) >= 3));
    const quiet = winRate(closed.filter((deal) => (meetings.get(deal._id) ?? 0) <= 1));
    expect(engaged - quiet).toBeGreaterThan(0.25);

    const withChampion = winRate(closed.filter((deal) => championAccounts.has(deal.accountId)));
    const without = winRate(closed.filter((deal) => !championAccounts.has(deal.accountId)));
    expect(withChampion - without).toBeGreaterThan(0.1);

    const industryOf = (deal: Deal) => accounts.get(deal.accountId)?.industry ?? '';
    const software = winRate(closed.filter((deal) => industryOf(deal) === 'Software'));
    const hard = winRate(
      closed.filter((deal) => ['Government', 'Education', 'Retail'].includes(industryOf(deal))),
    );
    expect(software - hard).toBeGreaterThan(0.15);
  });

  it('shows seasonality: quarter-end months and Q4 close more deals', async () => {
    const closed = await store.deals.find({ stage: { $in: ['closed_won', 'closed_lost'] } });
    const byMonth = new Array<number>(12).fill(0);
    for (const deal of closed) byMonth[deal.closeDate.getUTCMonth()]!++;
    const quarterEnds = byMonth[2]! + byMonth[5]! + byMonth[8]! + byMonth[11]!;
    expect(quarterEnds / closed.length).toBeGreaterThan(0.42);
    expect(byMonth[11]!).toBe(Math.max(...byMonth));
  });
});
