import { Schema, idField, ref, schemaOptions } from './common';
import {
  CASE_CHANNELS,
  CASE_PRIORITIES,
  CASE_STATUSES,
  type Case,
  type CaseHistoryEntry,
} from '../../vocabulary/case';

const historyEntrySchema = new Schema<CaseHistoryEntry>(
  {
    at: { type: Date, required: true },
    userId: { type: String, ref: 'User' },
    action: { type: String, enum: ['opened', 'status', 'priority', 'assigned', 'note'], required: true },
    value: { type: String, maxlength: 8000 },
  },
  { _id: false },
);

/**
 * A support case. `number` is the human case number (unique, allocated by skills/shared/case-numbers);
 * subject, description and resolution are the texts agent assist retrieves similar cases by.
 */
export const caseSchema = new Schema<Case>(
  {
    _id: idField,
    number: { type: Number, required: true, min: 1 },
    subject: { type: String, required: true, trim: true, maxlength: 300 },
    description: { type: String, trim: true, maxlength: 20_000 },
    status: { type: String, enum: CASE_STATUSES, default: 'open' },
    priority: { type: String, enum: CASE_PRIORITIES, default: 'normal' },
    accountId: ref('Account'),
    contactId: ref('Contact'),
    channel: { type: String, enum: CASE_CHANNELS, default: 'email' },
    ownerId: ref('User'),
    slaDueAt: { type: Date },
    resolution: { type: String, trim: true, maxlength: 8000 },
    resolvedAt: { type: Date },
    history: { type: [historyEntrySchema], default: [] },
  },
  schemaOptions,
);
caseSchema.index({ number: 1 }, { unique: true });
// "Which cases breach their SLA today?": open cases by due time.
caseSchema.index({ status: 1, slaDueAt: 1 });
// "My open cases".
caseSchema.index({ ownerId: 1, status: 1 });
// "Open cases for Initech", the customer view.
caseSchema.index({ accountId: 1, status: 1 });
// The customer view's cases of a contact.
caseSchema.index({ contactId: 1 });
// Lets the agent-assist index notice any change to cases cheaply (latest update first).
caseSchema.index({ updatedAt: -1 });
