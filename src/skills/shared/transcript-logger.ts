import type { Logger } from '../../core/logger';
import type { Store } from '../../store/store';
import type { TranscriptMessage } from '../../vocabulary';
import type { NewAuditEntry } from './audit-log';

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

/** One turn to keep: where it happened, who spoke, and its messages in order. */
export interface TurnToKeep {
  channel: string;
  channelConversationId: string;
  /** The CRM user of the turn, when the caller is one. */
  userId?: string;
  /** The person's id on the channel (the sender of an incoming message, the recipient of a reply). */
  channelUserId?: string;
  messages: TranscriptMessage[];
  /** The audit entries of the turn's reads (see TurnAuditTrail), written in the transcript's commit. */
  auditEntries?: NewAuditEntry[];
}

/** The id of a conversation across channels: `<channelId>:<conversation id>`. */
export function conversationIdOf(channel: string, channelConversationId: string): string {
  return `${channel}:${channelConversationId}`;
}

/**
 * Saves every message of every conversation (both directions) so managers and admins can review
 * what the bot said: one row per turn in `transcriptTurns`, appended without reading or rewriting
 * the conversation's earlier turns, and a small conversation record (channel, person, first and
 * last activity, message count) updated in place.
 */
export class StoreTranscripts {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  /**
   * Appends one turn, and the audit entries of its reads; a failure is logged, never thrown (a
   * transcript must not fail a conversation). The entries are issued first, with the transcript's
   * writes, so the embedded store commits them in the transcript's transaction or an earlier one.
   */
  async append(turn: TurnToKeep): Promise<void> {
    const audit = turn.auditEntries?.length ? this.writeAudit(turn.auditEntries) : undefined;
    await Promise.all([audit, this.writeTurn(turn)]);
  }

  private async writeAudit(entries: NewAuditEntry[]): Promise<void> {
    try {
      await this.store.auditEntries.insertMany(entries);
    } catch (error) {
      this.logger.error(
        { err: error, entries: entries.length },
        'could not write the audit entries of a turn',
      );
    }
  }

  private async writeTurn(turn: TurnToKeep): Promise<void> {
    const first = turn.messages[0];
    if (!first) return;
    const last = turn.messages[turn.messages.length - 1]!;
    const conversationId = conversationIdOf(turn.channel, turn.channelConversationId);
    try {
      // Issued together so the embedded store commits both in one go.
      await Promise.all([
        this.store.transcriptTurns.insertOne({
          conversationId,
          channel: turn.channel,
          at: first.at,
          messages: turn.messages,
          ...(turn.userId ? { userId: turn.userId } : {}),
          ...(turn.channelUserId ? { channelUserId: turn.channelUserId } : {}),
        }),
        this.store.conversations.updateOne(
          { _id: conversationId },
          {
            $inc: { messageCount: turn.messages.length },
            $set: { lastActivityAt: last.at, ...(turn.userId ? { userId: turn.userId } : {}) },
            $setOnInsert: {
              channel: turn.channel,
              channelConversationId: turn.channelConversationId,
              startedAt: first.at,
              ...(turn.channelUserId ? { channelUserId: turn.channelUserId } : {}),
            },
          },
          { upsert: true },
        ),
      ]);
    } catch (error) {
      this.logger.error({ err: error, conversation: conversationId }, 'could not save transcript turn');
    }
  }

  /** Every message of a conversation, oldest first. */
  async messagesOf(conversationId: string): Promise<TranscriptMessage[]> {
    return transcriptMessagesOf(this.store, conversationId);
  }
}

/** Every message of a conversation, oldest first (its turns in order). */
export async function transcriptMessagesOf(
  store: Store,
  conversationId: string,
): Promise<TranscriptMessage[]> {
  const turns = await store.transcriptTurns.find({ conversationId }, { sort: { at: 1, _id: 1 } });
  return turns.flatMap((turn) => turn.messages);
}
