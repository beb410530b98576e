import { z } from 'zod';
import type { Task, User } from '../../vocabulary';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill, type Caller, type SkillServices } from '../skill';

/** A task words may mean, as a choice is shown. */
export interface TaskChoice {
  id: string;
  title: string;
  status: Task['status'];
  dueAt?: Date;
  /** The name of the account the task is for. */
  account?: string;
  /** Whose task, when it is not the caller's own (a manager's teammate's, for an admin anyone's). */
  owner?: string;
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

/** A task with the name of its account, as words are matched against it. */
interface Candidate {
  task: Task;
  account?: string;
  owner?: string;
}

/** The tasks of some owners with the names of their accounts. */
async function candidatesOf(
  services: SkillServices,
  owners: ReadonlyArray<Pick<User, '_id' | 'name'>>,
  status: Task['status'],
  ownerNamed: (id: string) => string | undefined,
): Promise<Candidate[]> {
  if (!owners.length) return [];
  const tasks = await services.store.tasks.find({ ownerId: { $in: owners.map((o) => o._id) }, status });
  const accountIds = [...new Set(tasks.flatMap((t) => (t.accountId ? [t.accountId] : [])))];
  const accounts = accountIds.length ? await services.store.accounts.find({ _id: { $in: accountIds } }) : [];
  const accountNames = new Map(accounts.map((a) => [a._id, a.name]));
  return tasks.map((task) => {
    const account = task.accountId ? accountNames.get(task.accountId) : undefined;
    const owner = ownerNamed(task.ownerId);
    return { task, ...(account ? { account } : {}), ...(owner ? { owner } : {}) };
  });
}

/** The candidates every wanted word names (a word of the title or the account's name), soonest due first. */
function matching(candidates: readonly Candidate[], wanted: readonly string[]): Candidate[] {
  return candidates
    .filter(({ task, account }) => {
      const words = wordsOf(`${task.title} ${account ?? ''}`);
      return wanted.every((word) => names(word, words));
    })
    .sort(
      (a, b) =>
        (a.task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) -
          (b.task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) || a.task.title.localeCompare(b.task.title),
    );
}

/**
 * The colleagues whose tasks the caller may change (a manager's team, for an admin every user; a
 * rep none), active or not, without the caller.
 */
async function colleaguesOf(services: SkillServices, caller: Caller): Promise<User[]> {
  if (caller.role !== 'manager' && caller.role !== 'admin') return [];
  const { team } = (await RecordVisibility.of(services, caller)).viewer;
  if (caller.role === 'manager' && !team) return [];
  const users = await services.store.users.find(caller.role === 'manager' ? { team } : {});
  return users.filter((user) => user._id !== caller.userId);
}

/** Whether a word says a name, possessive too without its apostrophe ("sams" for Sam). */
function saysName(word: string, name: string): boolean {
  return word === name || word === `${name}s`;
}

/** The colleagues a word names by their first or last name ("sam", "sams", "rivera"). */
function namedIn<T extends Pick<User, 'name'>>(users: readonly T[], words: readonly string[]): T[] {
  return users.filter((user) =>
    wordsOf(user.name).some((part) => words.some((word) => saysName(word, part))),
  );
}

/**
 * The tasks a few words may mean (every word naming a word of the title or of the account's name),
 * soonest due first and those with no due day last; all of them (of that status) when the words
 * name nothing. A rep's own tasks only. A manager's or an admin's words may name a colleague whose
 * tasks they may change ("sam's qbr task": Sam Rivera's tasks with "qbr"); words that name none of
 * the caller's own tasks look among those colleagues' too. The write dialogs settle which task is
 * meant with it; update-task checks the change itself.
 */
export const findTasks = defineSkill({
  name: 'find-tasks',
  description:
    "The tasks words may mean (words of the title, the account's name, or a colleague's name for a manager's team or an admin): a rep's own only",
  roles: ['rep', 'manager', 'admin'],
  input: z.object({
    mention: z.string().max(200).default(''),
    status: z.enum(['open', 'done', 'cancelled']).default('open'),
  }),
  run: async ({ mention, status }, { caller, services }): Promise<{ matches: TaskChoice[] }> => {
    if (!caller.userId) return { matches: [] };
    const wanted = wordsOf(mention).filter((word) => !NOT_NAMING.has(word));
    const colleagues = wanted.length ? await colleaguesOf(services, caller) : [];
    const named = namedIn(colleagues, wanted);
    const nameOf = new Map(colleagues.map((user) => [user._id, user.name]));
    const owned = (id: string) => nameOf.get(id);
    // "sam's qbr task": that colleague's tasks, by the other words.
    let found: Candidate[] = [];
    if (named.length) {
      const nameWords = named.flatMap((user) => wordsOf(user.name));
      const rest = wanted.filter((word) => !nameWords.some((part) => saysName(word, part)));
      found = matching(await candidatesOf(services, named, status, owned), rest);
    }
    if (!found.length) {
      const own = [{ _id: caller.userId, name: caller.name ?? '' }];
      found = matching(await candidatesOf(services, own, status, () => undefined), wanted);
    }
    if (!found.length && colleagues.length)
      found = matching(await candidatesOf(services, colleagues, status, owned), wanted);
    return {
      matches: found.slice(0, MOST_MATCHES).map(({ task, account, owner }) => ({
        id: task._id,
        title: task.title,
        status: task.status,
        ...(task.dueAt ? { dueAt: task.dueAt } : {}),
        ...(account ? { account } : {}),
        ...(owner ? { owner } : {}),
      })),
    };
  },
});
