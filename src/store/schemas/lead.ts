import { Schema, idField, schemaOptions } from './common';
import { LEAD_SOURCES, LEAD_STATUSES, type Lead, emailPattern } from '../../vocabulary';

export const leadSchema = new Schema<Lead>(
  {
    _id: idField,
    name: { type: String, required: true, trim: true },
    email: { type: String, lowercase: true, trim: true, match: emailPattern },
    phone: { type: String, trim: true },
    company: { type: String, trim: true },
    title: { type: String, trim: true },
    source: { type: String, enum: LEAD_SOURCES, default: 'web' },
    status: { type: String, enum: LEAD_STATUSES, default: 'new' },
    ownerId: { type: String, ref: 'User' },
    accountId: { type: String, ref: 'Account' },
    convertedAt: { type: Date },
    notes: { type: String, maxlength: 4000 },
    campaign: { type: String, trim: true, maxlength: 200 },
    industry: { type: String, trim: true },
    employees: { type: Number, min: 0 },
  },
  schemaOptions,
);
leadSchema.index({ ownerId: 1, status: 1 });
leadSchema.index({ email: 1 });
leadSchema.index({ status: 1, createdAt: 1 });
