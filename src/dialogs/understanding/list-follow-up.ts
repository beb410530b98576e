import {
  countryMentionIn,
  numberSaid,
  numberWordsBetween,
  type DealStage,
  type BreakdownField,
  type DealType,
  type InteractionType,
  type QueryOwner,
  type Region,
} from '../../vocabulary';
import { interactionKindsIn } from './activity-question';
import type { MessageEntities } from './entities/extract-entities';
import {
  amountBounds,
  lostReasonOf,
  namedPeriod,
  REGIONS,
  todayIn,
  type RecordQuestionContext,
} from './record-question';
import { dealTypesOf } from './deal-types';
import { periodShiftIn, type PeriodShift } from './period-shift';
import {
  forecastCategoriesOf,
  withoutForecastCategories,
  type AskedForecastCategory,
} from './entities/forecast-categories';
import { rowQuestionOf } from './row-reference';

/**
 * What a follow-up changes in the list or summary the last answer showed: a region, stages, amount
 * bounds, a period or whose records ("only the ones in emea", "what about last quarter", "just
 * negotiation", "and for Olivia?", "over 100k only").
 */
export interface Refinement {
  region?: Region;
  /** "just the globex ones", "which of them are acme": the rows of that account. */
  accountId?: string;
  stages?: DealStage[];
  /** "which of them aren't in negotiation", "except the acme ones": stages and accounts left out. */
  excludeStages?: DealStage[];
  excludeAccountIds?: string[];
  /** "only the renewals", "just the upsells": deals of these types. */
  dealTypes?: DealType[];
  /** "which ones did we lose on price": lost deals whose recorded reason holds this word. */
  lostReason?: string;
  /** "which of those are commit", "and best case": the rep's forecast category of each deal. */
  forecastCategories?: AskedForecastCategory[];
  minAmount?: number;
  maxAmount?: number;
  period?: { from: string; to: string; label: string };
  /**
   * The period read as one already begun, when that differs ("what about october" in December: this
   * year's October, where `period` is next year's): for an answer about deals already closed.
   */
  pastPeriod?: { from: string; to: string; label: string };
  owner?: QueryOwner;
  /** "and the month after that?": the period next to the last answer's, which only that answer knows. */
  shift?: PeriodShift;
  /** "which ones are late", "only the overdue ones": past their due or close date. */
  overdue?: true;
  /** "by stage?", "broken down by stage", "per stage": the last summary's open pipeline stage by stage. */
  byStage?: true;
  /**
   * "by source", "break that down by industry", "per country": the same records counted per value of
   * that field (`byStage` is the stage); "by rep", "by region": deals grouped by owner or region.
   */
  byField?: BreakdownField | 'owner';
  /** "which of them are prospects", "only the customers": accounts of that status. */
  accountStatus?: 'customer' | 'prospect' | 'churned';
  /** "only the software ones", "which of them are in healthcare": accounts of that industry (as the store spells it). */
  industry?: string;
  /** "just the german ones", "only uk", "what about france": accounts in that country (its English name). */
  country?: string;
  /** "how many of them are prospects": the narrowed records counted rather than listed. */
  count?: true;
  /** "and meetings?" after calls were counted: interactions of these kinds instead. */
  interactionTypes?: InteractionType[];
  /** "sort that by amount", "biggest first", "by close date": the same rows in another order. */
  order?: 'biggest' | 'smallest' | 'soonest';
  /** "just the top 3", "only the first 5", "top 10": the first rows of the list, in its order. */
  limit?: number;
  /** "show me the rest", "more", "next", "the others": the rows after those just shown. */
  more?: true;
  /** "all of them", "show all", "the whole list": every row of the list, from its first. */
  all?: true;
}

/**
 * A message that only works on the last answer's list: a refinement of it, one of its rows picked by
 * position ("the second one", "number 3", "the last one"; `index` from 0, -1 the last) or next to
 * the row picked before ("the one after that": `step` 1), with what it asks of that row ("who owns
 * the first one?" asks "who owns it?").
 */
export type ListFollowUp =
  | { kind: 'refine'; refinement: Refinement }
  | { kind: 'pick'; index: number; question?: string }
  | { kind: 'step'; step: 1 | -1; question?: string };

/** Words a follow-up is made of besides its filters ("only the ones in …", "what about …", "and for …"). */
const FILLER = new Set(
  (
    'a about all and any anything are but by can could deal deals do does filter filtered for from give going ' +
    'how i in instead is it just keep let limit me narrow now of ok okay on one ones only opps please same see ' +
    'show so than that the their them then there these they this those to what which with within would you ' +
    'over above under below more less least at most bigger smaller greater larger up or plus ' +
    'close closes closing closed due expected landing during am breakdown broken down split ' +
    "not aren't arent isn't isnt except excluding other besides without minus apart aside " +
    'account accounts company companies firms'
  ).split(' '),
);

/** Records past their date: "which ones are late", "any overdue?", "which am i behind on". */
const LATE =
  /\b(?:late|overdue|past (?:their |its |the )?(?:due|close)(?: dates?)?|behind(?: on| with)?|missed|let (?:\w+ )?slip|slipped(?: through(?: the cracks)?)?|dropped(?: the ball on)?)\b/;

/** Thanks or an acknowledgement said before the follow-up ("lovely, ta. and which ones …", "cheers, …"). */
const THANKS_FIRST =
  /^\s*(?:(?:lovely|great|brilliant|perfect|nice|cool|thanks|thank\s+you|thx|ty|ta|cheers|awesome|super|excellent|got\s+it|right|alright|ok|okay)\b[\s,.!;:-]*)+(?=\S)/;

/** A narrowing said outright ("only …", "just …", "filter to …", "which of them …"): an account said there narrows the list. */
const NARROWING =
  /^\s*(?:(?:ok|okay|so|now|then|and)[\s,]+)*(?:only|just|filter|narrow|limit|keep)\b|\b(?:which|how many)\s+of\s+(?:them|those|these)\b|^\s*(?:and\s+)?(?:the\s+)?ones\s+(?:at|for|with)\b/;

/** A breakdown by stage: "by stage?", "split by stage", "per stage", "stage by stage", "stage breakdown". */
const BY_STAGE =
  /\b(?:(?:broken|break(?:ing)?|split|grouped|bucketed)\s+(?:(?:it|that|them|this)\s+)?(?:down\s+|out\s+|up\s+)?)?(?:by|per|for each|across|in each)\s+(?:the\s+)?(?:deal\s+|pipeline\s+|sales\s+)?stages?\b|\bstage\s+by\s+stage\b|\b(?:each|every)\s+stage\b|\bstage\s*(?:-\s*)?(?:breakdown|split)\b|\bbreakdown\s+of\s+(?:the\s+)?stages\b/;

/** A breakdown by another field than the stage: "by source", "split them by industry", "per rep". */
const BY_FIELD =
  /\b(?:(?:broken|break(?:ing)?|split|grouped|bucketed|count(?:ed)?)\s+(?:(?:it|that|them|this|those|these)\s+)?(?:down\s+|out\s+|up\s+)?)?(?:by|per|for each|across|in each)\s+(?:the\s+|their\s+|its\s+)?(?:deal\s+|lead\s+|account\s+)?(sources?|channels?|types?|industr(?:y|ies)|verticals?|sectors?|countr(?:y|ies)|currenc(?:y|ies)|forecast\s+categor(?:y|ies)|(?:buying\s+)?roles?|(?:company\s+)?sizes?|status(?:es)?|(?:sales\s*)?reps?|owners?|sellers?|regions?)\b/;

/** The field a `BY_FIELD` word names. */
function breakdownFieldOf(word: string): BreakdownField | 'owner' {
  if (/^(?:sources?|channels?)$/.test(word)) return 'source';
  if (/^types?$/.test(word)) return 'type';
  if (/^(?:industr|vertical|sector)/.test(word)) return 'industry';
  if (/^countr/.test(word)) return 'country';
  if (/^currenc/.test(word)) return 'currency';
  if (/^forecast/.test(word)) return 'forecastCategory';
  if (/roles?$/.test(word)) return 'buyingRole';
  if (/sizes?$/.test(word)) return 'size';
  if (/^status/.test(word)) return 'status';
  if (/^regions?$/.test(word)) return 'region';
  return 'owner';
}

/** Words that say a period is up to now ("so far", "to date"). */
const SO_FAR =
  /\b(?:so far|to date|up (?:to|till|until) (?:now|today)|(?:un)?til(?:l)? (?:now|today)|yet)\b/g;

/** The words of a deal type ("renewals", "renewal deals", "upsells", "new business"), to take out once read. */
const TYPE_WORDS =
  /\b(?:renewals?|renew(?:s|ing)|upsells?|up-sells?|expansions?|cross-?sells?|(?:net[- ])?new[- ]business|new[- ]logos?|net[- ]new)\b/g;

/** Why deals were lost, said with who lost them ("which ones did we lose on price", "lost to a competitor"). */
const LOST_FOR =
  /\b(?:(?:did|do|have|had|were|was)\s+)?(?:(?:we|i|you|they)\s+)?(?:lost|lose|losing)\s+(?:\w+\s+)?(?:to|on|over|because of|due to|for)\s+(?:a\s+|an\s+|the\s+|our\s+|their\s+)?[a-z]+/;

/** A status of accounts: "prospects", "paying customers", "churned ones". */
const ACCOUNT_STATUS_WORDS = /\b(?:paying\s+)?(?:customers?|clients?)\b|\bprospects?\b|\bchurned\b/g;
/** Words pointing at the records just shown: "of them", "which ones", "the ones". */
const AT_THE_SHOWN = /\bof\s+(?:them|those|these)\b|\b(?:which|the)\s+ones\b/;
/** A count asked of the records narrowed: "how many of them are prospects". */
const HOW_MANY = /\bhow\s+many\b|\bnumber\s+of\b/;

/** Records named outright. */
const RECORD_NOUN = /\b(?:deals?|opps?|opportunit(?:y|ies)|accounts?|customers?|companies|tasks?)\b/;
/** "how many are prospects", "how many were churned": a count of the records just shown, by what they are. */
const HOW_MANY_ARE = /^\s*how\s+many\s+(?:are|were)\b/;
/** A filter said last, then "only" ("prospects only", "software only", "churned ones only please"). */
const ONLY_AT_END = /\bonly(?:\s+(?:please|pls|thanks))?\s*[?.!]*$/;
/** How a follow-up starts ("only …", "just …", "what about …", "and …", "same for …", "of those …"). */
const FOLLOW_UP_START =
  /^\s*(?:(?:ok|okay|so|now|then)[\s,]+)*(?:only|just|but|and|what about|how about|same|now|filter|narrow|limit|keep|of (?:those|these|them))\b/;

/** Removes `part` (as written) from `text` once, case-insensitively. */
function without(text: string, part: string): string {
  const at = text.indexOf(part.toLowerCase());
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + part.length)}`;
}

/**
 * Reads a message as a follow-up on the list or summary the last answer showed, from its words
 * alone (the caller decides whether such an answer was shown): made only of filters ("only the
 * ones in emea", "what about last quarter", "how about negotiation", "over 100k only", "and for
 * Olivia?") and the words around them, or a row picked by position. Undefined when any other word
 * is left ("what about my tasks", "and the Globex deals?" are questions of their own).
 */
/** A number said as a digit or a word, up to twenty. */
const NUMBER = String.raw`(\d{1,2}|${numberWordsBetween(1, 20)})`;
/** "sort that by amount", "order them by close date", "biggest first", "by size", "largest to smallest". */
const ORDER_WORDS: ReadonlyArray<[RegExp, 'biggest' | 'smallest' | 'soonest']> = [
  [
    /\b(?:(?:sort|order|rank|arrange)(?:ed)?\s+(?:it|that|them|those|these|this|the\s+list|the\s+deals)?\s*by\s+(?:the\s+)?(?:amount|size|value)\s+(?:asc(?:ending)?|smallest\s+first)|(?:smallest|lowest)(?:\s+(?:ones?|deals?|amounts?))?\s+first|smallest\s+to\s+(?:biggest|largest)|low(?:est)?\s+to\s+high(?:est)?)\b/,
    'smallest',
  ],
  [
    /\b(?:(?:sort|order|rank|arrange)(?:ed)?\s+(?:it|that|them|those|these|this|the\s+list|the\s+deals|by)?\s*(?:by\s+)?(?:(?:the\s+)?(?:amount|size|value|deal\s+size|revenue|money)|biggest|largest)(?:\s+(?:first|desc(?:ending)?))?|(?:biggest|largest|highest)(?:\s+(?:ones?|deals?|amounts?))?\s+(?:first|on\s+top)|largest\s+to\s+smallest|high(?:est)?\s+to\s+low(?:est)?)\b/,
    'biggest',
  ],
  [
    /\b(?:(?:sort|order|rank|arrange)(?:ed)?\s+(?:it|that|them|those|these|this|the\s+list|the\s+deals)?\s*by\s+(?:the\s+)?(?:close\s+date|closing\s+date|date|due\s+(?:date|day)|when\s+they\s+close)|(?:soonest|earliest)(?:\s+(?:to\s+close|ones?))?\s+first|by\s+(?:close|closing|due)\s+date)\b/,
    'soonest',
  ],
];
/** "sort by amount", "order them by size": the key of an order whose direction is said apart. */
const SORT_KEY =
  /\b(?:sort|order|rank|arrange)(?:ed)?\s+(?:it|that|them|those|these|this|the\s+list|the\s+deals)?\s*by\s+(?:the\s+)?(?:amount|size|value|deal\s+size)\b/g;
/** "just the top 3", "only the first five", "top 10", "give me 3", "the top three only". */
const LIMIT = new RegExp(
  String.raw`^\s*(?:(?:ok|okay|so|now|then|and)[\s,]+)*(?:(?:just|only)\s+(?:show\s+(?:me\s+)?)?|(?:show|give)\s+me\s+(?:just\s+|only\s+)?)?(?:the\s+)?(?:top|first|biggest|largest)\s+${NUMBER}(?:\s+(?:ones?|of\s+(?:them|those|these)|deals|opps|tasks|accounts))?(?:\s+only)?(?:\s+(?:please|pls))?\s*[?.!]*\s*$`,
);
/** "show me the rest", "more", "next", "next page", "the others", "all of them", "keep going". */
const MORE =
  /^\s*(?:(?:ok|okay|so|and|then|cool|thanks|great|yes)[\s,!.]+)*(?:(?:show|give|list)\s+(?:me\s+)?)?(?:(?:the\s+)?(?:rest|others|remaining(?:\s+ones)?|next\s+(?:ones|page|few|batch)|rest\s+of\s+(?:them|those|it|the\s+list))|(?:some\s+)?more(?:\s+(?:please|pls|of\s+(?:them|those)))?|next|next\s+please|keep\s+going|continue|go\s+on|see\s+more|any\s+more|anything\s+else\s+on\s+the\s+list)(?:\s+(?:please|pls))?\s*[?.!]*\s*$/;

/**
 * The last list reshaped: put in another order ("sort that by amount"), cut to its first rows
 * ("just the top 3") or carried on past the rows shown ("show me the rest", "more", "next");
 * undefined for anything else.
 */
/** "all of them", "show all", "the whole list", "list them all", "every one of them". */
const ALL =
  /^\s*(?:(?:ok|okay|so|and|then|cool|thanks|great|yes)[\s,!.]+)*(?:(?:show|give|list)\s+(?:me\s+)?)?(?:all\s+of\s+them|them\s+all|all(?:\s+\d+)?|(?:the\s+)?whole\s+(?:list|lot|thing)|the\s+full\s+list|every\s*(?:one|thing)(?:\s+of\s+them)?)(?:\s+(?:please|pls))?\s*[?.!]*\s*$/;

/**
 * "which deals were they", "which ones?", "what were they", "list them", "show me those", "name
 * them": the records behind the figure or list just given, asked for by pointing back alone.
 */
const RECORDS_BEHIND =
  /^\s*(?:(?:ok|okay|so|and|cool|great|nice|thanks|wow)[\s,!.]+)*(?:(?:which|what)\s+(?:(?:deals?|ones?|opps?|opportunities|accounts?|tasks?)\s+)?(?:were|are|was|is)\s+(?:they|those|these|them|it|that)|(?:which|what)\s+(?:ones|deals|opps)|(?:(?:show|list|give|tell)\s+(?:me\s+|us\s+)?|(?:can\s+i\s+)?see\s+|name\s+)(?:them|those|these|those\s+deals|the\s+deals|which\s+ones))(?:\s+(?:please|pls))?\s*[?.!]*\s*$/;

/** True when a message asks for the records behind the last answer's figure by pointing back alone. */
export function asksForRecordsBehind(message: string): boolean {
  return RECORDS_BEHIND.test(message.toLowerCase().replace(/[’‘]/g, "'"));
}

export function listReshapeOf(
  message: string,
): Pick<Refinement, 'order' | 'limit' | 'more' | 'all'> | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (MORE.test(text)) return { more: true };
  if (ALL.test(text)) return { all: true };
  const limit = LIMIT.exec(text);
  if (limit) {
    const said = limit[1]!;
    const n = numberSaid(said) ?? NaN;
    return n >= 1 && n <= 50 ? { limit: n } : undefined;
  }
  const order = ORDER_WORDS.find(([pattern]) => pattern.test(text));
  if (!order) return undefined;
  // "sort that by amount": nothing else said but the order (and follow-up filler).
  // Every phrase of that same order goes, and a sort key said apart from its direction: "sort by
  // amount, biggest first", "sort by amount, smallest first".
  const rest = ORDER_WORDS.filter(([, said]) => said === order[1])
    .reduce((left, [pattern]) => left.replace(new RegExp(pattern.source, 'g'), ' '), text)
    .replace(SORT_KEY, ' ')
    .replace(
      /\b(?:can|could|you|please|pls|now|ok|okay|so|then|and|instead|it|that|them|those|these|this|list|the|deals|opps|tasks|me|show|again|first)\b/g,
      ' ',
    );
  return /[a-z0-9]/.test(rest) ? undefined : { order: order[1] };
}

/** Words the date reader takes for today that name no day of a list ("now do sam", "currently"). */
const NOT_A_DAY_SAID = /\bnow\b|\bcurrent(?:ly)?\b|\bat\s+the\s+moment\b|\batm\b|\bas\s+of\b/i;
/** A weekday said ("friday", "on tue"). */
const WEEKDAY_SAID =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:wednes|thurs|satur)day\b/;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function listFollowUpOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): ListFollowUp | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(THANKS_FIRST, '');
  // "the month after that" moves the period; "the one after that" steps to the next row.
  const shifted = periodShiftIn(text);
  const row = shifted ? undefined : rowQuestionOf(text);
  if (row) {
    const question = row.question ? { question: row.question } : {};
    return 'step' in row.row
      ? { kind: 'step', step: row.row.step, ...question }
      : { kind: 'pick', index: row.row.index, ...question };
  }
  // A named account or contact makes a question of its own ("what about Globex?"), unless an account
  // is said to narrow the list ("just the globex ones", "which of them are acme").
  const account = entities?.accounts.find((a) => a.score >= 0.9);
  const narrowsTo = account && !account.bySound && NARROWING.test(text) ? account : undefined;
  if ((account && !narrowsTo) || entities?.contacts.some((c) => c.score >= 0.9)) return undefined;
  const refinement: Refinement = {};
  let rest = text;
  if (narrowsTo) {
    refinement.accountId = narrowsTo.id;
    rest = without(rest, narrowsTo.text)
      .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|group)\b/g, ' ')
      .replace(/(^|\s)'s\b/g, ' ');
  }
  const region = REGIONS.find(([pattern]) => pattern.test(text));
  if (region) {
    refinement.region = region[1];
    rest = rest.replace(region[0], ' ');
  }
  // "only the software ones", "which of them are in healthcare": an industry of the store's accounts.
  const industry = entities?.industries?.[0];
  if (industry) {
    refinement.industry = industry.name;
    rest = without(rest, industry.text);
  }
  // "just the german ones", "only uk", "what about france": a country, by name, other name or adjective.
  const country = countryMentionIn(rest);
  if (country) {
    refinement.country = country.country.name;
    rest = without(rest, country.words);
  }
  const stages = (entities?.dealStages ?? []).filter(
    (s) => s.stage !== 'closed_won' && s.stage !== 'closed_lost',
  );
  if (stages.length) {
    refinement.stages = stages.map((s) => s.stage);
    for (const stage of stages) rest = without(rest, stage.text);
  }
  // "which of them aren't in negotiation", "except the acme ones": those left out of the list.
  const leftOutStages = (entities?.excludedStages ?? []).filter(
    (s) => s.stage !== 'closed_won' && s.stage !== 'closed_lost',
  );
  if (leftOutStages.length) {
    refinement.excludeStages = leftOutStages.map((s) => s.stage);
    for (const stage of leftOutStages) rest = without(rest, stage.text);
  }
  const leftOutAccounts = (entities?.excludedAccounts ?? []).filter((a) => a.score >= 0.9 && !a.bySound);
  if (leftOutAccounts.length) {
    refinement.excludeAccountIds = [...new Set(leftOutAccounts.map((a) => a.id))];
    for (const account of leftOutAccounts) rest = without(rest, account.text);
    rest = rest
      .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|group)\b/g, ' ')
      .replace(/(^|\s)'s\b/g, ' ');
  }
  const types = dealTypesOf(rest);
  if (types.length) {
    refinement.dealTypes = types;
    rest = rest.replace(TYPE_WORDS, ' ');
  }
  const lostFor = lostReasonOf(rest);
  if (lostFor) {
    refinement.lostReason = lostFor;
    rest = rest.replace(LOST_FOR, ' ');
  }
  const categories = forecastCategoriesOf(rest);
  if (categories.length) {
    refinement.forecastCategories = categories;
    rest = withoutForecastCategories(rest);
  }
  const { min, max } = amountBounds(text, entities);
  if (min !== undefined) refinement.minAmount = min;
  if (max !== undefined) refinement.maxAmount = max;
  for (const money of entities?.money ?? []) rest = without(rest, money.text);
  const today = todayIn(context.now, context.timezone);
  const period = namedPeriod(text, entities, context.now, today);
  if (period) {
    refinement.period = period;
    const past = namedPeriod(text, entities, context.now, today, true);
    if (past && past.from !== period.from) refinement.pastPeriod = past;
    // "this quarter so far", "this year to date": the period up to now, which is all a past answer has.
    rest = without(rest, entities!.periods[0]!.text).replace(SO_FAR, ' ');
  } else if (shifted) {
    refinement.shift = shifted.shift;
    rest = without(rest, shifted.words);
  } else if (entities?.dates.length === 1 && !NOT_A_DAY_SAID.test(entities.dates[0]!.text)) {
    // "and tomorrow?", "what about friday" after a list by day: that one day.
    const day = entities.dates[0]!;
    refinement.period = { from: day.date, to: day.date, label: day.text };
    // A weekday read ahead is the one just gone for what has happened ("and on tuesday?" after calls).
    if (day.date > today && WEEKDAY_SAID.test(day.text)) {
      const past = addDays(day.date, -7);
      refinement.pastPeriod = { from: past, to: past, label: day.text };
    }
    rest = without(rest, day.text);
  }
  // "and meetings?", "what about emails": the interactions counted or listed, of another kind.
  const kinds = interactionKindsIn(rest);
  if (kinds.length) {
    refinement.interactionTypes = kinds.map((kind) => kind.type);
    for (const kind of kinds) rest = rest.replace(kind.words, ' ');
  }
  const byStage = BY_STAGE.exec(rest);
  if (byStage) {
    refinement.byStage = true;
    rest = rest.replace(byStage[0], ' ');
  }
  const byField = refinement.byStage ? null : BY_FIELD.exec(rest);
  if (byField) {
    refinement.byField = breakdownFieldOf(byField[1]!);
    rest = rest.replace(byField[0], ' ');
  }
  if (LATE.test(rest)) {
    refinement.overdue = true;
    // "which ones have i let slip - the overdue ones?": every word of lateness said.
    rest = rest
      .replace(new RegExp(LATE.source, 'g'), ' ')
      // "which ones have i let slip", "which did we miss": whose slip it was is no word of its own.
      .replace(/\b(?:have|has|did)\s+(?:i|we|you|they)\b/g, ' ');
  }
  const rep = entities?.people.find((p) => p.kind === 'rep');
  const team = entities?.teams[0];
  if (rep?.kind === 'rep' && rep.candidates[0] && rep.candidates[0].score >= 0.8) {
    refinement.owner = { rep: rep.candidates[0].name };
    // "only sam's": the possessive left of a name is no word of its own.
    rest = without(rest, rep.text).replace(/\s'?s\b/, ' ');
  } else if (team) {
    refinement.owner = { team: team.name };
    rest = without(rest, team.text).replace(/\bteam\b/, ' ');
  } else if (/\b(?:my|our|the)\s+team(?:'s)?\b/.test(rest)) {
    refinement.owner = { scope: 'team' };
    rest = rest.replace(/\b(?:my|our|the)\s+team(?:'s)?\b/, ' ');
  } else if (
    /\b(?:just|only)\s+(?:mine|my own|my deals)\b|^\s*(?:and\s+)?(?:mine|my own)\b|\b(?:are|is)\s+(?:mine|my own)\b/.test(
      rest,
    )
  ) {
    refinement.owner = { scope: 'mine' };
    rest = rest.replace(/\b(?:mine|my own|my deals)\b/, ' ');
  } else if (/\b(?:everyone|everybody|the whole company|all teams|company-?wide)\b/.test(rest)) {
    refinement.owner = { scope: 'all' };
    rest = rest.replace(/\b(?:everyone|everybody|the whole company|all teams|company-?wide)\b/, ' ');
  }
  // "how many of them are prospects", "only the customers": said of the accounts just shown.
  const statusWords = rest.match(ACCOUNT_STATUS_WORDS);
  const pointsBack =
    AT_THE_SHOWN.test(text) ||
    FOLLOW_UP_START.test(text) ||
    ONLY_AT_END.test(text) ||
    HOW_MANY_ARE.test(text);
  if (statusWords && pointsBack) {
    refinement.accountStatus = statusWords.some((word) => word === 'churned')
      ? 'churned'
      : statusWords.some((word) => word.startsWith('prospect'))
        ? 'prospect'
        : 'customer';
    rest = rest.replace(ACCOUNT_STATUS_WORDS, ' ');
  }
  if (Object.keys(refinement).length === 0) return undefined;
  // "how many of them are in emea": the narrowed records counted (a count alone narrows nothing).
  if (HOW_MANY.test(rest) && pointsBack) {
    refinement.count = true;
    rest = rest.replace(HOW_MANY, ' ');
  }
  // Records named outright make a question of its own ("deals in negotiation over 100k"), unless
  // the message starts like a follow-up ("only the deals over 100k", "what about deals in emea") or
  // the records are the status narrowed to ("how many of them are customers").
  const named = refinement.accountStatus ? text.replace(ACCOUNT_STATUS_WORDS, ' ') : text;
  if (RECORD_NOUN.test(named) && !FOLLOW_UP_START.test(text) && !ONLY_AT_END.test(text)) return undefined;
  const words = rest.match(/[a-z']+/g) ?? [];
  if (!words.every((word) => FILLER.has(word) || FILLER.has(word.replace(/'s$/, '')))) return undefined;
  return { kind: 'refine', refinement };
}
