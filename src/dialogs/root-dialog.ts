import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { CrmError, ErrorCode, isCrmError } from '../core/errors';
import { accountBriefing, type AccountCandidate } from '../skills/account-briefing';
import { invokeSkill, type Caller, type SkillServices } from '../skills/skill';
import { greetingReply, helpReply, outOfScopeReply } from './capabilities';
import { isBackReference, type ConversationMemory } from './conversation-memory';
import type { Reply } from './reply';
import { replyActivity } from './reply-activity';
import { briefingReply, type BriefingFocus } from './replies/briefing-replies';
import type { Understander } from './routing/understanding';
import { CALLER_KEY } from './turn-keys';

const MAIN = 'main';
const CHOOSE_ACCOUNT = 'choose-account';

const FOCUS_OF_INTENT: Record<string, BriefingFocus> = {
  briefing: 'overview',
  deal_lookup: 'deals',
  contact_lookup: 'contacts',
};

interface PendingChoice {
  focus: BriefingFocus;
  candidates: AccountCandidate[];
}

export interface RootDialogDependencies {
  services: SkillServices;
  understander: Understander;
  memory: StatePropertyAccessor<ConversationMemory>;
}

/**
 * The dialog every message starts in: understands the message, runs the matching skill and replies.
 * When a name matches several accounts it asks which one (a ChoicePrompt whose state is kept in the
 * store, so the answer works even after a restart); an answer that is not one of the choices is
 * treated as a new request.
 */
export class RootDialog extends ComponentDialog {
  constructor(private readonly deps: RootDialogDependencies) {
    super('root');
    const prompt = new ChoicePrompt(CHOOSE_ACCOUNT, async () => true);
    prompt.style = ListStyle.none;
    this.addDialog(prompt);
    this.addDialog(new WaterfallDialog(MAIN, [(step) => this.understandStep(step), (step) => this.chosenAccountStep(step)]));
    this.initialDialogId = MAIN;
  }

  private async understandStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = messageText(step.context.activity);
    const caller = callerOf(step.context);
    if (!text) return step.endDialog();
    const understanding = await this.deps.understander.understand(text);
    const focus = FOCUS_OF_INTENT[understanding.intent];
    if (focus) return this.brief(step, focus, understanding.accountMention);
    switch (understanding.intent) {
      case 'greeting':
        await send(step.context, greetingReply(caller));
        break;
      case 'help':
        await send(step.context, helpReply(caller));
        break;
      case 'thanks':
        await send(step.context, { text: "You're welcome!" });
        break;
      case 'cancel':
        await send(step.context, { text: "There's nothing to cancel." });
        break;
      default:
        await send(step.context, outOfScopeReply(caller));
    }
    return step.endDialog();
  }

  private async brief(step: WaterfallStepContext, focus: BriefingFocus, mention: string | undefined): Promise<DialogTurnResult> {
    const memory = await this.deps.memory.get(step.context, {});
    let account = mention;
    if (!account || isBackReference(account)) {
      if (!memory.lastAccount) {
        await send(step.context, { text: 'Which account do you mean? For example: "tell me about Acme".' });
        return step.endDialog();
      }
      account = memory.lastAccount.id;
    }
    try {
      await this.sendBriefing(step.context, account, focus, memory);
      return step.endDialog();
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Ambiguous)) return this.explain(step, error);
      const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
      const pending: PendingChoice = { focus, candidates };
      (step.values as { pending?: PendingChoice }).pending = pending;
      return step.prompt(CHOOSE_ACCOUNT, {
        prompt: replyActivity({
          text: `${error.message}\n${candidates.map((c, i) => `${i + 1}. ${labelOf(c)}`).join('\n')}`,
          buttons: candidates.map((c) => ({ title: labelOf(c), value: labelOf(c) })),
        }) as Activity,
        choices: candidates.map((c) => ({ value: labelOf(c), synonyms: [c.name, ...(c.domain ? [c.domain] : [])] })),
      });
    }
  }

  private async chosenAccountStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as FoundChoice | undefined;
    const pending = (step.values as { pending?: PendingChoice }).pending;
    const chosen = choice && pending ? pending.candidates[choice.index] : undefined;
    // Not one of the offered accounts: the person moved on, so handle the message as a new request.
    if (!chosen || !pending) return step.replaceDialog(MAIN);
    const memory = await this.deps.memory.get(step.context, {});
    try {
      await this.sendBriefing(step.context, chosen.id, pending.focus, memory);
      return step.endDialog();
    } catch (error) {
      return this.explain(step, error);
    }
  }

  private async sendBriefing(context: TurnContext, account: string, focus: BriefingFocus, memory: ConversationMemory): Promise<void> {
    const caller = callerOf(context);
    const briefing = await invokeSkill(accountBriefing, { account }, { caller, services: this.deps.services });
    memory.lastAccount = { id: briefing.account.id, name: briefing.account.name };
    await send(context, briefingReply(briefing, focus, this.deps.services.clock(), caller.timezone));
  }

  /** Tells the person what went wrong in their words; unexpected errors go to the turn error handler. */
  private async explain(step: WaterfallStepContext, error: unknown): Promise<DialogTurnResult> {
    if (!(error instanceof CrmError) || error.code === ErrorCode.Internal || error.code === ErrorCode.Unavailable) throw error;
    const suggestions = ((error.details?.candidates ?? []) as AccountCandidate[]).map((c) => ({
      title: c.name,
      value: `tell me about ${c.name}`,
    }));
    await send(step.context, { text: error.message, ...(suggestions.length ? { buttons: suggestions } : {}) });
    return step.endDialog();
  }
}

function labelOf(candidate: AccountCandidate): string {
  return candidate.domain ? `${candidate.name} (${candidate.domain})` : candidate.name;
}

/** The text of a message, or of a card button the person clicked. */
export function messageText(activity: Partial<Activity>): string {
  const value = activity.value as { text?: unknown } | undefined;
  return (activity.text ?? (typeof value?.text === 'string' ? value.text : '')).trim();
}

/** The caller the bot core resolved for this turn. */
export function callerOf(context: TurnContext): Caller {
  const caller = context.turnState.get(CALLER_KEY) as Caller | undefined;
  if (!caller) throw new CrmError(ErrorCode.Internal, 'The caller of this turn was not resolved.');
  return caller;
}

async function send(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(replyActivity(reply));
}
