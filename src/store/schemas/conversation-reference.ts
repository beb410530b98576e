import { Schema, schemaOptions } from './common';
import type { Timestamps } from '../../vocabulary';

/**
 * Where the bot can reach a CRM user on a channel without being spoken to first (digests, alerts):
 * the channel's conversation reference, saved on first contact and on install. One record per user
 * and channel (`_id` is `<channelId>:<userId>`); `reference` is botbuilder's ConversationReference as
 * JSON text, so its keys never meet query syntax.
 */
export interface ConversationReferenceRecord extends Timestamps {
  _id: string;
  userId: string;
  channelId: string;
  /** `personal` (a 1:1 chat), `channel` or `groupChat`: a personal one is never replaced by another kind. */
  conversationType: string;
  conversationId: string;
  serviceUrl: string;
  reference: string;
}

export const conversationReferenceSchema = new Schema<ConversationReferenceRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, ref: 'User' },
    channelId: { type: String, required: true },
    conversationType: { type: String, required: true },
    conversationId: { type: String, required: true },
    serviceUrl: { type: String, required: true },
    reference: { type: String, required: true },
  },
  schemaOptions,
);
conversationReferenceSchema.index({ userId: 1 });
