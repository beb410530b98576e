import { Schema, idField, schemaOptions, currencyField } from './common';
import { type Product } from '../../vocabulary';

export const productSchema = new Schema<Product>(
  {
    _id: idField,
    sku: { type: String, required: true, trim: true },
    name: { type: String, required: true, trim: true },
    category: { type: String, required: true, trim: true },
    unitPrice: { type: Number, required: true, min: 0 },
    currency: currencyField,
    billing: { type: String, enum: ['one_time', 'monthly', 'annual'], default: 'one_time' },
    active: { type: Boolean, default: true },
    description: { type: String },
  },
  schemaOptions,
);
productSchema.index({ sku: 1 }, { unique: true });
productSchema.index({ category: 1 });
