import type { Activity, TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ErrorCode, isCrmError, isPersonFacingError } from '../../core/errors';
import { accountBriefing, type AccountCandidate } from '../../skills/account-briefing';
import type { Skill, SkillRunner } from '../../skills/skill';
import { isBackReference, type ConversationMemory } from '../conversation-memory';
import { briefingReply, type BriefingFocus } from '../replies/briefing-replies';
import { replyActivity } from '../turn-state';
import { sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';
import { refusalReplyOf } from '../replies/refusal-replies';
import type { IntentHandler } from './intent-handler';
import { asksAccountRevenue } from '../understanding/account-revenue';
import { accountProfileFieldsOf, type AccountProfileField } from '../understanding/account-profile-fields';

export const BRIEFING_DIALOG = 'briefing';
const STEPS = 'briefing-steps';
const CHOOSE_ACCOUNT = 'choose-account';

const FOCUS_OF_INTENT: Record<string, BriefingFocus> = {
  briefing: 'overview',
  deal_lookup: 'deals',
  contact_lookup: 'contacts',
};

/** Options the briefing dialog starts with. */
export interface BriefingOptions {
  focus: BriefingFocus;
  /** The account as named, or an account id resolved earlier. */
  account: string;
  /** One person was asked ("who's our main contact at acme"): the main contact the reply names. */
  mainContact?: true;
  /** Fields of the account's profile asked (focus `profile`): "what industry is willowview in and how big are they". */
  fields?: AccountProfileField[];
}

/**
 * One main person asked of the account ("who's our main contact at acme", "primary contact for
 * globex", "point of contact at hooli"), not its people: the one the reply names first, whom "their
 * email" then means.
 */
const MAIN_CONTACT =
  /\b(?:main|primary|key|usual|principal|lead)\s+(?:point\s+of\s+)?contact\b(?!s)|\bpoint\s+of\s+contact\b|\bpoc\b|\b(?:the|our|my)\s+contact\s+(?:at|for|with|over\s+at|in)\b/i;

interface PendingChoice {
  focus: BriefingFocus;
  candidates: AccountCandidate[];
  mainContact?: true;
  fields?: AccountProfileField[];
}

/** Briefings, deals and contacts of an account: starts the briefing dialog with the account named. */
export const briefingHandler: IntentHandler = {
  intents: Object.keys(FOCUS_OF_INTENT),
  capability: {
    skill: accountBriefing as Skill<never, unknown>,
    summary: 'brief you on an account: profile, owner, open deals, contacts and recent interactions',
    examples: ['tell me about Acme', 'open deals for Globex', 'who is our contact at Initech'],
  },
  handle: async ({ text, understanding, memory }) => {
    // "what industry is willowview in and how big are they": those fields of its profile; "what's
    // acme's turnover" alone: the account's own annual revenue, from its profile.
    const fields = understanding.intent === 'briefing' ? accountProfileFieldsOf(text) : [];
    const focus: BriefingFocus =
      fields.length && !(fields.length === 1 && fields[0] === 'revenue')
        ? 'profile'
        : understanding.intent === 'briefing' && asksAccountRevenue(text)
          ? 'revenue'
          : (FOCUS_OF_INTENT[understanding.intent] ?? 'overview');
    let account = understanding.accountMention;
    if (!account || isBackReference(account)) {
      if (!memory.lastAccount)
        return { text: 'Which account do you mean? For example: "tell me about Acme".' };
      account = memory.lastAccount.id;
    }
    const mainContact = focus === 'contacts' && MAIN_CONTACT.test(text);
    const options: BriefingOptions = {
      focus,
      account,
      ...(mainContact ? { mainContact } : {}),
      ...(focus === 'profile' ? { fields } : {}),
    };
    return { beginDialog: BRIEFING_DIALOG, options };
  },
};

/**
 * Runs the briefing skill. When a name matches several accounts it asks which one (a ChoicePrompt
 * whose state is kept in the store, so the answer works after a restart too); an answer that is
 * not one of the choices ends the dialog and is handled as a new request.
 */
export class BriefingDialog extends ComponentDialog {
  constructor(
    private readonly skills: SkillRunner,
    private readonly memory: {
      get(context: TurnContext, initial: ConversationMemory): Promise<ConversationMemory | undefined>;
    },
  ) {
    super(BRIEFING_DIALOG);
    const prompt = new ChoicePrompt(CHOOSE_ACCOUNT, async () => true);
    prompt.style = ListStyle.none;
    this.addDialog(prompt);
    this.addDialog(
      new WaterfallDialog(STEPS, [(step) => this.briefStep(step), (step) => this.chosenStep(step)]),
    );
    this.initialDialogId = STEPS;
  }

  private async briefStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { focus, account, mainContact, fields } = step.options as BriefingOptions;
    try {
      await this.sendBriefing(step.context, account, focus, mainContact, fields);
      return step.endDialog();
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Ambiguous)) return this.explain(step, error);
      const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
      (step.values as { pending?: PendingChoice }).pending = {
        focus,
        candidates,
        ...(mainContact ? { mainContact } : {}),
        ...(fields ? { fields } : {}),
      };
      return step.prompt(CHOOSE_ACCOUNT, {
        prompt: replyActivity({
          text: `${error.message}\n${candidates.map((c, i) => `${i + 1}. ${labelOf(c)}`).join('\n')}`,
          buttons: candidates.map((c) => ({ title: labelOf(c), value: labelOf(c) })),
        }) as Activity,
        choices: candidates.map((c) => ({
          value: labelOf(c),
          synonyms: [c.name, ...(c.domain ? [c.domain] : [])],
        })),
      });
    }
  }

  private async chosenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as FoundChoice | undefined;
    const pending = (step.values as { pending?: PendingChoice }).pending;
    const chosen = choice && pending ? pending.candidates[choice.index] : undefined;
    // Not one of the offered accounts: the person moved on; the root dialog takes the message anew.
    if (!chosen || !pending) return step.endDialog({ unhandledText: true });
    try {
      await this.sendBriefing(step.context, chosen.id, pending.focus, pending.mainContact, pending.fields);
      return step.endDialog();
    } catch (error) {
      return this.explain(step, error);
    }
  }

  private async sendBriefing(
    context: TurnContext,
    account: string,
    focus: BriefingFocus,
    mainContact?: true,
    fields?: AccountProfileField[],
  ): Promise<void> {
    const caller = callerOf(context);
    // Contacts asked for ("list the contacts at Acme"): every one of them, not the key ones.
    const briefing = await this.skills.call(
      accountBriefing,
      { account, ...(focus === 'contacts' ? { contacts: 'all' as const } : {}) },
      caller,
    );
    const memory = (await this.memory.get(context, {}))!;
    memory.lastAccount = { id: briefing.account.id, name: briefing.account.name };
    memory.lastFocus = 'account';
    // The people it lists, for "whats janes title"; by position only when it lists people alone.
    const people = 'contacts' in briefing ? (briefing.contacts ?? []) : [];
    memory.lastContacts = people.map((c) => ({
      id: c.id,
      name: c.name,
      accountId: briefing.account.id,
    }));
    memory.lastContactsInOrder = focus === 'contacts';
    delete memory.lastPicked;
    // The main contact asked and named ("who's our main contact at acme" → "and their email?"): that
    // person, as a row picked from the people shown (someone who left is no one's main contact).
    const main = mainContact ? people.find((c) => !c.leftAt) : undefined;
    if (main) {
      memory.lastFocus = 'contacts';
      memory.lastPicked = main.id;
    }
    await sendReply(context, briefingReply(briefing, focus, this.skills.clock(), caller.timezone, fields));
  }

  /** Tells the person what went wrong in their words; unexpected errors go to the turn error handler. */
  private async explain(step: WaterfallStepContext, error: unknown): Promise<DialogTurnResult> {
    if (!isPersonFacingError(error)) throw error;
    // A role refused the briefing hears it in plain words (what is not available, whom it is for).
    const refusal = refusalReplyOf(error, [], callerOf(step.context));
    if (refusal) {
      await sendReply(step.context, refusal);
      return step.endDialog();
    }
    const suggestions = ((error.details?.candidates ?? []) as AccountCandidate[]).map((c) => ({
      title: c.name,
      value: `tell me about ${c.name}`,
    }));
    await sendReply(step.context, {
      text: error.message,
      ...(suggestions.length ? { buttons: suggestions } : {}),
    });
    return step.endDialog();
  }
}

function labelOf(candidate: AccountCandidate): string {
  return candidate.domain ? `${candidate.name} (${candidate.domain})` : candidate.name;
}
