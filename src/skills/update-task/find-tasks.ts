import { z } from 'zod';
import type { Task } from '../../vocabulary';
import { defineSkill } from '../skill';

/** A task words may mean, as a choice is shown. */
export interface TaskChoice {
  id: string;
  title: string;
  status: Task['status'];
  dueAt?: Date;
  /** The name of the account the task is for. */
  account?: string;
}

/** Words that say which kind of record is meant, not which task ("the qbr task", "my acme to-do"). */
const NOT_NAMING = new Set(
  'the my a an this that one it its task tasks todo to-do todos reminder reminders item for about to on with re of at'.split(
    ' ',
  ),
);
const MOST_MATCHES = 20;

/** The lowercase words of a text, without punctuation. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** "qbr" names "Send Acme the QBR agenda"; "agendas" names "agenda"; "acme" names a task for Acme Corporation. */
function names(word: string, words: readonly string[]): boolean {
  const singular = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
  return words.some((w) => w.startsWith(word) || w.startsWith(singular));
}

/**
 * The caller's own tasks that a few words may mean (every word naming a word of the title or of the
 * account's name), soonest due first and those with no due day last; all of them (of that status)
 * when the words name nothing. The write dialogs settle which task is meant with it.
 */
export const findTasks = defineSkill({
  name: 'find-tasks',
  description: "The caller's tasks that words may mean (words of the title or of the account's name)",
  roles: ['rep', 'manager', 'admin'],
  input: z.object({
    mention: z.string().max(200).default(''),
    status: z.enum(['open', 'done', 'cancelled']).default('open'),
  }),
  run: async ({ mention, status }, { caller, services }): Promise<{ matches: TaskChoice[] }> => {
    if (!caller.userId) return { matches: [] };
    const tasks = await services.store.tasks.find({ ownerId: caller.userId, status });
    const accountIds = [...new Set(tasks.flatMap((t) => (t.accountId ? [t.accountId] : [])))];
    const accounts = accountIds.length
      ? await services.store.accounts.find({ _id: { $in: accountIds } })
      : [];
    const accountNames = new Map(accounts.map((a) => [a._id, a.name]));
    const wanted = wordsOf(mention).filter((word) => !NOT_NAMING.has(word));
    const matches = tasks
      .map((task) => ({ task, account: task.accountId ? accountNames.get(task.accountId) : undefined }))
      .filter(({ task, account }) => {
        const words = wordsOf(`${task.title} ${account ?? ''}`);
        return wanted.every((word) => names(word, words));
      })
      .sort(
        (a, b) =>
          (a.task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) -
            (b.task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) || a.task.title.localeCompare(b.task.title),
      )
      .slice(0, MOST_MATCHES);
    return {
      matches: matches.map(({ task, account }) => ({
        id: task._id,
        title: task.title,
        status: task.status,
        ...(task.dueAt ? { dueAt: task.dueAt } : {}),
        ...(account ? { account } : {}),
      })),
    };
  },
});
