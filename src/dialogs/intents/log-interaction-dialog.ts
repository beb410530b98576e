import { INTERACTION_TYPES } from '../../vocabulary';
import { yesOrNoWord } from '../confirmation-words';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import {
  accountChoiceQuestion,
  accountQuestion,
  confirmationText,
  contactChoiceQuestion,
  contactQuestion,
  followUpQuestion,
  interactionTypeIn,
  type InteractionDraft,
} from './log-interaction-questions';
import {
  accountOfContactNamed,
  answerAccountQuestion,
  answerContactQuestion,
  resolveInteractionAccount,
  resolveInteractionContact,
} from './log-interaction-parties';
import { findContacts } from '../../skills/find-records';
import { correctionAtConfirmation, personCorrected } from './confirmation-corrections';
import { createFollowUpTask, saveInteraction } from './log-interaction-saving';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const LOG_INTERACTION_DIALOG = 'log-interaction';
export type { InteractionDraft } from './log-interaction-questions';

const TYPE_BUTTONS = INTERACTION_TYPES.map((type) => ({ title: type, value: type }));

/**
 * Logs an interaction: resolves the account and contact (asking which one when several match),
 * asks for the type and summary when missing, confirms, saves through the log-interaction skill,
 * then offers the follow-up task (due on the day the request named).
 */
export class LogInteractionDialog extends SlotFillingDialog<InteractionDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(LOG_INTERACTION_DIALOG, deps, ['log_interaction']);
  }

  protected emptyDraft(): InteractionDraft {
    return {};
  }

  protected async nextStep(input: InteractionDraft, turn: SlotTurn): Promise<SlotStep<InteractionDraft>> {
    const draft = { ...input };
    if (draft.logged) return { draft, question: followUpQuestion(draft, turn) };
    if (!draft.account) {
      if (draft.accountChoices) return { draft, question: accountChoiceQuestion(draft.accountChoices) };
      if (!draft.accountMention && draft.contactMention) {
        // "log a call with Jane Park": the account of the one contact of that name.
        const account = await accountOfContactNamed(draft.contactMention, turn);
        if (account) return this.nextStep({ ...draft, account }, turn);
      }
      if (!draft.accountMention)
        return { draft, question: { slot: 'account', text: 'Which account was it with?' } };
      const resolved = await resolveInteractionAccount(draft, draft.accountMention, turn);
      if (resolved.kind === 'problem')
        return {
          draft: resolved.draft ?? draft,
          question: { ...accountQuestion(resolved.draft ?? draft), problem: resolved.problem },
        };
      if (resolved.kind !== 'filled') throw new Error('unreachable');
      return this.nextStep(resolved.draft, turn);
    }
    if (!draft.contact && draft.contactChoices)
      return { draft, question: contactChoiceQuestion(draft.account.name, draft.contactChoices) };
    if (!draft.contact && draft.contactMention) {
      const resolved = await resolveInteractionContact(draft, draft.contactMention, turn);
      if (resolved.kind === 'problem') {
        const next = resolved.draft ?? draft;
        const question = next.contactChoices
          ? contactChoiceQuestion(draft.account.name, next.contactChoices)
          : contactQuestion(draft.account.name);
        return { draft: next, question: { ...question, problem: resolved.problem } };
      }
      if (resolved.kind !== 'filled') throw new Error('unreachable');
      const next = await this.nextStep(resolved.draft, turn);
      return 'done' in next
        ? next
        : { ...next, preface: [...(resolved.preface ?? []), ...(next.preface ?? [])] };
    }
    if (!draft.contact && draft.contactWanted)
      return { draft, question: contactQuestion(draft.account.name) };
    if (!draft.type)
      return {
        draft,
        question: {
          slot: 'type',
          text: 'Was it a call, email, meeting, note or chat?',
          buttons: TYPE_BUTTONS,
        },
      };
    if (!draft.summary) {
      // The account is the one in talk now: "who's the decision maker over there?" asked instead of
      // what it was about is about it.
      await this.rememberAccount(turn.context, draft.account);
      // "log a call with them": whom it will be logged against, since the message never said.
      const whom =
        draft.partiesFromConversation && draft.contact && draft.contact !== 'none'
          ? `A ${draft.type} with ${draft.contact.name} at ${draft.account.name}. `
          : '';
      return {
        draft,
        question: {
          slot: 'summary',
          text: `${whom}What was it about? One or two sentences for the log.`,
          answerOnly: true,
        },
      };
    }
    return {
      draft,
      question: {
        slot: 'confirm',
        text: `${confirmationText(draft, turn)}? (yes/no)`,
        buttons: YES_NO_BUTTONS,
      },
    };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: InteractionDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    switch (question.slot) {
      case 'account':
        return answerAccountQuestion(text, draft, turn);
      case 'contact':
        return answerContactQuestion(text, draft, turn);
      case 'type': {
        const type = interactionTypeIn(text);
        return type
          ? { kind: 'filled', draft: { ...draft, type } }
          : { kind: 'problem', problem: `"${text}" isn't one of the kinds I can log.` };
      }
      case 'summary': {
        const summary = text.trim();
        if (!summary) return { kind: 'problem', problem: 'I need a few words about what happened.' };
        // A "yes" here answers a confirmation the person expected, not what the call was about.
        if (yesOrNoWord(summary))
          return { kind: 'problem', problem: 'I need a few words about what happened, not a yes or no.' };
        if (summary.length > 4000)
          return {
            kind: 'problem',
            problem: `That is ${summary.length} characters; the log takes up to 4000.`,
          };
        return { kind: 'filled', draft: { ...draft, summary } };
      }
      case 'confirm':
        return this.confirm(text, draft, turn);
      case 'follow-up':
        return this.followUp(text, draft, turn);
      default:
        return { kind: 'unhandled' };
    }
  }

  private async confirm(
    text: string,
    draft: InteractionDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    // "no, with david nguyen", "actually it was a call": the draft corrected, and confirmed again.
    const corrected = await this.corrected(text, draft, turn);
    if (corrected) return corrected;
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: "Okay, I didn't log anything." }] };
    if (answer !== 'yes')
      return { kind: 'problem', problem: 'Please answer yes or no (or say "start over").' };
    const { answer: saved, account } = await saveInteraction(draft, turn);
    await this.rememberAccount(turn.context, account);
    return saved;
  }

  /**
   * The draft with what a correction at the confirmation says instead: the kind of interaction
   * ("no, it was a call"), or the contact ("no, with david nguyen", "not kevin, david nguyen") when
   * the account has someone of that name; undefined when the message corrects neither.
   */
  private async corrected(
    text: string,
    draft: InteractionDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft> | undefined> {
    const instead = correctionAtConfirmation(text);
    if (!instead) return undefined;
    const type = interactionTypeIn(instead);
    if (type && instead.split(' ').length <= 3) return { kind: 'filled', draft: { ...draft, type } };
    const person = personCorrected(instead);
    if (!person || !draft.account) return undefined;
    const { matches } = await turn.skills.call(
      findContacts,
      { mention: person, accountId: draft.account.id },
      turn.caller,
    );
    if (matches.length === 0) return undefined;
    const anew: InteractionDraft = { ...draft, contact: undefined, contactChoices: undefined };
    const resolved = await resolveInteractionContact(anew, person, turn);
    return resolved.kind === 'problem' ? { ...resolved, draft: resolved.draft ?? anew } : resolved;
  }

  private async followUp(
    text: string,
    draft: InteractionDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    const { dates, periods } = extractPeriodsAndDates(text, {
      now: turn.now,
      timeZone: turn.caller.timezone,
    });
    const named = dates[0]?.date ?? periods[0]?.start;
    const answer = named ? 'yes' : await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: 'Okay, no follow-up task.' }] };
    if (answer !== 'yes')
      return { kind: 'problem', problem: 'Please answer yes, no, or a day such as "next Friday".' };
    return createFollowUpTask(draft, named ?? draft.followUp?.due, turn);
  }
}
