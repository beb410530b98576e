import { Schema, idField, schemaOptions } from './common';
import { type Task } from '../../vocabulary';

export const taskSchema = new Schema<Task>(
  {
    _id: idField,
    title: { type: String, required: true, trim: true, maxlength: 500 },
    ownerId: { type: String, ref: 'User', required: true },
    dueAt: { type: Date },
    status: { type: String, enum: ['open', 'done', 'cancelled'], default: 'open' },
    accountId: { type: String, ref: 'Account' },
    contactId: { type: String, ref: 'Contact' },
    dealId: { type: String, ref: 'Deal' },
    interactionId: { type: String, ref: 'Interaction' },
  },
  schemaOptions,
);
taskSchema.index({ ownerId: 1, status: 1, dueAt: 1 });
taskSchema.index({ accountId: 1 });
