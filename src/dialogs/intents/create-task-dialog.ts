import { ErrorCode, isCrmError } from '../../core/errors';
import { createTask } from '../../skills/create-task';
import { findAccount, findContact, type AccountCandidate } from '../../skills/find-records';
import { accountOfContactNamed } from './log-interaction-parties';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  dayLabel,
  dueLabel,
  numbered,
  pickChoice,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';
import { rememberLastTask } from './task-change-draft';
import { dueDayOf, type TaskDraft } from './task-draft';

export const CREATE_TASK_DIALOG = 'create-task';
export type { TaskDraft } from './task-draft';

const NONE = /^(?:none|no account|nothing|nobody|skip|no|n\/a|not linked)[\s!.]*$/i;
const NO_DATE = /^(?:no (?:due )?date|no deadline|whenever|none|no day|skip)[\s!.]*$/i;

/** "Create a task "Send the MSA" due 8 Dec, for Acme Corporation (Kevin Adams)" */
function taskLine(draft: TaskDraft, now: Date): string {
  const due = draft.due ? ` due ${dueLabel(draft.due, now)}` : ' with no due date';
  const linked = draft.account
    ? `, for ${draft.account.name}${draft.contact ? ` (${draft.contact.name})` : ''}`
    : '';
  return `"${draft.title}"${due}${linked}`;
}

/**
 * Creates a task the person asked for in their words ("remind me to send the MSA to Kevin Adams at
 * Acme next tuesday"): asks what it should say when the request did not, links the account (a
 * numbered choice when a name matches several) and the contact named at it, confirms with the due
 * day (another day may be given instead of yes), and saves through the create-task skill.
 */
export class CreateTaskDialog extends SlotFillingDialog<TaskDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(CREATE_TASK_DIALOG, deps, ['create_task']);
  }

  protected emptyDraft(): TaskDraft {
    return {};
  }

  protected async nextStep(input: TaskDraft, turn: SlotTurn): Promise<SlotStep<TaskDraft>> {
    const draft = { ...input };
    if (!draft.title)
      return {
        draft,
        question: { slot: 'title', text: 'What should the task say?', answerOnly: true },
      };
    if (draft.accountChoices) return { draft, question: accountChoiceQuestion(draft.accountChoices) };
    if (!draft.account && draft.accountMention) return this.resolveAccount(draft, draft.accountMention, turn);
    if (!draft.account && draft.contactMention) {
      // "remind me to call Kevin Adams": the account of the one contact of that name.
      const account = await accountOfContactNamed(draft.contactMention, turn);
      if (!account) return this.nextStep({ ...draft, contactMention: undefined }, turn);
      return this.nextStep({ ...draft, account }, turn);
    }
    if (draft.account && draft.contactMention && !draft.contact) {
      try {
        const contact = await turn.skills.call(
          findContact,
          { account: draft.account, mention: draft.contactMention },
          turn.caller,
        );
        return this.nextStep({ ...draft, contact, contactMention: undefined }, turn);
      } catch (error) {
        if (!isCrmError(error, ErrorCode.NotFound) && !isCrmError(error, ErrorCode.InvalidInput)) throw error;
        // Someone the CRM does not know at that account stays in the title only.
        return this.nextStep({ ...draft, contactMention: undefined }, turn);
      }
    }
    return {
      draft,
      question: {
        slot: 'confirm',
        text: `Create a task ${taskLine(draft, turn.now)}? (yes / no / another day)`,
        buttons: YES_NO_BUTTONS,
      },
    };
  }

  private async resolveAccount(
    draft: TaskDraft,
    mention: string,
    turn: SlotTurn,
  ): Promise<SlotStep<TaskDraft>> {
    try {
      const account = await turn.skills.call(findAccount, { mention }, turn.caller);
      return this.nextStep(
        { ...draft, account: { id: account.id, name: account.name }, accountMention: undefined },
        turn,
      );
    } catch (error) {
      if (isCrmError(error, ErrorCode.Ambiguous)) {
        const candidates = (error.details?.candidates ?? []) as AccountCandidate[];
        const accountChoices = candidates.map((c) => ({
          id: c.id,
          label: c.domain ? `${c.name} (${c.domain})` : c.name,
        }));
        const next = { ...draft, accountMention: undefined, accountChoices };
        return {
          draft: next,
          question: { ...accountChoiceQuestion(accountChoices), problem: error.message },
        };
      }
      if (!isCrmError(error, ErrorCode.NotFound) && !isCrmError(error, ErrorCode.InvalidInput)) throw error;
      return {
        draft: { ...draft, accountMention: undefined },
        question: {
          slot: 'account',
          text: 'Which account should it be linked to? (or say "none")',
          problem: error.message,
        },
      };
    }
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: TaskDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<TaskDraft>> {
    switch (question.slot) {
      case 'title': {
        const said = text.trim().slice(0, 500);
        const title = said && said[0]!.toUpperCase() + said.slice(1);
        return title
          ? { kind: 'filled', draft: { ...draft, title } }
          : { kind: 'problem', problem: 'I need a few words for the task.' };
      }
      case 'account': {
        if (NONE.test(text.trim()))
          return {
            kind: 'filled',
            draft: { ...draft, accountChoices: undefined, contactMention: undefined },
          };
        const choices = draft.accountChoices;
        const index = choices
          ? pickChoice(
              text,
              choices.map((c) => c.label),
            )
          : undefined;
        const chosen = index === undefined ? undefined : choices?.[index];
        if (chosen)
          return {
            kind: 'filled',
            draft: {
              ...draft,
              account: { id: chosen.id, name: chosen.label.replace(/\s+\([^)]*\)$/, '') },
              accountChoices: undefined,
            },
          };
        return {
          kind: 'filled',
          draft: { ...draft, accountChoices: undefined, accountMention: text.trim() },
        };
      }
      case 'confirm':
        return this.confirm(text, draft, turn);
      default:
        return { kind: 'unhandled' };
    }
  }

  private async confirm(text: string, draft: TaskDraft, turn: SlotTurn): Promise<SlotAnswer<TaskDraft>> {
    if (NO_DATE.test(text.trim())) {
      const { due: _dropped, ...rest } = draft;
      return { kind: 'filled', draft: rest };
    }
    // "make it friday", "wednesday instead": the same task on another day, confirmed again.
    const day = dueDayOf(text, { now: turn.now, timezone: turn.caller.timezone });
    if (day && day.due !== draft.due) return { kind: 'filled', draft: { ...draft, due: day.due } };
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: "Okay, I didn't create a task." }] };
    if (answer !== 'yes')
      return { kind: 'problem', problem: 'Please answer yes, no, or another day such as "next Friday".' };
    const task = await turn.skills.call(
      createTask,
      {
        title: draft.title!,
        ...(draft.due ? { due: draft.due } : {}),
        ...(draft.account ? { account: draft.account.id } : {}),
        ...(draft.account && draft.contact ? { contact: draft.contact.id } : {}),
      },
      turn.caller,
    );
    if (task.account) await this.rememberAccount(turn.context, task.account);
    // "actually make it friday", "mark it done": this task, for the next turns (change-task).
    const memory = (await this.deps.memory.get(turn.context, {}))!;
    rememberLastTask(memory, {
      id: task.id,
      title: task.title,
      ...(task.dueAt ? { dueAt: task.dueAt } : {}),
      ...(task.account ? { account: task.account.name } : {}),
    });
    // A due day is a calendar date (stored at noon UTC): read as its UTC day, never shifted.
    const when = task.dueAt ? ` due ${dayLabel(task.dueAt, 'UTC', turn.now)}` : '';
    const linked = task.account
      ? ` (${task.account.name}${task.contact ? `, ${task.contact.name}` : ''})`
      : '';
    return { kind: 'done', replies: [{ text: `Task created: "${task.title}"${when}${linked}.` }] };
  }
}

/** The numbered choice between accounts a name matched. */
function accountChoiceQuestion(choices: Array<{ label: string }>): SlotQuestion {
  const labels = choices.map((c) => c.label);
  return {
    slot: 'account',
    text: `Which account should it be linked to? (or say "none")\n${numbered(labels)}`,
    buttons: labels.map((label) => ({ title: label, value: label })),
  };
}
