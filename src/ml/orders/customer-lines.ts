import type { OrderBook } from './order-book';

/**
 * The lines of each customer in time order, as one index (CSR layout): the lines of customer `c`
 * are `lines[offsets[c]] .. lines[offsets[c + 1] - 1]`. Built once per book, shared by every pass
 * that computes per-customer features.
 */
export interface CustomerLines {
  readonly offsets: Int32Array;
  readonly lines: Int32Array;
}

/** Groups the book's lines by customer (counting sort) and orders each customer's lines by time. */
export function customerLinesOf(book: OrderBook): CustomerLines {
  const customers = book.customers.length;
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < book.lineCount; i++) offsets[book.customer[i]! + 1]!++;
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, customers);
  const lines = new Int32Array(book.lineCount);
  for (let i = 0; i < book.lineCount; i++) lines[fill[book.customer[i]!]!++] = i;
  const at = book.at;
  for (let c = 0; c < customers; c++) {
    const start = offsets[c]!;
    const end = offsets[c + 1]!;
    if (isSortedByTime(lines, start, end, at)) continue;
    const slice = Array.from(lines.subarray(start, end)).sort((a, b) => at[a]! - at[b]! || a - b);
    lines.set(slice, start);
  }
  return { offsets, lines };
}

function isSortedByTime(lines: Int32Array, start: number, end: number, at: Float64Array): boolean {
  for (let i = start + 1; i < end; i++) if (at[lines[i]!]! < at[lines[i - 1]!]!) return false;
  return true;
}
