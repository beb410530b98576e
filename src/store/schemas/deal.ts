import { Schema, idField, schemaOptions, currencyField } from './common';
import { DEAL_STAGES, type Deal, FORECAST_CATEGORIES, type StageChange } from '../../vocabulary';

const stageChangeSchema = new Schema<StageChange>(
  {
    stage: { type: String, enum: DEAL_STAGES, required: true },
    at: { type: Date, required: true },
    byUserId: { type: String, ref: 'User' },
  },
  { _id: false },
);
export const dealSchema = new Schema<Deal>(
  {
    _id: idField,
    name: { type: String, required: true, trim: true },
    accountId: { type: String, ref: 'Account', required: true },
    contactId: { type: String, ref: 'Contact' },
    ownerId: { type: String, ref: 'User', required: true },
    stage: { type: String, enum: DEAL_STAGES, required: true },
    amount: { type: Number, required: true, min: 0 },
    currency: currencyField,
    closeDate: { type: Date, required: true },
    probability: { type: Number, min: 0, max: 100, default: 10 },
    forecastCategory: { type: String, enum: FORECAST_CATEGORIES, default: 'pipeline' },
    type: { type: String, enum: ['new_business', 'upsell', 'renewal'], default: 'new_business' },
    source: { type: String },
    stageHistory: { type: [stageChangeSchema], default: [] },
    closedAt: { type: Date },
    lostReason: { type: String },
  },
  schemaOptions,
);
dealSchema.index({ accountId: 1 });
dealSchema.index({ ownerId: 1, stage: 1 });
dealSchema.index({ stage: 1, closeDate: 1 });
dealSchema.index({ closeDate: 1 });
// The latest change to any deal: the digests' shared team figures check it before every digest.
dealSchema.index({ updatedAt: -1 });
