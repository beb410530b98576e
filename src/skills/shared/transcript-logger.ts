import type { Activity, TranscriptLogger } from 'botbuilder';
import type { Logger } from '../../core/logger';
import type { Store } from '../../store/store';

/**
 * The most characters of one message a transcript keeps: the longest message the bot reads (longer
 * ones are refused as too long, and must not be stored whole either).
 */
export const TRANSCRIPT_MAX_CHARS = 4_000;

/** A message's text as the transcript keeps it: whole, or its start and how long it was. */
export function transcriptText(text: string): string {
  if (text.length <= TRANSCRIPT_MAX_CHARS) return text;
  return `${text.slice(0, TRANSCRIPT_MAX_CHARS)}… [truncated: ${text.length} characters in all]`;
}

/**
 * Saves every message of every conversation (both directions) to the Conversation collection,
 * one document per conversation, so managers and admins can review what the bot said.
 */
export class StoreTranscriptLogger implements TranscriptLogger {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  async logActivity(activity: Activity): Promise<void> {
    if (activity.type !== 'message' || !activity.conversation?.id) return;
    const incoming = activity.from?.role !== 'bot' && activity.recipient?.role !== 'user';
    const at = activity.timestamp ? new Date(activity.timestamp) : new Date();
    const message = {
      at,
      direction: incoming ? 'in' : 'out',
      text: transcriptText(activity.text ?? ''),
      ...(activity.id ? { activityId: activity.id } : {}),
      ...(activity.attachments?.length
        ? { attachments: activity.attachments.map((a) => a.contentType) }
        : {}),
    };
    const channelUser = incoming ? activity.from : activity.recipient;
    try {
      await this.store.conversations.updateOne(
        { _id: `${activity.channelId}:${activity.conversation.id}` },
        {
          $push: { messages: message },
          $inc: { messageCount: 1 },
          $set: { lastActivityAt: at },
          $setOnInsert: {
            channel: activity.channelId,
            channelConversationId: activity.conversation.id,
            startedAt: at,
            ...(channelUser?.id ? { channelUserId: channelUser.id } : {}),
          },
        },
        { upsert: true },
      );
    } catch (error) {
      this.logger.error(
        { err: error, conversation: activity.conversation.id },
        'could not save transcript message',
      );
    }
  }
}
