import {
  pipelineSummary,
  type ForecastAgainstTarget,
  type PipelineSummary,
} from '../../skills/pipeline-summary';
import { customerView } from '../../skills/customer-view';
import {
  queryRecords,
  queryRecordsAllows,
  type DealRow,
  type PersonRow,
  type RecordQueryResult,
} from '../../skills/query-records';
import type { Caller } from '../../skills/skill';
import { countryWithArticle, jobKindsPlural, type QueryOwner, type RecordQuery } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import {
  formatCalendarDay,
  formatDate,
  formatMoneyExact,
  formatMoneyList,
  formatMoney,
  formatStage,
} from '../replies/format';
import { ownedElsewhereReply } from '../replies/limited-replies';
import type { Reply } from '../reply';
import type { IntentHandler, IntentTurn } from './intent-handler';
import { dealMetricReply, quietWords } from './deal-metric-replies';
import { employeesWords, fieldBreakdownReply } from './field-breakdown-replies';
import {
  dayReply,
  inStageWords,
  memberActivityReply,
  memberTasksReply,
  quietAccountsReply,
  quietContactsReply,
} from './day-and-team-replies';
import { lossReasonsReply, rankedRowReply } from './list-row-replies';
import { forecastCategoryLines, forecastCategoryWords } from './forecast-category-replies';
import {
  closedDealsComparison,
  metricComparison,
  moversAnswer,
  summaryComparison,
} from './period-comparison-answer';
import { standingAnswer } from './standing-answer';
import { periodSeriesAnswer } from './period-series-answer';
import { accountOfShownDeals, dealContactAnswer } from './shown-deal-account';
import { oneToOnePrepAnswer } from './one-to-one-prep-answer';
import { addToPeopleShown, settleFirstName } from './first-name-person';
import { accountViewFieldAnswer, isAccountViewField } from './account-view-answers';
import { todayIn, type RecordQuestion } from '../understanding/record-question';
import { activityFollowsLastAccount } from '../understanding/activity-account-follow-up';
import type { Understanding } from '../routing/understanding';
import {
  activityReply,
  dealTypesWords,
  ownerRankingReply,
  peopleReply,
  regionRankingReply,
  accountRankingReply,
} from './record-query-replies';

/** A calendar day (`YYYY-MM-DD`) as people read it: "22 Dec 2026", the same in every time zone. */
export function formatDay(day: string): string {
  return formatCalendarDay(day);
}

/** Who a question means when it does not say: a rep their own deals, a manager their team's, an admin everyone's. */
function defaultOwner(caller: Caller): QueryOwner {
  return { scope: caller.role === 'manager' ? 'team' : caller.role === 'admin' ? 'all' : 'mine' };
}

/**
 * A manager owns no deals or accounts: "how's my pipeline looking", "my deals closing this month",
 * "how many accounts do I have" from a manager mean the team's (as "my top deals" does), not the
 * manager's own empty list.
 */
function managersMine(owner: QueryOwner, caller: Caller): QueryOwner {
  return caller.role === 'manager' && 'scope' in owner && owner.scope === 'mine' ? { scope: 'team' } : owner;
}

/** A question about deals ("who owns the hooli deal"), which support is not told, whatever the account. */
const DEAL_WORDS = /\b(?:deals?|opportunit(?:y|ies)|pipeline|forecast)\b/i;

/** Plain words, and no suggestion of things the role may not use ("help" lists only what it may). */
const NOT_FOR_ROLE: Reply = {
  text:
    "Sorry, I can't show you that: deals, pipelines and forecasts are for the sales team. " +
    'Say "help" to see what I can do for you.',
  buttons: [{ title: 'What can you do?', value: 'help' }],
};

/** An analyst asking for records in chat: the figures are here, the records on the command line. */
const NOT_FOR_ANALYST: Reply = {
  text:
    "Sorry, that isn't available to you in chat: I give analysts statistics of the deals (win rate, deal size, sales cycle, deals won or lost, breakdowns such as revenue by industry or lost deals by reason, lead conversion), not the records or a collection's size; " +
    'for those use `crmpro export deals --format csv --out deals.csv` or `crmpro data profile deals --report DIR`.',
};

/**
 * The query an analyst's question stands for: deals won or lost in two periods set side by side
 * ("deals won this quarter compared with last quarter") are counted in each, not listed.
 */
function analystsQuery(question: Extract<RecordQuestion, { kind: 'query' }>): RecordQuery {
  const query = question.query;
  // "lost reasons this year": the lost deals counted and summed by their reason (never listed).
  if (question.lossReasons) {
    const { limit: _rows, offset: _from, order: _order, ...counted } = query;
    return { ...counted, aggregate: 'count', breakdown: 'lostReason' };
  }
  const closed = query.status === 'won' || query.status === 'lost';
  return question.comparedWith && closed && query.aggregate === 'list'
    ? { ...query, aggregate: 'count' }
    : query;
}

const ANALYSTS_DEALS_ELSEWHERE = 'The deals themselves: `crmpro export deals --format csv --out deals.csv`.';

/**
 * An analyst's statistic over the whole CRM ("what's our overall win rate", "win rate by source",
 * "average sales cycle", "how many deals were won in total"): everyone's deals unless a rep or a team
 * is named, over all time unless a period is said (a rep's default quarter means nothing to an
 * analyst), never the deals themselves (the skill returns none to an analyst).
 */
async function analystStatistics(
  question: Extract<RecordQuestion, { kind: 'query' }>,
  caller: Caller,
  skills: Parameters<IntentHandler['handle']>[0]['skills'],
  memory: ConversationMemory,
): Promise<Reply> {
  const query: RecordQuery = {
    ...analystsQuery(question),
    owner: 'scope' in question.query.owner ? { scope: 'all' } : question.query.owner,
  };
  // "deals won this quarter compared with last quarter", "win rate this year vs last": the two periods.
  if (question.comparedWith)
    return ['average', 'median', 'winRate'].includes(query.aggregate)
      ? metricComparison(query, question.comparedWith, caller, skills)
      : closedDealsComparison(query, question.comparedWith, caller, skills, { why: false });
  // "deals won per quarter": the figure period by period (counts and totals, never the deals).
  if (query.perPeriod) {
    memory.lastDealQuery = query;
    memory.lastDeals = [];
    memory.lastFocus = 'deals';
    return periodSeriesAnswer(query, caller, skills);
  }
  if (question.periodAssumed) {
    delete query.closedFrom;
    delete query.closedTo;
  }
  const figures = recordsReply(query, await skills.call(queryRecords, query, caller), caller);
  // A breakdown's groups are figures; the deals in them stay with the command line.
  const reply = query.breakdown
    ? { ...figures, text: `${figures.text}\n${ANALYSTS_DEALS_ELSEWHERE}` }
    : figures;
  // "and for upsells?", "what about last year": the same statistic with the one thing changed (no
  // deals are shown, so there are none to pick from).
  memory.lastDealQuery = query;
  memory.lastDeals = [];
  memory.lastFocus = 'deals';
  return reply;
}

/** The skills as seen by a question an analyst may not query records for: query-records is not theirs for it. */
function analystSkills(
  skills: Parameters<IntentHandler['handle']>[0]['skills'],
): Parameters<IntentHandler['handle']>[0]['skills'] {
  return Object.assign(Object.create(skills) as typeof skills, {
    mayCall: (skill: Parameters<typeof skills.mayCall>[0], caller: Caller) =>
      skill !== (queryRecords as unknown) && skills.mayCall(skill, caller),
  });
}

/** A deal as a row of a list; without its owner's name when the row is already under it (`ownerSaid`). */
function dealLine(deal: DealRow, ownerSaid = false): string {
  const closing = deal.closedAt
    ? `closed ${formatDay(deal.closedAt)}`
    : `closes ${formatDay(deal.closeDate)}`;
  // Ordered by age ("open the longest"): since when it has been in the CRM.
  const when = deal.createdOn
    ? `${deal.closedAt ? 'created' : 'open since'} ${formatDay(deal.createdOn)} · ${closing}`
    : closing;
  const inStage = deal.daysInStage !== undefined ? ` for ${deal.daysInStage} days` : '';
  const category = deal.forecastCategory ? ` (${deal.forecastCategory.replace('_', ' ')})` : '';
  return `${deal.name} — ${formatMoney(deal.amount, deal.currency)} · ${formatStage(deal.stage)}${category}${inStage} · ${when}${deal.ownerName && !ownerSaid ? ` · ${deal.ownerName}` : ''}${deal.lostReason ? ` · ${deal.lostReason}` : ''}`;
}

/** A group of `groupBy` as a heading says it: "in each region", "per rep". */
const EACH_GROUP_WORDS: Record<NonNullable<RecordQuery['groupBy']>, string> = {
  region: 'in each region',
  owner: 'per rep',
  account: 'for each account',
  type: 'of each deal type',
  source: 'from each source',
  industry: 'in each industry',
  country: 'in each country',
  stageReached: 'of each stage reached',
  size: 'of each deal size',
};

/**
 * The first deals of each group ("biggest open deal in each region"): "Biggest open deal in each
 * region (everyone):" and a line per group, or with several per group, each group's deals under it.
 */
function groupTopsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const groups = result.groupTops ?? [];
  const state = query.status === 'won' ? 'won ' : query.status === 'lost' ? 'lost ' : 'open ';
  const types = dealTypesWords(query);
  const kinds = `${state}${types ? `${types} ` : ''}deals`;
  const filters = describe(query);
  const whose = `(${result.scopeLabel})`;
  const end = query.order === 'smallest' ? 'smallest' : 'biggest';
  const each = EACH_GROUP_WORDS[query.groupBy ?? 'owner'];
  const several = (query.limit ?? 1) > 1;
  const what = several
    ? `The ${query.limit} ${end} ${kinds}`
    : `${end[0]!.toUpperCase()}${end.slice(1)} ${kinds.replace(/s$/, '')}`;
  const head = `${what} ${each} ${filters} ${whose}`.replace(/\s+/g, ' ');
  if (!groups.length)
    return { text: `No ${kinds} ${filters} ${whose}.`.replace(/\s+/g, ' ').replace(' .', '.') };
  const name = (group: string) => group.replace(/_/g, ' ');
  const lines = several
    ? groups.flatMap((g) => [
        `${name(g.name)} (${g.count} ${g.count === 1 ? kinds.replace(/s$/, '') : kinds}):`,
        ...g.deals.map((d) => `• ${dealLine(d, query.groupBy === 'owner')}`),
      ])
    : groups.map((g) => `• ${name(g.name)}: ${dealLine(g.deals[0]!, query.groupBy === 'owner')}`);
  return { text: [`${head}:`, ...lines].join('\n') };
}

/** Where deals came from, as words after "from". */
const SOURCE_WORDS: Record<NonNullable<RecordQuery['dealSources']>[number], string> = {
  web: 'the website',
  referral: 'referrals',
  event: 'events',
  outbound: 'outbound prospecting',
  partner: 'partners',
};

const MISSING_WORDS: Record<NonNullable<RecordQuery['missing']>, { none: string; has: string }> = {
  contact: { none: 'with no contacts', has: 'has at least one contact' },
  owner: { none: 'with no owner', has: 'has an owner' },
  closeDate: { none: 'with no close date', has: 'has a close date' },
  amount: { none: 'with no amount', has: 'has an amount' },
  nextStep: { none: 'with no open task as a next step', has: 'has an open task as its next step' },
};

function describe(
  query: RecordQuery,
  excludedAccountNames?: readonly string[],
  thanDeal?: RecordQueryResult['thanDeal'],
): string {
  const parts: string[] = [];
  // "bigger than that one": the deal they were set against, named with its amount or day.
  if (query.thanDeal && thanDeal)
    parts.push(
      query.thanDeal.than === 'bigger' || query.thanDeal.than === 'smaller'
        ? `${query.thanDeal.than} than ${thanDeal.name} (${formatMoney(thanDeal.amount, thanDeal.currency)})`
        : `created ${query.thanDeal.than === 'older' ? 'before' : 'after'} ${thanDeal.name} (${formatDay(thanDeal.createdOn)})`,
    );
  if (query.stages?.length) parts.push(`in ${query.stages.map(formatStage).join(' or ')}`);
  // "deals not in negotiation", "except acme": what was left out, said in the heading.
  if (query.excludeStages?.length) parts.push(`not in ${query.excludeStages.map(formatStage).join(' or ')}`);
  if (excludedAccountNames?.length) parts.push(`not at ${excludedAccountNames.join(' or ')}`);
  const categories = forecastCategoryWords(query);
  if (categories) parts.push(categories);
  if (query.dealSources?.length)
    parts.push(`from ${query.dealSources.map((s) => SOURCE_WORDS[s]).join(' or ')}`);
  if (query.minAmount !== undefined) parts.push(`over ${formatMoney(query.minAmount, 'USD')}`);
  if (query.maxAmount !== undefined) parts.push(`under ${formatMoney(query.maxAmount, 'USD')}`);
  if (query.region) parts.push(`in ${query.region}`);
  // Deals of accounts of an industry or in a country, or kept in one currency.
  if (query.record === 'deal' && query.industry) parts.push(`at ${query.industry} accounts`);
  if (query.record === 'deal' && query.country) parts.push(`in ${countryWithArticle(query.country)}`);
  if (query.currency) parts.push(`in ${query.currency}`);
  if (query.lostReason) parts.push(`lost for "${query.lostReason}"`);
  if (query.closeFrom || query.closeTo)
    parts.push(
      `closing ${query.closeFrom ? formatDay(query.closeFrom) : ''}–${query.closeTo ? formatDay(query.closeTo) : ''}`,
    );
  // "older than a month": a bound on one side only, said as such.
  if (query.createdFrom && query.createdTo)
    parts.push(`created ${formatDay(query.createdFrom)}–${formatDay(query.createdTo)}`);
  else if (query.createdFrom) parts.push(`created on or after ${formatDay(query.createdFrom)}`);
  else if (query.createdTo) parts.push(`created on or before ${formatDay(query.createdTo)}`);
  if (query.status === 'overdue') parts.push('past their close date');
  if (query.missing) parts.push(MISSING_WORDS[query.missing].none);
  if (query.quietDays) parts.push(quietWords(query.quietDays));
  // One day ("did anyone close anything yesterday"): on that day.
  if (query.closedFrom && query.closedFrom === query.closedTo)
    parts.push(`on ${formatDay(query.closedFrom)}`);
  else if (query.closedFrom && query.closedTo)
    parts.push(`${formatDay(query.closedFrom)}–${formatDay(query.closedTo)}`);
  return parts.join(', ');
}

/** A sum in one currency to the unit beside its rounded form ("$1M ($1,028,900)"); nothing when they agree. */
function exactSum(totals: ReadonlyArray<{ amount: number; currency: string }>, rounded: string): string {
  if (totals.length !== 1) return '';
  const exact = formatMoneyExact(totals[0]!.amount, totals[0]!.currency);
  return exact === rounded ? '' : ` (${exact})`;
}

/** The won deals at one account summed over all time: the account's lifetime value. */
function isLifetimeValue(query: RecordQuery): boolean {
  return (
    query.status === 'won' &&
    query.aggregate === 'sum' &&
    Boolean(query.accountId) &&
    !query.closedFrom &&
    !query.closedTo &&
    !query.stages?.length &&
    !query.dealTypes?.length &&
    !query.dealSources?.length &&
    query.minAmount === undefined &&
    query.maxAmount === undefined
  );
}

/** "Acme Corporation's lifetime value: $1.2M ($1,234,500), its 12 won deals added up over all time." */
function lifetimeValueReply(result: RecordQueryResult, dealsAccount: string | undefined): Reply {
  const account = result.accountName ?? dealsAccount ?? 'This account';
  if (!result.total)
    return { text: `${account} has no won deals yet (${result.scopeLabel}), so no lifetime value to count.` };
  const total = formatMoneyList(result.totals);
  const deals = result.total === 1 ? 'its one won deal' : `its ${result.total} won deals added up`;
  return {
    text: `${account}'s lifetime value: ${total}${exactSum(result.totals, total)}, ${deals} over all time (${result.scopeLabel}${result.totals.length > 1 ? '; amounts in different currencies are not added together' : ''}).`,
  };
}

/** Which rows of `total` a list shows: "; the first 25", "; 26–42", or nothing when it shows them all. */
function rowsShown(total: number, shown: number, offset = 0): string {
  if (!offset) return total > shown ? `; the first ${shown}` : '';
  return `; ${offset + 1}–${offset + shown}${offset + shown < total ? '' : ', the last of them'}`;
}

/** "show me the rest" when the last list showed every row: said so, never "none". */
function allShownReply(query: RecordQuery, total: number, noun: string): Reply | undefined {
  if (!query.offset || !total) return undefined;
  return {
    text: `That was all of them: ${total === 1 ? `the 1 ${noun.replace(/s$/, '')} was` : `all ${total} ${noun} were`} shown.`,
  };
}

function dealsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const metric = dealMetricReply(query, result);
  if (metric) return metric;
  if (query.eachGroup && result.groupTops) return groupTopsReply(query, result);
  if (query.groupBy === 'owner') return ownerRankingReply(query, result, describe(query));
  if (query.groupBy === 'region') return regionRankingReply(query, result, describe(query));
  if (query.groupBy === 'account') return accountRankingReply(query, result, describe(query));
  const deals = result.deals ?? [];
  const types = dealTypesWords(query);
  const state =
    query.status === 'won'
      ? 'won '
      : query.status === 'lost'
        ? 'lost '
        : (query.createdFrom || query.createdTo) && !query.status
          ? ''
          : 'open ';
  const kinds = `${state}${types ? `${types} ` : ''}deals`;
  const kind = result.total === 1 ? kinds.replace(/s$/, '') : kinds;
  const filters = [
    describe(query, result.excludedAccountNames, result.thanDeal),
    query.order === 'longestInStage' || query.inStageDays !== undefined ? inStageWords(query, result) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const whose = `(${result.scopeLabel})`;
  if (isLifetimeValue(query)) return lifetimeValueReply(result, deals[0]?.accountName);
  // "any team deals with no close date": none, said as such, when every deal has one.
  if (query.missing && !result.total)
    return {
      text: `None: every one of the ${kinds} (${result.scopeLabel}) ${MISSING_WORDS[query.missing].has}.`,
    };
  if (!result.total)
    return { text: `No ${kind} ${filters} ${whose}.`.replace(/\s+/g, ' ').replace(' .', '.') };
  if (!deals.length) {
    const allShown = allShownReply(query, result.total, kinds);
    if (allShown) return allShown;
  }
  const first = deals[0]!;
  if (query.field === 'closeDate')
    return {
      text: `${first.name} ${first.closedAt ? `closed on ${formatDay(first.closedAt)}` : `closes on ${formatDay(first.closeDate)}`} (${formatMoney(first.amount, first.currency)}, ${formatStage(first.stage)}).${
        // "when is the acme deal closing" when Acme has several: which one this is.
        query.order === 'soonest' && result.total > 1 && !first.closedAt
          ? ` It is the next of ${result.total} open deals (${result.scopeLabel}) to close.`
          : ''
      }`,
    };
  if (query.field === 'stage')
    return {
      text: `${first.name} is ${first.closedAt ? `${formatStage(first.stage)} (closed ${formatDay(first.closedAt)})` : `in ${formatStage(first.stage)} (closes ${formatDay(first.closeDate)})`}, ${formatMoney(first.amount, first.currency)}.`,
    };
  if (query.field === 'owner')
    return {
      text: first.ownerName ? `${first.name} is owned by ${first.ownerName}.` : `${first.name} has no owner.`,
    };
  if (query.field === 'amount')
    return {
      text: `${first.name} is worth ${formatMoney(first.amount, first.currency)} (${formatStage(first.stage)}, closes ${formatDay(first.closeDate)}).`,
    };
  const total = formatMoneyList(result.totals);
  const head =
    query.aggregate === 'count'
      ? `${result.total} ${kind} ${filters} ${whose}, worth ${total}${exactSum(result.totals, total)}.`
      : query.aggregate === 'sum'
        ? `${kind[0]!.toUpperCase()}${kind.slice(1)} ${filters} ${whose} add up to ${total}${exactSum(result.totals, total)} across ${result.total} deals.`
        : query.aggregate === 'top' && (query.order === 'oldest' || query.order === 'newest')
          ? `The ${deals.length === 1 ? `${kinds.replace(/s$/, '')}` : `${deals.length} ${kinds}`} ${query.order === 'oldest' ? (query.status ? 'created first' : 'open the longest') : 'created last'} ${filters} ${whose}, of ${result.total}:`
          : query.aggregate === 'top'
            ? `The ${deals.length === 1 ? 'biggest' : `${deals.length} biggest`} ${kind} ${filters} ${whose}:`
            : `${result.total} ${kind} ${filters} ${whose}, worth ${total}${exactSum(result.totals, total)}${rowsShown(result.total, deals.length, query.offset)}:`;
  // Lost deals say why they were lost: every recorded reason with how many of them, most first.
  const reasons = Object.entries(result.lostReasons ?? {}).sort((a, b) => b[1] - a[1]);
  const why = reasons.length
    ? [`By reason: ${reasons.map(([reason, n]) => `${reason} ${n}`).join(', ')}.`]
    : [];
  const text = [
    head.replace(/\s+/g, ' ').replace(' ,', ','),
    ...why,
    ...forecastCategoryLines(result),
    ...deals.map((d) => `• ${dealLine(d)}`),
  ].join('\n');
  return { text };
}

const STATUS_WORDS: Record<string, [string, string]> = {
  customer: ['customer', 'customers'],
  prospect: ['prospect', 'prospects'],
  churned: ['churned', 'churned'],
};

/** "By region: NA 153, EMEA 118, …", the most first. */
function accountRegionsLine(regions: Record<string, number>): string {
  const counts = Object.entries(regions).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `By region: ${counts.map(([region, n]) => `${region} ${n}`).join(', ')}.`;
}

/** "None: every account (all accounts) has an owner." or the accounts missing it, by name. */
function accountsMissingReply(query: RecordQuery, result: RecordQueryResult, which: string): Reply {
  const words = MISSING_WORDS[query.missing!];
  if (!result.total) return { text: `None: every one of the ${which} ${words.has}.` };
  const shown = result.accounts ?? [];
  const head = `${result.total} ${result.total === 1 ? which.replace(/s\b/, '') : which} ${words.none}.`;
  if (query.aggregate === 'count') return { text: head };
  const more = result.total > shown.length ? `\nThe first ${shown.length}, by name:` : '';
  return {
    text: [
      head + more,
      ...shown.map(
        (a) =>
          `• ${a.name} — ${a.status}${a.region ? `, ${a.region}` : ''}${a.ownerName ? `, ${a.ownerName}` : ''}`,
      ),
    ].join('\n'),
  };
}

/** What accounts a query asks for, in words: "Healthcare customers in the United Kingdom". */
function accountsNoun(query: RecordQuery): { noun: string; where: string } {
  const noun = `${query.industry ? `${query.industry} ` : ''}${query.accountStatus ? STATUS_WORDS[query.accountStatus]![1] : 'accounts'}`;
  const places = [query.region, query.country && countryWithArticle(query.country)];
  const employees = employeesWords(query);
  return {
    noun,
    where: places.map((place) => (place ? ` in ${place}` : '')).join('') + (employees ? ` ${employees}` : ''),
  };
}

/** "who owns them" after accounts were shown: those accounts grouped by their owner. */
function accountOwnersReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const { noun, where } = accountsNoun(query);
  const accounts = result.accounts ?? [];
  if (!accounts.length) return { text: `No ${noun}${where} (${result.scopeLabel}).` };
  const byOwner = new Map<string, string[]>();
  for (const account of accounts) {
    const owner = account.ownerName ?? 'No owner';
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), account.name]);
  }
  const more = result.total > accounts.length ? ` (the first ${accounts.length} of ${result.total})` : '';
  return {
    text: [
      `Owners of the ${noun}${where}${more}:`,
      ...[...byOwner].map(([owner, names]) => `• ${owner}: ${names.join(', ')}`),
    ].join('\n'),
  };
}

/**
 * People at the accounts of a place, industry, region or status ("decision makers at german
 * accounts"), or who have left their company ("how many contacts have left their company"): no one
 * account is meant, so none is asked for or taken from the conversation.
 */
function atAccountsOfAPlace(query: RecordQuery): boolean {
  return (
    query.record === 'contact' &&
    !query.accountId &&
    !query.field &&
    !query.contactIds?.length &&
    !query.quietDays &&
    Boolean(
      query.country ||
      query.industry ||
      query.region ||
      query.accountStatus ||
      query.contactsLeft ||
      query.contactEmail ||
      (query.contactRole && query.aggregate !== 'top'),
    )
  );
}

/** What an e-mail standing says of the people counted: "have opted out of marketing e-mail". */
const EMAIL_STANDING_WORDS: Record<NonNullable<RecordQuery['contactEmail']>, [string, string]> = {
  optedOut: ['has opted out of marketing e-mail', 'have opted out of marketing e-mail'],
  none: ['has no e-mail address', 'have no e-mail address'],
  emailable: [
    'can be sent marketing e-mail (an address, not opted out, still at the company)',
    'can be sent marketing e-mail (an address, not opted out, still at the company)',
  ],
};

/** The people a role word names, in the plural: "decision makers", "CFOs", "contacts". */
function peopleNoun(role: string | undefined, count: number): string {
  // Kinds of job ("it_manager+head_of_it") are named as asked, so the reader sees what was counted.
  const kinds = role ? jobKindsPlural(role) : undefined;
  if (kinds) return count === 1 ? `contact of the ${kinds}` : kinds;
  const word = (role ?? 'contact').replace(/_/g, ' ').replace(/^c[a-z]o$/, (title) => title.toUpperCase());
  return count === 1 ? word : `${word}s`;
}

/**
 * "23 decision makers at the 24 accounts in Germany (all accounts)", then the people by account with
 * their title and e-mail (never a phone): the people at the accounts of a place, industry or status.
 */
function peopleAtAccountsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const { noun, where } = accountsNoun(query);
  const accounts = result.accountCount ?? 0;
  const whose = `(${result.scopeLabel})`;
  // One account asked of ("which globex contacts can get our marketing emails"): named, not counted.
  if (!accounts && result.accountName) return { text: `I can't see the contacts at ${result.accountName}.` };
  if (!accounts)
    return { text: `No ${noun}${where} ${whose}, so no ${peopleNoun(query.contactRole, 2)} there.` };
  const at = result.accountName
    ? `at ${result.accountName}`
    : `at the ${accounts} ${accounts === 1 ? noun.replace(/s$/, '') : noun}${where} ${whose}`;
  const standing = query.contactEmail ? EMAIL_STANDING_WORDS[query.contactEmail] : undefined;
  // "contacts with no email in germany" when every one has one: said plainly, not as a double negative.
  if (!result.total && query.contactEmail === 'none' && !query.contactsLeft)
    return { text: `Every ${peopleNoun(query.contactRole, 1)} ${at} has an e-mail address.` };
  if (!result.total)
    return {
      text: `No ${peopleNoun(query.contactRole, 2)} ${at}${query.contactsLeft ? ' have left their company' : ''}${standing ? ` ${standing[1]}` : ''}.`,
    };
  const left =
    result.peopleLeft && !query.contactsLeft
      ? ` ${result.peopleLeft} of them ${result.peopleLeft === 1 ? 'has' : 'have'} left their company.`
      : '';
  // "how many contacts have left their company": those people only, said so.
  const gone =
    (query.contactsLeft ? ` ${result.total === 1 ? 'has' : 'have'} left their company` : '') +
    (standing ? `${query.contactsLeft ? ' and' : ''} ${standing[result.total === 1 ? 0 : 1]}` : '');
  const head = `${result.total.toLocaleString('en-US')} ${peopleNoun(query.contactRole, result.total)} ${at}${gone}.${left}`;
  if (query.aggregate === 'count') return { text: head };
  const rows = result.peopleAtAccounts ?? [];
  const more = result.total > rows.length ? `\nThe first ${rows.length}, by account:` : '';
  return {
    text: [
      head + more,
      ...rows.map(
        (c) =>
          `• ${c.name}${c.title ? ` (${c.title})` : ''} — ${c.accountName}${c.email ? ` · ${c.email}` : ''}`,
      ),
    ].join('\n'),
  };
}

/** The kinds of records an account is counted by, in words (one, many). */
const RELATED_WORDS: Record<NonNullable<RecordQuery['relatedCount']>['of'], [string, string]> = {
  contacts: ['contact', 'contacts'],
  deals: ['deal', 'deals'],
  openDeals: ['open deal', 'open deals'],
  cases: ['case', 'cases'],
  openCases: ['open case', 'open cases'],
};

/** "with more than 5 contacts", "with at least 3 open deals", "with fewer than 2 contacts". */
function relatedCountWords(count: NonNullable<RecordQuery['relatedCount']>): string {
  const [, many] = RELATED_WORDS[count.of];
  const bounds = [
    count.min !== undefined ? `more than ${count.min}` : '',
    count.max !== undefined ? `fewer than ${count.max}` : '',
  ].filter(Boolean);
  return ` with ${bounds.join(' and ')} ${many}`;
}

function accountsReply(query: RecordQuery, result: RecordQueryResult): Reply {
  if (query.relatedCount) return accountsByCountReply(query, result);
  const { noun, where } = accountsNoun(query);
  const whose = `(${result.scopeLabel})`;
  if (query.missing) return accountsMissingReply(query, result, `${noun}${where} ${whose}`);
  if (!result.total) return { text: `No ${noun}${where} ${whose}.` };
  const split = Object.entries(result.accountStatuses ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${n} ${STATUS_WORDS[status]?.[n === 1 ? 0 : 1] ?? status}`)
    .join(', ');
  const head = `${result.total} ${result.total === 1 ? noun.replace(/s$/, '') : noun}${where} ${whose}${query.accountStatus ? '' : `: ${split}`}.`;
  const shown = result.accounts ?? [];
  if (result.accountRegions) return { text: `${head}\n${accountRegionsLine(result.accountRegions)}` };
  if (query.aggregate === 'count') return { text: head };
  if (!shown.length) {
    const allShown = allShownReply(query, result.total, noun);
    if (allShown) return allShown;
  }
  const more = query.offset
    ? `\n${query.offset + 1}–${query.offset + shown.length}, by name:`
    : result.total > shown.length
      ? `\nThe first ${shown.length}, by name:`
      : '';
  return {
    text: [
      head + more,
      ...shown.map(
        (a) =>
          `• ${a.name} — ${a.status}${a.region ? `, ${a.region}` : ''}${a.ownerName ? `, ${a.ownerName}` : ''}`,
      ),
    ].join('\n'),
  };
}

/** Accounts kept by how many records of a kind they hold, the most first, each with its count. */
function accountsByCountReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const count = query.relatedCount!;
  const { noun, where } = accountsNoun(query);
  const said = `${noun}${where}${relatedCountWords(count)}`;
  const whose = `(${result.scopeLabel})`;
  if (!result.total) return { text: `No ${said} ${whose}: none.` };
  // "which account has the most contacts": the first named, then the next ones with their counts.
  if (query.order === 'biggest' || query.order === 'smallest') return accountsRankedReply(query, result);
  const head = `${result.total} ${result.total === 1 ? said.replace(/^(\S*?)s\b/, '$1') : said} ${whose}`;
  if (query.aggregate === 'count') return { text: `${head}.` };
  const shown = result.accounts ?? [];
  const [one, many] = RELATED_WORDS[count.of];
  const more =
    result.total > shown.length ? `; the first ${shown.length}, the most first` : ', the most first';
  return {
    text: [
      `${head}${more}:`,
      ...shown.map(
        (a) =>
          `• ${a.name} — ${a.relatedCount ?? 0} ${a.relatedCount === 1 ? one : many} · ${a.status}${a.region ? `, ${a.region}` : ''}${a.ownerName ? `, ${a.ownerName}` : ''}`,
      ),
    ].join('\n'),
  };
}

/**
 * Accounts ranked by how many records of a kind they hold ("which account has the most contacts",
 * "the customer with the fewest open deals"): the first with its count, those tied with it, and
 * the next ones.
 */
function accountsRankedReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const shown = result.accounts ?? [];
  const [one, many] = RELATED_WORDS[query.relatedCount!.of];
  const counted = (n: number) => `${n} ${n === 1 ? one : many}`;
  const first = shown[0]!;
  const n = first.relatedCount ?? 0;
  const tied = shown.filter((a) => (a.relatedCount ?? 0) === n);
  const most = query.order !== 'smallest';
  const { noun, where } = accountsNoun(query);
  const names = tied.map((a) => a.name);
  const lead =
    tied.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} have the ${most ? 'most' : 'fewest'} ${many}, ${n} each`
      : `${first.name} has the ${most ? 'most' : 'fewest'} ${many}: ${n}`;
  return {
    text: [
      `${lead} (of ${result.total} ${noun}${where}, ${result.scopeLabel}).`,
      `${most ? 'Most' : 'Fewest'} first:`,
      ...shown.map(
        (a) =>
          `• ${a.name} — ${counted(a.relatedCount ?? 0)} · ${a.status}${a.region ? `, ${a.region}` : ''}${a.ownerName ? `, ${a.ownerName}` : ''}`,
      ),
    ].join('\n'),
  };
}

function recordsReply(query: RecordQuery, result: RecordQueryResult, caller: Caller): Reply {
  if (query.breakdown && result.breakdown) return fieldBreakdownReply(query, result);
  if (query.record === 'deal') return dealsReply(query, result);
  if (query.record === 'account')
    return query.quietDays ? quietAccountsReply(query, result) : accountsReply(query, result);
  if (query.record === 'contact' && result.peopleAtAccounts) return peopleAtAccountsReply(query, result);
  if (query.record === 'contact' && query.quietDays && result.quietContacts)
    return quietContactsReply(query, result);
  if (query.record === 'task' && result.memberTasks) return memberTasksReply(query, result);
  if (query.record === 'task' && query.agenda && result.scopeLabel === 'your tasks')
    return dayReply(query, result, caller.timezone);
  if (query.record === 'interaction' && result.memberActivity) return memberActivityReply(query, result);
  if (query.record === 'task') {
    const tasks = result.tasks ?? [];
    const due =
      query.closeFrom && query.closeTo
        ? query.closeFrom === query.closeTo
          ? ` due ${formatDay(query.closeTo)}`
          : ` due ${formatDay(query.closeFrom)}–${formatDay(query.closeTo)}`
        : query.closeTo
          ? ` due by ${formatDay(query.closeTo)}`
          : '';
    const yours = result.scopeLabel === 'your tasks';
    // "next step?" after an account or deals: the tasks on those only, said so.
    const where = result.accountName
      ? ` at ${result.accountName}`
      : query.dealIds?.length
        ? ` on ${query.dealIds.length === 1 ? 'that deal' : 'those deals'}`
        : '';
    if (!tasks.length && result.total) {
      const allShown = allShownReply(query, result.total, 'tasks');
      if (allShown) return allShown;
    }
    if (!tasks.length)
      return {
        text: yours
          ? `You have no ${query.status === 'overdue' ? 'overdue' : 'open'} tasks${where}${due}.`
          : `No ${query.status === 'overdue' ? 'overdue' : 'open'} tasks${where}${due} (${result.scopeLabel}).`,
      };
    return {
      text: [
        `${result.total} ${query.status === 'overdue' ? 'overdue' : 'open'} ${result.total === 1 ? 'task' : 'tasks'}${where}${due}${yours ? '' : ` (${result.scopeLabel})`}${rowsShown(result.total, tasks.length, query.offset)}:`,
        ...tasks.map(
          (t) =>
            `• ${t.title}${t.accountName && !t.title.includes(t.accountName) ? ` (${t.accountName})` : ''}${t.dueDate ? ` — due ${formatDay(t.dueDate)}` : ''}${!yours && t.ownerName ? ` · ${t.ownerName}` : ''}`,
        ),
      ].join('\n'),
    };
  }
  if (query.record === 'interaction' && query.field !== 'lastInteraction')
    return activityReply(query, result, caller.timezone);
  const account = result.accountName ?? 'that account';
  if (query.field === 'owner')
    return {
      text: result.accountOwner
        ? `${account} is owned by ${result.accountOwner}.`
        : `${account} has no owner.`,
    };
  if (query.record === 'interaction') {
    const last = result.interactions?.[0];
    const people = result.contacts?.length
      ? ` with ${result.contacts.map((c) => `${c.name}${c.title ? ` (${c.title})` : ''}`).join(', ')}`
      : '';
    if (query.contactRole && !result.contacts?.length)
      return { text: `I don't know a ${query.contactRole.replace(/_/g, ' ')} at ${account}.` };
    // "when did i last email them": the latest email, said as such.
    const kind = query.interactionTypes?.length === 1 ? query.interactionTypes[0] : undefined;
    if (query.asksWhether) return whetherContactedReply(query, account, last, caller.timezone);
    if (!last)
      return {
        text: `I have no ${kind ? `${kind}s` : 'interactions'}${people} at ${account} that you can see.`,
      };
    // "the last meetings with acme": the few latest, newest first.
    const latest = result.interactions ?? [];
    if (latest.length > 1)
      return {
        text: [
          `The last ${latest.length} ${kind ? `${kind}s` : 'interactions'} with ${account}${people}:`,
          ...latest.map(
            (i) =>
              `• ${formatDate(new Date(i.occurredAt), caller.timezone)}${kind ? '' : ` · ${i.type}`} — ${i.summary}${i.byName ? ` (${i.byName})` : ''}`,
          ),
        ].join('\n'),
      };
    const day = formatDate(new Date(last.occurredAt), caller.timezone);
    const when = kind ? day : `${last.type} on ${day}`;
    return {
      text: `Last ${kind ?? 'interaction'} with ${account}${people}: ${when} — ${last.summary}${last.byName ? ` (${last.byName})` : ''}.`,
    };
  }
  const contacts = result.contacts ?? [];
  const kinds = query.contactRole ? jobKindsPlural(query.contactRole) : undefined;
  // "technical contacts at bennett? cto, security folks": the kinds asked, said, then who fits.
  if (kinds && !/^c[a-z]{1,2}o$/.test(query.contactRole ?? ''))
    return {
      text: contacts.length
        ? `${kinds[0]!.toUpperCase()}${kinds.slice(1)} at ${account}: ${contacts
            .map((c) => `${c.name}${c.title ? ` (${c.title})` : ''}`)
            .join(', ')}.`
        : `I don't know any ${kinds} at ${account}.`,
    };
  const role = (query.contactRole ?? 'contact')
    .replace(/_/g, ' ')
    .replace(/^c[a-z]o$/, (title) => title.toUpperCase());
  if (!contacts.length) return { text: `I don't know a ${role} at ${account}.` };
  return {
    text: `${role[0]!.toUpperCase()}${role.slice(1)} at ${account}: ${contacts
      .map((c) => `${c.name}${c.title ? ` (${c.title})` : ''}`)
      .join(', ')}.`,
  };
}

/** What was done, by kind: "called", "emailed", "met", "been in touch with" (any kind). */
const CONTACTED: Record<string, string> = { call: 'called', email: 'emailed', meeting: 'met' };

/** The calendar day an instant falls on in the reader's time zone, `YYYY-MM-DD`. */
function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/**
 * "has anyone called initech this month?", "have i emailed globex recently": yes or no first, then
 * the latest such interaction (the caller's own for "have i"), in the period asked or before it.
 */
function whetherContactedReply(
  query: RecordQuery,
  account: string,
  last: NonNullable<RecordQueryResult['interactions']>[number] | undefined,
  timeZone: string,
): Reply {
  const kind = query.interactionTypes?.length === 1 ? query.interactionTypes[0]! : undefined;
  const done = kind ? (CONTACTED[kind] ?? `logged a ${kind} with`) : 'been in touch with';
  const mine = query.asksWhether === 'mine';
  const from = query.occurredFrom;
  const to = query.occurredTo;
  const window =
    from && to
      ? from === to
        ? ` on ${formatCalendarDay(from)}`
        : ` between ${formatCalendarDay(from)} and ${formatCalendarDay(to)}`
      : '';
  const noun = kind ?? 'interaction';
  if (!last)
    return {
      text: `No — ${mine ? "you haven't" : 'no one has'} ${done} ${account}: there is no ${noun}${mine ? ' of yours' : ''} with ${account} that you can see.`,
    };
  const day = dayIn(last.occurredAt, timeZone);
  const on = formatDate(new Date(last.occurredAt), timeZone);
  const by = !mine && last.byName ? ` (${last.byName})` : '';
  const what = kind ? '' : ` (${last.type})`;
  if ((!from || day >= from) && (!to || day <= to))
    return {
      text: `Yes — ${mine ? 'you' : (last.byName ?? 'someone')} ${kind ? `last ${done}` : `${mine ? 'were' : 'was'} last in touch with`} ${account} on ${on}${what}: ${last.summary}.`,
    };
  return {
    text: `No — ${mine ? "you haven't" : 'no one has'} ${done} ${account}${window}. The last ${noun}${mine ? ' of yours' : ''} was on ${on}${what}: ${last.summary}${by}.`,
  };
}

/** Words asking for the pipeline or the forecast against a target ("pipeline against target", "vs quota"). */
const TARGET_ASKED = /\b(?:target|quota|goal)s?\b/i;

/**
 * The summary's pipeline by stage, won and lost, and the forecast against the team's target; with
 * `targetAsked` and no target set for the period, a line saying so and how to set one.
 */
function summaryReply(summary: PipelineSummary, targetAsked = false): Reply {
  const whose = summary.scopeLabel === 'your deals' ? 'Your' : `${summary.scopeLabel}:`;
  const stages = summary.byStage
    .filter((s) => s.count)
    .map((s) => `• ${formatStage(s.stage)}: ${s.count} deals, ${formatMoneyList(s.totals)}`);
  const change = wonChange(summary.won.totals, summary.wonBefore.totals);
  return {
    title: `Pipeline — ${summary.scopeLabel}`,
    text: [
      `${whose} open pipeline: ${summary.open.count} deals worth ${formatMoneyList(summary.open.totals)}.`,
      ...stages,
      `${summary.periodLabel}: won ${summary.won.count} deals (${formatMoneyList(summary.won.totals)})${change}, lost ${summary.lost.count} (${formatMoneyList(summary.lost.totals)}).`,
      ...(summary.won.biggest.length
        ? [
            `Biggest wins: ${summary.won.biggest.map((d) => `${d.name} (${formatMoney(d.amount, d.currency)})`).join('; ')}.`,
          ]
        : []),
      ...(summary.forecastAgainstTarget ? [targetLine(summary.forecastAgainstTarget)] : []),
      ...(targetAsked && summary.targetNotSet
        ? [
            `No target is set for ${summary.targetNotSet.team} for ${summary.targetNotSet.period}, so there is nothing to hold the pipeline against. Say "set the ${summary.targetNotSet.team} target for ${summary.targetNotSet.period} to 1.2M" to set one.`,
          ]
        : []),
    ].join('\n'),
  };
}

/**
 * " (+12% on the period before)", per currency when the wins are in several (" (USD +12%, GBP −30% on
 * the period before)"): amounts in different currencies are never added up. Empty when no currency
 * won anything in both periods.
 */
function wonChange(
  now: ReadonlyArray<{ amount: number; currency: string }>,
  before: ReadonlyArray<{ amount: number; currency: string }>,
): string {
  const changes = now.flatMap((total) => {
    const earlier = before.find((b) => b.currency === total.currency)?.amount ?? 0;
    if (earlier <= 0) return [];
    const percent = Math.round(((total.amount - earlier) / earlier) * 100);
    return [{ currency: total.currency, text: `${percent >= 0 ? '+' : ''}${percent}%` }];
  });
  if (!changes.length) return '';
  if (changes.length === 1 && now.length === 1) return ` (${changes[0]!.text} on the period before)`;
  return ` (${changes.map((c) => `${c.currency} ${c.text}`).join(', ')} on the period before)`;
}

/** "Forecast against the EMEA target for 2026-Q1: weighted $1.1M of $1.2M (92%), $100k short." */
function targetLine(t: ForecastAgainstTarget): string {
  const money = (n: number) => formatMoney(n, t.target.currency);
  const gap = Math.round(t.gap);
  const standing = gap > 0 ? `${money(gap)} short` : gap < 0 ? `${money(-gap)} ahead` : 'on target';
  const others = t.otherCurrencies.length
    ? ` (not counted against it: ${formatMoneyList(t.otherCurrencies)} weighted in other currencies)`
    : '';
  return `Forecast against the ${t.team} target for ${t.period}: weighted ${money(t.weighted)} of ${money(t.target.amount)} (${Math.round(t.attainment * 100)}%), ${standing}${others}.`;
}

/** "what about last quarter" with nothing to re-run: what to look at then, with examples in its words. */
function periodAloneReply(said: string): Reply {
  const when = /^\d{4}$/.test(said) ? `in ${said}` : said;
  return {
    text: `What should I look at for ${said}? For example: "how much did I win ${when}", "how did I do ${when}" or "my deals closing ${when}".`,
  };
}

const NO_LIST_SHOWN: Reply = {
  text: 'Which list do you mean? Ask for one first, for example "my deals in negotiation", then "who owns the first one?".',
};

/** Words pointing back at several rows ("add them up", "which of those"), not at the one picked. */
const PLURAL_BACK = /\b(?:them|those|these|they|all\s+of\s+them)\b/i;

/** How many rows a superlative follow-up keeps in its order ("which one closes first?", then "the one after that"). */
const ROWS_KEPT = 25;

/** Filters a follow-up may add to the records it points back at ("which of those are in negotiation?"). */
const FILTERS = [
  'stages',
  'excludeStages',
  'excludeAccountIds',
  'dealTypes',
  'minAmount',
  'maxAmount',
  'region',
  'closeFrom',
  'closeTo',
  'status',
] as const;

/**
 * A follow-up on the last question about deals ("which one is the biggest?", "what's the total?",
 * "how many is that?", "which of those closes first?"): the last question's records, with the new
 * aggregate, order and field, and any filter the follow-up adds.
 */
function followUpOf(last: RecordQuery, now: RecordQuery, ownerGiven: boolean, today: string): RecordQuery {
  const query: RecordQuery = {
    ...last,
    aggregate: now.aggregate,
    ...(ownerGiven ? { owner: now.owner } : {}),
  };
  // A field asked of the one deal a ranking by age just gave ("who owns it?" after "which deal has
  // been open the longest"): that ranking's order and length stay, so "it" is the same deal.
  const keepsAge =
    now.field !== undefined &&
    now.order === undefined &&
    (last.order === 'oldest' || last.order === 'newest');
  for (const key of ['order', 'limit', 'field'] as const) {
    if (keepsAge && key !== 'field') continue;
    if (now[key] === undefined) delete query[key];
    else (query as unknown as Record<string, unknown>)[key] = now[key];
  }
  for (const key of FILTERS) {
    if (now[key] === undefined || (key === 'closeFrom' && now.order === 'soonest')) continue;
    (query as unknown as Record<string, unknown>)[key] = now[key];
  }
  // The next to close among them: those not yet past their close date.
  if (now.order === 'soonest' && !query.status && (!query.closeFrom || query.closeFrom < today))
    query.closeFrom = today;
  return query;
}

function ownerFor(
  given: boolean,
  owner: QueryOwner,
  caller: Caller,
  memory: ConversationMemory,
  refersToRep: boolean,
): QueryOwner {
  if (refersToRep && memory.lastRep) return { rep: memory.lastRep };
  if (!given) return defaultOwner(caller);
  // An admin sells in no team: "we", "our", "the team" from an admin mean the whole company.
  return caller.role === 'admin' && 'scope' in owner && owner.scope === 'team' ? { scope: 'all' } : owner;
}

/**
 * Whose tasks, interactions or ranked deals a question means when it does not say (or says "the
 * team" as an admin, who sells in no team): tasks are the caller's own; interactions at a named
 * account are everyone's the caller may see there; owners are ranked across the caller's team (an
 * admin's: everyone). Undefined: the usual owner.
 */
function ownerOfPeopleRecords(question: RecordQuestion, caller: Caller): QueryOwner | undefined {
  if (question.kind !== 'query') return undefined;
  const { query, ownerGiven } = question;
  const teamOfAdmin = caller.role === 'admin' && 'scope' in query.owner && query.owner.scope === 'team';
  if (query.record === 'task' && !query.groupBy)
    return ownerGiven ? (teamOfAdmin ? { scope: 'all' } : undefined) : { scope: 'mine' };
  if (query.record === 'interaction' && query.field !== 'lastInteraction' && query.accountId && !ownerGiven)
    return { scope: 'all' };
  if (query.groupBy === 'owner') {
    if (teamOfAdmin || (!ownerGiven && caller.role === 'admin')) return { scope: 'all' };
    if (!ownerGiven || ('scope' in query.owner && query.owner.scope === 'mine')) return { scope: 'team' };
  }
  return undefined;
}

/**
 * False when the role may call query-records but not to answer this: marketing asks of accounts
 * and their people only (no owner said: every account), never of deals, tasks, activity or
 * summaries. The root dialog then routes the question as for a role without the skill (marketing's
 * "top leads" goes to the lead ranking), and this handler refuses it before any call.
 */
export function recordQuestionAllowed(
  understanding: Pick<Understanding, 'question'>,
  caller: Caller,
): boolean {
  // An analyst: statistics of the deals over the whole CRM, asked outright (no follow-up on records shown).
  if (caller.role === 'analyst') {
    const question = understanding.question;
    return (
      question?.kind === 'query' &&
      !question.standing &&
      !question.refersTo &&
      !question.pickedFrom &&
      queryRecordsAllows(caller.role, analystsQuery(question))
    );
  }
  if (caller.role !== 'marketing') return true;
  const question = understanding.question;
  if (question?.kind !== 'query') return false;
  const query = question.ownerGiven
    ? question.query
    : { ...question.query, owner: { scope: 'all' as const } };
  return queryRecordsAllows(caller.role, query);
}

/**
 * The accounts a message names beside a person ("email for robert at globex"): those named surely,
 * else every account the name may be (a part of several names: "acme").
 */
function accountsNamedBeside(understanding: Understanding): string[] {
  const accounts = understanding.entities?.accounts ?? [];
  const sure = accounts.filter((a) => a.score >= 0.9);
  return (sure.length > 0 ? sure : accounts.filter((a) => a.score >= 0.8)).map((a) => a.id);
}

/** Fields of one person, answered from the contact's record. */
const PERSON_FIELDS = new Set<RecordQuery['field']>([
  'title',
  'email',
  'phone',
  'employer',
  'lastInteraction',
]);

/**
 * One field of a person ("what's David Nguyen's title", "can we email her?", "what's his number",
 * "when did we last talk to them"): the contact the question names, or the people the last answer
 * showed (kept by id in `ConversationMemory.lastContacts`, never read back from the reply). Roles
 * that may not query records (support) get the same fields from the customer view.
 */
async function personAnswer(
  question: Extract<RecordQuestion, { kind: 'query' }>,
  understanding: Understanding,
  caller: Caller,
  skills: Parameters<IntentHandler['handle']>[0]['skills'],
  memory: ConversationMemory,
): Promise<Reply> {
  const query = { ...question.query };
  // A first name alone ("email for jane"): the one contact of that name, or which one is asked.
  if (question.personFirstName) {
    const settled = await settleFirstName(
      question.personFirstName,
      query.contactIds ?? [],
      caller,
      skills,
      memory,
      accountsNamedBeside(understanding),
    );
    if ('reply' in settled) return settled.reply;
    query.contactIds = settled.contactIds;
  }
  // Named in the message, or a row of the people just shown ("whats janes title").
  let names: string[] = [...(understanding.entities?.contacts ?? []), ...(memory.lastContacts ?? [])]
    .filter((c, at, all) => query.contactIds?.includes(c.id) && all.findIndex((o) => o.id === c.id) === at)
    .map((c) => c.name);
  if (question.refersTo === 'contacts') {
    if (memory.previousFocus !== 'contacts' || !memory.lastContacts?.length) {
      // "when did we last talk to them" after an account was shown: that account's latest interaction.
      if (query.field === 'lastInteraction' && memory.lastAccount) {
        const account = { ...query, record: 'interaction' as const, accountId: memory.lastAccount.id };
        delete account.contactIds;
        if (!skills.mayCall(queryRecords, caller))
          return skills.mayCall(customerView, caller)
            ? accountViewFieldAnswer(account, memory.lastAccount.id, caller, skills, memory)
            : NOT_FOR_ROLE;
        const result = await skills.call(queryRecords, account, caller);
        memory.lastFocus = 'account';
        return recordsReply(account, result, caller);
      }
      return { text: 'Who do you mean? Name the person, for example: "what\'s Jane Cooper\'s email?"' };
    }
    // "her" after a row was picked ("whats janes title" → "and her email?"): that person.
    const picked = memory.lastContacts.filter((c) => c.id === memory.lastPicked);
    const meant = picked.length ? picked : memory.lastContacts;
    query.contactIds = meant.map((c) => c.id);
    names = meant.map((c) => c.name);
  }
  let people: PersonRow[];
  if (skills.mayCall(queryRecords, caller)) {
    people = (await skills.call(queryRecords, query, caller)).people ?? [];
  } else if (skills.mayCall(customerView, caller) && names.length) {
    // Support reads people through the customer view (the same visibility parts).
    people = [];
    for (const name of names.slice(0, 5)) {
      const view = await skills.call(customerView, { who: name }, caller);
      const c = view.contact;
      if (!c) continue;
      people.push({
        id: c.id,
        name: c.name,
        accountId: view.account.id,
        accountName: view.account.name,
        ...(c.title ? { title: c.title } : {}),
        ...(c.buyingRole ? { buyingRole: c.buyingRole } : {}),
        ...(c.email ? { email: c.email } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
        ...(c.preferences.emailOptOut ? { emailOptOut: true } : {}),
        ...(c.preferences.phoneOptOut ? { phoneOptOut: true } : {}),
        ...(c.leftAt ? { leftOn: c.leftAt.toISOString().slice(0, 10) } : {}),
        ...(query.field === 'lastInteraction' && view.interactions?.find((i) => i.contactName === c.name)
          ? (() => {
              const last = view.interactions.find((i) => i.contactName === c.name)!;
              return {
                lastInteraction: {
                  type: last.type,
                  occurredAt: last.occurredAt.toISOString(),
                  summary: last.summary,
                },
              };
            })()
          : {}),
      });
    }
  } else return NOT_FOR_ROLE;
  if (people.length) {
    if (question.pickedFrom || question.refersTo === 'contacts') {
      // A row of the people just shown ("whats janes title", "and her email?"): the list stays for the
      // next row; "her" is this one.
      if (people.length === 1) memory.lastPicked = people[0]!.id;
    } else if (question.personFirstName && people.length === 1 && addToPeopleShown(memory, people[0]!)) {
      // Kept with the people shown before, picked.
    } else {
      memory.lastContacts = people.map((p) => ({ id: p.id, name: p.name, accountId: p.accountId }));
      memory.lastContactsInOrder = true;
      delete memory.lastPicked;
    }
    memory.lastFocus = 'contacts';
    const only = people.length === 1 ? people[0]! : undefined;
    if (only?.accountName) memory.lastAccount = { id: only.accountId, name: only.accountName };
  }
  return peopleReply(query, people, caller.timezone, question.personOverview === true);
}

/**
 * Questions about records as structured queries ("deals closing this month over 200k", "when does
 * the Hooli pilot close?", "what did we last discuss with Initech?") and pipeline or team summaries
 * ("how's my pipeline", "how did Sam do last month"), answered by the query-records and
 * pipeline-summary skills under the caller's visibility. Follow-ups use the conversation's last
 * account, deals and rep.
 */
export const recordQueryHandler: IntentHandler = {
  intents: ['record_query', 'pipeline_summary'],
  capability: {
    skill: queryRecords as never,
    summary: 'answer questions about your deals, tasks and pipeline',
    examples: ["how's my pipeline looking?", 'deals closing this month over 100k'],
  },
  async handle(turn) {
    const question = turn.understanding.question;
    // "and his open deals?" right after one person was shown: a contact owns no deals, so the deals
    // at that person's account, said so ("his" is the person, not the last rep asked about).
    const person =
      question?.kind === 'query' && question.refersTo === 'rep' && question.query.record === 'deal'
        ? personJustShown(turn.memory)
        : undefined;
    if (!person || question?.kind !== 'query') return recordQuestions.answer(turn);
    const reply = await recordQuestions.answer({
      ...turn,
      understanding: { ...turn.understanding, question: { ...question, refersTo: 'account' } },
    });
    return { ...reply, text: `${person.name} is at ${person.accountName}; the deals there:\n${reply.text}` };
  },
};

/** The one person the last answer showed or picked, at the account kept as the last ("her open deals?"). */
function personJustShown(memory: ConversationMemory): { name: string; accountName: string } | undefined {
  if (memory.previousFocus !== 'contacts') return undefined;
  const shown = memory.lastContacts ?? [];
  const person = memory.lastPicked
    ? shown.find((contact) => contact.id === memory.lastPicked)
    : shown.length === 1
      ? shown[0]
      : undefined;
  const account = memory.lastAccount;
  return person?.accountId && account?.id === person.accountId
    ? { name: person.name, accountName: account.name }
    : undefined;
}

/** The record question answered: the handler's work for every reading. */
const recordQuestions = {
  async answer({ text, understanding, caller, skills, memory }: IntentTurn): Promise<Reply> {
    const question = understanding.question;
    if (!question) return { text: "I couldn't read that as a question about your records." };
    // An analyst's question of a person ("who is jane cooper") is the customer view's, as before.
    const personAsked =
      question.kind === 'query' &&
      question.query.record === 'contact' &&
      question.query.field !== undefined &&
      PERSON_FIELDS.has(question.query.field);
    if (caller.role === 'analyst' && personAsked && !recordQuestionAllowed(understanding, caller))
      return personAnswer(question, understanding, caller, analystSkills(skills), memory);
    if (!recordQuestionAllowed(understanding, caller))
      return caller.role === 'analyst' ? NOT_FOR_ANALYST : NOT_FOR_ROLE;
    if (question.kind === 'query' && caller.role === 'analyst')
      return analystStatistics(question, caller, skills, memory);
    if (question.kind === 'query' && question.periodAlone) return periodAloneReply(question.periodAlone);
    // "how does that compare to last year": the last answer's period against another, the last answer kept.
    if (question.comparedWith) {
      if (!skills.mayCall(question.kind === 'summary' ? pipelineSummary : queryRecords, caller))
        return NOT_FOR_ROLE;
      memory.lastFocus = question.kind === 'summary' ? 'summary' : 'deals';
      // "bookings this year vs last year" says no owner: the caller's usual one (a manager's team).
      const owner = managersMine(
        ownerFor(question.ownerGiven, question.query.owner, caller, memory, question.refersTo === 'rep'),
        caller,
      );
      const now =
        question.kind === 'summary'
          ? { from: question.query.from, to: question.query.to }
          : { from: question.query.closedFrom, to: question.query.closedTo };
      if (now.from && now.to)
        memory.lastComparison = { from: now.from, to: now.to, then: question.comparedWith, owner };
      if (question.kind === 'summary')
        return summaryComparison({ ...question.query, owner }, question.comparedWith, caller, skills);
      // "who's down the most?": the people of the comparison (one person's comparison: the caller's usual people).
      if (question.movers) {
        const people = 'rep' in owner ? defaultOwner(caller) : owner;
        return moversAnswer(
          { ...question.query, owner: people },
          question.comparedWith,
          question.movers,
          caller,
          skills,
        );
      }
      const query = { ...question.query, owner };
      return ['average', 'median', 'winRate'].includes(query.aggregate)
        ? metricComparison(query, question.comparedWith, caller, skills)
        : closedDealsComparison(query, question.comparedWith, caller, skills, { why: /\bwhy\b/i.test(text) });
    }
    // "how do i compare to the team", "am i ahead of jordan": those people's rows of the owners' ranking.
    if (question.kind === 'query' && question.standing) {
      if (!skills.mayCall(queryRecords, caller)) return NOT_FOR_ROLE;
      return standingAnswer(question.query, question.standing, caller, skills, memory);
    }
    if (question.kind === 'summary') {
      if (!skills.mayCall(pipelineSummary, caller)) return NOT_FOR_ROLE;
      const owner = managersMine(
        ownerFor(question.ownerGiven, question.query.owner, caller, memory, question.refersTo === 'rep'),
        caller,
      );
      const summary = await skills.call(pipelineSummary, { ...question.query, owner }, caller);
      if ('rep' in owner) memory.lastRep = owner.rep;
      // "what about last quarter?", "and for Olivia?": this summary again with that change.
      memory.lastSummary = { ...question.query, owner };
      memory.lastFocus = 'summary';
      // "prep me for my 1:1 with sam": the summary with talking points drawn from it and the rep's risks.
      if (question.oneToOne && 'rep' in owner)
        return oneToOnePrepAnswer(owner.rep, summary, summaryReply(summary), caller, skills);
      return summaryReply(summary, TARGET_ASKED.test(text));
    }
    if (
      question.query.record === 'contact' &&
      question.query.field &&
      PERSON_FIELDS.has(question.query.field)
    )
      return personAnswer(question, understanding, caller, skills, memory);
    // "when did we last talk to them" right after people were shown: those people, not the account.
    if (
      question.refersTo === 'account' &&
      question.query.field === 'lastInteraction' &&
      !question.query.contactRole &&
      memory.previousFocus === 'contacts' &&
      memory.lastContacts?.length
    )
      return personAnswer(
        {
          ...question,
          query: {
            record: 'contact',
            owner: question.query.owner,
            aggregate: 'top',
            field: 'lastInteraction',
          },
          refersTo: 'contacts',
        },
        understanding,
        caller,
        skills,
        memory,
      );
    if (!skills.mayCall(queryRecords, caller)) {
      // Support reads an account's owner and latest interaction through the customer view (the
      // account named or just shown); a deal's owner stays the sales team's.
      const viewed =
        question.query.accountId ?? (question.refersTo === 'account' ? memory.lastAccount?.id : undefined);
      if (
        viewed &&
        isAccountViewField(question.query) &&
        !DEAL_WORDS.test(text) &&
        skills.mayCall(customerView, caller)
      )
        return accountViewFieldAnswer(question.query, viewed, caller, skills, memory);
      return NOT_FOR_ROLE;
    }
    // A row pointed at ("who owns the first one?") when no list was just shown.
    if (question.pickedFrom?.length === 0) return NO_LIST_SHOWN;
    const today = todayIn(skills.clock(), caller.timezone);
    let query: RecordQuery = {
      ...question.query,

      // Accounts without an owner in the question: every one the caller sees in full. A manager's
      // "my accounts", like "my deals", are the team's: a manager owns none.
      owner:
        question.query.record === 'account' && !question.ownerGiven
          ? { scope: 'all' }
          : question.query.record === 'deal' || question.query.record === 'account'
            ? managersMine(
                ownerFor(
                  question.ownerGiven,
                  question.query.owner,
                  caller,
                  memory,
                  question.refersTo === 'rep',
                ),
                caller,
              )
            : ownerFor(
                question.ownerGiven,
                question.query.owner,
                caller,
                memory,
                question.refersTo === 'rep',
              ),
    };
    query.owner = ownerOfPeopleRecords(question, caller) ?? query.owner;
    // "which one is the biggest?", "add them up", "when does it close?": the deals just shown, or
    // — when the last answer was about one account (a briefing) — that account's deals.
    const backToAccount = question.refersTo === 'deals' && memory.previousFocus === 'account';
    // "and who owns it?" after an account was shown: the account's owner, not its deals'.
    if (backToAccount && query.field === 'owner' && memory.lastAccount) {
      query = { record: 'contact', owner: query.owner, aggregate: 'top', field: 'owner' };
    }
    if (question.refersTo === 'deals' && memory.previousFocus === 'deals') {
      // "add them up" after a row was picked ("the second one"): the list it was picked from.
      const shown =
        memory.lastDealList && PLURAL_BACK.test(text) ? memory.lastDealList : memory.lastDealQuery;
      if (shown) query = followUpOf(shown, query, question.ownerGiven, today);
      else if (memory.lastDeals?.length) {
        query.dealIds = memory.lastDeals;
        if (!question.ownerGiven && memory.lastDealsOwner) query.owner = memory.lastDealsOwner;
      }
    }
    // "who owns the account", "whos the contact at the biggest one": the account of the deals just shown.
    if (question.accountOfDeals) {
      const meant = await accountOfShownDeals(question.accountOfDeals, caller, skills, memory);
      if (!('accountId' in meant)) return meant;
      // "who's the contact on it": the one deal's own contact, when it has one.
      const contactId = question.accountOfDeals.ownContact ? meant.deal?.contactId : undefined;
      if (meant.deal && contactId)
        return dealContactAnswer({ ...meant.deal, contactId }, caller, skills, memory);
      query.accountId = meant.accountId;
    }
    if (
      !query.accountId &&
      memory.lastAccount &&
      // One person's interactions or tasks ("calls with jane cooper this month") are that person's.
      !(query.contactIds?.length && (query.record === 'interaction' || query.record === 'task')) &&
      (question.refersTo === 'account' ||
        backToAccount ||
        (query.record === 'contact' && !query.quietDays && !query.breakdown && !atAccountsOfAPlace(query)) ||
        (query.record === 'interaction' &&
          !query.groupBy &&
          (query.field === 'lastInteraction' || activityFollowsLastAccount(text, question.ownerGiven))))
    )
      query.accountId = memory.lastAccount.id;
    // "which of those are mine?" after an account's deals: the caller's own there (an account's
    // deals are otherwise everyone's the caller may see).
    if (
      question.refersTo === 'deals' &&
      question.ownerGiven &&
      query.accountId &&
      'scope' in query.owner &&
      query.owner.scope === 'mine' &&
      caller.name
    )
      query.owner = { rep: caller.name };
    // "who owns them" right after accounts were counted or listed: each of those accounts' owner.
    if (
      !query.accountId &&
      query.field === 'owner' &&
      memory.previousFocus === 'records' &&
      (memory.lastRecordQuery?.record === 'account' ||
        (memory.lastRecordQuery && atAccountsOfAPlace(memory.lastRecordQuery))) &&
      PLURAL_BACK.test(text)
    ) {
      // After the people at the accounts of a place ("contacts at german accounts"): those accounts' owners.
      const { contactRole: _role, ...accounts } = memory.lastRecordQuery;
      const shown = { ...accounts, record: 'account' as const, aggregate: 'list' as const, limit: 50 };
      memory.lastFocus = 'records';
      return accountOwnersReply(shown, await skills.call(queryRecords, shown, caller));
    }
    if (
      !query.accountId &&
      ((query.record === 'contact' && !query.quietDays && !query.breakdown && !atAccountsOfAPlace(query)) ||
        (query.record === 'interaction' && query.field === 'lastInteraction'))
    )
      return { text: 'Which account do you mean? For example: "who is the decision maker at Globex?"' };
    // A superlative asked of the deals just shown ("which one closes first?") answers its first rows
    // and keeps the rest in that order, for "and the one after that?" (a field asked of "it" orders nothing).
    // So does a first question asked in an order ("what's my biggest deal"): its rows are kept too.
    // "won amount per month this year": the figure period by period, kept for "what about last year".
    if (query.record === 'deal' && query.perPeriod && !question.pickedFrom) {
      delete memory.lastDealList;
      memory.lastDealQuery = query;
      memory.lastDeals = [];
      memory.lastFocus = 'deals';
      return periodSeriesAnswer(query, caller, skills);
    }
    const ordersRows =
      query.record === 'deal' &&
      !question.pickedFrom &&
      query.aggregate === 'top' &&
      !query.groupBy &&
      (query.order !== undefined || !query.field);
    const found = await skills.call(
      queryRecords,
      ordersRows ? { ...query, limit: ROWS_KEPT } : query,
      caller,
    );
    const result = ordersRows ? { ...found, deals: found.deals?.slice(0, query.limit ?? 1) } : found;
    // Another team's account: who owns it, not "no deals".
    if (result.ownedElsewhere) return ownedElsewhereReply(result.ownedElsewhere);
    if (result.accountName && query.accountId)
      memory.lastAccount = { id: query.accountId, name: result.accountName };
    // A row of the ranking just shown ("who's last?"): that owner; the ranking stays for the next pick.
    const pickedOwner =
      query.groupBy === 'owner' ? question.pickedFrom?.[question.pickedRow ?? -1] : undefined;
    if (pickedOwner) {
      memory.lastPicked = pickedOwner;
      memory.lastRep = pickedOwner;
      memory.lastFocus = 'deals';
      return rankedRowReply(query, result, pickedOwner, describe(query));
    }
    if (query.record === 'deal') {
      // A follow-up that picks one of several ("which one is the biggest?") keeps the list it picked from.
      const picked = question.refersTo === 'deals' && query.aggregate !== 'list';
      if (!picked) {
        if (!question.pickedFrom) delete memory.lastDealList;
        else if (memory.lastDealQuery) memory.lastDealList ??= memory.lastDealQuery;
        memory.lastDealQuery = query;
        // A row picked by position ("the second one") keeps the list it was picked from for the next pick.
        memory.lastDeals =
          question.pickedFrom ?? ((ordersRows ? found : result).deals ?? []).map((d) => d.id);
        memory.lastDealsOwner = query.owner;
        // The last row shown is where "the one after that" steps from.
        const lastShown = ordersRows ? result.deals?.at(-1) : undefined;
        if (lastShown) memory.lastPicked = lastShown.id;
      } else if (ordersRows && (found.deals?.length ?? 0) > 1) {
        memory.lastDeals = found.deals!.map((d) => d.id);
        memory.lastPicked = found.deals![0]!.id;
      }
      memory.lastFocus = 'deals';
      // One account's deals shown, or one deal ("what's my biggest deal", "the second one"): "them" in
      // "when did we last talk to them" is that account.
      const accountsShown = new Set((result.deals ?? []).map((deal) => deal.accountId));
      if (result.deals?.[0] && accountsShown.size === 1)
        memory.lastAccount = { id: result.deals[0].accountId, name: result.deals[0].accountName };
      // A ranking's owners in its order, for "who's last?".
      if (query.groupBy === 'owner') {
        memory.lastOwners = (result.owners ?? []).map((o) => o.name);
        // The headline names the first row ("Sam Rivera has the biggest ..."): "and the one after that?" steps from it.
        if (memory.lastOwners[0]) memory.lastPicked = memory.lastOwners[0];
      } else delete memory.lastOwners;
      if (question.pickedFrom && result.deals?.[0]) {
        memory.lastPicked = result.deals[0].id;
        // "the second one" shows the row; "who owns the first one?" answers the field below.
        if (!query.field) return { text: dealLine(result.deals[0]) };
      }
      if (question.lossReasons) return lossReasonsReply(query, result, describe(query));
    } else if (query.record === 'contact' && result.contacts?.length && query.field !== 'owner') {
      // "who is the decision maker at Acme?" → "can we email her?": the people shown, by id. (The
      // account's owner shows no people: "them" in "… and when did we last talk to them" is the account.)
      memory.lastContacts = result.contacts.map((c) => ({ id: c.id, name: c.name }));
      memory.lastContactsInOrder = true;
      memory.lastFocus = 'contacts';
    } else if (query.accountId) memory.lastFocus = 'account';
    else if ((query.aggregate === 'list' || query.aggregate === 'count') && !query.field) {
      // A list of accounts, tasks or interactions: "only the ones in emea", "the second one" work on it.
      memory.lastRecordQuery = query;
      memory.lastAccounts = (result.accounts ?? []).map((a) => ({ id: a.id, name: a.name }));
      // A task list's rows in its order: "mark the first one done", "the second one".
      if (query.record === 'task' && result.tasks?.length)
        memory.lastTasks = result.tasks.map((t) => ({
          id: t.id,
          title: t.title,
          ...(t.dueDate ? { due: t.dueDate } : {}),
          ...(t.accountName ? { account: t.accountName } : {}),
          ...(t.ownerName && t.ownerName !== caller.name ? { owner: t.ownerName } : {}),
        }));
      else delete memory.lastTasks;
      memory.lastFocus = 'records';
    }
    if ('rep' in query.owner) memory.lastRep = query.owner.rep;
    // "how much is in my pipeline in pounds? I've a feeling it's all dollars": none in that currency,
    // so the same deals in their own currencies (there are no exchange rates to convert with).
    if (query.record === 'deal' && query.currency && result.total === 0 && !query.field) {
      const { currency, ...anyCurrency } = query;
      const all = await skills.call(queryRecords, anyCurrency, caller);
      if (all.total > 0) {
        const inOwn = recordsReply(anyCurrency, all, caller);
        return {
          ...inOwn,
          text: `None of these deals are in ${currency}, and I have no exchange rates to convert with; here they are in their own currencies.\n${inOwn.text}`,
        };
      }
    }
    const reply = recordsReply(query, result, caller);
    return question.convertTo
      ? { ...reply, text: `${conversionNote(question.convertTo, result)}\n${reply.text}` }
      : reply;
  },
};

/**
 * Said before the per-currency total when the amounts are asked in one currency ("how much is that
 * in euros"): the CRM keeps each deal in its own currency and has no exchange rates.
 */
function conversionNote(currency: string, result: RecordQueryResult): string {
  const currencies = new Set(result.totals.map((t) => t.currency));
  if (currencies.size === 1 && currencies.has(currency)) return `They are all in ${currency} already.`;
  return `I have no exchange rates, so I can't convert to ${currency}; here is the total in each currency.`;
}
