import { ActivityHandler, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import type { Logger } from '../core/logger';
import type { DialogRunner } from '../dialogs/dialog-runner';
import { replyActivity } from '../dialogs/reply-activity';
import { messageText } from '../dialogs/turn-helpers';
import { CALLER_KEY } from '../dialogs/turn-keys';
import type { CallerResolver, ChannelTrust } from './caller-resolver';
import type { TurnTracker } from './turn-tracker';

export interface CrmBotDependencies {
  conversationState: ConversationState;
  userState: UserState;
  dialogs: DialogRunner;
  callers: CallerResolver;
  tracker: TurnTracker;
  logger: Logger;
  /** How much the channel of this turn vouches for the sender. */
  trustOf: (context: TurnContext) => ChannelTrust;
}

/**
 * The one bot core every channel runs: resolves who is speaking, runs the dialogs, and saves
 * conversation and user state to the store at the end of every turn.
 */
export class CrmBot extends ActivityHandler {
  constructor(private readonly deps: CrmBotDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await deps.tracker.track(async () => {
        await this.identify(context);
        await deps.dialogs.run(context, messageText(context.activity));
      });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const joined = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (joined.length > 0) {
        await deps.tracker.track(async () => {
          const caller = await this.identify(context);
          await context.sendActivity(replyActivity(deps.dialogs.greeting(caller)));
        });
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async identify(context: TurnContext) {
    const caller = await this.deps.callers.resolve(context.activity, this.deps.trustOf(context));
    context.turnState.set(CALLER_KEY, caller);
    this.deps.logger.debug({ role: caller.role, channel: context.activity.channelId }, 'turn');
    return caller;
  }
}
