import { newId } from '../../core/ids';
import { orderTotalOf, type Order, type OrderLine } from '../../vocabulary';
import type { ImportContext, ImportDraft, ImportKind } from './import-kind';
import { parseChoice, parseCurrency, parseDate, parseDomain, parseNumber, reject } from './value-parsers';

type OrderField =
  | 'orderNumber'
  | 'orderedAt'
  | 'account'
  | 'accountDomain'
  | 'customerRef'
  | 'sku'
  | 'description'
  | 'quantity'
  | 'unitPrice'
  | 'currency'
  | 'country'
  | 'status';

const STATUSES: Readonly<Record<string, Order['status']>> = {
  placed: 'placed',
  open: 'placed',
  new: 'placed',
  pending: 'placed',
  processing: 'placed',
  shipped: 'shipped',
  delivered: 'shipped',
  complete: 'shipped',
  completed: 'shipped',
  fulfilled: 'shipped',
  invoiced: 'shipped',
  paid: 'shipped',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  void: 'cancelled',
  returned: 'returned',
  refunded: 'returned',
  return: 'returned',
};

/** Statuses given by a status column; without one, all-negative orders (UCI "C" invoices) are returns, the rest placed. */
const explicitStatus = new WeakMap<ImportDraft, Order['status']>();

/** Recomputes the order's status and total after a line was added. */
function finish(draft: ImportDraft): ImportDraft {
  const lines = draft.document.lines as OrderLine[];
  const status =
    explicitStatus.get(draft) ?? (lines.every((line) => line.quantity < 0) ? 'returned' : 'placed');
  const total = orderTotalOf(lines);
  Object.assign(draft.document, { status, total });
  Object.assign(draft.set, { lines, status, total });
  return draft;
}

/** The catalogue product of a line, or (with addProducts) a new one made from the line. */
function productFor(
  sku: string,
  description: string | undefined,
  unitPrice: number,
  currency: string,
  context: ImportContext,
): { _id: string; sku: string; name: string } {
  const known = context.directory.product(sku);
  if (known) return known;
  if (!context.options.addProducts)
    reject(`sku: unknown product '${sku}' (import it into the catalogue first, or use --add-products)`);
  const key = sku.toUpperCase();
  let created = context.newProducts.get(key);
  if (!created) {
    created = {
      _id: newId(),
      sku,
      name: description ?? sku,
      category: 'Imported',
      unitPrice: Math.max(0, unitPrice),
      currency,
      billing: 'one_time',
      active: true,
    };
    context.newProducts.set(key, created);
  }
  return created as { _id: string; sku: string; name: string };
}

/**
 * Orders: one record per order number with a line per row. Reads the CRM's own export and the UCI
 * Online Retail columns (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 * CustomerID, Country). A rejected line rejects its whole order.
 */
export const orderImport: ImportKind<OrderField> = {
  collection: 'orders',
  columns: [
    {
      field: 'orderNumber',
      names: ['order number', 'order', 'order id', 'order no', 'invoice no', 'invoice', 'invoice number'],
    },
    { field: 'orderedAt', names: ['order date', 'date', 'ordered at', 'invoice date', 'purchase date'] },
    { field: 'account', names: ['account', 'account name', 'company', 'company name'] },
    { field: 'accountDomain', names: ['account domain', 'domain', 'company domain'] },
    {
      field: 'customerRef',
      names: ['customer id', 'customer', 'customer ref', 'customer number', 'customer no'],
    },
    { field: 'sku', names: ['sku', 'stock code', 'product code', 'product sku', 'item code', 'product id'] },
    { field: 'description', names: ['description', 'product', 'product name', 'item', 'item name'] },
    { field: 'quantity', names: ['quantity', 'qty', 'units'] },
    { field: 'unitPrice', names: ['unit price', 'price', 'unit cost', 'price each'] },
    { field: 'currency', names: ['currency', 'currency code'] },
    { field: 'country', names: ['country', 'ship country'] },
    { field: 'status', names: ['status', 'order status'] },
  ],
  required: [['orderNumber'], ['orderedAt'], ['sku'], ['quantity'], ['unitPrice']],
  needs: { products: true },
  groupKeyOf: (values) => values.orderNumber,

  parseRow(values, row, context) {
    const orderNumber = values.orderNumber ?? reject('order number: is required');
    const orderedAt = parseDate(values.orderedAt ?? reject('order date: is required'), 'order date');
    const quantity = parseNumber(values.quantity ?? reject('quantity: is required'), 'quantity');
    const unitPrice = parseNumber(values.unitPrice ?? reject('unit price: is required'), 'unit price');
    if (unitPrice < 0) reject(`unit price: ${unitPrice} is negative`);
    const currency = values.currency ? parseCurrency(values.currency) : (context.options.currency ?? 'USD');
    const sku = values.sku ?? reject('sku: is required');
    const product = productFor(sku, values.description, unitPrice, currency, context);
    const line: OrderLine = {
      productId: product._id,
      sku: product.sku,
      description: values.description ?? product.name,
      quantity,
      unitPrice,
    };

    const fields: Record<string, unknown> = { orderNumber, orderedAt, currency, lines: [line] };
    if (values.account || values.accountDomain) {
      const domain = values.accountDomain ? parseDomain(values.accountDomain, 'account domain') : undefined;
      fields.accountId = context.directory.account(values.account, domain)._id;
    }
    if (values.customerRef) fields.customerRef = values.customerRef.replace(/^(\d+)\.0+$/, '$1');
    if (values.country) fields.country = values.country;
    const draft: ImportDraft = {
      key: orderNumber,
      label: `order ${orderNumber}`,
      document: { ...fields },
      set: fields,
      rows: [row],
    };
    if (values.status)
      explicitStatus.set(
        draft,
        parseChoice(values.status, 'status', STATUSES, ['placed', 'shipped', 'cancelled', 'returned']),
      );
    return finish(draft);
  },

  merge(into, next) {
    (into.document.lines as OrderLine[]).push(...(next.document.lines as OrderLine[]));
    into.rows.push(...next.rows);
    const status = explicitStatus.get(next);
    if (status && !explicitStatus.has(into)) explicitStatus.set(into, status);
    finish(into);
  },

  async resolve(drafts: ImportDraft[], { store }) {
    const existing = new Map<string, Record<string, unknown>>();
    const numbers = drafts.map((draft) => draft.key);
    const byNumber = new Map<string, Record<string, unknown>>();
    for (let offset = 0; offset < numbers.length; offset += 1000) {
      for (const order of await store.orders.find({
        orderNumber: { $in: numbers.slice(offset, offset + 1000) },
      })) {
        byNumber.set(order.orderNumber, order as unknown as Record<string, unknown>);
      }
    }
    for (const draft of drafts) {
      const stored = byNumber.get(draft.key);
      if (stored) {
        draft.match = stored._id as string;
        existing.set(draft.match, stored);
      }
    }
    return existing;
  },

  updateOf: (draft) => ({ $set: draft.set }),
};
