import type { ConversationMemory, Focus, RecentTask } from '../conversation-memory';
import {
  recentTaskChangeOf,
  taskChangeOf,
  type TaskChangeKind,
  type TaskChangeRequest,
} from '../routing/task-change-requests';
import { rowQuestionOf } from '../understanding/row-reference';
import type { RequestClock } from './crm-write-requests';
import { dueDayOf } from './task-draft';

/** A task as the change dialog names it. */
export interface TaskInView {
  id: string;
  title: string;
  /** `YYYY-MM-DD` */
  due?: string;
  account?: string;
  /** Whose task, when it is not the caller's own. */
  owner?: string;
}

/** A change of a task, filled over the turns of the dialog (plain JSON). */
export interface TaskChangeDraft {
  change: TaskChangeKind;
  /** The words naming the task, not yet looked up ('' names none: all the caller's tasks are offered). */
  taskWords?: string;
  task?: TaskInView;
  choices?: TaskInView[];
  /** The new due day, `YYYY-MM-DD`. */
  due?: string;
}

/** Turns after a task was made during which "make it friday" still means that task. */
export const RECENT_TASK_TURNS = 2;

/** The task made a moment ago, while "it" still means it. */
export function recentTaskOf(memory: ConversationMemory): RecentTask | undefined {
  const task = memory.lastTask;
  return task && task.turnsAgo <= RECENT_TASK_TURNS ? task : undefined;
}

/** A task just made or changed, as the conversation keeps it: "it" for the next turns. */
export function rememberLastTask(
  memory: ConversationMemory,
  task: { id: string; title: string; dueAt?: Date; account?: string },
): void {
  memory.lastTask = {
    id: task.id,
    title: task.title,
    ...(task.dueAt ? { due: task.dueAt.toISOString().slice(0, 10) } : {}),
    ...(task.account ? { account: task.account } : {}),
    turnsAgo: 0,
  };
}

/** Counts one more turn since the conversation's last task was made (the root dialog, each turn). */
export function ageLastTask(memory: ConversationMemory): void {
  if (memory.lastTask) memory.lastTask.turnsAgo += 1;
}

/**
 * The change a message asks of the task just made ("actually make it friday", "mark it done"), or
 * undefined: asked by the root dialog before the message is read otherwise.
 */
export function recentTaskChangeIn(
  text: string,
  memory: ConversationMemory,
  clock: RequestClock,
): TaskChangeKind | undefined {
  if (!recentTaskOf(memory)) return undefined;
  return recentTaskChangeOf(text, (words) => dueDayOf(words, clock) !== undefined)?.change;
}

/** A task of the list just shown, as a message points at it, and the change it asks of it if any. */
export interface ShownTaskReading {
  task: TaskInView;
  /** "mark the first one done", "move the second one to friday"; none for "the second one". */
  change?: TaskChangeRequest;
}

/**
 * Reads a message pointing at a row of the task list just shown ("the second one", "mark the first
 * one done", "push the last one to monday", "#2 is done"): that task, from the list's ids in memory,
 * and the change asked of it ("it" in place of the row). `focus`: what the last answer was about
 * (`lastFocus` while the message is read, `previousFocus` in the handler). Undefined when no task
 * list was just shown, the row is not in it, or the message asks something else of the row.
 */
export function shownTaskReading(
  text: string,
  memory: ConversationMemory,
  focus: Focus | undefined,
  clock: RequestClock,
): ShownTaskReading | undefined {
  const shown = memory.lastTasks;
  if (focus !== 'records' || memory.lastRecordQuery?.record !== 'task' || !shown?.length) return undefined;
  const row = rowQuestionOf(text);
  if (!row || !('index' in row.row)) return undefined;
  const task = row.row.index < 0 ? shown[shown.length + row.row.index] : shown[row.row.index];
  if (!task) return undefined;
  if (!row.question) return { task };
  // "cancel the last one", "complete the 2nd task": "it" said as "that task" too, as a bare
  // "cancel it" is no change of a task.
  const namesDay = (words: string) => dueDayOf(words, clock) !== undefined;
  const change =
    recentTaskChangeOf(row.question, namesDay) ??
    recentTaskChangeOf(row.question.replace(/\bit\b/, 'that task'), namesDay);
  return change ? { task, change } : undefined;
}

/**
 * Reads "push my acme task to next monday" (or "make it friday" just after a task was made) into a
 * draft: the change, the task (the one just made for "it"; else the words to look it up by) and
 * the new due day when one is said; undefined when the message asks no change of a task.
 */
export function taskChangeDraftFrom(
  text: string,
  memory: ConversationMemory,
  clock: RequestClock,
): TaskChangeDraft | undefined {
  // "mark the first one done" after a task list: that row's task.
  const shown = shownTaskReading(text, memory, memory.previousFocus, clock);
  if (shown?.change) {
    const due = shown.change.dayWords ? dueDayOf(shown.change.dayWords, clock)?.due : undefined;
    return { change: shown.change.change, task: shown.task, ...(due ? { due } : {}) };
  }
  const recent = recentTaskOf(memory);
  const request: TaskChangeRequest | undefined =
    (recent ? recentTaskChangeOf(text, (words) => dueDayOf(words, clock) !== undefined) : undefined) ??
    taskChangeOf(text);
  if (!request) return undefined;
  const due = request.dayWords ? dueDayOf(request.dayWords, clock)?.due : undefined;
  const draft: TaskChangeDraft = { change: request.change, ...(due ? { due } : {}) };
  if (!request.taskWords && recent) {
    const { turnsAgo: _age, ...task } = recent;
    return { ...draft, task };
  }
  return { ...draft, taskWords: request.taskWords };
}
