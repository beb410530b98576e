import { orderTotalOf, type Order, type Product } from '../../vocabulary';
import type { AccountContext } from './account-context';
import { addDays, atBusinessHour, daysBetween } from './calendar';
import { isWellKnownAccount } from './demo-accounts';
import type { SeedDocument, SeedWindow } from './demo-crm';
import { REGION_DAY_START_UTC } from './geography';
import { basketFor, Catalog, type BasketProfile } from './order-baskets';
import type { Random } from './random';

/** The buying behaviour planted in the orders (what a segmentation should find). */
export type BuyerSegment = 'champion' | 'loyal' | 'at_risk' | 'hibernating' | 'new' | 'one_off';

/** Share of buying accounts in each segment. */
const SEGMENT_WEIGHTS: readonly (readonly [BuyerSegment, number])[] = [
  ['champion', 0.1],
  ['loyal', 0.2],
  ['at_risk', 0.15],
  ['hibernating', 0.2],
  ['new', 0.15],
  ['one_off', 0.2],
];
/** Days between orders (before the counts are scaled to the requested total), by segment. */
const INTERVAL_DAYS: Readonly<Record<BuyerSegment, readonly [number, number]>> = {
  champion: [10, 21],
  loyal: [25, 45],
  at_risk: [20, 40],
  hibernating: [40, 90],
  new: [15, 40],
  one_off: [0, 0],
};
const FIXED_SEGMENTS: Readonly<Record<string, BuyerSegment>> = {
  'Acme Corporation': 'champion',
  Hooli: 'champion',
  Globex: 'loyal',
  'Stark Industries': 'loyal',
  'Wayne Enterprises': 'loyal',
  Initech: 'new',
  'Globex Financial': 'new',
  'Umbrella Corporation': 'at_risk',
  Soylent: 'hibernating',
  'Acme Logistics': 'one_off',
};
/** Share of the accounts that are not cold prospects that buy from the web shop or order desk. */
const BUYER_SHARE = 0.7;
const HARDWARE_INDUSTRIES = ['Retail', 'Logistics', 'Manufacturing', 'Healthcare', 'Education', 'Government'];
const CANCELLED_SHARE = 0.03;
const RETURNED_SHARE = 0.02;

interface Buyer {
  context: AccountContext;
  segment: BuyerSegment;
  from: Date;
  to: Date;
  interval: number;
  profile: BasketProfile;
}

/** The active buying window of a segment: champions buy all along, at-risk stopped months ago, new started recently. */
function windowOf(random: Random, window: SeedWindow, segment: BuyerSegment): [Date, Date] {
  const { start, anchor } = window;
  switch (segment) {
    case 'champion':
      return [addDays(start, random.uniform(0, 120)), addDays(anchor, -random.uniform(0, 14))];
    case 'loyal':
      return [addDays(start, random.uniform(0, 360)), addDays(anchor, -random.uniform(0, 40))];
    case 'at_risk':
      return [addDays(start, random.uniform(0, 300)), addDays(anchor, -random.uniform(100, 240))];
    case 'hibernating': {
      const to = addDays(anchor, -random.uniform(300, 800));
      return [addDays(start, random.uniform(0, Math.max(1, daysBetween(start, to) - 60))), to];
    }
    case 'new':
      return [addDays(anchor, -random.uniform(20, 150)), addDays(anchor, -random.uniform(0, 10))];
    default: {
      const at = addDays(start, random.uniform(0, daysBetween(start, anchor)));
      return [at, at];
    }
  }
}

/** Order dates from `from` to `to` every `interval` days (±25%), a little more often in Q4. */
function orderDates(random: Random, buyer: Buyer): Date[] {
  if (buyer.segment === 'one_off') return [buyer.from];
  const dates: Date[] = [];
  let at = addDays(
    buyer.from,
    random.uniform(0, Math.min(buyer.interval, daysBetween(buyer.from, buyer.to))),
  );
  while (at <= buyer.to) {
    dates.push(at);
    at = addDays(at, buyer.interval * random.uniform(0.75, 1.25) * (at.getUTCMonth() >= 9 ? 0.8 : 1));
  }
  return dates.length ? dates : [buyer.from];
}

/**
 * `count` orders (with lines, cancellations and returns) over three years from the buying accounts,
 * which behave like planted segments (champions, loyal, at risk, hibernating, new, one-off) and follow
 * the co-purchase rules of the catalogue. Returns the orders and each buyer's segment.
 */
export function generateOrders(
  random: Random,
  window: SeedWindow,
  contexts: readonly AccountContext[],
  products: readonly SeedDocument<Product>[],
  count: number,
): { orders: SeedDocument<Order>[]; segments: Map<string, BuyerSegment> } {
  const catalog = new Catalog(products);
  const buyers: Buyer[] = [];
  for (const context of contexts) {
    const known = isWellKnownAccount(context.account.name);
    if (!known && (context.cold || !random.chance(BUYER_SHARE))) continue;
    const segment = FIXED_SEGMENTS[context.account.name] ?? random.weighted(SEGMENT_WEIGHTS);
    const [from, to] = windowOf(random, window, segment);
    const hardware = random.chance(HARDWARE_INDUSTRIES.includes(context.account.industry ?? '') ? 0.7 : 0.25);
    const [low, high] = INTERVAL_DAYS[segment];
    buyers.push({
      context,
      segment,
      from,
      to,
      interval: random.uniform(low, high) * (hardware ? 1 : 2),
      profile: {
        core: catalog.coreFor(random, hardware),
        hardware,
        employees: context.account.employees ?? 50,
        currency: context.currency,
        boost: segment === 'champion' ? 1.5 : 1,
        ownedDevices: new Set(),
      },
    });
  }

  // Scale the buying rhythm so the orders add up to the requested count.
  const returns = Math.round(count * RETURNED_SHARE);
  const placedTarget = count - returns;
  const natural = buyers.reduce(
    (sum, b) => sum + (b.segment === 'one_off' ? 1 : Math.max(1, daysBetween(b.from, b.to) / b.interval)),
    0,
  );
  const oneOffs = buyers.filter((b) => b.segment === 'one_off').length;
  const factor = Math.max(0.05, (placedTarget - oneOffs) / Math.max(1, natural - oneOffs));
  for (const buyer of buyers) buyer.interval = Math.max(2, buyer.interval / factor);

  let planned = buyers.flatMap((buyer) => orderDates(random, buyer).map((at) => ({ buyer, at })));
  if (planned.length > placedTarget) planned = random.shuffle(planned).slice(0, placedTarget);
  const regulars = buyers.filter(
    (b) => b.segment === 'champion' || b.segment === 'loyal' || b.segment === 'new',
  );
  while (planned.length < placedTarget && regulars.length) {
    const buyer = random.pick(regulars);
    planned.push({ buyer, at: addDays(buyer.from, random.uniform(0, daysBetween(buyer.from, buyer.to))) });
  }
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());

  const orders: SeedDocument<Order>[] = [];
  planned.forEach(({ buyer, at }, index) => {
    const account = buyer.context.account;
    const orderedAt = atBusinessHour(random, at, REGION_DAY_START_UTC[account.region ?? 'NA']);
    const lines = basketFor(random, catalog, buyer.profile);
    const recent = daysBetween(orderedAt, window.anchor) < 10;
    const status: Order['status'] = random.chance(CANCELLED_SHARE)
      ? 'cancelled'
      : recent && random.chance(0.7)
        ? 'placed'
        : 'shipped';
    orders.push({
      _id: random.idAt(orderedAt),
      orderNumber: `SO-${100001 + index}`,
      accountId: account._id,
      orderedAt: orderedAt < window.anchor ? orderedAt : addDays(window.anchor, -0.5),
      status,
      currency: buyer.context.currency,
      ...(account.country ? { country: account.country } : {}),
      lines,
      total: orderTotalOf(lines),
      createdAt: orderedAt,
    });
  });

  const shipped = orders.filter(
    (order) => order.status === 'shipped' && daysBetween(order.orderedAt, window.anchor) > 30,
  );
  for (const original of random.sample(shipped, returns)) {
    const line = random.pick(original.lines);
    const returned = [{ ...line, quantity: -random.int(1, Math.max(1, line.quantity)) }];
    const returnedAt = addDays(original.orderedAt, random.uniform(5, 30));
    orders.push({
      _id: random.idAt(returnedAt),
      orderNumber: `${original.orderNumber}-R`,
      accountId: original.accountId!,
      orderedAt: returnedAt,
      status: 'returned',
      currency: original.currency,
      ...(original.country ? { country: original.country } : {}),
      lines: returned,
      total: orderTotalOf(returned),
      createdAt: returnedAt,
    });
  }
  orders.sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
  return { orders, segments: new Map(buyers.map((buyer) => [buyer.context.account._id, buyer.segment])) };
}
