import type { CustomerLines } from '../orders/customer-lines';
import type { CustomerTouches, OrderBook } from '../orders/order-book';
import { MS_PER_DAY } from '../orders/order-date';

export type { CustomerTouches } from '../orders/order-book';

/** Names of the value-score features, in column order (all log(1 + x)). */
export const VALUE_FEATURES = [
  'recency_days',
  'orders',
  'spend',
  'tenure_days',
  'spend_last_window',
  'orders_last_window',
  'distinct_products',
  'days_between_orders',
  'recency_over_rhythm',
  'active_months',
  'returned_value',
  'spend_last_third_window',
  'spend_previous_window',
  'average_order_value',
  'still_buying_likelihood',
  'expected_spend_if_buying',
] as const;

/** Engagement features added when interactions are known (CRM store). */
export const ENGAGEMENT_FEATURES = ['touches_last_window', 'days_since_touch'] as const;
const ENGAGEMENT_AT = VALUE_FEATURES.length;

/**
 * What each customer with a purchase before `asOf` looks like then: the classic RFM triple (as
 * reported to users) and the feature matrix the value score reads.
 */
export interface CustomerFeatures {
  readonly asOf: number;
  /** Customer indexes (into book.customers), one per row. */
  readonly customer: Int32Array;
  /** Whole days since the last purchase. */
  readonly recencyDays: Float64Array;
  /** Orders (invoices) with at least one purchased product. */
  readonly frequency: Float64Array;
  /** Net spend on products: purchases minus returns and cancellations. */
  readonly monetary: Float64Array;
  /** Whole days since the first purchase. */
  readonly tenureDays: Float64Array;
  /** Row-major feature matrix, `columns.length` values per row. */
  readonly matrix: Float64Array;
  readonly columns: readonly string[];
}

/**
 * Computes RFM and engagement features for every customer with a purchase before `asOf`, using only
 * lines before `asOf`. `windowDays` sets the recent-activity windows (the value score's horizon).
 */
export function customerFeaturesAt(
  book: OrderBook,
  byCustomer: CustomerLines,
  asOf: number,
  windowDays: number,
  touches?: CustomerTouches,
): CustomerFeatures {
  const columns: string[] = [...VALUE_FEATURES, ...(touches ? ENGAGEMENT_FEATURES : [])];
  const width = columns.length;
  const rows: number[] = [];
  const values: number[] = [];
  const rfm: number[][] = [[], [], [], []];
  const invoiceSeen = new Int32Array(book.invoices.length).fill(-1);
  const productSeen = new Int32Array(book.products.length).fill(-1);
  const window = windowDays * MS_PER_DAY;
  const { offsets, lines } = byCustomer;
  const row = new Float64Array(width);
  for (let c = 0; c < book.customers.length; c++) {
    let first = Number.NaN;
    let last = Number.NaN;
    let orders = 0;
    let spend = 0;
    let recentSpend = 0;
    let recentOrders = 0;
    let lastThirdSpend = 0;
    let previousSpend = 0;
    let returned = 0;
    let products = 0;
    let months = 0;
    let lastMonth = -1;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const i = lines[k]!;
      const at = book.at[i]!;
      if (at >= asOf) break;
      if (!book.isProduct[i]) continue;
      const quantity = book.quantity[i]!;
      const amount = quantity * book.unitPrice[i]!;
      const age = asOf - at;
      spend += amount;
      if (age <= window) recentSpend += amount;
      if (age <= window / 3) lastThirdSpend += amount;
      if (age > window && age <= 2 * window) previousSpend += amount;
      if (quantity < 0) {
        returned -= amount;
        continue;
      }
      if (Number.isNaN(first)) first = at;
      last = at;
      const invoice = book.invoice[i]!;
      if (invoiceSeen[invoice] !== c) {
        invoiceSeen[invoice] = c;
        orders++;
        if (age <= window) recentOrders++;
      }
      const product = book.product[i]!;
      if (productSeen[product] !== c) {
        productSeen[product] = c;
        products++;
      }
      const month = Math.floor(age / (30 * MS_PER_DAY));
      if (month !== lastMonth) {
        lastMonth = month;
        months++;
      }
    }
    if (orders === 0) continue;
    const recency = Math.floor((asOf - last) / MS_PER_DAY);
    const tenure = Math.floor((asOf - first) / MS_PER_DAY);
    const rhythm = (asOf - first) / MS_PER_DAY / Math.max(orders - 1, 1);
    rows.push(c);
    rfm[0]!.push(recency);
    rfm[1]!.push(orders);
    rfm[2]!.push(spend);
    rfm[3]!.push(tenure);
    row[0] = recency;
    row[1] = orders;
    row[2] = spend;
    row[3] = tenure;
    row[4] = recentSpend;
    row[5] = recentOrders;
    row[6] = products;
    row[7] = rhythm;
    row[8] = (asOf - last) / MS_PER_DAY / (rhythm + 1);
    row[9] = months;
    row[10] = returned;
    row[11] = lastThirdSpend;
    row[12] = previousSpend;
    row[13] = spend / orders;
    // A regular buyer silent for several of their own rhythms has probably stopped: the chance of
    // that silence if they were still buying at their usual rate (Poisson), and the spend expected
    // over the window if they are.
    const quiet =
      orders >= 2
        ? Math.exp(-(asOf - last) / MS_PER_DAY / rhythm)
        : Math.exp(-1 - (asOf - last) / MS_PER_DAY / windowDays);
    row[14] = quiet;
    row[15] = (Math.max(0, spend) / Math.max(tenure, rhythm, 1)) * windowDays * quiet;
    if (touches) {
      const times = touches.get(c) ?? [];
      let recentTouches = 0;
      let lastTouch = Number.NEGATIVE_INFINITY;
      for (const t of times) {
        if (t >= asOf) continue;
        if (asOf - t <= window) recentTouches++;
        if (t > lastTouch) lastTouch = t;
      }
      row[ENGAGEMENT_AT] = recentTouches;
      row[ENGAGEMENT_AT + 1] = Number.isFinite(lastTouch)
        ? (asOf - lastTouch) / MS_PER_DAY
        : 2 * windowDays * 4;
    }
    for (let j = 0; j < width; j++) values.push(Math.log1p(Math.max(0, row[j]!)));
  }
  return {
    asOf,
    customer: Int32Array.from(rows),
    recencyDays: Float64Array.from(rfm[0]!),
    frequency: Float64Array.from(rfm[1]!),
    monetary: Float64Array.from(rfm[2]!),
    tenureDays: Float64Array.from(rfm[3]!),
    matrix: Float64Array.from(values),
    columns,
  };
}

/**
 * Net product spend of the given customers in [from, to) (negative when returns exceed purchases).
 */
export function spendBetween(
  book: OrderBook,
  byCustomer: CustomerLines,
  customers: Int32Array,
  from: number,
  to: number,
): Float64Array {
  const spend = new Float64Array(customers.length);
  const { offsets, lines } = byCustomer;
  for (let r = 0; r < customers.length; r++) {
    const c = customers[r]!;
    let total = 0;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const i = lines[k]!;
      const at = book.at[i]!;
      if (at < from) continue;
      if (at >= to) break;
      if (book.isProduct[i]) total += book.quantity[i]! * book.unitPrice[i]!;
    }
    spend[r] = total;
  }
  return spend;
}
