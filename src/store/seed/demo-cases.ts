import {
  CASE_PRIORITIES,
  FIRST_CASE_NUMBER,
  slaDueAtFor,
  type Case,
  type CaseChannel,
  type CaseHistoryEntry,
  type CasePriority,
  type User,
} from '../../vocabulary';
import type { AccountContext } from './account-context';
import { addDays } from './calendar';
import { CASE_PROBLEMS, type CaseProblem } from './case-texts';
import type { SeedDocument, SeedWindow } from './demo-crm';
import type { Random } from './random';

const HOUR_MS = 3_600_000;
/** Cases go back this far (support started two years before the anchor). */
const HISTORY_DAYS = 730;
/** Churned accounts open extra cases in this many days before they go quiet. */
const BEFORE_QUIET_DAYS = 120;
/** Cases opened this recently may still be open at the anchor. */
const RECENT_HOURS = 60;
/** Share of the steady cases opened in the last RECENT_HOURS, and their minimum number. */
const RECENT_SHARE = 0.04;
const MIN_RECENT = 8;
/** Extra cases per period of trouble (Poisson mean) and the share of them that are high or urgent. */
const STORM_CASES = 1.2;
const STORM_URGENT_SHARE = 0.55;

const CHANNELS: readonly (readonly [CaseChannel, number])[] = [
  ['email', 45],
  ['phone', 20],
  ['chat', 15],
  ['web', 12],
  ['widget', 8],
];

/** A period in which an account opens more, and more urgent, cases than usual. */
export interface CaseStorm {
  from: Date;
  to: Date;
}

export interface DemoCaseOptions {
  /** Cases at a steady rate across customers (before the extra ones of churning accounts). */
  count: number;
  /** When each churned account went quiet (settleAccounts in generate-demo-crm). */
  activeUntil: ReadonlyMap<string, Date>;
  /**
   * Periods of trouble by account id (the account-health story: before a churn or a lapsed renewal,
   * and some noise). When given, they decide which accounts have case storms; without them, churned
   * accounts have one in the 120 days before `activeUntil` (75% of them) and 5% of the others one too.
   */
  storms?: ReadonlyMap<string, readonly CaseStorm[]>;
}

/**
 * Support cases of the demo CRM, numbered from FIRST_CASE_NUMBER in the order they were opened:
 * customers' problems in six themes over two years, most resolved or closed with a resolution, the
 * ones opened in the last days still open with SLA due times around the anchor (some already
 * breached). Owners are the support users. Churned accounts open more cases, more of them high or
 * urgent, in the 120 days before they went quiet (with noise: some do not, and a few healthy
 * accounts have such a storm too).
 */
export function generateCases(
  random: Random,
  window: SeedWindow,
  contexts: readonly AccountContext[],
  users: readonly SeedDocument<User>[],
  options: DemoCaseOptions,
): SeedDocument<Case>[] {
  const owners = users.filter((user) => user.role === 'support');
  const customers = contexts.filter((context) => context.account.status !== 'prospect');
  if (!owners.length || !customers.length) return [];
  const problemIndex = random.indexSampler(CASE_PROBLEMS.map((problem) => problem.weight));
  const historyStart = addDays(window.anchor, -HISTORY_DAYS);
  const drafts: { context: AccountContext; openedAt: Date; urgent: boolean }[] = [];

  const active = customers.filter((context) => !options.activeUntil.has(context.account._id));
  const recentCount = active.length ? Math.max(MIN_RECENT, Math.round(options.count * RECENT_SHARE)) : 0;
  for (let i = 0; i < options.count; i++) {
    // A few opened in the last days (still open at the anchor, some past their SLA); the rest over
    // two years, more of them recent (the customer base grew).
    if (i < recentCount) {
      const openedAt = new Date(window.anchor.getTime() - random.uniform(0.5, RECENT_HOURS) * HOUR_MS);
      drafts.push({ context: random.pick(active), openedAt, urgent: false });
      continue;
    }
    const context = random.pick(customers);
    const until = options.activeUntil.get(context.account._id) ?? window.anchor;
    if (until <= historyStart) continue;
    const openedAt = new Date(
      until.getTime() - Math.sqrt(random.next()) * (until.getTime() - historyStart.getTime()),
    );
    drafts.push({ context, openedAt, urgent: false });
  }

  const storm = (context: AccountContext, from: Date, to: Date, mean: number) => {
    for (let n = random.poisson(mean); n > 0; n--) {
      const openedAt = new Date(from.getTime() + random.next() * (to.getTime() - from.getTime()));
      if (openedAt < window.anchor)
        drafts.push({ context, openedAt, urgent: random.chance(STORM_URGENT_SHARE) });
    }
  };
  for (const context of customers) {
    const quiet = options.activeUntil.get(context.account._id);
    if (options.storms) {
      for (const period of options.storms.get(context.account._id) ?? [])
        storm(context, period.from, period.to, STORM_CASES);
    } else if (quiet && random.chance(0.75)) storm(context, addDays(quiet, -BEFORE_QUIET_DAYS), quiet, 2.5);
    else if (!quiet && random.chance(0.05)) {
      const end = addDays(window.anchor, -random.int(0, 600));
      storm(context, addDays(end, -BEFORE_QUIET_DAYS), end, 2);
    }
  }

  drafts.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return drafts.map((draft, index) =>
    caseOf(random, window, draft, FIRST_CASE_NUMBER + index, random.pick(owners), problemIndex),
  );
}

function priorityOf(random: Random, problem: CaseProblem, urgent: boolean): CasePriority {
  if (urgent) return random.chance(0.4) ? 'urgent' : 'high';
  const usual = CASE_PRIORITIES.indexOf(problem.usualPriority);
  const shifted =
    usual +
    random.weighted([
      [-1, 0.15],
      [0, 0.7],
      [1, 0.15],
    ] as const);
  return CASE_PRIORITIES[Math.max(0, Math.min(CASE_PRIORITIES.length - 1, shifted))]!;
}

function caseOf(
  random: Random,
  window: SeedWindow,
  draft: { context: AccountContext; openedAt: Date; urgent: boolean },
  number: number,
  owner: SeedDocument<User>,
  problemIndex: () => number,
): SeedDocument<Case> {
  const problem = CASE_PROBLEMS[problemIndex()]!;
  const priority = priorityOf(random, problem, draft.urgent);
  const { openedAt, context } = draft;
  const slaDueAt = slaDueAtFor(priority, openedAt);
  const contacts = context.contacts.filter((contact) => !contact.leftAt || contact.leftAt > openedAt);
  const contact = contacts.length ? random.pick(contacts) : undefined;
  const history: CaseHistoryEntry[] = [
    { at: openedAt, userId: owner._id, action: 'opened', value: priority },
  ];
  // Most cases are resolved within their SLA; some take longer; recent ones may still be open.
  const hoursToResolve = (random.logNormal(0.6, 0.9) * (slaDueAt.getTime() - openedAt.getTime())) / HOUR_MS;
  const resolvedAt = new Date(openedAt.getTime() + hoursToResolve * HOUR_MS);
  const base = {
    _id: random.idAt(openedAt),
    number,
    subject: random.pick(problem.subjects),
    description: problem.description,
    priority,
    accountId: context.account._id,
    ...(contact ? { contactId: contact._id } : {}),
    channel: random.weighted(CHANNELS),
    ownerId: owner._id,
    slaDueAt,
    createdAt: openedAt,
  };
  if (resolvedAt >= window.anchor || openedAt.getTime() > window.anchor.getTime() - RECENT_HOURS * HOUR_MS) {
    const pending = random.chance(0.3);
    if (pending) {
      history.push({
        at: new Date(openedAt.getTime() + 0.3 * (window.anchor.getTime() - openedAt.getTime())),
        userId: owner._id,
        action: 'status',
        value: 'pending',
      });
    }
    return { ...base, status: pending ? 'pending' : 'open', history };
  }
  const resolution = random.pick(problem.resolutions);
  const closed = resolvedAt < addDays(window.anchor, -7) && random.chance(0.8);
  history.push({ at: resolvedAt, userId: owner._id, action: 'note', value: resolution });
  history.push({ at: resolvedAt, userId: owner._id, action: 'status', value: 'resolved' });
  if (closed)
    history.push({ at: addDays(resolvedAt, 7), userId: owner._id, action: 'status', value: 'closed' });
  return { ...base, status: closed ? 'closed' : 'resolved', resolution, resolvedAt, history };
}
