import { randomUUID } from 'node:crypto';
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
  conversationId: string;
  replies: Reply[];
}

/**
 * The local web chat (`POST /api/webchat/messages`): one message in, the bot's replies
 * (channel-neutral, each with its text) out, through the same bot core. It acts as the local user
 * (LOCAL_USER), so it is for trying the bot on your own machine; website visitors get the widget.
 */
export class WebchatChannel {
  private readonly channel: InProcessChannel;

  constructor(core: Bot) {
    this.channel = new InProcessChannel(core, {
      channelId: 'webchat-local',
      trust: 'local',
      name: 'web chat',
    });
  }

  async handle(body: unknown): Promise<WebchatResponse> {
    const parsed = messageSchema.safeParse(body);
    if (!parsed.success) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    }
    const conversationId = parsed.data.conversationId ?? randomUUID().replace(/-/g, '');
    const replies = await this.channel.send({
      conversationId,
      text: parsed.data.text,
      ...(parsed.data.value ? { value: parsed.data.value } : {}),
      from: { id: `webchat-user-${conversationId}`, name: 'You' },
    });
    return {
      conversationId,
      replies: replies.map((reply) => (reply.text ? reply : { ...reply, text: renderPlainText(reply) })),
    };
  }
}
