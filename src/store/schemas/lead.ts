import { Schema, idField, schemaOptions, emailPattern, type Timestamps } from './common';

export const LEAD_STATUSES = ['new', 'working', 'qualified', 'converted', 'disqualified'] as const;
export const LEAD_SOURCES = ['web', 'chat', 'event', 'referral', 'outbound', 'partner'] as const;

/** A person who showed interest and is not yet a qualified contact at an account. */
export interface Lead extends Timestamps {
  _id: string;
  name: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  source: (typeof LEAD_SOURCES)[number];
  status: (typeof LEAD_STATUSES)[number];
  ownerId?: string;
  accountId?: string;
  convertedAt?: Date;
  notes?: string;
}

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
  },
  schemaOptions,
);
leadSchema.index({ ownerId: 1, status: 1 });
leadSchema.index({ email: 1 });
leadSchema.index({ status: 1, createdAt: 1 });
