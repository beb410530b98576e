import { OrderBookBuilder, type OrderBook } from './order-book';
import { MS_PER_DAY } from './order-date';
import { seededRandom } from '../../core/seeded-random';

/** The buying behaviour planted in synthetic orders: what segmentation must find. */
export type PlantedGroup = 'top' | 'regular' | 'lapsed' | 'occasional' | 'new';

/** Share of customers in each planted group. */
const GROUP_SHARES: readonly (readonly [PlantedGroup, number])[] = [
  ['top', 0.1],
  ['regular', 0.3],
  ['lapsed', 0.2],
  ['occasional', 0.3],
  ['new', 0.1],
];

/** The planted co-purchase rule: customers who buy KIT-X buy KIT-Y in their next order (9 times in 10). */
export const PLANTED_RULE = { ifBought: 'KIT-X', thenBuys: 'KIT-Y', share: 0.9 } as const;

export interface SyntheticOrdersOptions {
  customers: number;
  /** Catalogue size (default 300). */
  products?: number;
  /** First and last day of the history (epoch ms). */
  start: number;
  end: number;
  seed?: number;
}

/** Synthetic orders with their planted structure. */
export interface SyntheticOrders {
  book: OrderBook;
  groupOf: ReadonlyMap<string, PlantedGroup>;
}

/**
 * Generates realistic order lines with known structure, for tests and benchmarks: five buyer groups
 * (top: weekly, big baskets; regular: monthly; lapsed: every three weeks until they stop, at a random
 * time at least six months before the end;
 * occasional: one or two orders; new: started in the last six weeks), favourite products re-ordered,
 * Zipf-like product popularity, the KIT-X → KIT-Y co-purchase rule, returns (C invoices) and postage lines.
 * About 30 order lines per customer on average over two years.
 */
export function syntheticOrders(options: SyntheticOrdersOptions): SyntheticOrders {
  const random = seededRandom(options.seed ?? 1);
  const productCount = options.products ?? 300;
  const products = Array.from({ length: productCount }, (_, p) => `P${String(p + 1).padStart(4, '0')}`);
  const prices = products.map(() => Math.round((1 + random() * 20) * 100) / 100);
  // Zipf-like popularity: cumulative weights for sampling.
  const cumulative: number[] = [];
  let total = 0;
  for (let p = 0; p < productCount; p++) cumulative.push((total += 1 / Math.pow(p + 1, 0.9)));
  const popular = () => {
    const target = random() * total;
    let lo = 0;
    let hi = productCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const builder = new OrderBookBuilder(options.customers * 32);
  const groupOf = new Map<string, PlantedGroup>();
  const span = options.end - options.start;
  let invoice = 100000;
  const exp = (mean: number) => -Math.log(1 - random()) * mean;
  for (let c = 0; c < options.customers; c++) {
    const customerId = String(10000 + c);
    const group = pickGroup(random());
    groupOf.set(customerId, group);
    const favourites = Array.from({ length: 3 + Math.floor(random() * 6) }, popular);
    const plan = planOf(group, options.start, options.end, span, random, exp);
    let owesY = false;
    for (const at of plan.times) {
      const id = String(invoice++);
      const basket = new Set<number>();
      const size = Math.max(1, Math.round(plan.basket * (0.5 + random())));
      while (basket.size < size)
        basket.add(random() < 0.7 ? favourites[Math.floor(random() * favourites.length)]! : popular());
      const lines: [string, number, number][] = [...basket].map((p) => [
        products[p]!,
        plan.quantity * (1 + Math.floor(random() * 3)),
        prices[p]!,
      ]);
      if (owesY) {
        if (random() < PLANTED_RULE.share) lines.push([PLANTED_RULE.thenBuys, 1, 45]);
        owesY = false;
      }
      if (random() < 0.02) {
        lines.push([PLANTED_RULE.ifBought, 1, 60]);
        owesY = true;
      }
      if (random() < 0.2) lines.push(['POST', 1, 18]);
      for (const [productId, quantity, unitPrice] of lines) {
        builder.add({
          customerId,
          productId,
          invoiceId: id,
          at,
          quantity,
          unitPrice,
          isProduct: productId !== 'POST',
        });
      }
      if (random() < 0.03) {
        const [productId, quantity, unitPrice] = lines[0]!;
        builder.add({
          customerId,
          productId,
          invoiceId: `C${invoice++}`,
          at: Math.min(options.end, at + 3 * MS_PER_DAY),
          quantity: -quantity,
          unitPrice,
          isProduct: productId !== 'POST',
        });
        builder.stats.cancellationLines++;
      }
    }
  }
  return { book: builder.build(), groupOf };
}

function pickGroup(u: number): PlantedGroup {
  let acc = 0;
  for (const [group, share] of GROUP_SHARES) {
    acc += share;
    if (u < acc) return group;
  }
  return 'occasional';
}

function planOf(
  group: PlantedGroup,
  start: number,
  end: number,
  span: number,
  random: () => number,
  exp: (mean: number) => number,
): { times: number[]; basket: number; quantity: number } {
  const day = MS_PER_DAY;
  const series = (from: number, to: number, meanDays: number) => {
    const times: number[] = [];
    for (let t = from + exp(meanDays) * day * random(); t < to; t += Math.max(1, exp(meanDays)) * day)
      times.push(Math.floor(t));
    return times;
  };
  switch (group) {
    case 'top':
      return { times: series(start, end, 7), basket: 8, quantity: 12 };
    case 'regular':
      return { times: series(start + random() * span * 0.3, end, 30), basket: 4, quantity: 4 };
    case 'lapsed': {
      // Churn happens all along (as in real data): each lapsed customer stops at a random time.
      const from = start + random() * span * 0.3;
      return {
        times: series(from, from + (60 + (random() * (end - from - 180 * day - 60 * day)) / day) * day, 20),
        basket: 5,
        quantity: 6,
      };
    }
    case 'new':
      return { times: series(end - (20 + random() * 25) * day, end, 10), basket: 4, quantity: 4 };
    default: {
      const first = start + random() * (span - 120 * day);
      return {
        times: random() < 0.5 ? [first] : [first, first + random() * 60 * day],
        basket: 2,
        quantity: 2,
      };
    }
  }
}

/** The book's lines as an orders CSV in the UCI Online Retail columns (for CLI tests and examples). */
export function orderBookCsv(book: OrderBook): string {
  const rows = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'];
  for (let i = 0; i < book.lineCount; i++) {
    const at = new Date(book.at[i]!).toISOString().replace('T', ' ').slice(0, 19);
    rows.push(
      `${book.invoices[book.invoice[i]!]},${book.products[book.product[i]!]},${book.productNames[book.product[i]!] ?? ''},${book.quantity[i]},${at},${book.unitPrice[i]},${book.customers[book.customer[i]!]},United Kingdom`,
    );
  }
  return `${rows.join('\n')}\n`;
}
