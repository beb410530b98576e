import { Schema, idField, schemaOptions } from './common';
import { INTERACTION_TYPES, type Interaction } from '../../vocabulary';

export const interactionSchema = new Schema<Interaction>(
  {
    _id: idField,
    type: { type: String, enum: INTERACTION_TYPES, required: true },
    accountId: { type: String, ref: 'Account' },
    contactId: { type: String, ref: 'Contact' },
    dealId: { type: String, ref: 'Deal' },
    leadId: { type: String, ref: 'Lead' },
    userId: { type: String, ref: 'User' },
    direction: { type: String, enum: ['inbound', 'outbound'] },
    occurredAt: { type: Date, required: true },
    summary: { type: String, required: true, trim: true, maxlength: 4000 },
    durationMinutes: { type: Number, min: 0 },
    sentiment: { type: Number, min: -1, max: 1 },
  },
  schemaOptions,
);
interactionSchema.index({ accountId: 1, occurredAt: -1 });
interactionSchema.index({ dealId: 1 });
interactionSchema.index({ contactId: 1 });
interactionSchema.index({ userId: 1, occurredAt: -1 });
