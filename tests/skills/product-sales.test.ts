import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ErrorCode } from '../../src/core/errors';
import {
  productSales,
  type AccountOrders,
  type BestSellers,
  type ProductBuyers,
} from '../../src/skills/product-sales';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import type { Order } from '../../src/vocabulary';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

/** Sales by product on the seeded demo CRM, each figure recounted here from the orders in the store. */
describe('product-sales skill', () => {
  let world: EvalWorld;
  let rep: Caller;
  let marketing: Caller;
  let orders: Order[];
  let teamAccounts: Set<string>;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const store = world.services.store;
    const sam = (await store.users.findOne({ email: 'sam.rivera@demo.crmpro.dev' }))!;
    const alex = (await store.users.findOne({ email: 'alex.kim@demo.crmpro.dev' }))!;
    rep = { role: 'rep', userId: sam._id, timezone: 'UTC' };
    marketing = { role: 'marketing', userId: alex._id, timezone: 'UTC' };
    orders = await store.orders.find({});
    const team = await store.users.find({ team: sam.team });
    teamAccounts = new Set(
      (await store.accounts.find({ ownerId: { $in: team.map((u) => u._id) } })).map((a) => a._id),
    );
  }, 120_000);
  afterAll(() => world.close());
  const call = (input: object, caller: Caller) =>
    invokeSkill(productSales, input as never, { caller, services: world.services });

  it('names the product with most revenue and the one with most units in a period, over the accounts the caller may see', async () => {
    const inPeriod = (o: Order) =>
      o.status !== 'cancelled' &&
      o.orderedAt >= new Date('2026-01-01') &&
      o.orderedAt < new Date('2026-12-05');
    for (const [caller, counted] of [
      [marketing, orders.filter((o) => o.accountId && inPeriod(o))],
      [rep, orders.filter((o) => o.accountId && teamAccounts.has(o.accountId) && inPeriod(o))],
    ] as const) {
      const units = new Map<string, number>();
      for (const o of counted)
        for (const line of o.lines)
          units.set(
            line.sku,
            (units.get(line.sku) ?? 0) + (o.status === 'returned' ? -1 : 1) * line.quantity,
          );
      const mostUnits = [...units].sort((a, b) => b[1] - a[1])[0]!;
      const result = (await call({ from: '2026-01-01', to: '2026-12-04', limit: 5 }, caller)) as BestSellers;
      expect(result.kind).toBe('best-sellers');
      expect(result.orders).toBe(counted.length);
      expect(result.byUnits[0]).toMatchObject({ sku: mostUnits[0], units: mostUnits[1] });
      expect(result.byRevenue).toHaveLength(5);
      const usd = (i: number) => result.byRevenue[i]!.revenue.find((m) => m.currency === 'USD')?.amount ?? 0;
      expect(usd(0)).toBeGreaterThanOrEqual(usd(1));
    }
    const forRep = (await call({ from: '2026-01-01', to: '2026-12-04' }, rep)) as BestSellers;
    expect(forRep.hiddenAccounts).toBeGreaterThan(0);
  }, 60_000);

  it('lists the buyers of a product named in words, their units recounted from the orders', async () => {
    const product = (await world.services.store.products.findOne({ sku: 'ANL-PRO' }))!;
    const buyers = new Set(
      orders
        .filter((o) => o.accountId && o.status !== 'cancelled' && o.lines.some((l) => l.sku === product.sku))
        .map((o) => o.accountId!),
    );
    const all = (await call({ product: product.name.toLowerCase(), limit: 50 }, marketing)) as ProductBuyers;
    expect(all).toMatchObject({
      kind: 'buyers',
      product: { sku: 'ANL-PRO' },
      buyers: buyers.size,
      hiddenBuyers: 0,
    });
    const first = all.accounts[0]!;
    const units = orders
      .filter((o) => o.accountId === first.id && o.status !== 'cancelled')
      .flatMap((o) =>
        o.lines
          .filter((l) => l.sku === product.sku)
          .map((l) => (o.status === 'returned' ? -1 : 1) * l.quantity),
      )
      .reduce((a, b) => a + b, 0);
    expect(first.units).toBe(units);
    const mine = (await call({ product: 'ANL-PRO', limit: 50 }, rep)) as ProductBuyers;
    const teamBuyers = [...buyers].filter((id) => teamAccounts.has(id)).length;
    expect(mine.buyers).toBe(teamBuyers);
    expect(mine.hiddenBuyers).toBe(buyers.size - teamBuyers);
    expect(mine.accounts.every((a) => teamAccounts.has(a.id))).toBe(true);
    await expect(call({ product: 'unicorn dust' }, rep)).rejects.toMatchObject({ code: ErrorCode.NotFound });
  }, 60_000);

  it("counts an account's orders placed, cancelled and returned; another team's account is refused to a rep", async () => {
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const theirs = orders.filter((o) => o.accountId === acme._id);
    const result = (await call({ account: 'acme corporation' }, marketing)) as AccountOrders;
    expect(result).toMatchObject({
      kind: 'account-orders',
      account: { name: 'Acme Corporation' },
      placed: theirs.length,
      cancelled: theirs.filter((o) => o.status === 'cancelled').length,
      returned: theirs.filter((o) => o.status === 'returned').length,
    });
    const other = (await world.services.store.accounts.find({})).find(
      (a) => !teamAccounts.has(a._id) && orders.some((o) => o.accountId === a._id),
    )!;
    await expect(call({ account: other.name }, rep)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  }, 60_000);

  it('counts only the accounts of a region, a country or an industry, recounted from the orders', async () => {
    const accounts = await world.services.store.accounts.find({});
    const byId = new Map(accounts.map((a) => [a._id, a]));
    const inPeriod = (o: Order) =>
      o.status !== 'cancelled' &&
      o.orderedAt >= new Date('2026-01-01') &&
      o.orderedAt < new Date('2026-12-05');
    const country = accounts.find((a) => a.country)!.country!;
    const industry = accounts.find((a) => a.industry)!.industry!;
    for (const [scope, fits] of [
      [{ region: 'APAC' }, (id: string) => byId.get(id)?.region === 'APAC'],
      [{ country: country.toLowerCase() }, (id: string) => byId.get(id)?.country === country],
      [{ industry }, (id: string) => byId.get(id)?.industry === industry],
    ] as const) {
      const counted = orders.filter((o) => o.accountId && fits(o.accountId) && inPeriod(o));
      const result = (await call(
        { from: '2026-01-01', to: '2026-12-04', ...scope },
        marketing,
      )) as BestSellers;
      expect(result.scope).toEqual(scope);
      expect(result.orders).toBe(counted.length);
      expect(result.orders).toBeLessThan(orders.filter((o) => o.accountId && inPeriod(o)).length);
    }
  }, 60_000);

  it('leaves out the buyers that ever bought another product (cross-sell: bought X but not Y)', async () => {
    const boughtSku = (sku: string) =>
      new Set(
        orders
          .filter((o) => o.accountId && o.status !== 'cancelled' && o.lines.some((l) => l.sku === sku))
          .map((o) => o.accountId!),
      );
    const pro = boughtSku('ANL-PRO');
    const other = (await world.services.store.products.find({})).find(
      (p) => p.sku !== 'ANL-PRO' && [...boughtSku(p.sku)].some((id) => pro.has(id)),
    )!;
    const otherBuyers = boughtSku(other.sku);
    const expected = [...pro].filter((id) => !otherBuyers.has(id));
    const result = (await call(
      { product: 'ANL-PRO', notProduct: other.sku, limit: 50 },
      marketing,
    )) as ProductBuyers;
    expect(result.without).toEqual({ sku: other.sku, name: other.name });
    expect(result.buyers).toBe(expected.length);
    expect(result.accounts.every((a) => !otherBuyers.has(a.id))).toBe(true);
    await expect(call({ notProduct: 'ANL-PRO' }, marketing)).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
  }, 60_000);

  it('names what an account bought most, by units, returns subtracted', async () => {
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const units = new Map<string, number>();
    for (const o of orders.filter((o) => o.accountId === acme._id && o.status !== 'cancelled'))
      for (const l of o.lines)
        units.set(l.sku, (units.get(l.sku) ?? 0) + (o.status === 'returned' ? -1 : 1) * l.quantity);
    const [sku, most] = [...units].sort((a, b) => b[1] - a[1])[0]!;
    const product = (await world.services.store.products.findOne({ sku }))!;
    const result = (await call({ account: 'acme' }, marketing)) as AccountOrders;
    expect(result.topProducts[0]).toMatchObject({ name: product.name, units: most });
    expect(result.topProducts.length).toBeLessThanOrEqual(5);
  }, 60_000);

  it('is not for support, analysts or visitors', async () => {
    for (const role of ['support', 'analyst', 'visitor'] as const)
      await expect(call({}, { role, timezone: 'UTC' })).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
