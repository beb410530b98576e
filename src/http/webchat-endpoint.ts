import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { BotCore } from '../bots/bot-core';
import { CallbackAdapter } from '../bots/callback-adapter';
import { renderPlainText } from '../bots/render/plain-text';
import { CrmError, ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';
import { replyOf } from '../dialogs/reply-activity';
import type { Reply } from '../dialogs/reply';

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
 * The local web chat page's endpoint: one message in, the bot's replies (channel-neutral) out,
 * through the same bot core. It acts as the local user (LOCAL_USER), so it is for trying the bot
 * on your own machine; website visitors get the widget channel.
 */
export class WebchatEndpoint {
  private readonly adapter: CallbackAdapter;

  constructor(
    private readonly core: BotCore,
    private readonly logger: Logger,
  ) {
    this.adapter = new CallbackAdapter('local');
    this.adapter.use(core.transcript);
    this.adapter.onTurnError = async (context, error) => {
      logger.error({ err: error }, 'web chat turn failed');
      await context.sendActivity({
        type: 'message',
        text: 'Something went wrong on our side. Please try again.',
      });
    };
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
    const activity: Partial<Activity> = {
      type: 'message',
      channelId: 'webchat-local',
      serviceUrl: 'local://webchat',
      text: parsed.data.text ?? '',
      ...(parsed.data.value ? { value: parsed.data.value } : {}),
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'web chat' },
      from: { id: `webchat-user-${conversationId}`, name: 'You', role: 'user' },
      recipient: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
    };
    const sent = await this.adapter.processActivity(activity, (context) => this.core.bot.run(context));
    return {
      conversationId,
      replies: sent
        .filter((a) => a.type === 'message')
        .map((a) => replyOf(a) ?? { text: a.text ?? '' })
        .map((reply) => (reply.text ? reply : { ...reply, text: renderPlainText(reply) })),
    };
  }
}
