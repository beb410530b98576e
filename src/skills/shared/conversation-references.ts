import type { Store } from '../../store/store';

/** A stored way to reach a CRM user on a channel: botbuilder's ConversationReference, as plain data. */
export interface StoredConversationReference {
  userId: string;
  channelId: string;
  /** `personal` (1:1 chat), `channel` or `groupChat`. */
  conversationType: string;
  /** botbuilder's `Partial<ConversationReference>` (activity id, user, bot, conversation, serviceUrl…). */
  reference: Record<string, unknown>;
  updatedAt?: Date;
}

/**
 * Where each CRM user can be reached proactively, per channel, kept in the store so that it
 * survives restarts and is shared by every server behind a load balancer. A personal (1:1) chat
 * wins: once known, a channel or group chat the person also writes in never replaces it, so a
 * digest meant for one person is not posted where others read it.
 */
export class ConversationReferences {
  /** What each user's stored record was last seen as (`conversation|serviceUrl|type`), to skip writes. */
  private readonly seen = new Map<string, string>();

  constructor(private readonly store: Store) {}

  /** Saves the reference unless the same one (or a personal one, for a non-personal reference) is stored. */
  async remember(entry: StoredConversationReference): Promise<'saved' | 'unchanged' | 'kept-personal'> {
    const _id = `${entry.channelId}:${entry.userId}`;
    const conversationId = String((entry.reference.conversation as { id?: string } | undefined)?.id ?? '');
    const serviceUrl = String(entry.reference.serviceUrl ?? '');
    const signature = `${conversationId}|${serviceUrl}|${entry.conversationType}`;
    if (this.seen.get(_id) === signature) return 'unchanged';
    const stored = await this.store.conversationReferences.findById(_id);
    if (stored && `${stored.conversationId}|${stored.serviceUrl}|${stored.conversationType}` === signature) {
      this.seen.set(_id, signature);
      return 'unchanged';
    }
    if (stored?.conversationType === 'personal' && entry.conversationType !== 'personal')
      return 'kept-personal';
    await this.store.conversationReferences.updateOne(
      { _id },
      {
        $set: {
          userId: entry.userId,
          channelId: entry.channelId,
          conversationType: entry.conversationType,
          conversationId,
          serviceUrl,
          reference: JSON.stringify(entry.reference),
        },
      },
      { upsert: true },
    );
    this.seen.set(_id, signature);
    return 'saved';
  }

  /** Forgets the user's reference on a channel when it is this conversation (the bot was removed from it). */
  async forget(userId: string, channelId: string, conversationId: string): Promise<boolean> {
    const _id = `${channelId}:${userId}`;
    this.seen.delete(_id);
    const { deletedCount } = await this.store.conversationReferences.deleteOne({ _id, conversationId });
    return deletedCount > 0;
  }

  /** The stored reference for a user on a channel, if the bot has ever met them there. */
  async of(userId: string, channelId: string): Promise<StoredConversationReference | null> {
    const stored = await this.store.conversationReferences.findById(`${channelId}:${userId}`);
    if (!stored) return null;
    return {
      userId: stored.userId,
      channelId: stored.channelId,
      conversationType: stored.conversationType,
      reference: JSON.parse(stored.reference) as Record<string, unknown>,
      updatedAt: stored.updatedAt,
    };
  }
}
