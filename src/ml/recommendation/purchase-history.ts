import type { CustomerLines } from '../orders/customer-lines';
import type { OrderBook } from '../orders/order-book';
import { MS_PER_DAY } from '../orders/order-date';

/**
 * Half-lives (days) of the faded order counts: an order `age` days before asOf counts 2^(-age/h).
 * Chosen with the re-order features on the validation window of bench/tune-recommender.ts.
 */
export const FADE_HALF_LIVES = [60, 120] as const;

/**
 * What each customer bought before a date, per product: in how many orders, first and last time.
 * CSR layout: customer c's products are `product[offsets[c]] .. product[offsets[c + 1] - 1]`.
 * Products a customer returned in full (net quantity ≤ 0) are left out: a returned purchase is not
 * a preference.
 */
export interface PurchaseHistory {
  readonly asOf: number;
  readonly offsets: Int32Array;
  readonly product: Int32Array;
  /** Orders (invoices) that contained the product. */
  readonly orders: Float32Array;
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** Orders of each customer before asOf. */
  readonly customerOrders: Int32Array;
  /** Orders with the product, each counted 2^(-age / 60 days): recent orders weigh more. */
  readonly fadedOrders60: Float32Array;
  /** The same with a 120-day half-life. */
  readonly fadedOrders120: Float32Array;
}

/** Builds the purchase history from the book's product lines before `asOf`. */
export function purchaseHistoryOf(book: OrderBook, byCustomer: CustomerLines, asOf: number): PurchaseHistory {
  const customers = book.customers.length;
  const offsets = new Int32Array(customers + 1);
  const product: number[] = [];
  const orders: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const faded60: number[] = [];
  const faded120: number[] = [];
  const [h60, h120] = FADE_HALF_LIVES;
  const customerOrders = new Int32Array(customers);
  const slot = new Int32Array(book.products.length).fill(-1);
  const seenInvoice = new Int32Array(book.products.length).fill(-1);
  const net = new Float64Array(book.products.length);
  const invoiceOwner = new Int32Array(book.invoices.length).fill(-1);
  const touched: number[] = [];
  for (let c = 0; c < customers; c++) {
    const start = product.length;
    touched.length = 0;
    for (let k = byCustomer.offsets[c]!; k < byCustomer.offsets[c + 1]!; k++) {
      const i = byCustomer.lines[k]!;
      const at = book.at[i]!;
      if (at >= asOf) break;
      if (!book.isProduct[i]) continue;
      const p = book.product[i]!;
      const quantity = book.quantity[i]!;
      if (slot[p] === -1) {
        slot[p] = product.length;
        net[p] = 0;
        touched.push(p);
        product.push(p);
        orders.push(0);
        first.push(Number.NaN);
        last.push(Number.NaN);
        faded60.push(0);
        faded120.push(0);
      }
      net[p]! += quantity;
      if (quantity <= 0) continue;
      const s = slot[p]!;
      const invoice = book.invoice[i]!;
      if (seenInvoice[p] !== invoice) {
        seenInvoice[p] = invoice;
        orders[s]!++;
        const age = (asOf - at) / MS_PER_DAY;
        faded60[s]! += Math.pow(2, -age / h60);
        faded120[s]! += Math.pow(2, -age / h120);
      }
      if (Number.isNaN(first[s]!)) first[s] = at;
      last[s] = at;
      if (invoiceOwner[invoice] !== c) {
        invoiceOwner[invoice] = c;
        customerOrders[c]!++;
      }
    }
    // Drop products returned in full (or only ever returned), keeping the order of first purchase.
    let write = start;
    for (let s = start; s < product.length; s++) {
      const p = product[s]!;
      if (net[p]! > 0 && orders[s]! > 0) {
        product[write] = p;
        orders[write] = orders[s]!;
        first[write] = first[s]!;
        last[write] = last[s]!;
        faded60[write] = faded60[s]!;
        faded120[write] = faded120[s]!;
        write++;
      }
    }
    product.length = orders.length = first.length = last.length = faded60.length = faded120.length = write;
    for (const p of touched) {
      slot[p] = -1;
      seenInvoice[p] = -1;
    }
    offsets[c + 1] = product.length;
  }
  return {
    asOf,
    offsets,
    product: Int32Array.from(product),
    orders: Float32Array.from(orders),
    first: Float64Array.from(first),
    last: Float64Array.from(last),
    customerOrders,
    fadedOrders60: Float32Array.from(faded60),
    fadedOrders120: Float32Array.from(faded120),
  };
}

/** Customers per product (how many distinct customers bought it), optionally only in [from, asOf). */
export function buyersPerProduct(
  history: PurchaseHistory,
  products: number,
  from = Number.NEGATIVE_INFINITY,
): Float64Array {
  const counts = new Float64Array(products);
  for (let s = 0; s < history.product.length; s++)
    if (history.last[s]! >= from) counts[history.product[s]!]!++;
  return counts;
}
