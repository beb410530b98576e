import type { ConversationMemory, RecentTask } from '../conversation-memory';
import {
  recentTaskChangeOf,
  taskChangeOf,
  type TaskChangeKind,
  type TaskChangeRequest,
} from '../routing/task-change-requests';
import type { RequestClock } from './crm-write-requests';
import { dueDayOf } from './task-draft';

/** A task as the change dialog names it. */
export interface TaskInView {
  id: string;
  title: string;
  /** `YYYY-MM-DD` */
  due?: string;
  account?: string;
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
