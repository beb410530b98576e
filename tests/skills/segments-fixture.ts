import { nameKeyOf, orderTotalOf, type Region } from '../../src/vocabulary';
import type { NewDocument } from '../../src/store/store';
import type { Order } from '../../src/vocabulary';
import type { Store } from '../../src/store/store';
import { FIXTURE_NOW } from '../fixtures/small-crm';

const DAY = 86_400_000;

/** The buying behaviour planted in the fixture's accounts. */
export type FixtureBuyer = 'champion' | 'regular' | 'lapsed' | 'one-off' | 'prospect';

/** Accounts of the fixture by name, with what was planted. */
export interface OrdersFixture {
  ids: Map<string, string>;
  planted: Map<string, FixtureBuyer>;
}

/**
 * A small CRM with purchase histories: 8 champions (weekly, large orders; Acme Corporation in NA,
 * Hooli in EMEA), 16 regular monthly buyers (Globex), 12 accounts that bought every two weeks until
 * five months ago (Umbrella Corporation), 12 one-off buyers, 2 prospects without orders (Initech).
 * Half of the regular and champion accounts buy the KIT-X starter kit and then KIT-Y refills;
 * Soylent bought KIT-X last week and no KIT-Y yet.
 */
export async function loadOrdersFixture(store: Store): Promise<OrdersFixture> {
  const specs: { name: string; buyer: FixtureBuyer; region: Region }[] = [];
  const named: Record<FixtureBuyer, string[]> = {
    champion: ['Acme Corporation', 'Hooli'],
    regular: ['Globex', 'Soylent'],
    lapsed: ['Umbrella Corporation'],
    'one-off': ['Acme Logistics'],
    prospect: ['Initech'],
  };
  const counts: Record<FixtureBuyer, number> = {
    champion: 8,
    regular: 16,
    lapsed: 12,
    'one-off': 12,
    prospect: 2,
  };
  const regions: Region[] = ['NA', 'EMEA', 'APAC', 'LATAM'];
  for (const buyer of Object.keys(counts) as FixtureBuyer[]) {
    for (let i = 0; i < counts[buyer]; i++) {
      const name = named[buyer][i] ?? `${buyer} account ${i + 1}`;
      specs.push({
        name,
        buyer,
        region: name === 'Hooli' ? 'EMEA' : name === 'Acme Corporation' ? 'NA' : regions[i % 4]!,
      });
    }
  }
  const accounts = await store.accounts.insertMany(
    specs.map((s) => ({
      name: s.name,
      nameKey: nameKeyOf(s.name),
      region: s.region,
      country: s.region === 'EMEA' ? 'DE' : 'US',
      status: s.buyer === 'prospect' ? ('prospect' as const) : ('customer' as const),
    })),
  );
  await store.products.insertMany(
    ['LIC-PRO', 'LIC-TEAM', 'CNS-BATT', 'CNS-CUSH', 'DEV-SCAN', 'KIT-X', 'KIT-Y'].map((sku) => ({
      sku,
      name: `Product ${sku}`,
      category: sku.slice(0, 3),
      unitPrice: 50,
      currency: 'USD',
      billing: 'one_time' as const,
      active: true,
    })),
  );
  const ids = new Map<string, string>();
  const planted = new Map<string, FixtureBuyer>();
  const orders: NewDocument<Order>[] = [];
  const now = FIXTURE_NOW.getTime();
  let number = 1;
  const order = (accountId: string, daysAgo: number, lines: [string, number, number][]) => {
    const orderLines = lines.map(([sku, quantity, unitPrice]) => ({ sku, quantity, unitPrice }));
    orders.push({
      orderNumber: `SO-${number++}`,
      accountId,
      orderedAt: new Date(now - daysAgo * DAY),
      status: 'shipped',
      currency: 'USD',
      lines: orderLines,
      total: orderTotalOf(orderLines),
    });
  };
  specs.forEach((spec, i) => {
    const id = accounts[i]!._id;
    ids.set(spec.name, id);
    planted.set(spec.name, spec.buyer);
    const kit =
      (spec.buyer === 'champion' || spec.buyer === 'regular') && i % 2 === 0 && spec.name !== 'Soylent';
    switch (spec.buyer) {
      case 'champion':
        for (let d = 700 - (i % 5); d >= 2; d -= 7)
          order(id, d, [
            ['LIC-PRO', 10, 120],
            ['CNS-BATT', 20, 15],
          ]);
        break;
      case 'regular':
        for (let d = 690 - i * 3; d >= 5 + (i % 20); d -= 30)
          order(id, d, [
            ['LIC-TEAM', 2, 60],
            ['CNS-CUSH', 3, 12],
          ]);
        break;
      case 'lapsed':
        for (let d = 700 - i * 5; d >= 150 + i; d -= 14)
          order(id, d, [
            ['LIC-TEAM', 3, 60],
            ['DEV-SCAN', 1, 200],
          ]);
        break;
      case 'one-off':
        order(id, 200 + i * 30, [['DEV-SCAN', 1, 200]]);
        break;
      default:
        break;
    }
    if (kit) {
      order(id, 400 - i, [['KIT-X', 1, 80]]);
      order(id, 370 - i, [['KIT-Y', 2, 30]]);
    }
    if (spec.name === 'Soylent') order(id, 7, [['KIT-X', 1, 80]]);
  });
  await store.orders.insertMany(orders);
  await store.interactions.insertMany([
    {
      type: 'meeting',
      accountId: ids.get('Acme Corporation')!,
      occurredAt: new Date(now - 3 * DAY),
      summary: 'Quarterly review',
    },
    {
      type: 'call',
      accountId: ids.get('Globex')!,
      occurredAt: new Date(now - 20 * DAY),
      summary: 'Renewal call',
    },
  ]);
  return { ids, planted };
}
