import { CrmError, ErrorCode } from '../../core/errors';

/** The fields an orders file provides, whatever its column names. */
export type OrderField =
  | 'invoice'
  | 'product'
  | 'description'
  | 'quantity'
  | 'date'
  | 'unitPrice'
  | 'customer'
  | 'customerRef'
  | 'country'
  | 'status';

/**
 * Accepted header names per field, compared lower-cased without punctuation. The first name is the
 * UCI Online Retail column, the second the CRM's own order fields (as `crmpro import orders` reads
 * them); the rest are common spellings (Online Retail II uses `Invoice`, `Price`, `Customer ID`).
 * The buyer is the first of CustomerID / accountId / Account (name) / ... present.
 */
const ALIASES: Record<OrderField, string[]> = {
  invoice: [
    'InvoiceNo',
    'orderNumber',
    'Invoice',
    'OrderNo',
    'OrderId',
    'InvoiceId',
    'Order',
    'InvoiceNumber',
  ],
  product: ['StockCode', 'sku', 'ProductId', 'ProductCode', 'ProductSku', 'ItemCode', 'ItemId'],
  description: ['Description', 'productName', 'ProductDescription', 'Product', 'Item', 'ItemName'],
  quantity: ['Quantity', 'quantity', 'Qty', 'Units'],
  date: ['InvoiceDate', 'orderedAt', 'OrderDate', 'Date', 'PurchaseDate'],
  unitPrice: ['UnitPrice', 'unitPrice', 'Price', 'PriceEach'],
  customer: [
    'CustomerID',
    'accountId',
    'Account',
    'AccountName',
    'Customer',
    'CustomerNumber',
    'CustomerNo',
    'ClientId',
    'AccountNumber',
    'Company',
  ],
  customerRef: ['customerRef', 'CustomerRef'],
  country: ['Country', 'country', 'ShipCountry'],
  status: ['status', 'OrderStatus'],
};

const REQUIRED: OrderField[] = ['invoice', 'product', 'quantity', 'date', 'unitPrice', 'customer'];

/** Column index of each field found in a header (-1 when absent). */
export type OrderColumns = Record<OrderField, number>;

const keyOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Maps a header row to field positions. Throws INVALID_INPUT naming the file, the missing columns
 * (with the accepted names) and the columns that were found.
 */
export function orderColumnsOf(header: readonly string[], file: string): OrderColumns {
  const keys = header.map((name) => keyOf(name.trim()));
  const columns = {} as OrderColumns;
  for (const field of Object.keys(ALIASES) as OrderField[]) {
    columns[field] =
      ALIASES[field]
        .map(keyOf)
        .map((alias) => keys.indexOf(alias))
        .find((index) => index >= 0) ?? -1;
  }
  // A CRM export may name the buyer only by customerRef (web-shop customers without an account).
  if (columns.customer < 0 && columns.customerRef >= 0) columns.customer = columns.customerRef;
  const missing = REQUIRED.filter((field) => columns[field] < 0);
  if (missing.length) {
    const wanted = missing
      .map((field) => `${ALIASES[field][0]} (or ${ALIASES[field].slice(1, 3).join(', ')})`)
      .join('; ');
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Orders file ${file}: missing column${missing.length > 1 ? 's' : ''} ${wanted}. Found: ${header.join(', ') || '(empty header)'}.`,
      { file, missing },
    );
  }
  return columns;
}
