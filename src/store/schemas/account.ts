import { Schema, idField, schemaOptions } from './common';
import { ACCOUNT_SIZES, type Account, REGIONS } from '../../vocabulary';

export const accountSchema = new Schema<Account>(
  {
    _id: idField,
    name: { type: String, required: true, trim: true, maxlength: 200 },
    nameKey: { type: String, required: true },
    domain: {
      type: String,
      lowercase: true,
      trim: true,
      match: [/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, 'domain must look like example.com'],
    },
    industry: { type: String, trim: true },
    employees: { type: Number, min: 0 },
    size: { type: String, enum: [...ACCOUNT_SIZES] },
    region: { type: String, enum: REGIONS },
    country: { type: String, trim: true },
    ownerId: { type: String, ref: 'User' },
    status: { type: String, enum: ['prospect', 'customer', 'churned'], default: 'prospect' },
    annualRevenue: { type: Number, min: 0 },
    churnedAt: { type: Date },
  },
  schemaOptions,
);
accountSchema.index({ nameKey: 1 });
accountSchema.index({ domain: 1 }, { unique: true, sparse: true });
accountSchema.index({ ownerId: 1 });
accountSchema.index({ region: 1, industry: 1 });
// Lets name caches notice any change to accounts cheaply (latest update first).
accountSchema.index({ updatedAt: -1 });
