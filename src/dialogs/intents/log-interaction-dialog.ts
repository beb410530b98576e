import { isCrmError, ErrorCode } from '../../core/errors';
import { createTask } from '../../skills/create-task';
import { findAccount, findContact, findContacts, type AccountCandidate } from '../../skills/find-records';
import { logInteraction } from '../../skills/log-interaction';
import { INTERACTION_TYPES } from '../../vocabulary';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import {
  accountChoiceQuestion,
  accountQuestion,
  confirmationText,
  contactChoiceQuestion,
  contactQuestion,
  followUpQuestion,
  interactionTypeIn,
  nameOfLabel,
  taskTitle,
  type InteractionDraft,
} from './log-interaction-questions';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  dayLabel,
  pickChoice,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const LOG_INTERACTION_DIALOG = 'log-interaction';
export type { InteractionDraft } from './log-interaction-questions';

const TYPE_BUTTONS = INTERACTION_TYPES.map((type) => ({ title: type, value: type }));
const NOBODY = /^(?:nobody|no one|noone|none|no contact|skip|nobody in particular|n\/a)[\s!.]*$/i;

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
        const { matches: people } = await turn.skills.call(
          findContacts,
          { mention: draft.contactMention },
          turn.caller,
        );
        const accountIds = new Set(people.map((p) => p.accountId));
        const only = people[0];
        if (only?.accountName && accountIds.size === 1)
          return this.nextStep({ ...draft, account: { id: only.accountId, name: only.accountName } }, turn);
      }
      if (!draft.accountMention)
        return { draft, question: { slot: 'account', text: 'Which account was it with?' } };
      const resolved = await this.resolveAccount(draft, draft.accountMention, turn);
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
      const resolved = await this.resolveContact(draft, draft.contactMention, turn);
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
    if (!draft.summary)
      return {
        draft,
        question: {
          slot: 'summary',
          text: 'What was it about? One or two sentences for the log.',
          answerOnly: true,
        },
      };
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
      case 'account': {
        if (draft.accountChoices) {
          const index = pickChoice(
            text,
            draft.accountChoices.map((c) => c.label),
          );
          const chosen = index === undefined ? undefined : draft.accountChoices[index];
          if (chosen)
            return {
              kind: 'filled',
              draft: {
                ...draft,
                account: { id: chosen.id, name: nameOfLabel(chosen.label) },
                accountChoices: undefined,
              },
            };
        }
        return this.resolveAccount({ ...draft, accountChoices: undefined }, text, turn);
      }
      case 'contact': {
        if (NOBODY.test(text.trim())) {
          return {
            kind: 'filled',
            draft: {
              ...draft,
              contact: 'none',
              contactChoices: undefined,
              contactMention: undefined,
              contactWanted: undefined,
            },
          };
        }
        if (draft.contactChoices) {
          const index = pickChoice(
            text,
            draft.contactChoices.map((c) => c.name),
          );
          const chosen = index === undefined ? undefined : draft.contactChoices[index];
          if (chosen)
            return {
              kind: 'filled',
              draft: { ...draft, contact: { id: chosen.id, name: chosen.name }, contactChoices: undefined },
            };
        }
        return this.resolveContact({ ...draft, contactChoices: undefined }, text, turn);
      }
      case 'type': {
        const type = interactionTypeIn(text);
        return type
          ? { kind: 'filled', draft: { ...draft, type } }
          : { kind: 'problem', problem: `"${text}" isn't one of the kinds I can log.` };
      }
      case 'summary': {
        const summary = text.trim();
        if (!summary) return { kind: 'problem', problem: 'I need a few words about what happened.' };
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

  private async resolveAccount(
    draft: InteractionDraft,
    mention: string,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    try {
      const account = await turn.skills.call(findAccount, { mention }, turn.caller);
      return {
        kind: 'filled',
        draft: {
          ...draft,
          account: { id: account.id, name: account.name },
          accountMention: undefined,
          accountChoices: undefined,
        },
      };
    } catch (error) {
      if (isCrmError(error, ErrorCode.Ambiguous)) {
        const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
        const accountChoices = candidates.map((c) => ({
          id: c.id,
          label: c.domain ? `${c.name} (${c.domain})` : c.name,
        }));
        return {
          kind: 'problem',
          problem: error.message,
          draft: { ...draft, accountMention: undefined, accountChoices },
        };
      }
      if (isCrmError(error, ErrorCode.NotFound) || isCrmError(error, ErrorCode.InvalidInput)) {
        return { kind: 'problem', problem: error.message, draft: { ...draft, accountMention: undefined } };
      }
      throw error;
    }
  }

  private async resolveContact(
    draft: InteractionDraft,
    mention: string,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    const account = draft.account!;
    const { matches } = await turn.skills.call(findContacts, { mention, accountId: account.id }, turn.caller);
    if (matches.length > 1) {
      return {
        kind: 'problem',
        problem: `Several contacts at ${account.name} match "${mention}".`,
        draft: { ...draft, contactMention: undefined, contactChoices: matches },
      };
    }
    try {
      const named = await turn.skills.call(findContact, { account, mention }, turn.caller);
      return {
        kind: 'filled',
        draft: { ...draft, contact: named, contactMention: undefined, contactWanted: undefined },
      };
    } catch (error) {
      if (!isCrmError(error, ErrorCode.NotFound) && !isCrmError(error, ErrorCode.InvalidInput)) throw error;
      const anyone = ((error.details?.candidates ?? []) as unknown[]).length > 0;
      if (isCrmError(error, ErrorCode.NotFound) && !anyone) {
        // Nobody to choose from: say so and log it without a contact.
        const note = `${error.message} I'll log it without a contact.`;
        return {
          kind: 'filled',
          preface: [{ text: note }],
          draft: { ...draft, contact: 'none', contactMention: undefined, contactWanted: undefined },
        };
      }
      return {
        kind: 'problem',
        problem: error.message,
        draft: { ...draft, contactMention: undefined, contactWanted: true },
      };
    }
  }

  private async confirm(
    text: string,
    draft: InteractionDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<InteractionDraft>> {
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: "Okay, I didn't log anything." }] };
    if (answer !== 'yes')
      return { kind: 'problem', problem: 'Please answer yes or no (or say "start over").' };
    const contact = draft.contact && draft.contact !== 'none' ? draft.contact : undefined;
    const logged = await turn.skills.call(
      logInteraction,
      {
        type: draft.type,
        account: draft.account!.id,
        ...(contact ? { contact: contact.id } : {}),
        ...(draft.when ? { when: draft.when } : {}),
        summary: draft.summary,
      },
      turn.caller,
    );
    await this.rememberAccount(turn.context, logged.account);
    const saved = `Logged the ${logged.type}${logged.contact ? ` with ${logged.contact.name}` : ''} at ${logged.account.name}.`;
    return {
      kind: 'filled',
      preface: [{ text: saved }],
      draft: {
        ...draft,
        logged: {
          id: logged.id,
          accountId: logged.account.id,
          accountName: logged.account.name,
          ...(logged.contact ? { contactName: logged.contact.name } : {}),
          summary: logged.summary,
        },
      },
    };
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
    const due = named ?? draft.followUp?.due;
    const logged = draft.logged!;
    const task = await turn.skills.call(
      createTask,
      {
        title: taskTitle(logged),
        account: logged.accountId,
        interactionId: logged.id,
        ...(due ? { due } : {}),
      },
      turn.caller,
    );
    const when = task.dueAt ? ` due ${dayLabel(task.dueAt, turn.caller.timezone, turn.now)}` : '';
    return { kind: 'done', replies: [{ text: `Task created: "${task.title}"${when}.` }] };
  }
}
