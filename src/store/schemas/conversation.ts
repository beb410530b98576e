import { Schema, idField, schemaOptions, type Timestamps } from './common';

/** One message of a bot conversation, either way. */
export interface TranscriptMessage {
  at: Date;
  direction: 'in' | 'out';
  text: string;
  activityId?: string;
  /** Content types of attachments (cards) sent with the message. */
  attachments?: string[];
}

/** The transcript of one bot conversation on one channel. */
export interface Conversation extends Timestamps {
  /** `<channelId>:<conversation id>`: unique across channels. */
  _id: string;
  channel: string;
  channelConversationId: string;
  channelUserId?: string;
  userId?: string;
  startedAt: Date;
  lastActivityAt: Date;
  messageCount: number;
  messages: TranscriptMessage[];
}

const messageSchema = new Schema<TranscriptMessage>(
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
    messages: { type: [messageSchema], default: [] },
  },
  schemaOptions,
);
conversationSchema.index({ userId: 1, lastActivityAt: -1 });
conversationSchema.index({ lastActivityAt: -1 });
