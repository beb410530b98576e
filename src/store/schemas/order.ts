import { Schema, idField, schemaOptions, currencyField } from './common';
import { type Order, type OrderLine } from '../../vocabulary';

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
