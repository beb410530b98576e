import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Task } from '../../vocabulary';
import { instantField, instantOf } from '../shared/instant';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

export { findTasks, type TaskChoice } from './find-tasks';

const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
const DAY_MS = 86_400_000;

/** What `update-task` changed: the task as it is now, and what it was before. */
export interface TaskUpdate {
  task: { id: string; title: string; status: Task['status']; dueAt?: Date; account?: string };
  before: { title: string; status: Task['status']; dueAt?: Date };
  changed: Array<'status' | 'due' | 'title'>;
}

/**
 * Changes a task: marks it done or cancelled, reopens it, moves its due day or retitles it. Reps
 * change their own tasks, managers their team's, admins any; a task whose owner's activity the
 * caller may not see is as unknown as a missing one. A due day in the past is refused, as
 * `create-task` refuses it; a change that changes nothing is told so.
 */
export const updateTask = defineSkill({
  name: 'update-task',
  description:
    "Change a task: mark it done or cancelled, reopen it, move its due day (ISO day or date-time, not in the past) or give it another title. Input: taskId (from find-tasks or a task list) and at least one of status (open, done, cancelled), due, title. Reps change their own tasks, managers their team's, admins any.",
  roles: ['rep', 'manager', 'admin'],
  changesData: true,
  input: z
    .object({
      taskId: z.string().trim().min(1).max(64),
      status: z.enum(TASK_STATUSES).optional(),
      due: instantField('due').optional(),
      title: z
        .string()
        .trim()
        .min(1, 'give the task a title')
        .max(500, 'keep the title under 500 characters')
        .optional(),
    })
    .refine((v) => v.status !== undefined || v.due !== undefined || v.title !== undefined, {
      message: 'say what to change: status, due or title',
      path: ['status'],
    }),
  run: async (input, { caller, services }): Promise<TaskUpdate> => {
    const task = await services.store.tasks.findById(input.taskId);
    const visibility = await RecordVisibility.of(services, caller);
    if (!task || (await visibility.access(task.ownerId, 'interaction')) !== 'full')
      throw new CrmError(ErrorCode.NotFound, 'I could not find that task.', { taskId: input.taskId });
    const reason = await visibility.whyMayNotChangeTask(task);
    if (reason) throw new CrmError(ErrorCode.Forbidden, reason);
    const dueAt = input.due ? instantOf(input.due) : undefined;
    // As when a task is created: earlier than yesterday is a mistake (yesterday allows for time zones ahead of the server).
    if (dueAt && dueAt.getTime() < services.clock().getTime() - DAY_MS)
      throw new CrmError(ErrorCode.InvalidInput, 'That due date is in the past. When should it be done?', {
        issues: ['due: in the past'],
      });
    const set: Partial<Pick<Task, 'status' | 'dueAt' | 'title'>> = {};
    const changed: TaskUpdate['changed'] = [];
    if (input.status && input.status !== task.status) {
      set.status = input.status;
      changed.push('status');
    }
    if (dueAt && dueAt.getTime() !== task.dueAt?.getTime()) {
      set.dueAt = dueAt;
      changed.push('due');
    }
    if (input.title && input.title !== task.title) {
      set.title = input.title;
      changed.push('title');
    }
    if (!changed.length)
      throw new CrmError(ErrorCode.InvalidInput, `"${task.title}" is already like that; nothing changed.`);
    // Only if nobody changed the task since it was read (optimistic concurrency on what it was).
    const result = await services.store.tasks.updateOne(
      { _id: task._id, status: task.status, title: task.title },
      { $set: set },
    );
    if (result.matchedCount === 0)
      throw new CrmError(
        ErrorCode.Conflict,
        `"${task.title}" was changed by someone else just now; please look at it again.`,
        { taskId: task._id },
      );
    const account = task.accountId ? await services.store.accounts.findById(task.accountId) : null;
    const now = { ...task, ...set };
    return {
      task: {
        id: task._id,
        title: now.title,
        status: now.status,
        ...(now.dueAt ? { dueAt: now.dueAt } : {}),
        ...(account ? { account: account.name } : {}),
      },
      before: { title: task.title, status: task.status, ...(task.dueAt ? { dueAt: task.dueAt } : {}) },
      changed,
    };
  },
});
