import type { RecordQueryResult, TaskRow } from '../../skills/query-records';
import type { RecordQuery } from '../../vocabulary';
import { formatCalendarDay, formatDate, formatStage } from '../replies/format';
import type { Reply } from '../reply';

/**
 * Replies to the ninth round's questions (issue 19): the caller's day, each team member's tasks and
 * logged activity, accounts and contacts gone quiet, and how long deals have sat in their stage.
 */

function taskLine(t: TaskRow): string {
  return `• ${t.title}${t.accountName && !t.title.includes(t.accountName) ? ` (${t.accountName})` : ''}${t.dueDate ? ` — due ${formatCalendarDay(t.dueDate)}` : ''}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "what's on my plate today": what is overdue (oldest first) and due today, the meetings and calls
 * logged for today, and where to start; with nothing due, the next task.
 */
export function dayReply(query: RecordQuery, result: RecordQueryResult, timezone: string): Reply {
  const today = query.closeTo!;
  const tasks = result.tasks ?? [];
  const overdue = tasks.filter((t) => t.dueDate !== undefined && t.dueDate < today);
  const dueToday = tasks.filter((t) => t.dueDate === today);
  const logged = result.todayInteractions ?? [];
  const lines = [`Your day, ${formatCalendarDay(today)}:`];
  if (overdue.length) lines.push(`Overdue (${overdue.length}):`, ...overdue.map(taskLine));
  lines.push(dueToday.length ? `Due today (${dueToday.length}):` : 'Nothing due today.');
  lines.push(...dueToday.map(taskLine));
  if (result.total > tasks.length) lines.push(`(${result.total - tasks.length} more not shown.)`);
  if (logged.length)
    lines.push(
      `Logged for today (${logged.length}):`,
      ...logged.map(
        (i) =>
          `• ${i.type} ${formatDate(new Date(i.occurredAt), timezone)}${i.accountName ? ` with ${i.accountName}` : ''} — ${i.summary}`,
      ),
    );
  else lines.push('No meetings or calls logged for today.');
  const first = overdue[0] ?? dueToday[0];
  if (first) lines.push(`Start with: ${first.title}${overdue.length ? ' (the oldest overdue)' : ''}.`);
  else if (result.nextTask)
    lines.push(`Next up: ${result.nextTask.title}, due ${formatCalendarDay(result.nextTask.dueDate!)}.`);
  else lines.push('No open tasks due later either.');
  return { text: lines.join('\n') };
}

/** "which rep has the most overdue tasks": each member's overdue and open tasks, ranked on what was asked. */
export function memberTasksReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const rows = result.memberTasks ?? [];
  const first = rows[0];
  if (!first) return { text: `I found nobody to count tasks for (${result.scopeLabel}).` };
  const window =
    query.closeFrom || query.closeTo
      ? `due ${query.closeFrom ? formatCalendarDay(query.closeFrom) : ''}–${query.closeTo ? formatCalendarDay(query.closeTo) : ''}`
      : undefined;
  const measure = (row: (typeof rows)[number]) =>
    query.status === 'overdue' ? row.overdue : window ? (row.dueInWindow ?? 0) : row.open;
  const what = query.status === 'overdue' ? 'overdue tasks' : window ? `tasks ${window}` : 'open tasks';
  const most = query.order === 'smallest' ? 'the fewest' : 'the most';
  const top = rows.filter((row) => measure(row) === measure(first));
  const head =
    measure(first) === 0 && query.order !== 'smallest'
      ? `Nobody has ${what} (${result.scopeLabel}).`
      : `${top.map((row) => row.name).join(' and ')} ${top.length > 1 ? 'have' : 'has'} ${most} ${what} (${result.scopeLabel}): ${measure(first)}.`;
  return {
    text: [
      head,
      ...rows.map(
        (row) =>
          `• ${row.name} — ${row.overdue} overdue, ${row.open} open${row.dueInWindow !== undefined ? `, ${row.dueInWindow} ${window}` : ''}`,
      ),
    ].join('\n'),
  };
}

const TYPE_PLURALS: Record<string, string> = {
  call: 'calls',
  email: 'emails',
  meeting: 'meetings',
  note: 'notes',
  chat: 'chats',
};

/** "12 calls, 5 emails", the most first. */
function typesLine(byType: Record<string, number>): string {
  return Object.entries(byType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n} ${n === 1 ? type : (TYPE_PLURALS[type] ?? type)}`)
    .join(', ');
}

/**
 * Who logged the most: the one ahead, or those tied at the top said as tied ("James Whitfield, Olivia
 * Chen and Sam Rivera are tied for the most calls … : 12 each"), never one of them picked as ahead.
 */
function mostLoggedHead(
  rows: ReadonlyArray<{ name: string; count: number }>,
  what: string,
  when: string,
): string {
  const top = rows[0]!.count;
  const tied = rows.filter((row) => row.count === top).map((row) => row.name);
  if (tied.length < 2 || top === 0) return `${rows[0]!.name} logged the most ${what} ${when}: ${top}.`;
  const names = `${tied.slice(0, -1).join(', ')} and ${tied.at(-1)!}`;
  return `${names} are tied for the most ${what} ${when}: ${top} each.`;
}

/**
 * "who on my team hasn't logged any activity this week": who logged none in the period, then every
 * member's count; "who logged the most calls": the most first.
 */
export function memberActivityReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const rows = result.memberActivity ?? [];
  const what = query.interactionTypes?.length
    ? query.interactionTypes.map((type) => TYPE_PLURALS[type] ?? type).join(' or ')
    : 'interactions';
  const period =
    query.occurredFrom === query.occurredTo
      ? `on ${formatCalendarDay(query.occurredFrom!)}`
      : `${formatCalendarDay(query.occurredFrom!)}–${formatCalendarDay(query.occurredTo!)}`;
  if (!rows.length) return { text: `I found nobody to count ${what} for (${result.scopeLabel}).` };
  const none = rows.filter((row) => row.count === 0);
  const head =
    query.order === 'smallest'
      ? none.length
        ? `${none.length} of ${rows.length} (${result.scopeLabel}) logged no ${what} ${period}: ${none.map((row) => row.name).join(', ')}.`
        : `Everyone (${result.scopeLabel}) logged ${what} ${period}; the fewest first:`
      : mostLoggedHead(rows, what, `${period} (${result.scopeLabel})`);
  const counted = rows.filter((row) => row.count > 0);
  return {
    text: [
      head,
      ...(query.order === 'smallest' && none.length && counted.length ? ['The others:'] : []),
      ...counted.map(
        (row) =>
          `• ${row.name} — ${row.count}${query.interactionTypes?.length === 1 ? '' : ` (${typesLine(row.byType)})`}`,
      ),
      ...(query.order !== 'smallest' ? none.map((row) => `• ${row.name} — none`) : []),
    ].join('\n'),
  };
}

/** "since 6 Oct 2026 (60 days)". */
function sinceWords(result: RecordQueryResult, query: RecordQuery): string {
  return `since ${formatCalendarDay(result.quietSince!)} (${query.quietDays} days)`;
}

/** "which of my accounts haven't heard from us in 60 days": the accounts, longest silence first, with their last interaction. */
export function quietAccountsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const shown = result.accounts ?? [];
  const since = sinceWords(result, query);
  if (!result.total)
    return {
      text: `Every ${query.accountStatus ?? 'account'} (${result.scopeLabel}) has had an interaction logged ${since}.`,
    };
  const noun = query.accountStatus ?? 'account';
  const head = `${plural(result.total, noun)} (${result.scopeLabel}) with no interaction logged ${since}, the longest silence first${result.total > shown.length ? `; the first ${shown.length}` : ''}:`;
  if (query.aggregate === 'count') return { text: head.replace(/, the longest.*$/, '.') };
  return {
    text: [
      head,
      ...shown.map(
        (a) =>
          `• ${a.name} — ${a.status}, ${a.lastInteraction ? `last interaction ${formatCalendarDay(a.lastInteraction)}` : 'no interaction logged'}${a.ownerName ? `, ${a.ownerName}` : ''}`,
      ),
    ].join('\n'),
  };
}

/** "contacts i haven't spoken to in a month": the people, longest silence first. */
export function quietContactsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const shown = result.quietContacts ?? [];
  const since = sinceWords(result, query);
  if (!result.total)
    return { text: `Every contact (${result.scopeLabel}) has had an interaction logged ${since}.` };
  return {
    text: [
      `${plural(result.total, 'contact')} (${result.scopeLabel}) with no interaction logged ${since}, the longest silence first${result.total > shown.length ? `; the first ${shown.length}` : ''}:`,
      ...shown.map(
        (c) =>
          `• ${c.name}${c.title ? `, ${c.title}` : ''}${c.accountName ? ` at ${c.accountName}` : ''} — ${c.lastInteraction ? `last interaction ${formatCalendarDay(c.lastInteraction)}` : 'no interaction logged'}`,
      ),
    ].join('\n'),
  };
}

/**
 * How deals were picked by their time in stage, for the reply's head: "in their stage 30 days or
 * more", or "in their stage longer than won deals usually stay (proposal: 60 days)".
 */
export function inStageWords(query: RecordQuery, result: RecordQueryResult): string {
  const order = result.total > 1 ? ', the longest first' : '';
  if (query.inStageDays === 0) return `by days in their stage${order}`;
  if (query.inStageDays !== undefined) return `in their stage ${query.inStageDays} days or more${order}`;
  const limits = Object.entries(result.stalledAfter ?? {})
    .map(([stage, days]) => `${formatStage(stage)} ${days} days`)
    .join(', ');
  return `in their stage longer than 9 in 10 won deals stayed${limits ? ` (${limits})` : ''}${order}`;
}
