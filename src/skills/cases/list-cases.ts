import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Filter, Sort, Store } from '../../store/store';
import {
  CASE_CHANNELS,
  CASE_PRIORITIES,
  CASE_STATUSES,
  CASE_TOPIC_NAMES,
  isCaseOnTopic,
  OPEN_CASE_STATUSES,
  type Case,
  type CaseStatus,
} from '../../vocabulary';
import { caseAgentNamed } from '../shared/case-agents';
import { caseViewsOf, onlyVisibleCases, type CaseView } from '../shared/case-views';
import { dayAfter, endOfLocalDay, startOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';

/** Which cases a list holds. */
export const CASE_LIST_SCOPES = ['mine', 'account', 'breaching', 'status', 'number'] as const;

/** What the matching cases can be counted by. */
export const CASE_GROUPINGS = ['priority', 'status', 'account', 'owner', 'channel'] as const;
/** The order the cases shown are in (default newest first; `breaching`: due soonest). */
export const CASE_ORDERS = ['newest', 'oldest', 'priority'] as const;

/** How many of the matching cases fall in one group (a priority, a status or an account). */
export interface CaseGroup {
  name: string;
  count: number;
}

/** A list of cases: the ones shown (at most `limit`), how many match, and what was asked. */
export interface CaseList {
  scope: (typeof CASE_LIST_SCOPES)[number];
  statuses: CaseStatus[];
  account?: { id: string; name: string };
  /** For `breaching`: the end of the caller's day (or now, past due only), by which these cases are (or were) due. */
  dueBy?: Date;
  /** For `breaching`: only the cases already past their SLA, none still reaching it today. */
  pastDueOnly?: boolean;
  /** Only cases of this priority. */
  priority?: (typeof CASE_PRIORITIES)[number];
  /** Only cases of one of these priorities, most urgent first ("high or urgent"). */
  priorities?: Array<(typeof CASE_PRIORITIES)[number]>;
  /** Only cases that came in through this channel. */
  channel?: (typeof CASE_CHANNELS)[number];
  /** Only cases this support agent works. */
  owner?: { id: string; name: string };
  /** Only cases no agent works. */
  unassigned?: true;
  /** Only cases opened in these calendar days (inclusive, the caller's time zone). */
  opened?: { from: string; to: string };
  /** Only cases resolved in these calendar days (inclusive, the caller's time zone): resolved or closed since. */
  resolved?: { from: string; to: string };
  /** Only cases on one of these topics (vocabulary/case-topics: "login", "billing", "export"…). */
  topics?: string[];
  /** The order the cases shown are in, when one was asked for. */
  order?: (typeof CASE_ORDERS)[number];
  /**
   * Every matching case counted by what was asked: priorities most urgent first, accounts and owners
   * (the support agents working them) most cases first.
   */
  groups?: CaseGroup[];
  total: number;
  cases: CaseView[];
}

/** A calendar day, `YYYY-MM-DD`. */
const DAY = calendarDaySchema;

/** Cases looked at before the visibility filter; more than support has open at once. */
const SCAN_LIMIT = 2_000;

/**
 * Lists support cases: the caller's own open ones (`mine`), an account's (`account`), the open ones
 * due under their SLA by the end of today in the caller's time zone, breached ones included
 * (`breaching`), all with a status (`status`), or one case by its number, whatever its status
 * (`number`). Reps and managers see their team's accounts' cases.
 */
export const listCases = defineSkill({
  name: 'list-cases',
  description: `List support cases with their numbers: scope 'mine' (the caller's open cases), 'account' (an account's cases; name it), 'breaching' (open cases past or reaching their SLA by the end of today; pastDueOnly: only those past it now), 'status' (every case with a status), or 'number' (one case by its number, any status). Optional status filter (default: open and pending; 'all' for every status), priority filter (one, or priorities: several), channel filter (email, phone, chat, widget, web), owner (a support agent's name: only the cases they work), unassigned (only the cases no agent works), topics (only the cases on one of them: ${CASE_TOPIC_NAMES.join(', ')}), the days they were opened in (openedFrom/openedTo, YYYY-MM-DD; openedSince: from that instant) or resolved in (resolvedFrom/resolvedTo: resolved or closed since), order (newest, oldest, priority) and groupBy (priority, status, account, owner or channel: every matching case counted, accounts, owners and channels with the most cases first).`,
  roles: ['support', 'admin', 'analyst', 'rep', 'manager'],
  input: z.object({
    scope: z.enum(CASE_LIST_SCOPES).default('mine'),
    account: z.string().trim().min(1).max(200).optional(),
    number: z.number().int().positive().optional(),
    status: z.enum([...CASE_STATUSES, 'all']).optional(),
    priority: z.enum(CASE_PRIORITIES).optional(),
    priorities: z.array(z.enum(CASE_PRIORITIES)).min(1).max(CASE_PRIORITIES.length).optional(),
    channel: z.enum(CASE_CHANNELS).optional(),
    owner: z.string().trim().min(1).max(200).optional(),
    unassigned: z.boolean().optional(),
    openedFrom: DAY.optional(),
    openedTo: DAY.optional(),
    /** Only cases opened at or after this instant (a window said in hours: "in the last 48 hours"). */
    openedSince: z.string().datetime().optional(),
    resolvedFrom: DAY.optional(),
    resolvedTo: DAY.optional(),
    groupBy: z.enum(CASE_GROUPINGS).optional(),
    topics: z
      .array(z.enum(CASE_TOPIC_NAMES as [string, ...string[]]))
      .min(1)
      .max(CASE_TOPIC_NAMES.length)
      .optional(),
    pastDueOnly: z.boolean().optional(),
    order: z.enum(CASE_ORDERS).optional(),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  run: async (input, { caller, services }): Promise<CaseList> => {
    const visibility = await RecordVisibility.of(services, caller);
    const now = services.clock();
    const statuses: CaseStatus[] =
      input.status === 'all' || (input.scope === 'number' && !input.status)
        ? [...CASE_STATUSES]
        : input.status
          ? [input.status]
          : [...OPEN_CASE_STATUSES];
    const filter: Filter = { status: { $in: statuses } };
    const priorities = input.priorities
      ? [...CASE_PRIORITIES].reverse().filter((p) => input.priorities!.includes(p))
      : undefined;
    if (priorities) filter.priority = { $in: priorities };
    else if (input.priority) filter.priority = input.priority;
    if (input.channel) filter.channel = input.channel;
    const owner = input.owner ? await caseAgentNamed(services.store, input.owner) : undefined;
    if (owner) filter.ownerId = owner._id;
    const opened = openedDaysOf(input.openedFrom, input.openedTo);
    if (opened) {
      const since = input.openedSince ? new Date(input.openedSince) : undefined;
      const fromDay = startOfLocalDay(opened.from, caller.timezone);
      filter.createdAt = {
        $gte: since && since > fromDay ? since : fromDay,
        $lt: startOfLocalDay(dayAfter(opened.to), caller.timezone),
      };
    }
    const resolved = openedDaysOf(input.resolvedFrom, input.resolvedTo);
    if (resolved)
      filter.resolvedAt = {
        $gte: startOfLocalDay(resolved.from, caller.timezone),
        $lt: startOfLocalDay(dayAfter(resolved.to), caller.timezone),
      };
    let account: CaseList['account'];
    let dueBy: Date | undefined;
    switch (input.scope) {
      case 'mine':
        if (!caller.userId)
          throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are in the CRM.');
        filter.ownerId = caller.userId;
        break;
      case 'account': {
        if (!input.account) throw new CrmError(ErrorCode.InvalidInput, 'Which account?');
        const found = await visibility.resolveAccount(input.account);
        if ((await visibility.access(found.ownerId, 'case')) !== 'full')
          throw new CrmError(
            ErrorCode.Forbidden,
            `The cases of ${found.name} are for its own team and support.`,
          );
        account = { id: found._id, name: found.name };
        filter.accountId = found._id;
        break;
      }
      case 'breaching':
        dueBy = input.pastDueOnly ? now : endOfLocalDay(now, caller.timezone);
        filter.status = { $in: statuses.filter((s) => OPEN_CASE_STATUSES.includes(s)) };
        filter.slaDueAt = { $lte: dueBy };
        break;
      case 'status':
        break;
      case 'number':
        if (input.number === undefined) throw new CrmError(ErrorCode.InvalidInput, 'Which case number?');
        filter.number = input.number;
        break;
    }
    const sort: Sort = input.scope === 'breaching' ? { slaDueAt: 1 } : { number: -1 };
    const found = inOrder(
      await onlyVisibleCases(
        visibility,
        await services.store.cases.find(filter, { sort, limit: SCAN_LIMIT }),
      ),
      input.order,
    )
      .filter((c) => !input.unassigned || !c.ownerId)
      .filter((c) => !input.topics || input.topics.some((topic) => isCaseOnTopic(topic, c)));
    const groups = input.groupBy ? await groupsOf(found, input.groupBy, services.store) : undefined;
    return {
      scope: input.scope,
      statuses,
      ...(account ? { account } : {}),
      ...(dueBy ? { dueBy } : {}),
      ...(input.scope === 'breaching' && input.pastDueOnly ? { pastDueOnly: true } : {}),
      ...(input.priority && !priorities ? { priority: input.priority } : {}),
      ...(priorities ? { priorities } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
      ...(owner ? { owner: { id: owner._id, name: owner.name } } : {}),
      ...(input.unassigned ? { unassigned: true as const } : {}),
      ...(opened ? { opened } : {}),
      ...(resolved ? { resolved } : {}),
      ...(input.topics ? { topics: input.topics } : {}),
      ...(input.order ? { order: input.order } : {}),
      ...(groups ? { groups } : {}),
      total: found.length,
      cases: await caseViewsOf(services.store, found.slice(0, input.limit), now),
    };
  },
});

/** The opened (or resolved) days asked for: one bound alone is that day to the other's end of time. */
function openedDaysOf(from: string | undefined, to: string | undefined): CaseList['opened'] {
  if (!from && !to) return undefined;
  return { from: from ?? '1970-01-01', to: to ?? '9999-12-30' };
}

const URGENCY: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The cases in the order asked: oldest or newest opened, or most urgent first (then the oldest). */
function inOrder(cases: Case[], order: (typeof CASE_ORDERS)[number] | undefined): Case[] {
  if (!order) return cases;
  const opened = (c: Case) => c.createdAt?.getTime() ?? 0;
  return [...cases].sort((a, b) =>
    order === 'newest'
      ? opened(b) - opened(a)
      : order === 'oldest'
        ? opened(a) - opened(b)
        : (URGENCY[a.priority] ?? 9) - (URGENCY[b.priority] ?? 9) || opened(a) - opened(b),
  );
}

/**
 * Every case counted by priority (urgent first), status (in the life cycle's order), account or owner
 * (most cases first, then by name; cases without one are left out). Groups with no case are left out.
 */
async function groupsOf(
  cases: readonly Case[],
  by: (typeof CASE_GROUPINGS)[number],
  store: Store,
): Promise<CaseGroup[]> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const key =
      by === 'priority'
        ? c.priority
        : by === 'status'
          ? c.status
          : by === 'channel'
            ? c.channel
            : by === 'owner'
              ? c.ownerId
              : c.accountId;
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (by === 'priority')
    return [...CASE_PRIORITIES]
      .reverse()
      .filter((p) => counts.has(p))
      .map((p) => ({ name: p, count: counts.get(p)! }));
  if (by === 'channel')
    return [...counts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  if (by === 'status')
    return CASE_STATUSES.filter((s) => counts.has(s)).map((s) => ({ name: s, count: counts.get(s)! }));
  const named =
    by === 'owner'
      ? await store.users.find({ _id: { $in: [...counts.keys()] } }, { projection: { name: 1 } })
      : await store.accounts.find({ _id: { $in: [...counts.keys()] } }, { projection: { name: 1 } });
  return named
    .map((a) => ({ name: a.name, count: counts.get(a._id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
