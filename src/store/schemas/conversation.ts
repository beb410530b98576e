import { Schema, idField, schemaOptions } from './common';
import { type Conversation, type TranscriptMessage } from '../../vocabulary';

/** One message of a transcript (a turn row's, or a conversation's before schema version 2). */
export const transcriptMessageSchema = new Schema<TranscriptMessage>(
  {
    at: { type: Date, required: true },
    direction: { type: String, enum: ['in', 'out'], required: true },
    text: { type: String, default: '' },
    activityId: { type: String },
    attachments: { type: [String], default: undefined },
  },
  { _id: false },
);
export const conversationSchema = new Schema<Conversation>(
  {
    _id: idField,
    channel: { type: String, required: true },
    channelConversationId: { type: String, required: true },
    channelUserId: { type: String },
    userId: { type: String, ref: 'User' },
    startedAt: { type: Date, required: true },
    lastActivityAt: { type: Date, required: true },
    messageCount: { type: Number, default: 0 },
    messages: { type: [transcriptMessageSchema], default: undefined },
  },
  schemaOptions,
);
conversationSchema.index({ userId: 1, lastActivityAt: -1 });
conversationSchema.index({ lastActivityAt: -1 });
