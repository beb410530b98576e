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

/**
 * One bot conversation on one channel: who and when. Its messages are in `transcriptTurns`, one
 * row per turn, so a long conversation's next turn costs what its first did.
 */
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
  /**
   * Only in stores written before schema version 2, whose conversations kept every message in one
   * growing document; the migration to version 2 moves them into `transcriptTurns`.
   */
  messages?: TranscriptMessage[];
}

/**
 * One turn of a conversation as the transcript keeps it: the person's message and the bot's
 * replies, in order (only replies for a message the bot sent on its own, e.g. a digest).
 */
export interface TranscriptTurn extends Timestamps {
  _id: string;
  /** The conversation's id (`<channelId>:<conversation id>`). */
  conversationId: string;
  channel: string;
  /** The CRM user who spoke, when the turn's caller is one (not for website visitors). */
  userId?: string;
  channelUserId?: string;
  /** When the turn began (its first message). */
  at: Date;
  messages: TranscriptMessage[];
}
