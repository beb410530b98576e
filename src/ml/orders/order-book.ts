/**
 * Order lines of many customers in columns (typed arrays plus dictionaries), so that millions of
 * lines fit in memory and every learner walks them without allocating objects per line.
 * Only lines with a customer are kept; quantities are signed (a return or cancellation is negative).
 */
export interface OrderBook {
  /** Customer ids (CustomerID or CRM account id), by index. */
  readonly customers: readonly string[];
  /** Product ids (stock code or SKU), by index. */
  readonly products: readonly string[];
  /** A description per product index (the first seen), or '' when none was given. */
  readonly productNames: readonly string[];
  /** Invoice or order numbers, by index. */
  readonly invoices: readonly string[];
  readonly lineCount: number;
  readonly customer: Int32Array;
  readonly product: Int32Array;
  readonly invoice: Int32Array;
  /** Epoch milliseconds of the order. */
  readonly at: Float64Array;
  /** Signed quantity: negative for returns and cancellations. */
  readonly quantity: Float64Array;
  readonly unitPrice: Float64Array;
  /** 1 when the line is goods, 0 for postage, fees, discounts and adjustments. */
  readonly isProduct: Uint8Array;
  /** What reading left out or changed, for the summary an analyst sees. */
  readonly stats: OrderBookStats;
}

export interface OrderBookStats {
  /** Data lines in the source. */
  readLines: number;
  /** Lines without a customer (ignored). */
  withoutCustomer: number;
  /** Lines of cancellations and returns (kept with a negative quantity, netted later). */
  cancellationLines: number;
  /** Fee, postage, discount and adjustment lines (kept out of spend and products). */
  nonProductLines: number;
  /** Lines of cancelled orders in the CRM's own export (status `cancelled`: the order never happened). */
  cancelledOrderLines: number;
}

/** Interaction times per customer index (calls, emails, meetings), for engagement features. */
export type CustomerTouches = ReadonlyMap<number, readonly number[]>;

/** Grows the columns of an OrderBook line by line, interning ids. */
export class OrderBookBuilder {
  private capacity: number;
  private size = 0;
  private customer: Int32Array;
  private product: Int32Array;
  private invoice: Int32Array;
  private at: Float64Array;
  private quantity: Float64Array;
  private unitPrice: Float64Array;
  private isProduct: Uint8Array;
  private readonly customers = new IdIndex();
  private readonly products = new IdIndex();
  private readonly productNames: string[] = [];
  private readonly invoices = new IdIndex();
  readonly stats: OrderBookStats = {
    readLines: 0,
    withoutCustomer: 0,
    cancellationLines: 0,
    nonProductLines: 0,
    cancelledOrderLines: 0,
  };

  constructor(expectedLines = 1024) {
    this.capacity = Math.max(16, expectedLines);
    this.customer = new Int32Array(this.capacity);
    this.product = new Int32Array(this.capacity);
    this.invoice = new Int32Array(this.capacity);
    this.at = new Float64Array(this.capacity);
    this.quantity = new Float64Array(this.capacity);
    this.unitPrice = new Float64Array(this.capacity);
    this.isProduct = new Uint8Array(this.capacity);
  }

  /** Adds one line (the caller has already dropped lines without a customer). */
  add(line: {
    customerId: string;
    productId: string;
    productName?: string;
    invoiceId: string;
    at: number;
    quantity: number;
    unitPrice: number;
    isProduct: boolean;
  }): void {
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    this.customer[i] = this.customers.of(line.customerId);
    const p = this.products.of(line.productId);
    if (p === this.productNames.length) this.productNames.push(line.productName ?? '');
    else if (!this.productNames[p] && line.productName) this.productNames[p] = line.productName;
    this.product[i] = p;
    this.invoice[i] = this.invoices.of(line.invoiceId);
    this.at[i] = line.at;
    this.quantity[i] = line.quantity;
    this.unitPrice[i] = line.unitPrice;
    this.isProduct[i] = line.isProduct ? 1 : 0;
  }

  get lineCount(): number {
    return this.size;
  }

  build(): OrderBook {
    const n = this.size;
    return {
      customers: this.customers.ids,
      products: this.products.ids,
      productNames: this.productNames,
      invoices: this.invoices.ids,
      lineCount: n,
      customer: this.customer.slice(0, n),
      product: this.product.slice(0, n),
      invoice: this.invoice.slice(0, n),
      at: this.at.slice(0, n),
      quantity: this.quantity.slice(0, n),
      unitPrice: this.unitPrice.slice(0, n),
      isProduct: this.isProduct.slice(0, n),
      stats: { ...this.stats },
    };
  }

  private grow(): void {
    this.capacity *= 2;
    this.customer = resized(this.customer, new Int32Array(this.capacity));
    this.product = resized(this.product, new Int32Array(this.capacity));
    this.invoice = resized(this.invoice, new Int32Array(this.capacity));
    this.at = resized(this.at, new Float64Array(this.capacity));
    this.quantity = resized(this.quantity, new Float64Array(this.capacity));
    this.unitPrice = resized(this.unitPrice, new Float64Array(this.capacity));
    this.isProduct = resized(this.isProduct, new Uint8Array(this.capacity));
  }
}

/**
 * Ids numbered in order of first appearance. The last id is remembered: lines come invoice by
 * invoice, so most lines repeat the previous line's invoice and customer, and skip the hash lookup.
 */
class IdIndex {
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private lastId: string | undefined;
  private last = -1;

  of(id: string): number {
    if (id === this.lastId) return this.last;
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    this.lastId = id;
    this.last = i;
    return i;
  }
}

function resized<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The latest order instant in the book (NaN when it is empty). */
export function lastOrderAt(book: OrderBook): number {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < book.lineCount; i++) if (book.at[i]! > last) last = book.at[i]!;
  return book.lineCount ? last : Number.NaN;
}

/** The earliest order instant in the book (NaN when it is empty). */
export function firstOrderAt(book: OrderBook): number {
  let first = Number.POSITIVE_INFINITY;
  for (let i = 0; i < book.lineCount; i++) if (book.at[i]! < first) first = book.at[i]!;
  return book.lineCount ? first : Number.NaN;
}
