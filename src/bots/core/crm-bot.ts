import { ActivityHandler, type ConversationState, type TurnContext, type UserState } from 'botbuilder';
import type { Logger } from '../../core/logger';
import type { DialogRunner } from '../../dialogs/dialog-runner';
import { messageText } from '../../dialogs/turn-helpers';
import { crmTurn, replyActivity } from '../../dialogs/turn-state';
import type { CallerResolver } from './caller-resolver';
import { DialogStateConfiguration } from './dialog-state-configuration';
import { recordTurn } from './turn-metrics';
import { writeTranscriptNow } from './turn-transcript';
import type { TurnTracker } from './turn-tracker';

export interface CrmBotDependencies {
  conversationState: ConversationState;
  userState: UserState;
  dialogs: DialogRunner;
  callers: CallerResolver;
  tracker: TurnTracker;
  logger: Logger;
  /** The longest a message turn may take before the person gets a polite "took too long". */
  turnTimeoutMs: number;
}

/** What the person reads when their message took longer than the turn budget. */
export const TURN_TIMEOUT_REPLY =
  'Sorry, that took me too long to work out, so I stopped. Could you ask it more simply, or try again in a moment?';

/**
 * The one bot core every channel runs: resolves who is speaking, runs the dialogs within the turn
 * budget, and saves conversation and user state to the store at the end of every turn.
 */
export class CrmBot extends ActivityHandler {
  private readonly dialogState = new DialogStateConfiguration();

  constructor(private readonly deps: CrmBotDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await deps.tracker.track(async () => {
        await this.identify(context);
        await this.withinBudget(context, () => deps.dialogs.run(context, messageText(context.activity)));
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
    const startedAt = performance.now();
    try {
      this.dialogState.lend(context);
      await super.run(context);
      this.dialogState.keep(context);
      // Queued before the state, so the transcript row and the state share one commit.
      writeTranscriptNow(context);
      // An abandoned turn keeps the conversation as it was before the message.
      if (crmTurn(context).abandoned) return;
      await this.deps.conversationState.saveChanges(context, false);
      await this.deps.userState.saveChanges(context, false);
    } finally {
      if (context.activity.type === 'message')
        recordTurn(context.activity, crmTurn(context).intent, startedAt);
    }
  }

  /**
   * Runs the dialogs, or answers TURN_TIMEOUT_REPLY when they take longer than the budget: what
   * the abandoned work sends afterwards is dropped, and its state is not saved.
   */
  private async withinBudget(context: TurnContext, work: () => Promise<void>): Promise<void> {
    const turn = crmTurn(context);
    context.onSendActivities(async (_context, activities, next) => (turn.abandoned ? [] : next()));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.deps.turnTimeoutMs);
    });
    const running = work();
    try {
      if ((await Promise.race([running, timedOut])) !== 'timeout') return;
    } finally {
      clearTimeout(timer);
    }
    this.deps.logger.warn(
      { channel: context.activity.channelId, timeoutMs: this.deps.turnTimeoutMs },
      'turn took longer than TURN_TIMEOUT_MS; the person was told and the turn abandoned',
    );
    await context.sendActivity(replyActivity({ text: TURN_TIMEOUT_REPLY }));
    turn.abandoned = true;
    running.catch((error: unknown) => this.deps.logger.warn({ err: error }, 'abandoned turn failed later'));
  }

  private async identify(context: TurnContext) {
    const turn = crmTurn(context);
    const caller = await this.deps.callers.resolve(context.activity, turn.trust ?? 'verified');
    turn.caller = caller;
    this.deps.logger.debug({ role: caller.role, channel: context.activity.channelId }, 'turn');
    return caller;
  }
}
