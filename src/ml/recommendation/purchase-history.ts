import type { CustomerLines } from '../orders/customer-lines';
import type { OrderBook } from '../orders/order-book';

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
}

/** Builds the purchase history from the book's product lines before `asOf`. */
export function purchaseHistoryOf(book: OrderBook, byCustomer: CustomerLines, asOf: number): PurchaseHistory {
  const customers = book.customers.length;
  const offsets = new Int32Array(customers + 1);
  const product: number[] = [];
  const orders: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
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
      }
      net[p]! += quantity;
      if (quantity <= 0) continue;
      const s = slot[p]!;
      const invoice = book.invoice[i]!;
      if (seenInvoice[p] !== invoice) {
        seenInvoice[p] = invoice;
        orders[s]!++;
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
        write++;
      }
    }
    product.length = orders.length = first.length = last.length = write;
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
