import { Schema, idField, schemaOptions } from './common';
import { REGIONS } from '../../vocabulary';
import type { Audience } from '../../vocabulary/audience';

const memberSchema = new Schema(
  {
    accountId: { type: String, required: true, ref: 'Account' },
    accountName: { type: String, required: true },
    region: { type: String, enum: REGIONS },
    segment: { type: String },
    spend: { type: Number, required: true },
    currency: { type: String, required: true },
    contactIds: { type: [String], default: [] },
  },
  { _id: false },
);

const buildSchema = new Schema(
  {
    builtAt: { type: Date, required: true },
    size: { type: Number, required: true },
    contacts: { type: Number, required: true },
    added: { type: Number, required: true },
    removed: { type: Number, required: true },
    spend: { type: Schema.Types.Mixed, default: {} },
  },
  { _id: false },
);

/** Saved campaign audiences (marketing): definition, members with their spend at the build, earlier builds. */
export const audienceSchema = new Schema<Audience>(
  {
    _id: idField,
    name: { type: String, required: true, trim: true, maxlength: 120 },
    nameKey: { type: String, required: true },
    definition: {
      segments: { type: [String], default: undefined },
      region: { type: String, enum: REGIONS },
      industry: { type: String },
      noOrderForDays: { type: Number, min: 0 },
      orderedWithinDays: { type: Number, min: 0 },
    },
    request: { type: String, maxlength: 500 },
    createdBy: { type: String, ref: 'User' },
    builtAt: { type: Date, required: true },
    members: { type: [memberSchema], default: [] },
    history: { type: [buildSchema], default: [] },
  },
  schemaOptions,
);
audienceSchema.index({ nameKey: 1 }, { unique: true });
