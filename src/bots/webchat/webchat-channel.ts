import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Reply } from '../../dialogs/reply';
import type { Bot } from '../core/build-bot';
import { InProcessChannel } from '../in-process/in-process-channel';
import { renderPlainText } from '../render/plain-text';

const messageSchema = z.object({
  conversationId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'conversationId must be 8-64 letters, digits, _ or -')
    .optional(),
  text: z.string().max(20_000).optional(),
  value: z.record(z.string(), z.unknown()).optional(),
});

/** What the local web chat gets back for one message. */
export interface WebchatResponse {
  /** The conversation to send the next message in: the one given, or a new one this server issued. */
  conversationId: string;
  /** True when the message started a new conversation (none was given, or the one given was not ours). */
  newConversation: boolean;
  replies: Reply[];
}

/** Characters of an issued conversation id: its random part, then its signature. */
const NONCE_CHARS = 22;
const SIGNATURE_CHARS = 22;

/**
 * The local web chat (`POST /api/webchat/messages`): one message in, the bot's replies
 * (channel-neutral, each with its text) out, through the same bot core. It acts as the local user
 * (LOCAL_USER), so it is for trying the bot on your own machine; website visitors get the widget.
 *
 * Conversation ids are issued here, never chosen by the client: an id is a random part and its
 * HMAC under a key of this process. A message naming an id this server did not issue (made up,
 * or from before a restart) starts a new conversation, whose id the response carries, so the page
 * keeps working while nobody can write into a conversation they were not given.
 */
export class WebchatChannel {
  private readonly channel: InProcessChannel;

  constructor(
    core: Bot,
    private readonly conversationKey: Buffer = randomBytes(32),
  ) {
    this.channel = new InProcessChannel(core, {
      channelId: 'webchat-local',
      trust: 'local',
      name: 'web chat',
    });
  }

  /** A new conversation id, signed by this server. */
  issueConversationId(): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}${this.sign(nonce)}`;
  }

  /** True when this server issued `id`. */
  issued(id: string): boolean {
    if (id.length !== NONCE_CHARS + SIGNATURE_CHARS) return false;
    const expected = Buffer.from(this.sign(id.slice(0, NONCE_CHARS)));
    return timingSafeEqual(expected, Buffer.from(id.slice(NONCE_CHARS)));
  }

  async handle(body: unknown): Promise<WebchatResponse> {
    const parsed = messageSchema.safeParse(body);
    if (!parsed.success) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    }
    const given = parsed.data.conversationId;
    const newConversation = !given || !this.issued(given);
    const conversationId = newConversation ? this.issueConversationId() : given;
    const replies = await this.channel.send({
      conversationId,
      text: parsed.data.text,
      ...(parsed.data.value ? { value: parsed.data.value } : {}),
      from: { id: `webchat-user-${conversationId}`, name: 'You' },
    });
    return {
      conversationId,
      newConversation,
      replies: replies.map((reply) => (reply.text ? reply : { ...reply, text: renderPlainText(reply) })),
    };
  }

  private sign(nonce: string): string {
    return createHmac('sha256', this.conversationKey)
      .update(nonce)
      .digest('base64url')
      .slice(0, SIGNATURE_CHARS);
  }
}
