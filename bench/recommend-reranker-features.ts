/** The "due for re-order" inputs of bench/recommend-reranker.ts (kept apart so tests can import them). */
import type { CustomerLines } from '../src/ml/orders/customer-lines';
import type { OrderBook } from '../src/ml/orders/order-book';
import { MS_PER_DAY } from '../src/ml/orders/order-date';
import type { PurchaseHistory } from '../src/ml/recommendation/purchase-history';
import type { RecommenderModel } from '../src/ml/recommendation/recommender-model';

/** Per-customer order counts (distinct invoices) before asOf in the last 30 / 90 days. */
export function recentOrderCounts(book: OrderBook, byCustomer: CustomerLines, asOf: number) {
  const n = book.customers.length;
  const in30 = new Float64Array(n);
  const in90 = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const seen30 = new Set<number>();
    const seen90 = new Set<number>();
    for (let k = byCustomer.offsets[c]!; k < byCustomer.offsets[c + 1]!; k++) {
      const line = byCustomer.lines[k]!;
      const at = book.at[line]!;
      if (at >= asOf || !book.isProduct[line] || book.quantity[line]! <= 0) continue;
      if (at >= asOf - 90 * MS_PER_DAY) seen90.add(book.invoice[line]!);
      if (at >= asOf - 30 * MS_PER_DAY) seen30.add(book.invoice[line]!);
    }
    in30[c] = seen30.size;
    in90[c] = seen90.size;
  }
  return { in30, in90 };
}

/** Each product's median, over customers who bought it in 2+ orders, of their mean days between those orders. */
export function itemMedianIntervals(model: RecommenderModel): Float64Array {
  const h = model.history;
  const intervals: number[][] = model.products.map(() => []);
  for (let s = 0; s < h.product.length; s++)
    if (h.orders[s]! >= 2)
      intervals[h.product[s]!]!.push((h.last[s]! - h.first[s]!) / MS_PER_DAY / (h.orders[s]! - 1));
  return Float64Array.from(intervals, (list) => {
    if (!list.length) return Number.NaN;
    list.sort((a, b) => a - b);
    return list[Math.floor(list.length / 2)]!;
  });
}

/**
 * How due a re-order is: days since the customer last bought the product over their mean days between
 * orders of it (plus a day, so same-day repeats do not divide by 0). NaN below two orders.
 */
export function dueForReorder(h: PurchaseHistory, slot: number, asOf: number): number {
  const orders = h.orders[slot]!;
  if (orders < 2) return Number.NaN;
  return (asOf - h.last[slot]!) / ((h.last[slot]! - h.first[slot]!) / (orders - 1) + MS_PER_DAY);
}
