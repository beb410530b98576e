import type { BreakdownField, RecordQuery, SummaryQuery } from '../../vocabulary';
import { forecastFigureFollowUpOf } from '../understanding/forecast-figure';
import { isAccountIntent, showsDealsAtRisk, type ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import {
  listFollowUpOf,
  listReshapeOf,
  asksForRecordsBehind,
  type Refinement,
} from '../understanding/list-follow-up';
import { comparedSpans, comparisonOf } from '../understanding/period-comparison';
import { shiftedPeriod } from '../understanding/period-shift';
import { bareFieldOf, personRowQuestionOf } from '../understanding/person-row';
import { anotherAccountOf } from '../understanding/another-account';
import { asksForLossReasons } from '../understanding/reason-question';
import { otherOutcomeFigureOf, otherOutcomeOf } from '../understanding/other-outcome';
import { thanShownDealOf } from '../understanding/than-shown-deal';
import { rankingEndOf } from '../understanding/owner-ranking';
import { filtersRemovedOf, type RemovableFilter } from '../understanding/filter-removal';
import { namedRowOf, rowQuestionOf } from '../understanding/row-reference';
import { shownRecordUnderstanding } from './shown-record-follow-ups';
import { narrowedRecordsUnderstanding, otherFigureUnderstanding } from './same-records-follow-ups';
import { moversFollowUpUnderstanding } from './movers-follow-ups';
import { rosterRoleNarrowingOf } from '../routing/team-questions';
import { productFollowUpOf } from '../routing/product-questions';
import { accountProductQuestionOf } from '../routing/account-product-questions';
import { purchaseWindowOf } from '../routing/purchase-questions';
import { parseRecordQuestion, todayIn, type RecordQuestionContext } from '../understanding/record-question';

/** Requests a follow-up reading never overrides: writes, small talk, hand-offs. */
const KEPT = new Set([
  'create_task',
  'change_task',
  'create_lead',
  'log_interaction',
  'update_deal_stage',
  'change_deal',
  'handoff',
  'thanks',
  'greeting',
  'help',
  'cancel',
  'start_over',
  'digest_subscribe',
  'digest_unsubscribe',
  // A customer's words quoted for a reply ("customer asks: 'if we cancel, how long ...'") are theirs, not a follow-up.
  'agent_assist',
]);

/** The last summary with what a follow-up changes: whose, the region, the period. */
function refinedSummary(last: SummaryQuery, change: Refinement): SummaryQuery | undefined {
  // "by stage?" changes nothing here: the summary already shows its open pipeline stage by stage.
  // A stage, a type, a loss reason, an amount or lateness is no part of a summary: a question of its own.
  if (
    change.stages ||
    change.dealTypes ||
    change.lostReason ||
    change.forecastCategories ||
    change.minAmount !== undefined ||
    change.maxAmount !== undefined ||
    change.overdue ||
    change.accountId ||
    change.accountStatus ||
    change.industry ||
    change.country ||
    change.count ||
    change.interactionTypes ||
    change.byField
  )
    return undefined;
  const period = change.shift ? shiftedPeriod(last, change.shift) : change.period;
  return {
    ...last,
    ...(change.owner ? { owner: change.owner } : {}),
    ...(change.region ? { region: change.region } : {}),
    ...(period ? { from: period.from, to: period.to, label: period.label } : {}),
  };
}

/** Close dates ahead said of deals ("closing", "closes", "due", "landing"), not deals already closed. */
const CLOSING = /\b(?:clos(?:e|es|ing)|due|landing)\b/i;

/**
 * A summary's open deals in a close window a follow-up names ("only the ones closing this month"):
 * a summary's own period is the won and lost one, so closing dates ask for the deals themselves.
 */
function closingDealsOf(text: string, last: SummaryQuery, change: Refinement): RecordQuery | undefined {
  if (!change.period || change.shift || change.byStage || !CLOSING.test(text)) return undefined;
  const base: RecordQuery = {
    record: 'deal',
    owner: last.owner,
    status: 'open',
    aggregate: 'list',
    ...(last.region ? { region: last.region } : {}),
  };
  return refinedQuery(base, change);
}

/** The window a list was drawn by (won or lost, closing, or when interactions happened), if any. */
function windowOf(query: RecordQuery): { from: string; to: string } | undefined {
  const [from, to] =
    query.record === 'interaction'
      ? [query.occurredFrom, query.occurredTo]
      : query.closedFrom
        ? [query.closedFrom, query.closedTo]
        : query.createdFrom && !query.closeFrom
          ? [query.createdFrom, query.createdTo]
          : [query.closeFrom, query.closeTo];
  return from && to ? { from, to } : undefined;
}

/** A list of the people at the accounts of a place, industry or status ("contacts at german accounts"). */
function ofPeopleAtAccounts(query: RecordQuery): boolean {
  return query.record === 'contact' && !query.accountId && !query.quietDays && !query.contactIds?.length;
}

/** The fields each record may be counted by after a list of it ("by source" after deals). */
const FIELDS_OF_RECORD: Partial<Record<RecordQuery['record'], ReadonlyArray<BreakdownField | 'owner'>>> = {
  deal: ['stage', 'source', 'type', 'industry', 'country', 'currency', 'forecastCategory', 'owner', 'region'],
  account: ['country', 'industry', 'status', 'size', 'region'],
  contact: ['country', 'industry', 'buyingRole'],
};

/** Answers whose records a breakdown may count again: not an average, a win rate or a cycle length. */
const COUNTABLE: ReadonlySet<RecordQuery['aggregate']> = new Set(['list', 'count', 'sum', 'top']);

/**
 * "by stage", "break that down by source": only a grouping said, which no write or small talk is
 * (the model may read "by stage" as a stage move, with no deal and no stage named).
 */
function asksOnlyABreakdown(
  text: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): boolean {
  const followUp = listFollowUpOf(text, understanding.entities, context);
  if (followUp?.kind !== 'refine') return false;
  const keys = Object.keys(followUp.refinement);
  return keys.length > 0 && keys.every((key) => key === 'byStage' || key === 'byField');
}

/**
 * A list's records counted per value of a field ("by stage" after "my deals closing this month"), or
 * deals ranked by owner or region ("by rep"); undefined for a field the record has not, or for an
 * answer that is no plain list (a ranking, a breakdown, one record's field).
 */
function breakdownOfList(last: RecordQuery, field: BreakdownField | 'owner'): RecordQuery | undefined {
  if (!FIELDS_OF_RECORD[last.record]?.includes(field)) return undefined;
  // One record's field, the caller's day, or the first deals of each group are no records to count.
  if (last.field || last.agenda || last.eachGroup || !COUNTABLE.has(last.aggregate)) return undefined;
  // After another breakdown or ranking ("by stage", then "and by source"): the same records, regrouped.
  const {
    limit: _limit,
    offset: _offset,
    order: _order,
    breakdown: _breakdown,
    breakdownValues: _values,
    groupBy: _groupBy,
    rankBy: _rankBy,
    ...kept
  } = last;
  if (last.record === 'deal' && (field === 'owner' || field === 'region'))
    return { ...kept, aggregate: 'top', groupBy: field, rankBy: 'amount', order: 'biggest' };
  if (field === 'owner') return undefined;
  return { ...kept, aggregate: 'count', breakdown: field };
}

/**
 * The last list's query with what a follow-up changes. A period moves the window the list was
 * drawn by: the won or lost period, the close dates, or when interactions happened.
 */
function refinedQuery(last: RecordQuery, change: Refinement): RecordQuery | undefined {
  const field = change.byStage ? 'stage' : change.byField;
  if (field) {
    // "by stage", "break that down by source" after a list: the same records counted per value.
    const narrowed = refinedQuery(last, { ...change, byStage: undefined, byField: undefined });
    return narrowed && breakdownOfList(narrowed, field);
  }
  const query: RecordQuery = { ...last };
  if (change.owner) {
    query.owner = change.owner;
    // Deals a ranking showed are someone's: another owner's are found by the query, not by these ids.
    delete query.dealIds;
  }
  if (change.region) {
    if (query.record !== 'deal' && query.record !== 'account' && !ofPeopleAtAccounts(query)) return undefined;
    query.region = change.region;
  }
  if (change.accountId) {
    // "just the globex ones": the deals (or tasks) of that account among those the list was drawn from.
    if (query.record !== 'deal' && query.record !== 'task') return undefined;
    query.accountId = change.accountId;
  }
  if (change.stages || change.minAmount !== undefined || change.maxAmount !== undefined) {
    if (query.record !== 'deal') return undefined;
    // Won and lost deals have left the open stages: "only negotiation" after them is a question of its own.
    if (change.stages && (query.status === 'won' || query.status === 'lost')) return undefined;
    if (change.stages) query.stages = change.stages;
    if (change.minAmount !== undefined) query.minAmount = change.minAmount;
    if (change.maxAmount !== undefined) query.maxAmount = change.maxAmount;
  }
  if (change.excludeStages || change.excludeAccountIds) {
    // "which of them aren't in negotiation", "except the acme ones": the list without those.
    if (query.record !== 'deal' || query.status === 'won' || query.status === 'lost') return undefined;
    if (change.excludeStages) {
      query.excludeStages = [...new Set([...(query.excludeStages ?? []), ...change.excludeStages])];
      if (query.stages) query.stages = query.stages.filter((s) => !change.excludeStages!.includes(s));
      if (query.stages?.length === 0) return undefined;
    }
    if (change.excludeAccountIds)
      query.excludeAccountIds = [
        ...new Set([...(query.excludeAccountIds ?? []), ...change.excludeAccountIds]),
      ];
  }
  if (change.dealTypes) {
    // "only the renewals": deals of that type among those the list was drawn from.
    if (query.record !== 'deal') return undefined;
    query.dealTypes = change.dealTypes;
  }
  if (change.lostReason) {
    // "which ones did we lose on price": only lost deals have a reason.
    if (query.record !== 'deal' || query.status !== 'lost') return undefined;
    query.lostReason = change.lostReason;
  }
  if (change.forecastCategories) {
    // "which of those are commit", "and best case": open deals only, by the rep's category.
    if (query.record !== 'deal' || query.status === 'won' || query.status === 'lost') return undefined;
    query.forecastCategories = change.forecastCategories;
  }
  if (change.overdue) {
    // "which ones are late": tasks past their due day, open deals past their close date.
    if (
      query.record !== 'task' &&
      (query.record !== 'deal' || query.status === 'won' || query.status === 'lost')
    )
      return undefined;
    query.status = 'overdue';
    // Tasks due in a window ahead have none past due: "the overdue ones" after them are all that are.
    if (query.record === 'task' && !change.period) {
      delete query.closeFrom;
      delete query.closeTo;
    }
  }
  if (change.accountStatus) {
    // "how many of them are prospects": only accounts have a status (people at accounts by theirs).
    if (query.record !== 'account' && !ofPeopleAtAccounts(query)) return undefined;
    query.accountStatus = change.accountStatus;
  }
  if (change.industry || change.country) {
    // "only the software ones", "just the german ones": accounts of that industry or in that country;
    // deals, and people across accounts, by their account's.
    if (query.record !== 'account' && query.record !== 'deal' && !ofPeopleAtAccounts(query)) return undefined;
    if (change.industry) query.industry = change.industry;
    if (change.country) query.country = change.country;
  }
  if (change.interactionTypes) {
    // "and meetings?" after calls were counted: the same count of that kind.
    if (query.record !== 'interaction') return undefined;
    query.interactionTypes = change.interactionTypes;
  }
  if (change.count) query.aggregate = 'count';
  const window = change.shift ? windowOf(last) : undefined;
  if (change.shift && !window) return undefined;
  // Deals won or lost have closed: a month named after them without a year is the one just gone.
  // Interactions have happened too: a weekday said after them is the one just gone.
  // Of deals closed too when the last answer spanned all time: a win rate, a sales cycle, deals won or lost.
  // Deals created in a period ("deals created this month", "... each month this year"): created then.
  const ofCreatedDeals =
    query.record === 'deal' && Boolean(query.createdFrom) && !query.closedFrom && !query.closeFrom;
  const ofClosedDeals =
    Boolean(query.closedFrom) ||
    ofCreatedDeals ||
    (query.record === 'deal' &&
      (query.status === 'won' ||
        query.status === 'lost' ||
        query.aggregate === 'winRate' ||
        query.aggregate === 'cycle'));
  const asked =
    ofClosedDeals || query.record === 'interaction' ? (change.pastPeriod ?? change.period) : change.period;
  const period = window && change.shift ? shiftedPeriod(window, change.shift) : asked;
  if (period) {
    const { from, to } = period;
    if (query.record === 'interaction') Object.assign(query, { occurredFrom: from, occurredTo: to });
    // "what about next week" after tasks: those due then.
    else if (query.record === 'task') Object.assign(query, { closeFrom: from, closeTo: to });
    else if (query.record !== 'deal') return undefined;
    else if (ofCreatedDeals) Object.assign(query, { createdFrom: from, createdTo: to });
    else if (ofClosedDeals) Object.assign(query, { closedFrom: from, closedTo: to });
    else {
      Object.assign(query, { closeFrom: from, closeTo: to });
      delete query.dealIds;
    }
  }
  return query;
}

/**
 * The position of the row a pick or a step points at in `rows`: by position (-1 the last), or next to
 * the row picked before ("the one after that"); undefined when there is no such row.
 */
function rowIndex(
  followUp: { kind: 'pick'; index: number } | { kind: 'step'; step: 1 | -1 },
  rows: readonly string[],
  lastPicked: string | undefined,
): number | undefined {
  let at: number;
  if (followUp.kind === 'pick') at = followUp.index < 0 ? rows.length + followUp.index : followUp.index;
  else {
    const from = lastPicked === undefined ? -1 : rows.indexOf(lastPicked);
    if (from < 0) return undefined;
    at = from + followUp.step;
  }
  return at >= 0 && at < rows.length ? at : undefined;
}

/** The fields of one deal a question about a picked row may ask ("who owns it?", "when does it close"). */
const ROW_FIELDS = new Set<RecordQuery['field']>(['owner', 'closeDate', 'amount', 'stage']);

/**
 * What a question asks of one deal, said with "it" ("who owns it?", "when does it close", "what
 * stage is it in", "how much is it worth"): one of its fields, or undefined when it asks anything else.
 */
function rowFieldOf(
  question: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): RecordQuery['field'] | undefined {
  const parsed = parseRecordQuestion(question, understanding.entities, context);
  if (parsed?.kind !== 'query' || parsed.query.record !== 'deal' || parsed.query.accountId) return undefined;
  if (parsed.query.field) return ROW_FIELDS.has(parsed.query.field) ? parsed.query.field : undefined;
  // "how much is it (worth)": one deal's sum is its amount.
  return parsed.query.aggregate === 'sum' ? 'amount' : undefined;
}

/**
 * The lost deals the last answer showed or counted, as a query: a list of lost deals, or the lost
 * side of a summary's period. Undefined when the last answer showed no lost deals.
 */
function lostDealsShown(memory: ConversationMemory): RecordQuery | undefined {
  const last = memory.lastDealQuery;
  if (memory.lastFocus === 'deals' && last?.status === 'lost' && !last.groupBy) {
    // "our biggest loss this quarter" then "why did we lose it": that one deal's reason.
    // (A top row keeps the ranked deals in memory, the one shown first.)
    const one = last.limit === 1 || memory.lastDeals?.length === 1 ? memory.lastDeals?.[0] : undefined;
    const query: RecordQuery = one
      ? { ...last, dealIds: [one], aggregate: 'list' }
      : { ...last, aggregate: 'count' };
    delete query.field;
    delete query.order;
    delete query.limit;
    return query;
  }
  const summary = memory.lastSummary;
  if (memory.lastFocus === 'summary' && summary)
    return {
      record: 'deal',
      owner: summary.owner,
      status: 'lost',
      closedFrom: summary.from,
      closedTo: summary.to,
      aggregate: 'count',
      ...(summary.region ? { region: summary.region } : {}),
    };
  return undefined;
}

/**
 * A deal of the last list named by words of its title ("who is owner of the data integration one",
 * "the analytics suite deal?"), after a list of deals or a briefing that listed an account's open
 * deals: that deal, or the field asked of it. The list stays for the next pick.
 */
function namedRowUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const named = namedRowOf(text);
  // "and the hooli deal?": an account named is a question of its own, not a row of this list.
  if (!named || understanding.entities?.accounts.some((a) => a.score >= 0.9)) return undefined;
  const account = memory.lastFocus === 'account' ? memory.lastAccount : undefined;
  const deals = memory.lastFocus === 'deals' && memory.lastDeals?.length ? memory.lastDeals : undefined;
  if (!account && !deals) return undefined;
  const field = named.question ? rowFieldOf(named.question, understanding, context) : undefined;
  if (named.question && !field) return undefined;
  const among: Partial<RecordQuery> = deals
    ? { dealIds: deals, owner: memory.lastDealQuery?.owner ?? memory.lastDealsOwner ?? { scope: 'mine' } }
    : { accountId: account!.id, status: 'open', owner: { scope: 'all' } };
  const query: RecordQuery = {
    record: 'deal',
    owner: { scope: 'all' },
    ...among,
    dealWords: named.words,
    aggregate: field ? 'top' : 'list',
    ...(field ? { field } : {}),
  };
  const { accountMention: _none, ...rest } = understanding;
  return {
    ...rest,
    intent: 'record_query',
    confidence: 0.95,
    question: {
      kind: 'query',
      query,
      ownerGiven: true,
      ...(deals ? { pickedFrom: deals, pickedRow: 0 } : {}),
    },
  };
}

/** "when's the next one", "when does the next one close": asked of the list, not of a row picked before. */
const WHEN_NEXT = /^(?:and\s+)?when(?:'s|s| is| does| do)?\b/;

/**
 * "when's the next one" after a list of open deals with no row picked yet: the next of them to
 * close (from today), not the row after one never picked.
 */
function nextToClose(
  followUp: { kind: 'pick'; question?: string } | { kind: 'step'; step: 1 | -1; question?: string },
  memory: ConversationMemory,
  context: RecordQuestionContext,
  asQuery: (query: RecordQuery, ownerGiven: boolean) => Understanding,
): Understanding | undefined {
  const list = memory.lastDealList ?? memory.lastDealQuery;
  if (followUp.kind !== 'step' || followUp.step !== 1 || !WHEN_NEXT.test(followUp.question ?? ''))
    return undefined;
  if (!list || list.record !== 'deal' || list.groupBy || list.closedFrom) return undefined;
  if (list.status === 'won' || list.status === 'lost') return undefined;
  const today = todayIn(context.now, context.timezone);
  const query: RecordQuery = {
    ...list,
    aggregate: 'top',
    order: 'soonest',
    field: 'closeDate',
    limit: 1,
    closeFrom: list.closeFrom && list.closeFrom > today ? list.closeFrom : today,
  };
  return asQuery(query, true);
}

/** "how much is that worth", "how much are they all worth": the worth of what was just shown. */
const THAT_WORTH =
  /^(?:(?:and|so|ok|okay)\W+)?(?:how much (?:is|are|was|were) (?:that|this|those|these|they|them)(?: all)? (?:worth|in total|altogether|combined)(?: (?:altogether|all together|in total|combined|together))?|what (?:do|does) (?:that|this|those|these|they|them)(?: all)? (?:add up to|sum up to|come to|total)(?: (?:altogether|all together|in total|combined|together))?|what (?:are|is) (?:that|this|those|these|they|them)(?: all)? worth(?: (?:altogether|all together|in total|combined|together))?|(?:what(?:'s| is) )?(?:the|their) (?:total|combined|overall) (?:value|amount|worth)(?: of (?:them|those|these|that))?)\s*[?.!]*$/;

/**
 * "how much is that worth" after a list of several deals with no row picked: the list's total (per
 * currency), as "what's the total" asks; after one deal or a row picked it stays that deal's amount.
 */
function listWorthUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const shown = memory.lastDeals ?? [];
  if (memory.lastFocus !== 'deals' || shown.length < 2 || !memory.lastDealQuery) return undefined;
  if (memory.lastDealQuery.groupBy || memory.lastDealList) return undefined;
  if (!THAT_WORTH.test(text.toLowerCase().replace(/[’‘]/g, "'"))) return undefined;
  const total = parseRecordQuestion('what is the total of those', understanding.entities, context);
  return total ? { ...understanding, intent: 'record_query', confidence: 0.95, question: total } : undefined;
}

/**
 * A count asked of the records just shown and of nothing else: "how many is that", "how many are
 * there", "how many of them", "and how many in total?", "what's the count", "count them".
 */
const COUNT_OF_SHOWN =
  /^(?:(?:and|so|ok|okay|right|great|thanks)\W+)*(?:how\s+many(?:\s+(?:is|are|was|were|does\s+that\s+make)(?:\s+(?:that|this|those|these|they|there|it|them))?|\s+of\s+(?:them|those|these)(?:\s+are\s+there)?|\s+(?:accounts|companies|records)\s+(?:is|are)\s+(?:that|those|these|there))?|(?:what(?:'s|\s+is)\s+|whats\s+)?the\s+(?:count|number|total\s+count)(?:\s+of\s+(?:them|those|these|that))?|count\s+(?:them|those|these|that)(?:\s+up)?|number\s+pls|count\s+pls|count\s+please)(?:\s+(?:in\s+total|altogether|all\s+together|total|then|now|please|pls|exactly))*\s*[?.!]*$/;

/**
 * The e-mail addresses asked of the people just listed and of nothing else: "and their emails?",
 * "what are their email addresses", "can i get their e-mails pls", "emails for those". The list of
 * people at accounts gives each one's address, so it is shown again (never phones: the policy).
 */
const EMAILS_OF_SHOWN =
  /^(?:(?:and|so|ok|okay|great|thanks|also|plus)\W+)*(?:(?:what\s+(?:are|r)|can\s+i\s+(?:get|have|see)|could\s+i\s+(?:get|have|see)|give\s+me|show\s+me|i\s+need|send\s+me|list)\s+)?(?:their|the|those|them\s+with(?:\s+their)?)\s+(?:work\s+)?(?:e-?mails?|e-?mail\s+address(?:es)?|addresses|contact\s+(?:details|info))(?:\s+(?:too|as\s+well|also|please|pls))*\s*[?.!]*$|^(?:and\s+)?(?:e-?mails?|e-?mail\s+addresses)\s+(?:for|of)\s+(?:them|those|these)\s*[?.!]*$/;

/** A row pointed at when no list was just shown: the record handler asks which list (`pickedFrom` empty). */
const NO_LIST = (understanding: Understanding): Understanding => ({
  ...understanding,
  intent: 'record_query',
  confidence: 0.95,
  question: {
    kind: 'query',
    query: { record: 'deal', owner: { scope: 'mine' }, aggregate: 'list' },
    ownerGiven: false,
    pickedFrom: [],
  },
});

/**
 * The people of the last answer a follow-up may name or point at: those a list of people showed
 * (focus `contacts`), or those the briefing of the account just shown listed.
 */
function peopleShown(memory: ConversationMemory): ConversationMemory['lastContacts'] {
  const rows = memory.lastContacts;
  if (!rows?.length) return undefined;
  if (memory.lastFocus === 'contacts') return rows;
  const account = memory.lastAccount?.id;
  return memory.lastFocus === 'account' && account && rows.every((row) => row.accountId === account)
    ? rows
    : undefined;
}

/**
 * A field asked alone ("phone?", "email?", "and the title?") right after one person was shown: the
 * person picked ("main contact initech" names one), or the only person the answer showed.
 */
function personInFocusQuestion(
  text: string,
  rows: NonNullable<ConversationMemory['lastContacts']>,
  memory: ConversationMemory,
): { index: number; field: NonNullable<ReturnType<typeof bareFieldOf>>; overview?: true } | undefined {
  const field = bareFieldOf(text);
  if (!field) return undefined;
  const picked = memory.lastPicked ? rows.findIndex((row) => row.id === memory.lastPicked) : -1;
  const index = picked >= 0 ? picked : rows.length === 1 ? 0 : -1;
  return index >= 0 ? { index, field } : undefined;
}

/**
 * A field of one person of the last answer's people: "whats janes title", "jane's email?", "what's
 * the second one's phone" after an account's contacts, as a contact question about that person.
 */
function personRowUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const rows = peopleShown(memory);
  const asked =
    rows &&
    (personRowQuestionOf(text, rows, memory.lastContactsInOrder === true) ??
      personInFocusQuestion(text, rows, memory));
  if (!rows || !asked) return undefined;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: {
      kind: 'query',
      query: {
        record: 'contact',
        owner: { scope: 'mine' },
        aggregate: 'top',
        field: asked.field,
        contactIds: [rows[asked.index]!.id],
      },
      ownerGiven: false,
      pickedFrom: rows.map((row) => row.id),
      pickedRow: asked.index,
      ...(asked.overview ? { personOverview: true as const } : {}),
    },
  };
}

/**
 * The last summary, or the deals won or lost in a period, against another period: "how does that
 * compare to last year", "vs last quarter?", "is that up or down", "better than Q3?". Both periods
 * cover the same stretch (one not over yet is compared up to the same day).
 */
function comparisonUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const compared = comparisonOf(text, understanding.entities, context);
  if (!compared) return undefined;
  const today = todayIn(context.now, context.timezone);
  const asked = (question: NonNullable<Understanding['question']>): Understanding => ({
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question,
  });
  const summary = memory.lastSummary;
  if (memory.lastFocus === 'summary' && summary) {
    const { now, then } = comparedSpans(summary, compared, today);
    return asked({
      kind: 'summary',
      query: { ...summary, ...now },
      ownerGiven: true,
      comparedWith: then,
    });
  }
  const deals = memory.lastDealQuery;
  if (
    memory.lastFocus === 'deals' &&
    deals &&
    (deals.status === 'won' || deals.status === 'lost') &&
    deals.closedFrom &&
    deals.closedTo &&
    !deals.groupBy
  ) {
    const { now, then } = comparedSpans({ from: deals.closedFrom, to: deals.closedTo }, compared, today);
    return asked({
      kind: 'query',
      query: { ...deals, closedFrom: now.from, closedTo: now.to },
      ownerGiven: true,
      comparedWith: then,
    });
  }
  return undefined;
}

/** The words around a day asked about again ("what about today", "and yesterday?"). */
const AGAIN_WORDS = /^(?:ok|okay|so|and|what|about|how|for|then|on|same)$/;

/** True when the message only names another period or day ("what about last month", "and 2024?", "what about today"). */
function periodOnly(text: string, understanding: Understanding, context: RecordQuestionContext): boolean {
  const followUp = listFollowUpOf(text, understanding.entities, context);
  if (followUp?.kind === 'refine') {
    const { period, ...other } = followUp.refinement;
    // The same period read as one already begun is no other change.
    return period !== undefined && Object.keys(other).every((key) => key === 'pastPeriod');
  }
  const day = understanding.entities?.dates[0];
  const rest = day ? text.toLowerCase().replace(day.text.toLowerCase(), ' ') : '';
  return day !== undefined && (rest.match(/[a-z']+/g) ?? []).every((word) => AGAIN_WORDS.test(word));
}

/** True when the message only names another account or contact ("and globex?", "what about initech"). */
function recordOnly(text: string, understanding: Understanding): boolean {
  const named = [...(understanding.entities?.accounts ?? []), ...(understanding.entities?.contacts ?? [])];
  const record = named.find((candidate) => candidate.score >= 0.9);
  if (!record) return false;
  const rest = text.toLowerCase().replace(record.text.toLowerCase(), ' ');
  return (rest.match(/[a-z']+/g) ?? []).every((word) => AGAIN_WORDS.test(word));
}

/**
 * The last question of one account's deals or records ("acme won deals how many", "open tasks at
 * acme") asked again for the account a follow-up names ("same for globex", "what about initech",
 * "and for hooli?"): the same query, with that account instead. Undefined when the last answer was
 * not of records of one account, or the message is more than the same question of another.
 */
function accountAgainUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const focus = memory.lastFocus;
  const last =
    focus === 'deals'
      ? (memory.lastDealQuery ?? memory.lastDealList)
      : focus === 'records'
        ? memory.lastRecordQuery
        : undefined;
  if (!last?.accountId) return undefined;
  const account = anotherAccountOf(text, understanding.entities);
  if (!account || account.id === last.accountId) return undefined;
  const { dealIds: _shown, dealWords: _named, contactIds: _people, ...same } = last;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    accountMention: account.name,
    question: { kind: 'query', query: { ...same, accountId: account.id }, ownerGiven: true },
  };
}

/**
 * The records a list left out, asked after it ("deals not in negotiation", then "and the ones that
 * are?", "what about those that are", "and the other ones?"; "my open deals except acme", then "and
 * the ones that aren't" is no such question): a negated verb or noun said alone, turned round.
 */
const LEFT_OUT =
  /^\s*(?:(?:and|so|ok|okay|but|then|what about|how about)[\s,]+)*(?:the\s+|those\s+)?(?:ones|deals|opps|others|other\s+ones|other\s+deals)(?:\s+(?:that|which)\s+(?:are|is|were|do)|\s+(?:in|at)\s+(?:it|there|them))?(?:\s+(?:then|instead|though|too))?\s*[?.!]*\s*$|^\s*(?:(?:and|so|ok|okay|but|then|what about|how about)[\s,]+)*those\s+(?:that|which)\s+(?:are|is|were|do)\s*[?.!]*\s*$/i;

/**
 * The last deal question's exclusions turned round ("deals not in negotiation" → the deals in
 * negotiation; "my open deals except acme" → acme's), with every other filter kept. Undefined when
 * the last deals left nothing out, left out several accounts, or the message asks something else.
 */
function leftOutUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  if (memory.lastFocus !== 'deals') return undefined;
  const last = memory.lastDealQuery ?? memory.lastDealList;
  if (!last || !(last.excludeStages?.length || last.excludeAccountIds?.length)) return undefined;
  if (!LEFT_OUT.test(text) || /\b(?:aren'?t|isn'?t|not|don'?t)\b/i.test(text)) return undefined;
  // "the ones that are" names none; "the other ones" too: with no verb they still point at what was left out.
  if (!/\b(?:are|is|were|do|it|there|them|others?)\b/i.test(text)) return undefined;
  const { dealIds: _shown, dealWords: _named, excludeStages, excludeAccountIds, ...same } = last;
  if ((excludeAccountIds?.length ?? 0) > 1) return undefined;
  const query: RecordQuery = {
    ...same,
    ...(excludeStages?.length ? { stages: excludeStages } : {}),
    ...(excludeAccountIds?.length === 1 ? { accountId: excludeAccountIds[0]! } : {}),
  };
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

/** Thanks or an acknowledgement said first, with a few words after it ("thanks! which ones are overdue"). */
const THANKS_THEN =
  /^\s*(?:(?:thanks|thank\s+you|thx|ty|ta|cheers|lovely|great|brilliant|perfect|nice|cool|awesome|super|excellent|got\s+it|ok|okay)\b[\s,.!;:-]*)+/i;
/** Words after it that are still thanks ("thanks so much", "thank you very much for that", "cheers mate"). */
const STILL_THANKS =
  /^(?:(?:so|very|much|a|lot|lots|again|for|that|this|the|help|info|mate|man|buddy|all|everything|you|bot|crmpro|heaps|loads|bunch|ton)\b[\s,.!;:-]*)*$/i;

/** True when thanks said first goes on to ask something ("thanks! which ones are overdue"), not only more thanks. */
function saysMoreThanThanks(text: string): boolean {
  const lead = THANKS_THEN.exec(text)?.[0];
  if (!lead) return false;
  const rest = text.slice(lead.length).trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2 && !STILL_THANKS.test(rest);
}

const auditAgain = (understanding: Understanding): Understanding => ({
  ...understanding,
  intent: 'audit_log',
  confidence: 0.95,
});

/**
 * A period alone ("what about this quarter so far", "and 2024?") with no answer to re-run for it,
 * which the model read as an account's name or could not read: the record handler asks what to
 * look at for that period (a forecast's or another reading the model is sure of is kept).
 */
/** Support cases named: "cases", "tickets". */
const CASE_WORD = /\b(?:cases?|tickets?)\b/i;

function periodAloneUnderstanding(
  text: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const said = understanding.entities?.periods[0]?.text;
  const unsure =
    understanding.intent === 'oos' ||
    understanding.confidence < 0.35 ||
    isAccountIntent(understanding.intent);
  // "cases between the 1st and the 3rd": cases said, so no deals of the period alone.
  if (!said || !unsure || CASE_WORD.test(text) || !periodOnly(text, understanding, context)) return undefined;
  const { accountMention: _notAnAccount, ...rest } = understanding;
  return {
    ...rest,
    intent: 'record_query',
    confidence: 0.95,
    question: {
      kind: 'query',
      query: { record: 'deal', owner: { scope: 'mine' }, aggregate: 'list' },
      ownerGiven: false,
      periodAlone: said.toLowerCase(),
    },
  };
}

/**
 * The deals at risk asked again for the owner a follow-up names ("only sophie's"; the handler reads
 * whose from the message's people), in the period the list was asked for, carried as its words.
 */
function atRiskAgain(
  understanding: Understanding,
  period: string | undefined,
  context: RecordQuestionContext,
): Understanding {
  const asked: Understanding = { ...understanding, intent: 'at_risk_deals', confidence: 0.95 };
  if (!period || !understanding.entities) return asked;
  const { periods } = extractPeriodsAndDates(period, { now: context.now, timeZone: context.timezone });
  return { ...asked, entities: { ...understanding.entities, periods } };
}

/**
 * A follow-up on the list or summary the last answer showed, read against the conversation: "only
 * the ones in emea", "what about last quarter", "and for Olivia?", "just negotiation" re-run the
 * last question with that change; "the second one" shows that row of the list (a deal, or a briefing
 * on an account). Undefined when the message is not such a follow-up or nothing was just shown.
 */
/**
 * Deals set against the one deal the last answer showed (or the row last picked from a list):
 * "any of my opps in negotiation bigger than that one?" is the caller's open deals in negotiation
 * with a bigger amount than it (in its currency), that deal left out. The rest of the question says
 * which deals; with nothing more ("anything bigger than that?"), the open deals of whoever's the last
 * list was. Undefined when no one deal was shown.
 */
function againstShownDeal(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const than = thanShownDealOf(text);
  if (!than || memory.lastFocus !== 'deals') return undefined;
  const shown = memory.lastDeals ?? [];
  const picked = memory.lastPicked && shown.includes(memory.lastPicked) ? memory.lastPicked : undefined;
  const dealId = picked ?? (shown.length === 1 ? shown[0] : undefined);
  if (!dealId) return undefined;
  const rest = text.toLowerCase().replace(/[’‘]/g, "'").replace(than.words, ' ');
  const parsed = parseRecordQuestion(rest, understanding.entities, context);
  const base: RecordQuery =
    parsed?.kind === 'query' && parsed.query.record === 'deal' && !parsed.query.groupBy
      ? { ...parsed.query }
      : {
          record: 'deal',
          owner: memory.lastDealQuery?.owner ?? memory.lastDealsOwner ?? { scope: 'mine' },
          status: 'open',
          aggregate: 'list',
        };
  delete base.dealIds;
  delete base.field;
  // "bigger than the initech one": the account names the deal pointed at, not the deals asked.
  if (
    base.accountId &&
    understanding.entities?.accounts.some((a) => than.words.includes(a.text.toLowerCase()))
  )
    delete base.accountId;
  if (base.aggregate === 'top' || base.aggregate === 'sum') base.aggregate = 'list';
  const ownerGiven = parsed?.kind === 'query' ? parsed.ownerGiven : true;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query: { ...base, thanDeal: { dealId, than: than.than } }, ownerGiven },
  };
}

/**
 * The deals of the last list or summary that ended the other way over the same period: "and which
 * ones did we lose?" after "which deals did i win since 20 november" lists the caller's deals lost
 * since then; whose deals, the account, region and types the last question kept stay. Undefined
 * without such a list (a ranking, a list of open deals, no deals shown).
 */
function outcomeAgain(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const outcome = otherOutcomeOf(text);
  if (!outcome) return undefined;
  // "how much did i lose" after the wins: the total; "how many did we lose": the count.
  const figure = otherOutcomeFigureOf(text);
  const last = memory.lastFocus === 'deals' ? memory.lastDealQuery : undefined;
  const summary = memory.lastFocus === 'summary' ? memory.lastSummary : undefined;
  let query: RecordQuery | undefined;
  if (last && last.record === 'deal' && !last.groupBy && (last.status === 'won' || last.status === 'lost')) {
    const { accountId, region, country, industry, dealTypes, reps, currency, closedFrom, closedTo } = last;
    query = {
      record: 'deal',
      owner: last.owner,
      status: outcome,
      aggregate: figure ?? 'list',
      ...(accountId ? { accountId } : {}),
      ...(region ? { region } : {}),
      ...(country ? { country } : {}),
      ...(industry ? { industry } : {}),
      ...(dealTypes ? { dealTypes } : {}),
      ...(reps ? { reps } : {}),
      ...(currency ? { currency } : {}),
      ...(closedFrom && closedTo ? { closedFrom, closedTo } : {}),
    };
  } else if (summary) {
    query = {
      record: 'deal',
      owner: summary.owner,
      status: outcome,
      closedFrom: summary.from,
      closedTo: summary.to,
      aggregate: figure ?? 'list',
      ...(summary.region ? { region: summary.region } : {}),
    };
  }
  if (!query) return undefined;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

/** How many rows a list of this query shows when it sets no limit (as query-records does). */
function rowsPerList(query: RecordQuery): number {
  if (query.limit) return query.limit;
  if (query.aggregate === 'top') return 1;
  return query.record === 'task' ? 10 : 25;
}

/** The list the last answer showed, as a query: its deals, accounts or tasks (a summary's open deals). */
function lastListOf(memory: ConversationMemory): RecordQuery | undefined {
  const focus = memory.lastFocus;
  if (focus === 'summary' && memory.lastSummary)
    return {
      record: 'deal',
      owner: memory.lastSummary.owner,
      status: 'open',
      aggregate: 'list',
      ...(memory.lastSummary.region ? { region: memory.lastSummary.region } : {}),
    };
  if (focus === 'deals')
    return (
      memory.lastDealList ??
      memory.lastDealQuery ??
      (memory.lastDeals?.length
        ? {
            record: 'deal',
            owner: memory.lastDealsOwner ?? { scope: 'mine' },
            dealIds: memory.lastDeals,
            aggregate: 'list',
          }
        : undefined)
    );
  if (focus === 'records') return memory.lastRecordQuery;
  return undefined;
}

/**
 * "sort that by amount", "just the top 3", "show me the rest", "more", "next" after a list: the same
 * records in another order, cut to their first rows, or the rows after those shown. Rankings,
 * breakdowns, counts and one record's field are no list to reshape.
 */
/** Figures of records that a list of those records stands behind (not a breakdown or one field). */
const FIGURES = new Set<RecordQuery['aggregate']>(['sum', 'count', 'average', 'median', 'list', 'top']);

/** The records behind the last figure or list, listed ("which deals were they" after a total). */
function recordsBehindUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  if (!asksForRecordsBehind(text)) return undefined;
  const last = lastListOf(memory);
  if (!last || last.groupBy || last.breakdown || last.agenda || !FIGURES.has(last.aggregate))
    return undefined;
  const { field: _field, offset: _offset, ...kept } = last;
  const query: RecordQuery = { ...kept, aggregate: 'list' };
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

function reshapedUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const reshape = listReshapeOf(text);
  const last = reshape && lastListOf(memory);
  if (!reshape || !last) return undefined;
  if (last.groupBy || last.breakdown || last.field || last.agenda) return undefined;
  if (last.aggregate !== 'list' && last.aggregate !== 'top' && last.aggregate !== 'count') return undefined;
  if (last.record !== 'deal' && last.record !== 'task' && last.record !== 'account') return undefined;
  const query: RecordQuery = { ...last };
  if (reshape.order) {
    // Only deals have an amount; tasks come by due day already.
    if (query.record !== 'deal') return undefined;
    query.order = reshape.order;
    query.aggregate = 'list';
    delete query.offset;
  }
  if (reshape.limit) {
    query.limit = reshape.limit;
    query.aggregate = 'list';
    delete query.offset;
    // "just the top 3" of deals in no order said: the biggest.
    if (query.record === 'deal' && !query.order) query.order = 'biggest';
  }
  if (reshape.all) {
    // Every row from the first, as many as a list may show.
    delete query.offset;
    query.limit = 50;
    query.aggregate = 'list';
  }
  if (reshape.more) {
    // After a count no row was shown: "more" lists them from the first.
    query.offset = last.aggregate === 'count' ? 0 : (last.offset ?? 0) + rowsPerList(last);
    // After "the top 3", the rest come a page at a time.
    if (last.aggregate !== 'list') delete query.limit;
    query.aggregate = 'list';
  }
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

/** The fields of a query each filter a follow-up can take off is kept in. */
const FILTER_FIELDS: Record<RemovableFilter, Array<keyof RecordQuery>> = {
  amount: ['minAmount', 'maxAmount'],
  region: ['region', 'country'],
  stage: ['stages', 'excludeStages'],
  date: [
    'closeFrom',
    'closeTo',
    'closedFrom',
    'closedTo',
    'occurredFrom',
    'occurredTo',
    'createdFrom',
    'createdTo',
  ],
  account: ['accountId', 'excludeAccountIds'],
  industry: ['industry', 'country'],
  type: ['dealTypes'],
};

/**
 * "and without the amount limit?", "drop the region filter", "what if i take off the amount
 * filter", "same but any stage" after a list: the same list with that filter taken off, every other
 * one kept. Undefined when the last list had no such filter (nothing to take off) or was no list of
 * records drawn by filters (a ranking, a breakdown, rows picked by id).
 */
function loosenedUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const removed = filtersRemovedOf(text);
  const last = removed && lastListOf(memory);
  if (!removed || !last) return undefined;
  if (last.groupBy || last.breakdown || last.field || last.agenda || last.dealIds?.length) return undefined;
  const query: RecordQuery = { ...last };
  let changed = false;
  for (const field of removed.flatMap((filter) => FILTER_FIELDS[filter])) {
    if (query[field] === undefined) continue;
    delete query[field];
    changed = true;
  }
  if (!changed) return undefined;
  delete query.offset;
  if (query.aggregate === 'top') query.aggregate = 'list';
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

/** A pointer back at an account: "they", "their", "them", "it", "its". */
const ACCOUNT_BACK = /\b(?:they|their|them|it|its|theirs)\b/i;

/**
 * A question about the products or orders of the account the conversation is on, said with a
 * pointer and no account named: "do they have api access?", "what plan are they on", "what have
 * they bought", "when was their last order?". The customer view of that account answers it.
 */
function accountProductsAskedBack(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const account = memory.lastAccount;
  if (!account || !ACCOUNT_BACK.test(text) || understanding.entities?.accounts.some((a) => a.score >= 0.9))
    return undefined;
  const asked =
    accountProductQuestionOf(text, understanding.entities?.products) ??
    purchaseWindowOf(text, understanding.entities, context.now, context.timezone);
  return asked
    ? { ...understanding, intent: 'customer_view', confidence: 0.95, accountMention: account.name }
    : undefined;
}

export function listFollowUpUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const focus = memory.lastFocus;
  // "do they have api access?", "what plan are they on? what have they bought" about the account the
  // conversation is on: its products and orders (the customer view), that account named.
  const productsOfShown = accountProductsAskedBack(text, memory, understanding, context);
  if (productsOfShown) return productsOfShown;
  // "just in emea", "what about last year" after a question about sales by product: that question again.
  if (
    focus === 'products' &&
    memory.lastProductQuestion &&
    productFollowUpOf(text, understanding.entities?.industries)
  )
    return { ...understanding, intent: 'product_sales', confidence: 0.95 };
  // "and the best?" after "worst win rate last quarter" (or "who has the most pipeline"): the same
  // ranking led by its other end.
  const end = focus === 'deals' && memory.lastDealQuery?.groupBy ? rankingEndOf(text) : undefined;
  if (end) {
    const ranking = { ...memory.lastDealQuery!, order: end };
    return {
      ...understanding,
      intent: 'record_query',
      confidence: 0.95,
      question: { kind: 'query', query: ranking, ownerGiven: true },
    };
  }
  // "and which ones did we lose?" after the wins since a day, "did we lose anything there?" after a
  // catch-up on Globex: the same deals' other outcome over the same period (w19c).
  const otherOutcome = outcomeAgain(text, memory, understanding);
  if (otherOutcome) return otherOutcome;
  // "any of my opps in negotiation bigger than that one?" after one deal was shown: deals set against it.
  const against = againstShownDeal(text, memory, understanding, context);
  if (against) return against;
  // "sort that by amount", "just the top 3", "show me the rest", "more": the last list reshaped.
  const reshaped = reshapedUnderstanding(text, memory, understanding);
  if (reshaped) return reshaped;
  // "which deals were they", "what were they" after "how much did i win in november": those deals.
  const behind = recordsBehindUnderstanding(text, memory, understanding);
  if (behind) return behind;
  // "and without the amount limit?", "drop the region filter": the last list with that filter taken off.
  const loosened = loosenedUnderstanding(text, memory, understanding);
  if (loosened) return loosened;
  // "upside?", "and best case?" right after a forecast: that figure of the same forecast.
  if (focus === 'forecast' && forecastFigureFollowUpOf(text))
    return { ...understanding, intent: 'forecast', confidence: 0.95 };
  // "only the support people" after a list of users: the same users, of that role.
  if (focus === 'team' && memory.lastRoster && rosterRoleNarrowingOf(text))
    return { ...understanding, intent: 'team_roster', confidence: 0.95 };
  // "thanks! which ones are overdue": thanks said first is no reading of its own when a follow-up comes after it.
  const courtesyFirst =
    (understanding.intent === 'thanks' || understanding.intent === 'greeting') && saysMoreThanThanks(text);
  const kept =
    KEPT.has(understanding.intent) &&
    understanding.confidence >= 0.8 &&
    !courtesyFirst &&
    !asksOnlyABreakdown(text, understanding, context);
  // "what does robert do" reads as a question about the bot ("help") until the people just shown are known.
  const person =
    !kept || understanding.intent === 'help'
      ? personRowUnderstanding(text, memory, understanding)
      : undefined;
  if (person) return person;
  if (kept) return undefined;
  // "and the median?" after an average, "how many of them opted out" after the contacts in the uk:
  // the same records, another figure or narrowed by what the new question adds.
  const same =
    moversFollowUpUnderstanding(text, memory, understanding) ??
    otherFigureUnderstanding(text, memory, understanding) ??
    narrowedRecordsUnderstanding(text, memory, understanding);
  if (same) return same;
  // "next step?", "who owns the account", "whos the coo", "which ones are mine" after an account's deals.
  const field =
    shownRecordUnderstanding(text, memory, understanding, context) ??
    namedRowUnderstanding(text, memory, understanding, context) ??
    listWorthUnderstanding(text, memory, understanding, context);
  if (field) return field;
  const comparison = comparisonUnderstanding(text, memory, understanding, context);
  if (comparison) return comparison;
  // "what about last month" after an audit answer: the audit handler asks the log again for that period.
  // "and globex?" after "who looked at acme this week": the same question of that record.
  if (focus === 'audit')
    return periodOnly(text, understanding, context) || recordOnly(text, understanding)
      ? auditAgain(understanding)
      : undefined;
  // "what about next quarter" after a forecast: the same people's forecast for that period.
  if (
    focus === 'forecast' &&
    understanding.entities?.periods.length &&
    periodOnly(text, understanding, context)
  )
    return { ...understanding, intent: 'forecast', confidence: 0.95 };
  // "same for globex", "what about initech" after a question of one account's records: that question of this one.
  const again = accountAgainUnderstanding(text, memory, understanding);
  if (again) return again;
  // "and the ones that are?" after "deals not in negotiation": the deals left out, this time.
  const leftOut = leftOutUnderstanding(text, memory, understanding);
  if (leftOut) return leftOut;
  if (focus !== 'deals' && focus !== 'summary' && focus !== 'records') {
    const alone = periodAloneUnderstanding(text, understanding, context);
    if (alone) return alone;
    // "who owns the first one?" with no list just shown: ask for the list, never answer on every deal.
    // (After an account, whose briefing lists its deals in its own order, the message is left as it is.)
    // ("top lead source" is marketing's ranking of lead sources, read by its words: no row of a list.)
    // "cases between the 1st and the 3rd": days of a period, no rows.
    const daysSaid = (understanding.entities?.periods ?? []).some((p) => /\d(?:st|nd|rd|th)\b/i.test(p.text));
    // "who is the top rep this year by revenue": a ranking asked outright reads as one, not as a row.
    const ranking = understanding.question?.kind === 'query' && Boolean(understanding.question.query.groupBy);
    return focus === undefined &&
      !ranking &&
      rowQuestionOf(text) &&
      !daysSaid &&
      !understanding.accountMention &&
      !(understanding.intent === 'lead_conversion' && understanding.confidence >= 0.95)
      ? NO_LIST(understanding)
      : undefined;
  }
  // "what was the main reason", "why did we lose them": why the lost deals just shown were lost.
  const lost = lostDealsShown(memory);
  if (lost && asksForLossReasons(text))
    return {
      ...understanding,
      intent: 'record_query',
      confidence: 0.95,
      question: { kind: 'query', query: lost, ownerGiven: true, lossReasons: true },
    };
  // "how many is that", "how many are there", "what's the count" after accounts were listed: those counted.
  if (focus === 'records' && memory.lastRecordQuery && COUNT_OF_SHOWN.test(text.toLowerCase().trim()))
    return {
      ...understanding,
      intent: 'record_query',
      confidence: 0.95,
      question: { kind: 'query', query: { ...memory.lastRecordQuery, aggregate: 'count' }, ownerGiven: true },
    };
  // "and their emails?" after the people at the accounts of a place: those people again, addresses shown.
  const shownPeople = memory.lastRecordQuery;
  if (
    focus === 'records' &&
    shownPeople?.record === 'contact' &&
    !shownPeople.accountId &&
    EMAILS_OF_SHOWN.test(text.toLowerCase().trim())
  )
    return {
      ...understanding,
      intent: 'record_query',
      confidence: 0.95,
      question: { kind: 'query', query: { ...shownPeople, aggregate: 'list' }, ownerGiven: true },
    };
  const followUp = listFollowUpOf(text, understanding.entities, context);
  if (!followUp) return undefined;
  // "only sophie's", "only the ones in emea" after the deals at risk: those deals at risk, not all deals.
  if (
    followUp.kind === 'refine' &&
    focus === 'deals' &&
    showsDealsAtRisk(memory) &&
    Object.keys(followUp.refinement).length > 0 &&
    Object.keys(followUp.refinement).every((key) => key === 'owner' || key === 'region')
  )
    return atRiskAgain(understanding, memory.lastAtRisk?.period, context);
  // Whose records the last list was of, when it was said; else the caller's usual (the handler's default).
  const asQuery = (
    query: RecordQuery,
    ownerGiven: boolean,
    picked?: { pickedFrom: string[]; pickedRow: number },
  ): Understanding => ({
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven, ...picked },
  });
  if (followUp.kind === 'pick' || followUp.kind === 'step') {
    if (focus === 'deals' && memory.lastDealQuery?.groupBy === 'owner' && memory.lastOwners?.length) {
      // A ranking's row: "who's last?", "and who came second?". A ranking smallest first ("who has
      // the fewest open deals") has its lowest at the top: "who's lowest" is its first row there.
      const names = memory.lastOwners;
      const flipped =
        followUp.kind === 'pick' &&
        memory.lastDealQuery.order === 'smallest' &&
        /\b(?:lowest|highest)\b/i.test(text)
          ? { ...followUp, index: followUp.index === 0 ? -1 : 0 }
          : followUp;
      const at = rowIndex(flipped, names, memory.lastPicked);
      if (at === undefined || followUp.question) return undefined;
      return asQuery(memory.lastDealQuery, true, { pickedFrom: names, pickedRow: at });
    }
    if (focus === 'deals' && memory.lastDeals?.length) {
      const ids = memory.lastDeals;
      const at = rowIndex(followUp, ids, memory.lastPicked);
      if (at === undefined) return nextToClose(followUp, memory, context, asQuery);
      const asked = followUp.question ? rowFieldOf(followUp.question, understanding, context) : undefined;
      if (followUp.question && !asked) return undefined;
      const owner = memory.lastDealQuery?.owner ?? memory.lastDealsOwner;
      const query: RecordQuery = {
        record: 'deal',
        owner: owner ?? { scope: 'mine' },
        dealIds: [ids[at]!],
        aggregate: asked ? 'top' : 'list',
        ...(asked ? { field: asked } : {}),
      };
      return asQuery(query, owner !== undefined, { pickedFrom: ids, pickedRow: at });
    }
    if (
      focus === 'records' &&
      memory.lastAccounts?.length &&
      followUp.kind === 'pick' &&
      !followUp.question
    ) {
      const shown = memory.lastAccounts;
      const account = followUp.index < 0 ? shown[shown.length - 1] : shown[followUp.index];
      if (!account) return undefined;
      return { ...understanding, intent: 'briefing', confidence: 0.95, accountMention: account.name };
    }
    return undefined;
  }
  if (focus === 'summary' && memory.lastSummary) {
    // "only the ones closing this month" after a pipeline: its open deals closing then, listed.
    const closing = closingDealsOf(text, memory.lastSummary, followUp.refinement);
    if (closing) return asQuery(closing, true);
    const query = refinedSummary(memory.lastSummary, followUp.refinement);
    // "only the ones in germany", "just negotiation" after a pipeline: its open deals, narrowed.
    if (!query) {
      const deals = refinedQuery(lastListOf(memory)!, followUp.refinement);
      return deals ? asQuery(deals, true) : undefined;
    }
    return {
      ...understanding,
      intent: 'pipeline_summary',
      confidence: 0.95,
      question: { kind: 'summary', query, ownerGiven: true },
    };
  }
  const last =
    focus === 'deals'
      ? (memory.lastDealList ??
        memory.lastDealQuery ??
        (memory.lastDeals?.length
          ? ({
              record: 'deal',
              owner: memory.lastDealsOwner ?? { scope: 'mine' },
              dealIds: memory.lastDeals,
              aggregate: 'list',
            } satisfies RecordQuery)
          : undefined))
      : memory.lastRecordQuery;
  const query = last && refinedQuery(last, followUp.refinement);
  const ownerKnown =
    followUp.refinement.owner !== undefined ||
    focus !== 'deals' ||
    memory.lastDealQuery !== undefined ||
    memory.lastDealsOwner !== undefined;
  return query ? asQuery(query, ownerKnown) : undefined;
}
