import type { CustomerLines } from '../orders/customer-lines';
import type { OrderBook } from '../orders/order-book';

/** The customers who bought before a cut and again in [cut, until), with what they bought after it. */
export interface ReturningCustomers {
  customers: number[];
  /** Products each returning customer bought in [cut, until). */
  bought: Set<number>[];
}

/** Finds the returning customers of a time split (product purchases only; returns do not count). */
export function returningCustomers(
  book: OrderBook,
  byCustomer: CustomerLines,
  cut: number,
  until: number,
): ReturningCustomers {
  const customers: number[] = [];
  const bought: Set<number>[] = [];
  for (let c = 0; c < book.customers.length; c++) {
    let before = false;
    const after = new Set<number>();
    for (let k = byCustomer.offsets[c]!; k < byCustomer.offsets[c + 1]!; k++) {
      const i = byCustomer.lines[k]!;
      if (!book.isProduct[i] || book.quantity[i]! <= 0) continue;
      const at = book.at[i]!;
      if (at < cut) before = true;
      else if (at < until) after.add(book.product[i]!);
    }
    if (before && after.size) {
      customers.push(c);
      bought.push(after);
    }
  }
  return { customers, bought };
}
