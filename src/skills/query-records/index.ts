import { z } from 'zod';
import {
  BREAKDOWN_FIELDS,
  DEAL_STAGES,
  DEAL_TYPES,
  INTERACTION_TYPES,
  OPEN_CASE_STATUSES,
  OPEN_STAGES,
  REGIONS,
  type Contact,
  type Deal,
  type DealStage,
  type RecordQuery,
  type Task,
} from '../../vocabulary';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Filter } from '../../store/store';
import { resolveDealScope, ownerFilter, type DealScope } from '../shared/deal-scope';
import { calendarDayOf, dayAfter, localDayIn, startOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import type { LimitedAccountView } from '../shared/visibility-policy';
import { daysInStage, stalledAfterDays, typicalStageDaysOf } from '../shared/stage-time';
import { defineSkill, type CallerRole, type SkillContext } from '../skill';
import { metricGroups, metricRow, type MetricRow } from './deal-metrics';
import { dealSizeBands } from './deal-size-bands';
import { contactsAtAccounts, hasContactRole, type ContactAtAccountRow } from './contacts-at-accounts';
import {
  accountValue,
  contactsCountedBy,
  countedBy,
  dealValue,
  inStageOrderWhen,
  rowsAsked,
  type BreakdownRow,
} from './field-breakdown';
import { rankGroups, type OwnerRow } from './owner-ranking';
import { activityMatching, peopleById, type PersonRow } from './people-and-activity';
import {
  byLongestSilence,
  lastInteractionDays,
  quietContacts,
  quietSince,
  type QuietContactRow,
} from './quiet-records';
import { membersOf, tasksByMember, type MemberActivityRow, type MemberTasksRow } from './team-work';
import { calendarDaySchema } from '../shared/calendar-day-schema';

export type { OwnerRow } from './owner-ranking';
export type { AmountStats, CycleStats, MetricRow } from './deal-metrics';
export { winRateOf } from './deal-metrics';
export type { PersonRow } from './people-and-activity';
export type { QuietContactRow } from './quiet-records';
export type { MemberActivityRow, MemberTasksRow } from './team-work';

const OPEN_STAGES_EXCLUDED = ['closed_won', 'closed_lost'];
/** How many accounts a ranking of accounts shows when the question says no number ("my biggest accounts"). */
const ACCOUNTS_RANKED_SHOWN = 10;
const day = calendarDaySchema;
const id = z.string().min(1).max(64);

/** A deal as a query answer shows it; `closeDate` is a calendar day (`YYYY-MM-DD`), never an instant. */
export interface DealRow {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  stage: string;
  amount: number;
  currency: string;
  closeDate: string;
  closedAt?: string;
  ownerName?: string;
  /** The deal's own contact, when it has one ("who's the contact on it"); read through `contactIds`. */
  contactId?: string;
  /** Why a lost deal was lost, as recorded. */
  lostReason?: string;
  /** Whole days in its current stage, when the question was about time in stage. */
  daysInStage?: number;
  /** The day it was created, when the deals were ordered by it ("open the longest"). */
  createdOn?: string;
  /** The rep's forecast category, when the question set two categories side by side. */
  forecastCategory?: string;
}

export interface TaskRow {
  id: string;
  title: string;
  /** Calendar day the task is due. */
  dueDate?: string;
  status: string;
  /** Whose task, when the question was about more people than the caller. */
  ownerName?: string;
  accountName?: string;
}

export interface InteractionRow {
  id: string;
  type: string;
  /** An instant: shown in the reader's time zone. */
  occurredAt: string;
  summary: string;
  byName?: string;
  accountName?: string;
}

export interface AccountRow {
  id: string;
  name: string;
  region?: string;
  status: string;
  ownerName?: string;
  /** For accounts gone quiet: the reader's calendar day of the latest interaction (absent: none logged). */
  lastInteraction?: string;
  /** For accounts kept by a count of their records (`relatedCount`): how many of that kind it holds. */
  relatedCount?: number;
}

export interface ContactRow {
  id: string;
  name: string;
  title?: string;
  buyingRole?: string;
}

/** What a record query found: the rows (limited), how many matched, and the total amount of matching deals. */
export interface RecordQueryResult {
  /** Whose records: "your deals", "team Enterprise", "Sam Rivera", "Globex". */
  scopeLabel: string;
  accountName?: string;
  /** The accounts a deal question left out ("except acme"), by name, for the reply's heading. */
  excludedAccountNames?: string[];
  /** The deal the question set the deals against ("bigger than that one"), for the reply's heading. */
  thanDeal?: { name: string; amount: number; currency: string; createdOn: string };
  /** The account's owner, for "who owns X?". */
  accountOwner?: string;
  /**
   * The account named belongs to another team, whose deals the caller may not see: its name,
   * industry and owner, said instead of an empty list.
   */
  ownedElsewhere?: LimitedAccountView;
  total: number;
  totals: Array<{ amount: number; currency: string }>;
  deals?: DealRow[];
  tasks?: TaskRow[];
  interactions?: InteractionRow[];
  contacts?: ContactRow[];
  accounts?: AccountRow[];
  /** People at the accounts of a place, industry or status (`record: 'contact'`, no account): the first rows. */
  peopleAtAccounts?: ContactAtAccountRow[];
  /** For people at accounts: how many of them have left their company. */
  peopleLeft?: number;
  /** For people at accounts: how many accounts the filters matched (those with no one included). */
  accountCount?: number;
  /** For accounts: how many of the matches are customers, prospects, churned. */
  accountStatuses?: Record<string, number>;
  /** For accounts grouped by region (`groupBy: 'region'`): how many in each, "no region" for those without one. */
  accountRegions?: Record<string, number>;
  /** Records counted per value of a field (`breakdown`), the most first; deals with their amount per currency. */
  breakdown?: BreakdownRow[];
  /** Deals grouped by owner (`groupBy: 'owner'`), ranked. */
  owners?: OwnerRow[];
  /** Deals grouped by their account (`groupBy: 'account'`), ranked: the first `limit` (ten unless asked). */
  accountsRanked?: OwnerRow[];
  /** How many groups a ranking had before it was cut to its first rows (`accountsRanked`). */
  groups?: number;
  /** Deals grouped by their account's region (`groupBy: 'region'`), ranked; "no region" for accounts without one. */
  regions?: OwnerRow[];
  /** The first deals of each group (`eachGroup`), groups led by the one whose first deal comes first. */
  groupTops?: Array<{ name: string; count: number; deals: DealRow[] }>;
  /** People asked about by id (`contactIds`), with the parts the caller may see. */
  people?: PersonRow[];
  /** For interactions counted or listed: how many of each type. */
  interactionTypes?: Record<string, number>;
  /** For lost deals: how many of the matches were lost for each recorded reason ("(none)" without one). */
  lostReasons?: Record<string, number>;
  /** Deals asked by two forecast categories or more ("commit vs best case"): each one's deals, summed per currency. */
  forecastCategories?: Array<{
    category: 'commit' | 'best_case';
    count: number;
    totals: Array<{ amount: number; currency: string }>;
  }>;
  /** A sales metric (`average`, `median`, `winRate`, `cycle`) of every matching deal. */
  metric?: MetricRow;
  /** The same metric per owner, region or deal type (`groupBy`), ranked on it. */
  metricGroups?: MetricRow[];
  /** Quiet records (`quietDays`): the first day an interaction would have counted as activity. */
  quietSince?: string;
  /** Contacts nobody has been in touch with since `quietSince`. */
  quietContacts?: QuietContactRow[];
  /** Deals stuck in their stage with no days said: the days each stage may be held before it counts as stalled. */
  stalledAfter?: Record<string, number>;
  /** Tasks per team member (`groupBy: 'owner'`), ranked. */
  memberTasks?: MemberTasksRow[];
  /** Interactions per team member (`groupBy: 'owner'`), ranked; members who logged none included. */
  memberActivity?: MemberActivityRow[];
  /** The caller's day (`agenda`): the interactions logged for today, and the next task due after today. */
  todayInteractions?: InteractionRow[];
  nextTask?: TaskRow;
}

const ownerSchema = z.union([
  z.object({ scope: z.enum(['mine', 'team', 'all']) }).strict(),
  z.object({ rep: z.string().min(1).max(100) }).strict(),
  z.object({ team: z.string().min(1).max(100) }).strict(),
]);

const querySchema: z.ZodType<RecordQuery> = z
  .object({
    record: z.enum(['deal', 'task', 'interaction', 'contact', 'account']),
    owner: ownerSchema,
    accountId: id.optional(),
    dealIds: z.array(id).max(50).optional(),
    dealWords: z.string().max(200).optional(),
    closeFrom: day.optional(),
    closeTo: day.optional(),
    closedFrom: day.optional(),
    closedTo: day.optional(),
    createdFrom: day.optional(),
    createdTo: day.optional(),
    status: z.enum(['open', 'won', 'lost', 'overdue']).optional(),
    stages: z.array(z.enum(DEAL_STAGES)).max(DEAL_STAGES.length).optional(),
    excludeStages: z.array(z.enum(DEAL_STAGES)).min(1).max(DEAL_STAGES.length).optional(),
    excludeAccountIds: z.array(id).min(1).max(20).optional(),
    dealTypes: z.array(z.enum(DEAL_TYPES)).min(1).max(DEAL_TYPES.length).optional(),
    dealSources: z
      .array(z.enum(['web', 'referral', 'event', 'outbound', 'partner']))
      .min(1)
      .max(5)
      .optional(),
    forecastCategories: z
      .array(z.enum(['commit', 'best_case']))
      .min(1)
      .max(2)
      .optional(),
    minAmount: z.number().nonnegative().optional(),
    maxAmount: z.number().nonnegative().optional(),
    lostReason: z.string().trim().min(1).max(100).optional(),
    region: z.enum(REGIONS).optional(),
    accountStatus: z.enum(['customer', 'prospect', 'churned']).optional(),
    industry: z.string().min(1).max(100).optional(),
    country: z.string().min(1).max(100).optional(),
    currency: z.enum(['USD', 'EUR', 'GBP']).optional(),
    aggregate: z.enum(['list', 'count', 'sum', 'top', 'average', 'median', 'winRate', 'cycle']),
    amountFigures: z
      .array(z.enum(['average', 'median', 'min', 'max']))
      .max(4)
      .optional(),
    limit: z.number().int().min(1).max(50).optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
    order: z.enum(['biggest', 'smallest', 'soonest', 'longestInStage', 'oldest', 'newest']).optional(),
    field: z
      .enum([
        'closeDate',
        'amount',
        'stage',
        'owner',
        'lastInteraction',
        'contactRole',
        'title',
        'email',
        'phone',
        'employer',
      ])
      .optional(),
    groupBy: z
      .enum(['owner', 'region', 'account', 'type', 'source', 'industry', 'country', 'stageReached', 'size'])
      .optional(),
    reachedStage: z.enum(DEAL_STAGES).optional(),
    eachGroup: z.boolean().optional(),
    breakdown: z.enum(BREAKDOWN_FIELDS).optional(),
    breakdownValues: z.array(z.string().trim().min(1).max(100)).min(2).max(6).optional(),
    minEmployees: z.number().int().nonnegative().optional(),
    maxEmployees: z.number().int().nonnegative().optional(),
    rankBy: z.enum(['amount', 'count']).optional(),
    quietDays: z.number().int().min(1).max(3650).optional(),
    missing: z.enum(['contact', 'owner', 'closeDate', 'amount', 'nextStep']).optional(),
    inStageDays: z.number().int().min(0).max(3650).optional(),
    agenda: z.boolean().optional(),
    reps: z.array(z.string().min(1).max(100)).min(1).max(10).optional(),
    contactIds: z.array(id).min(1).max(20).optional(),
    interactionTypes: z.array(z.enum(INTERACTION_TYPES)).max(INTERACTION_TYPES.length).optional(),
    occurredFrom: day.optional(),
    occurredTo: day.optional(),
    contactRole: z.string().max(120).optional(),
    contactsLeft: z.boolean().optional(),
    contactEmail: z.enum(['optedOut', 'none', 'emailable']).optional(),
    asksWhether: z.enum(['anyone', 'mine']).optional(),
    ownInteractions: z.literal(true).optional(),
    relatedCount: z
      .object({
        of: z.enum(['contacts', 'deals', 'openDeals', 'cases', 'openCases']),
        min: z.number().int().min(0).max(100_000).optional(),
        max: z.number().int().min(1).max(100_000).optional(),
      })
      .strict()
      .optional(),
    thanDeal: z
      .object({ dealId: id, than: z.enum(['bigger', 'smaller', 'older', 'newer']) })
      .strict()
      .optional(),
    perPeriod: z.enum(['month', 'quarter', 'week']).optional(),
  })
  .strict();

/**
 * What marketing may ask of the records, or undefined (the visibility policy gives it every account
 * and its contacts with e-mail, and no deals, tasks, interactions or phones): accounts counted or
 * listed by industry, region and status across the company ("we", "our": marketing sells in no
 * team, so the whole company), and the people at an account or named ones (their phone numbers
 * hidden by the policy). Not quiet accounts or contacts, nor anyone's last contact: those are read
 * from the interactions.
 */
function marketingQuery(query: RecordQuery): RecordQuery | undefined {
  if (query.quietDays !== undefined || query.groupBy === 'owner') return undefined;
  if (query.record === 'account')
    return 'scope' in query.owner && query.owner.scope !== 'mine'
      ? { ...query, owner: { scope: 'all' } }
      : undefined;
  // The people at the accounts of a place or industry: every account's, as for accounts.
  if (query.record === 'contact' && !query.accountId && !query.contactIds?.length && 'scope' in query.owner)
    return query.field !== 'lastInteraction' ? { ...query, owner: { scope: 'all' } } : undefined;
  if (query.record === 'contact') return query.field !== 'lastInteraction' ? query : undefined;
  return undefined;
}

const ANALYST_METRICS: ReadonlySet<RecordQuery['aggregate']> = new Set([
  'winRate',
  'average',
  'median',
  'cycle',
]);

/**
 * What an analyst may ask in chat: statistics of the deals over the whole CRM (an analyst reads it
 * all anyway, with `crmpro export`), never the records themselves. A sales metric (win rate, average
 * or median size, sales cycle), overall or per owner, region, type or source, how many deals were
 * won or lost and what they were worth, or deals counted and summed per value of a field (industry,
 * country, size, source, stage, type, reason lost); of everyone's deals unless a rep or a team is named. Not one account's or one deal's
 * figures, no lists, no raw size of a collection ("how many deals are there": `crmpro data profile`).
 */
function analystQuery(query: RecordQuery): RecordQuery | undefined {
  if (query.record !== 'deal') return undefined;
  if (
    query.accountId ||
    query.dealIds?.length ||
    query.dealWords ||
    query.contactIds?.length ||
    query.thanDeal ||
    query.field ||
    query.quietDays !== undefined
  )
    return undefined;
  // "revenue by industry", "lost deals by reason", "pipeline by source": deals counted and summed
  // per value of a field are statistics, whatever their status.
  if (query.breakdown && query.aggregate === 'count')
    return { ...query, owner: 'scope' in query.owner ? { scope: 'all' } : query.owner };
  // How many deals were won or lost, and what they were worth (bookings), is a statistic too; so is
  // how many came in over a window or period by period ("deals created each month this year").
  const counted =
    (query.aggregate === 'count' || query.aggregate === 'sum') &&
    (query.status === 'won' ||
      query.status === 'lost' ||
      query.perPeriod !== undefined ||
      (query.createdFrom !== undefined && query.createdTo !== undefined)) &&
    !query.groupBy;
  if (!ANALYST_METRICS.has(query.aggregate) && !counted) return undefined;
  const owner = 'scope' in query.owner ? { scope: 'all' as const } : query.owner;
  return { ...query, owner };
}

/** A question of the people at the accounts of a place, industry, region or status, or of a role across accounts. */
function asksPeopleAtAccounts(query: RecordQuery): boolean {
  return (
    !query.contactIds?.length &&
    !query.quietDays &&
    !query.breakdown &&
    Boolean(
      query.country ||
      query.industry ||
      query.region ||
      query.accountStatus ||
      query.contactRole ||
      query.contactsLeft ||
      query.contactEmail,
    )
  );
}

/**
 * True when a role allowed to call query-records may ask this query: marketing only what
 * `marketingQuery` keeps (the dialogs check it before calling, so a refused question runs nothing).
 */
export function queryRecordsAllows(role: CallerRole, query: RecordQuery): boolean {
  if (role === 'analyst') return analystQuery(query) !== undefined;
  return role !== 'marketing' || marketingQuery(query) !== undefined;
}

/**
 * Runs a question about CRM records (deals, tasks, interactions, contacts) written as a structured
 * query, under the caller's visibility: deals of the scope the caller may see (their own, their
 * team's, a named rep's when allowed), or of one account the caller sees in full.
 */
export const queryRecords = defineSkill({
  name: 'query-records',
  description:
    'Deals, tasks, interactions, contacts or accounts matching filters (owner, account, close-date window, amount, stage, deal type, region, status, no activity for N days), listed, counted, summed or ranked, deals also grouped by owner or region; sales metrics of deals: win rate, average or median amount per currency, sales cycle in days, also per owner, region, type, source, industry, country, stage reached or deal size band',
  roles: ['rep', 'manager', 'marketing', 'analyst', 'admin'],
  input: querySchema,
  run: async (asked: RecordQuery, context: SkillContext): Promise<RecordQueryResult> => {
    const { caller } = context;
    const query =
      caller.role === 'marketing'
        ? marketingQuery(asked)
        : caller.role === 'analyst'
          ? analystQuery(asked)
          : asked;
    if (!query)
      throw new CrmError(
        ErrorCode.Forbidden,
        caller.role === 'analyst'
          ? 'Sorry, in chat an analyst gets statistics of the deals (win rate, deal size, sales cycle, deals won), not the records: for those use `crmpro export deals` or `crmpro data profile deals`.'
          : "Sorry, the marketing role can't ask me that.",
        { skill: 'query-records', role: caller.role },
      );
    // An analyst's count is a figure: the deals themselves stay with `crmpro export`.
    if (caller.role === 'analyst') {
      const result = await queryRecordsFor(query, context);
      return { ...result, deals: [] };
    }
    return queryRecordsFor(query, context);
  },
});

/** The query run under the caller's visibility (the role's narrowing already applied). */
async function queryRecordsFor(query: RecordQuery, context: SkillContext): Promise<RecordQueryResult> {
  const { services, caller } = context;
  const visibility = await RecordVisibility.of(services, caller);
  if (query.record === 'account') return accountsMatching(query, context, visibility);
  // "contacts i haven't spoken to in a month": the caller's (or the owner's) contacts gone quiet.
  if (query.record === 'contact' && query.quietDays && !query.accountId) {
    const since = addDays(localDayIn(services.clock(), caller.timezone), -query.quietDays);
    const quiet = await quietContacts(query, since, context, visibility);
    return {
      scopeLabel: quiet.scopeLabel,
      total: quiet.total,
      totals: [],
      quietSince: since,
      quietContacts: quiet.rows,
    };
  }
  if (query.record === 'contact' && query.contactIds?.length) {
    const people = await peopleById(query, context, visibility);
    return { scopeLabel: 'people', total: people.length, totals: [], people };
  }
  const account = query.accountId ? await services.store.accounts.findById(query.accountId) : null;
  // Interactions by type and period ("how many meetings did I have in November"), not the latest one.
  if (query.record === 'interaction' && query.field !== 'lastInteraction') {
    const activity = await activityMatching(query, context, visibility, account?._id);
    return {
      scopeLabel: account ? `${activity.scopeLabel} at ${account.name}` : activity.scopeLabel,
      ...(account ? { accountName: account.name } : {}),
      total: activity.total,
      totals: [],
      interactions: activity.rows,
      interactionTypes: activity.byType,
      ...(activity.members ? { memberActivity: activity.members } : {}),
    };
  }
  if (query.record === 'contact' && query.breakdown && !account) {
    const counted = await contactsCountedBy({ ...query, breakdown: query.breakdown }, context, visibility);
    return {
      scopeLabel: counted.scopeLabel,
      total: counted.total,
      totals: [],
      breakdown: rowsAsked(counted.rows, query.breakdownValues),
    };
  }
  // "decision makers at german accounts", "how many contacts do we have in the uk": the people at
  // the accounts of a place, industry or status, of a role when one is said.
  // "which globex contacts can get our marketing emails": one account's people of an e-mail standing.
  if (
    query.record === 'contact' &&
    !query.field &&
    (account ? Boolean(query.contactEmail) && !query.contactIds?.length : asksPeopleAtAccounts(query))
  ) {
    const found = await contactsAtAccounts(query, context, visibility, account);
    return {
      scopeLabel: found.scopeLabel,
      total: found.total,
      totals: [],
      accountCount: found.accountCount,
      peopleAtAccounts: found.rows,
      ...(found.left ? { peopleLeft: found.left } : {}),
      ...(account ? { accountName: account.name } : {}),
    };
  }
  if (query.record === 'interaction' || query.record === 'contact')
    return account
      ? accountRecords(query, account, context, visibility)
      : { scopeLabel: 'none', total: 0, totals: [] };
  if (query.record === 'task') {
    if (!caller.userId) return { scopeLabel: 'your tasks', total: 0, totals: [] };
    const today = localDayIn(services.clock(), caller.timezone);
    // "my tasks": the caller's; "the team's", "everyone's", "Sam's": those people's, under the deal scopes' rules.
    const mine = 'scope' in query.owner && query.owner.scope === 'mine';
    const scope = mine ? undefined : await resolveDealScope(services, caller, query.owner);
    // "open tasks for acme", "next step?" after deals: those on that account or on those deals only.
    const open = await services.store.tasks.find(
      {
        ...(scope ? ownerFilter(scope) : { ownerId: caller.userId }),
        status: 'open',
        ...(account ? { accountId: account._id } : {}),
        ...(query.dealIds?.length ? { dealId: { $in: query.dealIds } } : {}),
        // "open tasks for jane cooper": those about that person.
        ...(query.contactIds?.length ? { contactId: { $in: query.contactIds } } : {}),
      },
      { sort: { dueAt: 1 } },
    );
    // "which rep has the most overdue tasks": every member's counts, ranked on what was asked.
    if (query.groupBy === 'owner' && scope) {
      const window =
        query.closeFrom || query.closeTo
          ? {
              ...(query.closeFrom ? { from: query.closeFrom } : {}),
              ...(query.closeTo ? { to: query.closeTo } : {}),
            }
          : undefined;
      const memberTasks = tasksByMember(await membersOf(services, caller, scope), open, today, {
        by: query.status === 'overdue' ? 'overdue' : window ? 'window' : 'open',
        ...(window ? { window } : {}),
        order: query.order === 'smallest' ? 'smallest' : 'biggest',
      });
      return { scopeLabel: scope.label, total: open.length, totals: [], memberTasks };
    }
    const tasks = open.filter((t) => {
      const due = t.dueAt ? calendarDayOf(t.dueAt) : undefined;
      if (query.status === 'overdue' && !(due !== undefined && due < today)) return false;
      // Tasks are due on a day: the query's window (`closeFrom`/`closeTo`) is their due window.
      if ((query.closeFrom || query.closeTo) && due === undefined) return false;
      if (query.closeFrom && due! < query.closeFrom) return false;
      if (query.closeTo && due! > query.closeTo) return false;
      return true;
    });
    const shown = tasks.slice(query.offset ?? 0, (query.offset ?? 0) + (query.limit ?? 10));
    const [owners, accounts] = scope
      ? await Promise.all([
          services.store.users.find({ _id: { $in: [...new Set(shown.map((t) => t.ownerId))] } }),
          services.store.accounts.find(
            { _id: { $in: [...new Set(shown.map((t) => t.accountId).filter(Boolean))] } },
            { projection: { name: 1 } },
          ),
        ])
      : [[], []];
    const ownerName = new Map(owners.map((u) => [u._id, u.name]));
    const accountName = new Map(accounts.map((a) => [a._id, a.name]));
    return {
      scopeLabel: scope ? scope.label : 'your tasks',
      ...(account ? { accountName: account.name } : {}),
      total: tasks.length,
      totals: [],
      ...(query.agenda && !scope ? await restOfDay(context, today, open) : {}),
      tasks: shown.map((t) => ({
        id: t._id,
        title: t.title,
        status: t.status,
        ...(t.dueAt ? { dueDate: calendarDayOf(t.dueAt) } : {}),
        ...(ownerName.get(t.ownerId) ? { ownerName: ownerName.get(t.ownerId)! } : {}),
        ...(t.accountId && accountName.get(t.accountId)
          ? { accountName: accountName.get(t.accountId)! }
          : {}),
      })),
    };
  }
  // Deals: of one account (when it names one and no owner), else of the scope.
  let scope: DealScope | undefined;
  const filter: Filter = {};
  if (query.dealIds?.length) filter._id = { $in: query.dealIds };
  if (account && 'scope' in query.owner) filter.accountId = account._id;
  else {
    scope = await resolveDealScope(services, caller, query.owner);
    Object.assign(filter, ownerFilter(scope));
    if (account) filter.accountId = account._id;
  }
  // "Overdue" is against the caller's own today; close dates are read as their UTC day.
  const today = localDayIn(services.clock(), caller.timezone);
  // A win rate is of the deals closed either way in the period.
  if (query.aggregate === 'winRate') filter.stage = { $in: ['closed_won', 'closed_lost'] };
  else if (query.status === 'won') filter.stage = 'closed_won';
  else if (query.status === 'lost') filter.stage = 'closed_lost';
  else if (query.stages?.length) filter.stage = { $in: query.stages };
  // "deals created this month": every deal created then, whatever its stage now, unless open ones
  // are asked for ("deals older than a month that are still open").
  else if (query.status === 'open' || (!query.createdFrom && !query.createdTo))
    filter.stage = { $nin: OPEN_STAGES_EXCLUDED };
  if (query.dealTypes?.length) filter.type = { $in: query.dealTypes };
  if (query.dealSources?.length) filter.source = { $in: query.dealSources };
  if (query.forecastCategories?.length) filter.forecastCategory = { $in: query.forecastCategories };
  // "list the EUR deals": those kept in that currency (amounts are never converted).
  if (query.currency) filter.currency = query.currency;
  let deals = await services.store.deals.find(filter);
  deals = await visibility.onlyFull(deals, (d) => d.ownerId, 'deal');
  // "bigger than that one": set against the deal just shown, which the caller must see in full.
  const against = query.thanDeal ? await services.store.deals.findById(query.thanDeal.dealId) : null;
  if (query.thanDeal && (!against || (await visibility.access(against.ownerId, 'deal')) !== 'full'))
    throw new CrmError(ErrorCode.NotFound, "I can't find the deal to compare with any more.");
  if (against) {
    const than = query.thanDeal!.than;
    deals = deals.filter(
      (d) =>
        d._id !== against._id &&
        (than === 'bigger'
          ? d.currency === against.currency && d.amount > against.amount
          : than === 'smaller'
            ? d.currency === against.currency && d.amount < against.amount
            : than === 'older'
              ? d.createdAt < against.createdAt
              : d.createdAt > against.createdAt),
    );
  }
  // "whats the ACV on the soylent opps": another team's account shows its name, industry and
  // owner only, which is said instead of "no deals".
  if (account && !deals.length && (await visibility.access(account.ownerId, 'deal')) !== 'full')
    return {
      scopeLabel: account.name,
      accountName: account.name,
      total: 0,
      totals: [],
      ownedElsewhere: await visibility.limitedAccount(account),
    };
  const dayOf = (d: Date | undefined) => (d ? calendarDayOf(d) : undefined);
  // "any team deals with no close date", "deals without an amount": those missing it.
  if (query.missing === 'closeDate') deals = deals.filter((d) => !d.closeDate);
  if (query.missing === 'amount') deals = deals.filter((d) => !d.amount);
  // "deals with no next step": no open task planned on the deal (a CRM's next step is the next thing to do).
  if (query.missing === 'nextStep') {
    const planned = new Set(
      await services.store.tasks.distinct<string>('dealId', {
        status: 'open',
        dealId: { $in: deals.map((d) => d._id) },
      }),
    );
    deals = deals.filter((d) => !planned.has(d._id));
  }
  deals = deals.filter((d) => {
    const close = dayOf(d.closeDate)!;
    if (query.closeFrom && close < query.closeFrom) return false;
    if (query.closeTo && close > query.closeTo) return false;
    // "deals not in negotiation", "except acme": those stages and accounts left out.
    if (query.excludeStages?.includes(d.stage)) return false;
    if (query.excludeAccountIds?.includes(d.accountId)) return false;
    if (query.status === 'overdue' && close >= today) return false;
    const closed = dayOf(d.closedAt) ?? close;
    if (query.closedFrom && closed < query.closedFrom) return false;
    if (query.closedTo && closed > query.closedTo) return false;
    const created = dayOf(d.createdAt);
    if (query.createdFrom && (!created || created < query.createdFrom)) return false;
    if (query.createdTo && (!created || created > query.createdTo)) return false;
    if (query.minAmount !== undefined && d.amount <= query.minAmount) return false;
    if (query.maxAmount !== undefined && d.amount >= query.maxAmount) return false;
    if (query.lostReason && !(d.lostReason ?? '').toLowerCase().includes(query.lostReason.toLowerCase()))
      return false;
    return true;
  });
  const accounts = new Map(
    (await services.store.accounts.find({ _id: { $in: [...new Set(deals.map((d) => d.accountId))] } })).map(
      (a) => [a._id, a],
    ),
  );
  if (query.region) deals = deals.filter((d) => accounts.get(d.accountId)?.region === query.region);
  // "win rate of deals that reached negotiation": those that were in the stage at some point.
  if (query.reachedStage) deals = deals.filter((d) => stagesReached(d).includes(query.reachedStage!));
  // "my open deals in healthcare", "open deals in germany": those of accounts of that industry or country.
  if (query.industry)
    deals = deals.filter((d) => sameWords(accounts.get(d.accountId)?.industry, query.industry!));
  if (query.country)
    deals = deals.filter((d) => sameWords(accounts.get(d.accountId)?.country, query.country!));
  if (query.dealWords) deals = bestNamed(deals, query.dealWords);
  const quietSince = query.quietDays ? addDays(today, -query.quietDays) : undefined;
  if (quietSince) deals = await quietDeals(deals, quietSince, context);
  // "stuck in proposal for a long time", "haven't moved in 30 days": by the days in their stage.
  const inStage = new Map<string, number>();
  let stalledAfter: Record<string, number> | undefined;
  if (query.order === 'longestInStage' || query.inStageDays !== undefined) {
    const now = services.clock();
    for (const d of deals) inStage.set(d._id, daysInStage(d, now));
    if (query.inStageDays !== undefined)
      deals = deals.filter((d) => inStage.get(d._id)! >= query.inStageDays!);
    else {
      // No time said: longer than won deals usually stay in that stage (the at-risk skill's stall rule).
      const typical = await typicalStageDaysOf(services);
      stalledAfter = Object.fromEntries(
        [...new Set(deals.map((d) => d.stage))].map((stage) => [
          stage,
          Math.round(stalledAfterDays(stage, typical)),
        ]),
      );
      deals = deals.filter((d) => inStage.get(d._id)! > stalledAfterDays(d.stage, typical));
    }
  }
  const owners = new Map((await services.store.users.find({})).map((u) => [u._id, u.name]));
  if (query.reps) {
    const named = new Set(query.reps.map((name) => name.toLowerCase()));
    deals = deals.filter((d) => named.has((owners.get(d.ownerId) ?? '').toLowerCase()));
  }
  if (query.breakdown) {
    const field = query.breakdown;
    const breakdown = rowsAsked(
      inStageOrderWhen(
        field === 'stage',
        countedBy(
          deals,
          (d) => dealValue(d, field, accounts.get(d.accountId)),
          (d) => d,
        ),
      ),
      query.breakdownValues,
    );
    return {
      scopeLabel: account ? account.name : (scope?.label ?? 'your deals'),
      total: deals.length,
      totals: [],
      breakdown,
    };
  }
  if (isMetric(query.aggregate)) {
    // Each open stage a deal reached, read down the pipeline in its order.
    const stageOrder = query.groupBy === 'stageReached' ? OPEN_STAGES : undefined;
    // "win rate by deal size": bands of these deals' own amounts, from the smallest up.
    const sizeBands = query.groupBy === 'size' ? dealSizeBands(deals) : undefined;
    const groupOf = stageOrder
      ? (deal: Deal) => stagesReached(deal).filter((stage) => stageOrder.includes(stage))
      : (sizeBands?.bandOf ?? dealGroupOf(query.groupBy, owners, accounts));
    const keepOrder = stageOrder ?? sizeBands?.order;
    return {
      scopeLabel: account ? account.name : (scope?.label ?? 'your deals'),
      total: deals.length,
      totals: [],
      metric: metricRow('all', deals),
      // "worst win rate": the groups from the low end.
      ...(groupOf
        ? {
            metricGroups:
              query.order === 'smallest'
                ? metricGroups(deals, groupOf, query.aggregate, keepOrder).reverse()
                : metricGroups(deals, groupOf, query.aggregate, keepOrder),
          }
        : {}),
    };
  }
  const order =
    query.order ??
    (query.aggregate === 'top' || query.aggregate === 'sum' || !(query.closeFrom || query.closeTo)
      ? 'biggest'
      : 'soonest');
  deals.sort((a, b) =>
    order === 'biggest'
      ? b.amount - a.amount
      : order === 'smallest'
        ? a.amount - b.amount
        : order === 'longestInStage'
          ? inStage.get(b._id)! - inStage.get(a._id)! || b.amount - a.amount
          : order === 'oldest'
            ? a.createdAt.getTime() - b.createdAt.getTime()
            : order === 'newest'
              ? b.createdAt.getTime() - a.createdAt.getTime()
              : a.closeDate.getTime() - b.closeDate.getTime(),
  );
  const byAge = order === 'oldest' || order === 'newest';
  const rowOf = (d: Deal): DealRow => ({
    id: d._id,
    name: d.name,
    accountId: d.accountId,
    accountName: accounts.get(d.accountId)?.name ?? '',
    stage: d.stage,
    amount: d.amount,
    currency: d.currency,
    closeDate: dayOf(d.closeDate)!,
    ...(d.closedAt ? { closedAt: dayOf(d.closedAt)! } : {}),
    ...(owners.get(d.ownerId) ? { ownerName: owners.get(d.ownerId)! } : {}),
    ...(d.contactId ? { contactId: d.contactId } : {}),
    ...(d.stage === 'closed_lost' && d.lostReason ? { lostReason: d.lostReason } : {}),
    ...(inStage.has(d._id) ? { daysInStage: inStage.get(d._id)! } : {}),
    ...(byAge ? { createdOn: dayOf(d.createdAt)! } : {}),
    ...((query.forecastCategories?.length ?? 0) > 1 ? { forecastCategory: d.forecastCategory } : {}),
  });
  const totals = new Map<string, number>();
  for (const d of deals) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
  const groupOf = dealGroupOf(query.groupBy, owners, accounts);
  const scopeLabel = account ? account.name : (scope?.label ?? 'your deals');
  // "biggest open deal in each region", "top 3 deals per rep": the first deals of each group, in the
  // order the deals were sorted (amounts in different currencies are never set against each other).
  if (query.eachGroup && groupOf) {
    // Ranked by amount, a group's deals in several currencies are ranked in each currency apart
    // ("EMEA, in EUR"): there are no exchange rates to set €500k against $400k with.
    const byAmount = query.order !== 'soonest' && query.order !== 'longestInStage' && !byAge;
    const currencies = new Map<string, Set<string>>();
    for (const d of deals) {
      const group = groupOf(d);
      const held = currencies.get(group);
      if (held) held.add(d.currency);
      else currencies.set(group, new Set([d.currency]));
    }
    const groups = new Map<string, Deal[]>();
    for (const d of deals) {
      const group = groupOf(d);
      const name = byAmount && currencies.get(group)!.size > 1 ? `${group}, in ${d.currency}` : group;
      const inGroup = groups.get(name);
      if (inGroup) inGroup.push(d);
      else groups.set(name, [d]);
    }
    return {
      scopeLabel,
      total: deals.length,
      totals: [...totals].map(([currency, amount]) => ({ currency, amount })),
      groupTops: [...groups]
        // Each group was met at its first deal, so the groups come in their first deals' order.
        .map(([name, inGroup]) => ({
          name,
          count: inGroup.length,
          deals: inGroup.slice(0, query.limit ?? 1).map(rowOf),
        })),
    };
  }
  // "who's carrying the biggest pipeline", "pipeline by region", "my biggest accounts": the owners,
  // regions or accounts ranked.
  if ((query.groupBy === 'owner' || query.groupBy === 'region' || query.groupBy === 'account') && groupOf) {
    const ranked = rankGroups(
      deals,
      groupOf,
      query.rankBy ?? 'amount',
      query.order === 'smallest' ? 'smallest' : 'biggest',
    );
    return {
      scopeLabel,
      total: deals.length,
      totals: [...totals].map(([currency, amount]) => ({ currency, amount })),
      ...(query.groupBy === 'owner'
        ? { owners: ranked.slice(0, query.limit ?? 25) }
        : query.groupBy === 'account'
          ? { accountsRanked: ranked.slice(0, query.limit ?? ACCOUNTS_RANKED_SHOWN), groups: ranked.length }
          : { regions: ranked }),
    };
  }
  const limit = query.limit ?? (query.aggregate === 'top' ? 1 : 25);
  const excludedAccountNames = query.excludeAccountIds?.length
    ? (await services.store.accounts.find({ _id: { $in: query.excludeAccountIds } })).map((a) => a.name)
    : [];
  const lostReasons: Record<string, number> = {};
  if (query.status === 'lost')
    for (const d of deals)
      lostReasons[d.lostReason ?? '(none)'] = (lostReasons[d.lostReason ?? '(none)'] ?? 0) + 1;
  return {
    scopeLabel: account ? account.name : (scope?.label ?? 'your deals'),
    ...(account ? { accountName: account.name } : {}),
    ...(excludedAccountNames.length ? { excludedAccountNames } : {}),
    ...(against
      ? {
          thanDeal: {
            name: against.name,
            amount: against.amount,
            currency: against.currency,
            createdOn: calendarDayOf(against.createdAt),
          },
        }
      : {}),
    total: deals.length,
    totals: [...totals].map(([currency, amount]) => ({ currency, amount })),
    ...(query.status === 'lost' ? { lostReasons } : {}),
    ...((query.forecastCategories?.length ?? 0) > 1
      ? { forecastCategories: byForecastCategory(deals, query.forecastCategories!) }
      : {}),
    ...(quietSince ? { quietSince } : {}),
    ...(stalledAfter ? { stalledAfter } : {}),
    deals: deals.slice(query.offset ?? 0, (query.offset ?? 0) + limit).map(rowOf),
  };
}

/** The group a deal falls in for `groupBy`: its owner's name, its account's region, its type or source. */
function dealGroupOf(
  groupBy: RecordQuery['groupBy'],
  owners: ReadonlyMap<string, string>,
  accounts: ReadonlyMap<string, { name: string; region?: string; industry?: string; country?: string }>,
): ((deal: Deal) => string) | undefined {
  if (groupBy === 'owner') return (deal) => owners.get(deal.ownerId) ?? 'no owner';
  if (groupBy === 'region') return (deal) => accounts.get(deal.accountId)?.region ?? 'no region';
  if (groupBy === 'account') return (deal) => accounts.get(deal.accountId)?.name ?? 'no account';
  if (groupBy === 'industry') return (deal) => accounts.get(deal.accountId)?.industry ?? 'no industry';
  if (groupBy === 'country') return (deal) => accounts.get(deal.accountId)?.country ?? 'no country';
  if (groupBy === 'type') return (deal) => deal.type;
  if (groupBy === 'source') return (deal) => deal.source ?? 'no source';
  return undefined;
}

/** Every stage a deal has been in: those of its stage history and the one it is in now. */
function stagesReached(deal: Deal): DealStage[] {
  const stages = new Set<DealStage>((deal.stageHistory ?? []).map((change) => change.stage));
  stages.add(deal.stage);
  return [...stages];
}

/** True when a field of the store holds these words, whatever their case ("healthcare" for "Healthcare"). */
function sameWords(stored: string | undefined, said: string): boolean {
  return stored !== undefined && stored.toLowerCase() === said.toLowerCase();
}

/** Each category's deals of `deals`, counted and summed per currency (in the order asked). */
function byForecastCategory(
  deals: readonly Deal[],
  categories: ReadonlyArray<'commit' | 'best_case'>,
): NonNullable<RecordQueryResult['forecastCategories']> {
  return categories.map((category) => {
    const totals = new Map<string, number>();
    const inCategory = deals.filter((d) => d.forecastCategory === category);
    for (const d of inCategory) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
    return {
      category,
      count: inCategory.length,
      totals: [...totals].map(([currency, amount]) => ({ currency, amount })),
    };
  });
}

function isMetric(
  aggregate: RecordQuery['aggregate'],
): aggregate is 'average' | 'median' | 'winRate' | 'cycle' {
  return (
    aggregate === 'average' || aggregate === 'median' || aggregate === 'winRate' || aggregate === 'cycle'
  );
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The deals nobody has touched since `since` (a calendar day): no interaction of any kind (call,
 * email, meeting, note, chat), by anyone, logged on the deal itself from that day on. A call logged
 * on another deal at the same account, or on the account with no deal, says nothing about this deal
 * (as the at-risk skill counts silence per deal).
 */
async function quietDeals(deals: Deal[], since: string, { services }: SkillContext): Promise<Deal[]> {
  if (!deals.length) return deals;
  const touched = await services.store.interactions.find(
    { occurredAt: { $gte: new Date(`${since}T00:00:00Z`) }, dealId: { $in: deals.map((d) => d._id) } },
    { projection: { dealId: 1 } },
  );
  const touchedDeals = new Set(touched.map((i) => i.dealId).filter(Boolean));
  return deals.filter((d) => !touchedDeals.has(d._id));
}

/** The deals whose names share the most words with `words` (all of them when none shares any). */
function bestNamed(deals: Deal[], words: string): Deal[] {
  const wanted = tokens(words);
  let best = 0;
  const scored = deals.map((deal) => {
    const have = new Set(tokens(deal.name));
    const score = wanted.filter((w) => have.has(w)).length;
    best = Math.max(best, score);
    return { deal, score };
  });
  return best === 0 ? [] : scored.filter((s) => s.score === best).map((s) => s.deal);
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !['the', 'deal', 'of', 'for', 'a', 'an'].includes(w));
}

async function accountRecords(
  query: RecordQuery,
  account: { _id: string; name: string; ownerId?: string },
  { services, caller }: SkillContext,
  visibility: RecordVisibility,
): Promise<RecordQueryResult> {
  const owner = await visibility.ownerOf(account.ownerId);
  const base = {
    scopeLabel: account.name,
    accountName: account.name,
    ...(owner?.name ? { accountOwner: owner.name } : {}),
    totals: [],
  };
  if (query.record === 'interaction') {
    if ((await visibility.access(account.ownerId, 'interaction')) !== 'full') return { ...base, total: 0 };
    // "When did we last talk to their CFO?": the interactions with the contacts of that role.
    const people = query.contactRole
      ? contactsInRole(await services.store.contacts.find({ accountId: account._id }), query.contactRole)
      : [];
    if (query.contactRole && !people.length) return { ...base, total: 0, contacts: [] };
    const interactions = await services.store.interactions.find(
      {
        accountId: account._id,
        ...(people.length ? { contactId: { $in: people.map((c) => c._id) } } : {}),
        // "when did i last email them": the latest of that kind.
        ...(query.interactionTypes?.length ? { type: { $in: query.interactionTypes } } : {}),
        // "have i called globex recently": the caller's own.
        ...((query.asksWhether === 'mine' || query.ownInteractions) && caller.userId
          ? { userId: caller.userId }
          : {}),
      },
      { sort: { occurredAt: -1 }, limit: query.limit ?? 1 },
    );
    const users = new Map((await services.store.users.find({})).map((u) => [u._id, u.name]));
    return {
      ...base,
      total: interactions.length,
      ...(people.length ? { contacts: people.map(contactRow) } : {}),
      interactions: interactions.map((i) => ({
        id: i._id,
        type: i.type,
        occurredAt: i.occurredAt.toISOString(),
        summary: i.summary,
        ...(i.userId && users.get(i.userId) ? { byName: users.get(i.userId)! } : {}),
      })),
    };
  }
  if ((await visibility.access(account.ownerId, 'contact')) === 'none') return { ...base, total: 0 };
  const contacts = await services.store.contacts.find({ accountId: account._id });
  const matching = query.contactRole ? contactsInRole(contacts, query.contactRole) : contacts;
  return { ...base, total: matching.length, contacts: matching.map(contactRow) };
}

/** Contacts with a buying role (`decision_maker`, `champion`), a kind of job or a title word ("CEO"). */
function contactsInRole(contacts: Contact[], role: string): Contact[] {
  return contacts.filter((c) => hasContactRole(c, role));
}

function contactRow(c: Contact): ContactRow {
  return {
    id: c._id,
    name: `${c.firstName} ${c.lastName}`,
    ...(c.title ? { title: c.title } : {}),
    ...(c.buyingRole ? { buyingRole: c.buyingRole } : {}),
  };
}

/**
 * How many records of one kind each account holds: contacts still at the company, deals (open ones)
 * and cases (open or pending ones) the caller sees in full.
 */
async function relatedCounts(
  { services }: SkillContext,
  visibility: RecordVisibility,
  of: NonNullable<RecordQuery['relatedCount']>['of'],
  accountIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (accountId: string | undefined) => {
    if (accountId) counts.set(accountId, (counts.get(accountId) ?? 0) + 1);
  };
  const within = { accountId: { $in: [...accountIds] } };
  if (of === 'contacts') {
    const contacts = await services.store.contacts.find(within, { projection: { accountId: 1, leftAt: 1 } });
    for (const c of contacts) if (!c.leftAt) add(c.accountId);
  } else if (of === 'deals' || of === 'openDeals') {
    const deals = await services.store.deals.find(
      of === 'openDeals' ? { ...within, stage: { $in: [...OPEN_STAGES] } } : within,
      { projection: { accountId: 1, ownerId: 1 } },
    );
    for (const d of await visibility.onlyFull(deals, (deal) => deal.ownerId, 'deal')) add(d.accountId);
  } else {
    const cases = await services.store.cases.find(
      of === 'openCases' ? { ...within, status: { $in: [...OPEN_CASE_STATUSES] } } : within,
      { projection: { accountId: 1 } },
    );
    for (const c of cases) add(c.accountId);
  }
  return counts;
}

/**
 * Accounts by region, status and owner, counted or listed: with owner `all`, the accounts the caller
 * sees in full (a rep's or manager's team's and unowned ones; every account for admins); with an
 * owner ("my accounts", "Sam's accounts", "the team's"), that owner's, where the caller may look.
 */
async function accountsMatching(
  query: RecordQuery,
  context: SkillContext,
  visibility: RecordVisibility,
): Promise<RecordQueryResult> {
  const { services, caller } = context;
  const filter: Filter = {};
  if (query.region) filter.region = query.region;
  if (query.accountStatus) filter.status = query.accountStatus;
  if (query.industry)
    filter.industry = new RegExp(`^${query.industry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  if (query.country)
    filter.country = new RegExp(`^${query.country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  // `all`: every account the caller sees in full; otherwise that owner's (where the caller may look).
  let label =
    caller.role === 'admin' || caller.role === 'marketing' ? 'all accounts' : 'accounts you can see';
  if (!('scope' in query.owner) || query.owner.scope !== 'all') {
    const scope = await resolveDealScope(services, caller, query.owner);
    Object.assign(filter, ownerFilter(scope));
    label = scope.label === 'your deals' ? 'your accounts' : `${scope.label}'s accounts`;
  }
  const found = await services.store.accounts.find(filter, {
    projection: { name: 1, ownerId: 1, region: 1, status: 1, industry: 1, country: 1, size: 1, employees: 1 },
    sort: { name: 1 },
  });
  let accounts = await visibility.onlyFull(found, (a) => a.ownerId, 'account');
  // "accounts with 10,000+ employees", "customers with fewer than 50 staff": by their headcount
  // (an account with none recorded is in neither).
  if (query.minEmployees !== undefined || query.maxEmployees !== undefined)
    accounts = accounts.filter(
      (a) =>
        a.employees !== undefined &&
        (query.minEmployees === undefined || a.employees >= query.minEmployees) &&
        (query.maxEmployees === undefined || a.employees <= query.maxEmployees),
    );
  // "any accounts with no contacts at all", "any accounts with no owner": those missing it.
  if (query.missing === 'owner') accounts = accounts.filter((a) => !a.ownerId);
  if (query.missing === 'contact') {
    const withContacts = new Set(
      await services.store.contacts.distinct<string>('accountId', {
        accountId: { $in: accounts.map((a) => a._id) },
      }),
    );
    accounts = accounts.filter((a) => !withContacts.has(a._id));
  }
  // "my accts w/ more than 5 contacts", "accounts with at least 3 open deals": by how many they hold, the most first.
  const held = query.relatedCount
    ? await relatedCounts(
        context,
        visibility,
        query.relatedCount.of,
        accounts.map((a) => a._id),
      )
    : undefined;
  if (query.relatedCount && held) {
    const { min, max } = query.relatedCount;
    accounts = accounts
      .filter((a) => {
        const n = held.get(a._id) ?? 0;
        return (min === undefined || n > min) && (max === undefined || n < max);
      })
      .sort((a, b) =>
        query.order === 'smallest'
          ? (held.get(a._id) ?? 0) - (held.get(b._id) ?? 0) || a.name.localeCompare(b.name)
          : (held.get(b._id) ?? 0) - (held.get(a._id) ?? 0) || a.name.localeCompare(b.name),
      );
  }
  // "which of my accounts haven't heard from us in 60 days": none logged with them since then.
  const quietFrom = query.quietDays
    ? addDays(localDayIn(services.clock(), caller.timezone), -query.quietDays)
    : undefined;
  const last = quietFrom
    ? await lastInteractionDays(
        context,
        'accountId',
        accounts.map((a) => a._id),
      )
    : undefined;
  if (quietFrom && last)
    accounts = accounts
      .filter((a) => quietSince(last.get(a._id), quietFrom))
      .sort((a, b) => byLongestSilence(last.get(a._id), last.get(b._id)));
  const statuses: Record<string, number> = {};
  for (const a of accounts) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const regions: Record<string, number> = {};
  if (query.groupBy === 'region')
    for (const a of accounts) regions[a.region ?? 'no region'] = (regions[a.region ?? 'no region'] ?? 0) + 1;
  const limit = query.limit ?? 25;
  const page = accounts.slice(query.offset ?? 0, (query.offset ?? 0) + limit);
  await visibility.preload(page.map((a) => a.ownerId));
  const rows: AccountRow[] = [];
  for (const a of page) {
    const owner = await visibility.ownerOf(a.ownerId);
    rows.push({
      id: a._id,
      name: a.name,
      status: a.status,
      ...(a.region ? { region: a.region } : {}),
      ...(owner ? { ownerName: owner.name } : {}),
      ...(last?.get(a._id) ? { lastInteraction: last.get(a._id)! } : {}),
      ...(held ? { relatedCount: held.get(a._id) ?? 0 } : {}),
    });
  }
  return {
    scopeLabel: label,
    total: accounts.length,
    totals: [],
    accounts: rows,
    accountStatuses: statuses,
    ...(query.groupBy === 'region' ? { accountRegions: regions } : {}),
    ...(query.breakdown
      ? {
          breakdown: rowsAsked(
            countedBy(accounts, (a) => accountValue(a, query.breakdown!)),
            query.breakdownValues,
          ),
        }
      : {}),
    ...(quietFrom ? { quietSince: quietFrom } : {}),
  };
}

/**
 * The rest of the caller's day besides the tasks due: the interactions logged for today (a meeting
 * or call set for later today included) and the next open task due after today.
 */
async function restOfDay(
  { services, caller }: SkillContext,
  today: string,
  open: readonly Task[],
): Promise<Pick<RecordQueryResult, 'todayInteractions' | 'nextTask'>> {
  const found = await services.store.interactions.find(
    {
      userId: caller.userId,
      occurredAt: {
        $gte: startOfLocalDay(today, caller.timezone),
        $lt: startOfLocalDay(dayAfter(today), caller.timezone),
      },
    },
    { sort: { occurredAt: 1 } },
  );
  const accounts = new Map(
    (
      await services.store.accounts.find(
        { _id: { $in: [...new Set(found.map((i) => i.accountId).filter(Boolean))] } },
        { projection: { name: 1 } },
      )
    ).map((a) => [a._id, a.name]),
  );
  const next = open.find((t) => t.dueAt && calendarDayOf(t.dueAt) > today);
  return {
    todayInteractions: found.map((i) => ({
      id: i._id,
      type: i.type,
      occurredAt: i.occurredAt.toISOString(),
      summary: i.summary,
      ...(i.accountId && accounts.get(i.accountId) ? { accountName: accounts.get(i.accountId)! } : {}),
    })),
    ...(next
      ? {
          nextTask: {
            id: next._id,
            title: next.title,
            status: next.status,
            dueDate: calendarDayOf(next.dueAt!),
          },
        }
      : {}),
  };
}
