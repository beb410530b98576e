import { type Timestamps } from './common';

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
