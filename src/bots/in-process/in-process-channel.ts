import type { Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/reply';
import { replyOf, type ChannelTrust } from '../../dialogs/turn-state';
import type { Bot } from '../core/build-bot';
import { failedTurnMessage } from '../core/turn-failure';
import { InProcessAdapter } from './in-process-adapter';

/** One message into an in-process channel. */
export interface InProcessMessage {
  conversationId: string;
  text?: string;
  /** What a clicked card button carries. */
  value?: Record<string, unknown>;
  /** The sender as the channel knows them (`aadObjectId`: the Azure AD id Teams vouches for). */
  from?: { id: string; name?: string; aadObjectId?: string };
}

/**
 * A channel whose far end is in this process: the terminal chat, the local web chat, the test
 * fixtures and the benches. A message goes through the one bot core (transcripts included) and
 * its channel-neutral replies come back.
 */
export class InProcessChannel {
  private readonly adapter: InProcessAdapter;

  constructor(
    private readonly core: Bot,
    private readonly options: { channelId: string; trust: ChannelTrust; name?: string },
  ) {
    this.adapter = new InProcessAdapter(options.trust);
    for (const middleware of core.middleware) this.adapter.use(middleware);
    this.adapter.onTurnError = async (context, error) => {
      await context.sendActivity({ type: 'message', text: failedTurnMessage(error, core.logger, context) });
    };
  }

  /** Runs one message through the bot; resolves to the replies of that turn. */
  async send(message: InProcessMessage): Promise<Reply[]> {
    const { channelId, name } = this.options;
    const activity: Partial<Activity> = {
      type: 'message',
      channelId,
      serviceUrl: `local://${channelId}`,
      text: message.text ?? '',
      ...(message.value ? { value: message.value } : {}),
      conversation: {
        id: message.conversationId,
        isGroup: false,
        conversationType: 'personal',
        name: name ?? channelId,
      },
      from: {
        id: message.from?.id ?? `${channelId}-user`,
        name: message.from?.name ?? 'You',
        role: 'user',
        ...(message.from?.aadObjectId ? { aadObjectId: message.from.aadObjectId } : {}),
      },
      recipient: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
    };
    const sent = await this.adapter.processActivity(activity, (context) => this.core.bot.run(context));
    return sent.filter((a) => a.type === 'message').map((a) => replyOf(a) ?? { text: a.text ?? '' });
  }
}
