import { Schema, idField, schemaOptions, currencyField, type Timestamps } from './common';

/** One product on an order; a negative quantity is a return. */
export interface OrderLine {
  productId?: string;
  sku: string;
  description?: string;
  quantity: number;
  unitPrice: number;
}

/** A purchase by an account, with its lines. */
export interface Order extends Timestamps {
  _id: string;
  orderNumber: string;
  accountId?: string;
  /** The buyer's id in the source system when it is not (yet) a CRM account (e.g. a web-shop customer). */
  customerRef?: string;
  orderedAt: Date;
  status: 'placed' | 'shipped' | 'cancelled' | 'returned';
  currency: string;
  country?: string;
  lines: OrderLine[];
  /** Sum of quantity x unitPrice over the lines. */
  total: number;
}

const orderLineSchema = new Schema<OrderLine>(
  {
    productId: { type: String, ref: 'Product' },
    sku: { type: String, required: true, trim: true },
    description: { type: String },
    quantity: { type: Number, required: true },
    unitPrice: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

export const orderSchema = new Schema<Order>(
  {
    _id: idField,
    orderNumber: { type: String, required: true, trim: true },
    accountId: { type: String, ref: 'Account' },
    customerRef: { type: String },
    orderedAt: { type: Date, required: true },
    status: { type: String, enum: ['placed', 'shipped', 'cancelled', 'returned'], default: 'placed' },
    currency: currencyField,
    country: { type: String },
    lines: {
      type: [orderLineSchema],
      validate: [(lines: OrderLine[]) => lines.length > 0, 'an order needs at least one line'],
    },
    total: { type: Number, required: true },
  },
  schemaOptions,
);
orderSchema.index({ orderNumber: 1 }, { unique: true });
orderSchema.index({ accountId: 1, orderedAt: -1 });
orderSchema.index({ orderedAt: 1 });

/** The order total: sum of quantity x unit price, rounded to cents. */
export function orderTotalOf(lines: readonly OrderLine[]): number {
  return Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100;
}
