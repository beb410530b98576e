import type { Interaction, Task, User } from '../../vocabulary';
import type { DealScope } from '../shared/deal-scope';
import { calendarDayOf } from '../shared/local-day';
import type { Caller, SkillServices } from '../skill';

/** One team member's tasks: open, overdue, and due in the question's window (when it has one). */
export interface MemberTasksRow {
  name: string;
  open: number;
  overdue: number;
  /** Due between the query's days (`closeFrom`–`closeTo`), when it set them. */
  dueInWindow?: number;
}

/** One team member's interactions logged in the period, and how many of each type. */
export interface MemberActivityRow {
  name: string;
  count: number;
  byType: Record<string, number>;
}

const SELLING_ROLES = new Set(['rep', 'manager']);

/**
 * The people a question about "each member" counts: the active sellers of the scope (everyone's:
 * every active seller), never the manager who asks about their own team.
 */
export async function membersOf(services: SkillServices, caller: Caller, scope: DealScope): Promise<User[]> {
  const users = await services.store.users.find({ active: true }, { sort: { name: 1 } });
  const inScope = scope.ownerIds ? new Set(scope.ownerIds) : undefined;
  return users.filter(
    (u) =>
      SELLING_ROLES.has(u.role) &&
      (!inScope || inScope.has(u._id)) &&
      !(caller.role === 'manager' && u._id === caller.userId && (scope.ownerIds?.length ?? 2) > 1),
  );
}

/**
 * Open tasks counted per member, ranked on what was asked: overdue tasks with status `overdue`, tasks
 * due in the window when one is set, else every open task; the most first (`smallest`: the fewest).
 * Members with none are rows too (0 is an answer to "who has the fewest").
 */
export function tasksByMember(
  members: readonly User[],
  openTasks: readonly Task[],
  today: string,
  rank: {
    by: 'overdue' | 'window' | 'open';
    window?: { from?: string; to?: string };
    order: 'biggest' | 'smallest';
  },
): MemberTasksRow[] {
  const rows = members.map((member) => {
    const theirs = openTasks.filter((t) => t.ownerId === member._id);
    const due = (t: Task) => (t.dueAt ? calendarDayOf(t.dueAt) : undefined);
    const row: MemberTasksRow = {
      name: member.name,
      open: theirs.length,
      overdue: theirs.filter((t) => (due(t) ?? today) < today).length,
    };
    if (rank.window)
      row.dueInWindow = theirs.filter((t) => {
        const day = due(t);
        return (
          day !== undefined &&
          (!rank.window!.from || day >= rank.window!.from) &&
          (!rank.window!.to || day <= rank.window!.to)
        );
      }).length;
    return row;
  });
  const measure = (row: MemberTasksRow) =>
    rank.by === 'overdue' ? row.overdue : rank.by === 'window' ? (row.dueInWindow ?? 0) : row.open;
  const sign = rank.order === 'smallest' ? -1 : 1;
  return rows.sort(
    (a, b) => sign * (measure(b) - measure(a)) || sign * (b.open - a.open) || a.name.localeCompare(b.name),
  );
}

/**
 * Interactions counted per member (every member, those who logged none included), the most first
 * (`smallest`: those with none first).
 */
export function activityByMember(
  members: readonly User[],
  interactions: readonly Pick<Interaction, 'userId' | 'type'>[],
  order: 'biggest' | 'smallest',
): MemberActivityRow[] {
  const rows = members.map((member) => {
    const byType: Record<string, number> = {};
    let count = 0;
    for (const i of interactions)
      if (i.userId === member._id) {
        count++;
        byType[i.type] = (byType[i.type] ?? 0) + 1;
      }
    return { name: member.name, count, byType };
  });
  const sign = order === 'smallest' ? -1 : 1;
  return rows.sort((a, b) => sign * (b.count - a.count) || a.name.localeCompare(b.name));
}
