import type { TurnContext } from 'botbuilder';
import { findTasks, updateTask, type TaskChoice, type TaskUpdate } from '../../skills/update-task';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  dayLabel,
  dueLabel,
  numbered,
  pickChoice,
  type SlotAnswer,
  type SlotQuestion,
  type SlotDialogDependencies,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';
import { rememberLastTask, type TaskChangeDraft, type TaskInView } from './task-change-draft';
import { dueDayOf } from './task-draft';

export const CHANGE_TASK_DIALOG = 'change-task';

/** Most tasks offered to choose from; more ask for a few words of the title instead. */
const MOST_CHOICES = 8;
const ANOTHER_DAY_HINT = 'another day such as "next Friday"';

/** '"Send Acme the QBR agenda" (due 7 Dec, Acme Corporation)' */
function taskLabel(task: TaskInView, now: Date): string {
  const details = [
    ...(task.due ? [`due ${dueLabel(task.due, now)}`] : []),
    ...(task.account ? [task.account] : []),
    ...(task.owner ? [`${task.owner}'s task`] : []),
  ];
  return `"${task.title}"${details.length ? ` (${details.join(', ')})` : ''}`;
}

function inView(task: TaskChoice): TaskInView {
  return {
    id: task.id,
    title: task.title,
    ...(task.dueAt ? { due: task.dueAt.toISOString().slice(0, 10) } : {}),
    ...(task.account ? { account: task.account } : {}),
    ...(task.owner ? { owner: task.owner } : {}),
  };
}

/** The question before the change is made. */
function confirmation(draft: TaskChangeDraft, task: TaskInView, now: Date): SlotQuestion {
  const label = taskLabel(task, now);
  const text =
    draft.change === 'due' && draft.due
      ? `Move ${label} to ${dueLabel(draft.due, now)}? (yes / no / another day)`
      : draft.change === 'cancelled'
        ? `Cancel the task ${label}? (yes / no)`
        : draft.change === 'open'
          ? `Reopen the task ${label}? (yes / no)`
          : `Mark ${label} as done? (yes / no)`;
  return { slot: 'confirm', text, buttons: YES_NO_BUTTONS };
}

/** What was done, in a sentence. */
function doneLine(update: TaskUpdate, now: Date): string {
  const title = `"${update.task.title}"`;
  if (update.changed.includes('due') && update.task.dueAt)
    return `Done: ${title} is now due ${dayLabel(update.task.dueAt, 'UTC', now)}.`;
  if (update.task.status === 'done') return `Done: ${title} is marked done.`;
  if (update.task.status === 'cancelled') return `Done: ${title} is cancelled.`;
  return `Done: ${title} is open again.`;
}

/**
 * Changes one of the caller's tasks as asked in words ("mark the qbr agenda task as done", "push
 * my acme task to next monday", "actually make it friday" right after a task was made): finds the
 * task (a numbered choice when the words fit several), asks for the day when a move named none,
 * confirms, and saves through the update-task skill.
 */
export class ChangeTaskDialog extends SlotFillingDialog<TaskChangeDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(CHANGE_TASK_DIALOG, deps, ['change_task']);
  }

  protected emptyDraft(): TaskChangeDraft {
    return { change: 'done', taskWords: '' };
  }

  protected async nextStep(input: TaskChangeDraft, turn: SlotTurn): Promise<SlotStep<TaskChangeDraft>> {
    const draft = { ...input };
    if (!draft.task && draft.choices) return { draft, question: choiceQuestion(draft.choices, turn.now) };
    if (!draft.task) {
      // Reopening looks among the tasks already done; every other change among the open ones.
      const status = draft.change === 'open' ? 'done' : 'open';
      const { matches } = await turn.skills.call(
        findTasks,
        { mention: draft.taskWords ?? '', status },
        turn.caller,
      );
      const words = draft.taskWords?.trim();
      if (!matches.length)
        return {
          done: [
            {
              text: words
                ? `I couldn't find ${status === 'open' ? 'an open' : 'a done'} task ${turn.caller.role === 'manager' ? "of yours or your team's" : turn.caller.role === 'admin' ? 'of anyone' : 'of yours'} matching "${words}". "What are my tasks?" lists them.`
                : `You have no ${status} tasks.`,
            },
          ],
        };
      if (matches.length === 1) return this.nextStep({ ...draft, task: inView(matches[0]!) }, turn);
      if (matches.length > MOST_CHOICES)
        return {
          done: [
            {
              text: `${words ? `"${words}" fits` : 'You have'} ${matches.length} ${status} tasks; say a few words of the title, for example "mark the ${firstWordsOf(matches[0]!.title)} task as done".`,
            },
          ],
        };
      const choices = matches.map(inView);
      return { draft: { ...draft, choices }, question: choiceQuestion(choices, turn.now) };
    }
    if (draft.change === 'due' && draft.due && draft.due === draft.task.due)
      return { done: [{ text: `${taskLabel(draft.task, turn.now)} is already due then; nothing changed.` }] };
    if (draft.change === 'due' && !draft.due)
      return {
        draft,
        question: {
          slot: 'due',
          text: `Which day should ${taskLabel(draft.task, turn.now)} be due?`,
        },
      };
    return { draft, question: confirmation(draft, draft.task, turn.now) };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: TaskChangeDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<TaskChangeDraft>> {
    const clock = { now: turn.now, timezone: turn.caller.timezone };
    switch (question.slot) {
      case 'task': {
        const choices = draft.choices ?? [];
        const index = pickChoice(
          text,
          choices.map((c) => c.title),
        );
        const chosen = index === undefined ? undefined : choices[index];
        return chosen
          ? { kind: 'filled', draft: { ...draft, task: chosen, choices: undefined } }
          : { kind: 'problem', problem: 'Please pick one of the numbers.' };
      }
      case 'due': {
        const day = dueDayOf(text, clock);
        return day
          ? { kind: 'filled', draft: { ...draft, due: day.due } }
          : { kind: 'problem', problem: `I need a day, for example "next Friday".` };
      }
      case 'confirm':
        return this.confirm(text, draft, turn);
      default:
        return { kind: 'unhandled' };
    }
  }

  private async confirm(
    text: string,
    draft: TaskChangeDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<TaskChangeDraft>> {
    // "no, thursday": the same move to another day, confirmed again.
    if (draft.change === 'due') {
      const day = dueDayOf(text, { now: turn.now, timezone: turn.caller.timezone });
      if (day && day.due !== draft.due) return { kind: 'filled', draft: { ...draft, due: day.due } };
    }
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: 'Okay, I left the task as it was.' }] };
    if (answer !== 'yes')
      return {
        kind: 'problem',
        problem: `Please answer yes or no${draft.change === 'due' ? `, or ${ANOTHER_DAY_HINT}` : ''}.`,
      };
    const task = draft.task!;
    const update = await turn.skills.call(
      updateTask,
      {
        taskId: task.id,
        ...(draft.change === 'due' ? { due: draft.due! } : { status: draft.change }),
      },
      turn.caller,
    );
    await this.rememberTask(turn.context, update);
    return { kind: 'done', replies: [{ text: doneLine(update, turn.now) }] };
  }

  /** The changed task stays "it" for a follow-up ("and move it to monday"). */
  private async rememberTask(context: TurnContext, update: TaskUpdate): Promise<void> {
    const memory = (await this.deps.memory.get(context, {}))!;
    rememberLastTask(memory, update.task);
  }
}

/** The numbered choice between the tasks words fit. */
function choiceQuestion(choices: TaskInView[], now: Date): SlotQuestion {
  const labels = choices.map((task) => taskLabel(task, now));
  return {
    slot: 'task',
    text: `Which task?\n${numbered(labels)}`,
    buttons: choices.map((task, i) => ({ title: task.title, value: String(i + 1) })),
  };
}

/** The first two words of a title, lower case, as an example of naming it. */
function firstWordsOf(title: string): string {
  return title.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
}
