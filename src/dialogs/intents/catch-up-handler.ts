import { catchUp, type CatchUp, type CatchUpDeal } from '../../skills/catch-up';
import type { ConversationMemory } from '../conversation-memory';
import { formatCalendarDay, formatMoney, formatMoneyList, formatStage } from '../replies/format';
import type { Reply, ReplyList } from '../reply';
import {
  catchUpQuestionOf,
  DEFAULT_CATCH_UP_DAYS,
  type CatchUpQuestion,
} from '../understanding/catch-up-question';
import type { IntentHandler } from './intent-handler';

/** Rows shown per section; the rest are counted ("and 4 more"). */
const ROWS = 5;

function totalsOf(deals: readonly CatchUpDeal[]): string {
  const totals = new Map<string, number>();
  for (const d of deals) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
  return formatMoneyList([...totals].map(([currency, amount]) => ({ currency, amount })));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 Dec": a day of the period, without its year when the period is within one year. */
function dayOf(day: string): string {
  return formatCalendarDay(day).replace(/ \d{4}$/, '');
}

function more(total: number): string[] {
  return total > ROWS ? [`  …and ${total - ROWS} more`] : [];
}

function dealSection(
  heading: string,
  deals: readonly CatchUpDeal[],
  line: (deal: CatchUpDeal) => string,
  withTotal = true,
): { lines: string[]; list?: ReplyList } {
  if (!deals.length) return { lines: [`${heading}: none.`] };
  const head = `${heading}: ${plural(deals.length, 'deal')}${withTotal ? `, ${totalsOf(deals)}` : ''}`;
  const shown = deals.slice(0, ROWS);
  return {
    lines: [head, ...shown.map((d) => `• ${line(d)}`), ...more(deals.length)],
    list: {
      title: heading,
      items: shown.map((d) => ({
        title: d.name,
        subtitle: line(d),
        value: formatMoney(d.amount, d.currency),
      })),
    },
  };
}

/** The catch-up as a reply: each section with its records and count, what is not tracked said plainly. */
export function catchUpReply(result: CatchUp, question: CatchUpQuestion, showOwner: boolean): Reply {
  const period = `${formatCalendarDay(result.from)} – ${formatCalendarDay(result.to)}`;
  const whose = result.account
    ? result.account.name
    : result.scopeLabel === 'your deals'
      ? 'your deals and accounts'
      : result.scopeLabel;
  const owner = (d: { owner: string }) => (showOwner && d.owner ? ` · ${d.owner}` : '');
  const periodSaid = question.said
    ? ''
    : ` (the last ${DEFAULT_CATCH_UP_DAYS} days: I don't know how long you were away; say "since 20 november" or "the last 3 weeks" for another period)`;
  if (question.section === 'cases') {
    const title = `New cases on ${result.account ? result.account.name : 'your accounts'}`;
    if (!result.cases.length)
      return {
        title,
        text: `No new cases were opened on ${result.account ? result.account.name : result.scopeLabel === 'your deals' ? 'your accounts' : `the accounts of ${result.scopeLabel}`} ${period}${periodSaid}: none.`,
      };
    const lines = result.cases.map(
      (c) =>
        `• Case ${c.number}: ${c.subject} — ${c.account} · ${c.priority} · ${c.status} · opened ${dayOf(c.openedOn)}`,
    );
    return {
      title,
      text: [
        `${plural(result.cases.length, 'new case')} on ${result.account ? result.account.name : 'your accounts'} ${period}${periodSaid}:`,
        ...lines,
      ].join('\n'),
    };
  }
  const won = dealSection(
    'Won',
    result.won,
    (d) => `${d.name} — ${formatMoney(d.amount, d.currency)}, closed ${dayOf(d.day)}${owner(d)}`,
  );
  const lost = dealSection(
    'Lost',
    result.lost,
    (d) =>
      `${d.name} — ${formatMoney(d.amount, d.currency)}, closed ${dayOf(d.day)}${d.lostReason ? ` (${d.lostReason})` : ''}${owner(d)}`,
  );
  const moved = dealSection(
    'Moved to another stage',
    result.moved,
    (d) =>
      `${d.name} — ${d.movedFrom ? `${formatStage(d.movedFrom)} → ` : ''}${formatStage(d.stage)} on ${dayOf(d.day)}, ${formatMoney(d.amount, d.currency)}${owner(d)}`,
    false,
  );
  const created = dealSection(
    'New deals',
    result.created,
    (d) =>
      `${d.name} — ${formatMoney(d.amount, d.currency)}, ${formatStage(d.stage)}, entered ${dayOf(d.day)}${owner(d)}`,
  );
  const slipped = dealSection(
    'Close date passed, still open',
    result.pastCloseDate,
    (d) =>
      `${d.name} — was to close ${dayOf(d.closeDate)}, ${formatStage(d.stage)}, ${formatMoney(d.amount, d.currency)}${owner(d)}`,
  );
  const pushed = dealSection(
    'Close date moved',
    result.closeDatesMoved,
    (d) =>
      `${d.name} — from ${formatCalendarDay(d.closeDateFrom ?? d.closeDate)} to ${formatCalendarDay(d.closeDate)} (noted ${dayOf(d.day)}), ${formatMoney(d.amount, d.currency)}${owner(d)}`,
    false,
  );
  const casesOn = result.account ? result.account.name : 'your accounts';
  const cases = result.cases.length
    ? [
        `New cases on ${casesOn}: ${result.cases.length}`,
        ...result.cases
          .slice(0, ROWS)
          .map(
            (c) =>
              `• Case ${c.number}: ${c.subject} — ${c.account} · ${c.priority} · ${c.status}, opened ${dayOf(c.openedOn)}`,
          ),
        ...more(result.cases.length),
      ]
    : [`New cases on ${casesOn}: none.`];
  const tasks = result.overdueTasks.length
    ? [
        `Tasks that fell due and are still open: ${result.overdueTasks.length}`,
        ...result.overdueTasks
          .slice(0, ROWS)
          .map(
            (t) =>
              `• ${t.title} — due ${dayOf(t.dueOn)}${t.account ? ` · ${t.account}` : ''}${showOwner ? ` · ${t.owner}` : ''}`,
          ),
        ...more(result.overdueTasks.length),
      ]
    : ['Tasks that fell due and are still open: none.'];
  const quiet =
    !result.won.length &&
    !result.lost.length &&
    !result.moved.length &&
    !result.created.length &&
    !result.closeDatesMoved.length &&
    !result.cases.length &&
    !result.overdueTasks.length;
  const text = [
    `What changed on ${whose}, ${period}${periodSaid}${quiet ? ': nothing was won, lost, moved or opened.' : ':'}`,
    ...won.lines,
    ...lost.lines,
    ...moved.lines,
    ...created.lines,
    ...pushed.lines,
    ...slipped.lines,
    ...cases,
    ...tasks,
    `Not tracked: ${result.notTracked.join('; ')}.`,
  ].join('\n');
  return {
    title: `What changed, ${period}`,
    text,
    lists: [won.list, lost.list, moved.list].filter((list): list is ReplyList => list !== undefined),
  };
}

/** Remembers the catch-up: its period for "while i was away" later, its won deals for "did we lose anything there?". */
function remember(memory: ConversationMemory, result: CatchUp, question: CatchUpQuestion): void {
  memory.lastCatchUp = {
    from: result.from,
    to: result.to,
    ...(question.said ? { said: question.said } : {}),
  };
  memory.lastFocus = 'deals';
  memory.lastDealQuery = {
    record: 'deal',
    owner: question.owner ?? (result.account ? { scope: 'all' } : { scope: 'mine' }),
    ...(result.account ? { accountId: result.account.id } : {}),
    status: 'won',
    closedFrom: result.from,
    closedTo: result.to,
    aggregate: 'list',
  };
  delete memory.lastDealList;
  memory.lastDeals = [...result.won, ...result.lost].map((d) => d.id);
  if (result.account) memory.lastAccount = { id: result.account.id, name: result.account.name };
}

/**
 * "back from 2 weeks off, what did i miss", "catch me up since 20 november", "what happened on
 * globex while i was away": the changes on the caller's records (a rep's own, a manager's team's)
 * or one account's over the period.
 */
export const catchUpHandler: IntentHandler = {
  intents: ['catch_up'],
  handle: async ({ text, caller, skills, understanding, memory }) => {
    const context = { now: skills.clock(), timezone: caller.timezone };
    const before =
      memory.lastCatchUp ??
      (memory.lastDealQuery?.closedFrom && memory.lastDealQuery.closedTo
        ? { from: memory.lastDealQuery.closedFrom, to: memory.lastDealQuery.closedTo }
        : undefined);
    const question = catchUpQuestionOf(text, understanding.entities, context, before) ?? {
      from: before?.from ?? context.now.toISOString().slice(0, 10),
      to: context.now.toISOString().slice(0, 10),
    };
    const owner = question.owner;
    const result = await skills.call(
      catchUp,
      {
        ...(owner ? { owner } : {}),
        ...(question.accountId ? { accountId: question.accountId } : {}),
        from: question.from,
        to: question.to,
      },
      caller,
    );
    remember(memory, result, question);
    const showOwner = caller.role !== 'rep' || Boolean(result.account) || Boolean(question.owner);
    return catchUpReply(result, question, showOwner);
  },
};
