import { customerView } from '../../src/skills/customer-view';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { loadSupportCrm, type SupportCrm } from './support-crm';

// Issue 19, eleventh round (W9-D): "qbr prep: what did initech buy from us this year" is the
// account's orders in that window: how many, their total, and the products in them.
let crm: SupportCrm;
beforeAll(async () => {
  crm = await loadSupportCrm();
}, 60_000);
afterAll(() => crm.cleanup());

const call = (input: unknown, caller: Caller) =>
  invokeSkill(customerView, input, { caller, services: crm.services });

describe('customer-view purchases in a window', () => {
  it('counts and totals the account’s orders of the window, as the store has them', async () => {
    const initech = (await crm.store.accounts.findOne({ name: 'Initech' }))!;
    const window = { from: '2026-01-01', to: '2026-12-04' };
    const orders = await crm.store.orders.find({
      accountId: initech._id,
      status: { $ne: 'cancelled' },
      orderedAt: { $gte: new Date('2026-01-01T00:00:00Z'), $lt: new Date('2026-12-05T00:00:00Z') },
    });
    expect(orders.length).toBeGreaterThan(0);
    const view = await call({ who: 'Initech', bought: window }, crm.rep);
    expect(view.purchases).toMatchObject({ ...window, orders: orders.length });
    const usd = orders.filter((o) => o.currency === 'USD').reduce((sum, o) => sum + o.total, 0);
    expect(view.purchases!.totals).toEqual([{ currency: 'USD', amount: Math.round(usd * 100) / 100 }]);
    const skus = new Set(orders.flatMap((o) => o.lines.map((l) => l.sku)));
    expect(new Set(view.purchases!.products.map((p) => p.sku))).toEqual(skus);
  });

  it('an order on the last day counts; one the day after does not', async () => {
    const initech = (await crm.store.accounts.findOne({ name: 'Initech' }))!;
    const [latest] = await crm.store.orders.find(
      { accountId: initech._id, status: { $ne: 'cancelled' } },
      { sort: { orderedAt: -1 }, limit: 1 },
    );
    const day = latest!.orderedAt.toISOString().slice(0, 10);
    const on = await call({ who: 'Initech', bought: { from: day, to: day } }, crm.rep);
    expect(on.purchases!.orders).toBeGreaterThanOrEqual(1);
    const next = new Date(`${day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const after = next.toISOString().slice(0, 10);
    const none = await call({ who: 'Initech', bought: { from: after, to: after } }, crm.rep);
    expect(none.purchases).toMatchObject({ orders: 0, totals: [], products: [] });
  });

  it('without a window there are no purchases; marketing may not ask', async () => {
    expect((await call({ who: 'Initech' }, crm.rep)).purchases).toBeUndefined();
    await expect(
      call({ who: 'Initech', bought: { from: '2026-01-01', to: '2026-12-04' } }, crm.marketing),
    ).rejects.toThrow(/can't ask me that/);
  });
});
