import { Schema, idField, schemaOptions } from './common';
import { type TranscriptTurn } from '../../vocabulary';
import { transcriptMessageSchema } from './conversation';

export const transcriptTurnSchema = new Schema<TranscriptTurn>(
  {
    _id: idField,
    conversationId: { type: String, required: true },
    channel: { type: String, required: true },
    userId: { type: String, ref: 'User' },
    channelUserId: { type: String },
    at: { type: Date, required: true },
    messages: { type: [transcriptMessageSchema], default: [] },
  },
  schemaOptions,
);
transcriptTurnSchema.index({ conversationId: 1, at: 1 });
transcriptTurnSchema.index({ userId: 1, at: -1 });
transcriptTurnSchema.index({ at: 1 });
