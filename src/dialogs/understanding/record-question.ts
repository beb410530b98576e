import type { NameCandidate } from './entities/name-matcher';
import { relatedCountOf, type RelatedCountMention } from './related-count';
import {
  conversionAskedIn,
  countryMentionIn,
  countrySaidIn,
  currencyNamedIn,
  numberSaid,
  numberWordsBetween,
  jobKindsRole,
  jobKindsSaidIn,
  type DealStage,
  type QueryOwner,
  type RecordQuery,
  type Region,
  type SummaryQuery,
} from '../../vocabulary';
import type { MessageEntities } from './entities/extract-entities';
import { emailStandingOf, peopleAtAccountsOf, peopleWhoLeftOf } from './people-at-accounts';
import { negatedSpans, spansOf } from './entities/negated-mentions';
import { ORDINALS } from './entities/periods';
import { teamOf } from './team-names';
import { timeAwayPeriodOf } from './time-away';
import { accountsMissingOf } from './accounts-missing';
import { dealsMissingOf } from './deals-missing';
import { activityQuestionOf, lastInteractionTypeOf, RECENTLY, whetherContactedOf } from './activity-question';
import { asksColleagueAccounts, asksColleagueOpenBusiness, colleagueAsPronoun } from './colleague-said';
import { closedDayOf, closedInThePast } from './closed-day';
import { dealSourcesOf } from './deal-sources';
import { forecastCategoriesOf } from './entities/forecast-categories';
import { breakdownQuery, fieldBreakdownOf } from './field-breakdown';
import { asksWhyDealsWereLost } from './reason-question';
import { comparisonQuery, fieldComparisonOf } from './field-comparison';
import { employeesSaidOf } from './employee-counts';
import { dealTypesOf, RENEWS } from './deal-types';
import {
  dealNameAfterClosingVerb,
  dealNamedForOwner,
  indirectDealName,
  ownedWordsOf,
  withoutRequestFrame,
} from './deal-name-words';
import {
  asksByRegion,
  cycleRankingOf,
  isBehind,
  asksWhoPerforms,
  metricRankingOf,
  ownerRankingOf,
  eachGroupTopOf,
  regionRankingOf,
} from './owner-ranking';
import { accountRankingOf } from './account-ranking';
import type { MoversDirection } from './movers';
import { personHistoryOf } from './person-history';
import { personQuestionOf } from './person-question';
import { firstNameSaid } from './first-name-said';
import { SPAN_COUNT, salesMetricOf, spanDays, type SalesMetric } from './sales-metrics';
import {
  asksActivityPerMember,
  asksTasksPerMember,
  isOwnDayQuestion,
  quietRecordsOf,
  timeInStageOf,
} from './day-and-team-work';
import { patternOf } from '../../core/patterns';

/**
 * A question about records, as parsed from one message: a structured query or a pipeline summary,
 * with what it points back at in the conversation ("their", "that deal", "his") for the handler to fill in.
 */
export type RecordQuestion =
  | {
      kind: 'query';
      query: RecordQuery;
      ownerGiven: boolean;
      /** What the question points back at; `contacts`: the people the conversation just showed ("her", "them"). */
      refersTo?: 'account' | 'deals' | 'rep' | 'contacts';
      /** A row picked from the list just shown ("the second one"): that list, kept for the next pick. */
      pickedFrom?: string[];
      /** Which row of `pickedFrom` was picked, from 0 (a ranking's owner: "who's last?"). */
      pickedRow?: number;
      /** The amounts just shown asked in this currency ("how much is that in euros"): there are no exchange rates. */
      convertTo?: 'USD' | 'EUR' | 'GBP';
      /** Why the deals were lost, not the deals: their recorded reasons counted, the main one first. */
      lossReasons?: true;
      /** Who a named person is ("who is Jane Cooper?"): their title, company and details, not one field. */
      personOverview?: true;
      /** The person was named by first name alone ("email for jane"): the handler settles which one. */
      personFirstName?: string;
      /** The deals won or lost in the query's period against this period ("how does that compare to last year"). */
      comparedWith?: { from: string; to: string };
      /** With `comparedWith`: the people ranked on the change of what they won, the way asked ("who's down the most?"). */
      movers?: MoversDirection;
      /** Where these people (`me`: the caller) stand in the ranking of owners ("am i ahead of jordan"). */
      standing?: Array<'me' | string>;
      /** A period said alone with no answer to re-run ("what about last quarter"): the bot asks what to look at then. */
      periodAlone?: string;
      /**
       * The account asked about is that of these deals just shown (the biggest's, when `biggest`; the
       * biggest open deal of `accountId` after a briefing listed them). `ownContact`: the one deal
       * meant's own contact is asked ("who's the contact on it"), the account's people when it has none.
       */
      accountOfDeals?: { dealIds: string[]; biggest: boolean; ownContact?: true; accountId?: string };
      /**
       * No period was said, so the won or closed window is the current quarter by default ("what's my
       * win rate", "how many deals did we win"); an analyst's statistics drop it and read all time.
       */
      periodAssumed?: true;
    }
  | {
      kind: 'summary';
      query: SummaryQuery;
      ownerGiven: boolean;
      refersTo?: 'rep';
      /** The summary's period against this one ("vs last quarter?", "is that up or down"). */
      comparedWith?: { from: string; to: string };
      /** For a one-to-one with the rep ("prep me for my 1:1 with sam"): talking points follow the summary. */
      oneToOne?: true;
    };

/** What the parser needs besides the message: the clock and the reader's time zone. */
export interface RecordQuestionContext {
  now: Date;
  timezone: string;
}

/** Misspellings people type for the words the parser keys on. */
/** What happened while someone was away: the deals won, lost or signed, the leads that came in. */
const HAPPENED_WHILE_AWAY =
  /\b(?:won|win|wins|lost|lose|losses|closed|signed|booked|new|created|came\s+in|arrived|assigned)\b/;

const TYPOS: Array<[RegExp, string]> = [
  [/\bpip(?:l|el)ine\b/g, 'pipeline'],
  [/\bclsoing\b/g, 'closing'],
  [/\bnegotiaton\b/g, 'negotiation'],
  [/\bqtr\b/g, 'quarter'],
  [/\bdealz\b/g, 'deals'],
  // Apostrophes left out: "hows olivia doing", "whats my pipeline".
  [/\bhows\b/g, "how's"],
  [/\bwhats\b/g, "what's"],
  [/\bwhos\b/g, "who's"],
  // "pipe" is sales shorthand for the pipeline ("pipe by stage pls", "olivia's pipe").
  [/\bpipe\b/g, 'pipeline'],
  [/\bteams\s+pipeline\b/g, "team's pipeline"],
  // Plurals and letters slipped in marketing's counts: "top 5 industrys by # of acounts".
  [/\bindustrys\b|\bindustires\b/g, 'industries'],
  [/\bcountrys\b|\bcountires\b/g, 'countries'],
  [/\bacc?ou?nts\b(?<!\baccounts)/g, 'accounts'],
  [/\bcustmers\b|\bcustomres\b|\bcusotmers\b/g, 'customers'],
  [/\bprospcts\b|\bprospetcs\b/g, 'prospects'],
  // "top loss reasons this year": the reasons of the deals lost.
  [/\bloss\s+reasons?\b/g, 'lost reasons'],
];

/** Requests other handlers answer better (ranking by win chance, risks, forecasts, segments, writes). */
const ELSEWHERE =
  /\b(risk|risky|slipping|trouble|shaky|wobbly|forecast|fcst|pitch|recommend|segments?|champions\b|hibernating|loyal|log\s+(a|an|the)\b|new lead|move\b|mark\b|win chance|win prob\w*|win odds|odds of (?:winning|closing)|focus|call today|push|most likely|how likely|likel(?:y|ihood)\b(?:\s+\w+){0,4}\s+(?:close|win|land|sign)|churn(?!ed\b)\w*|digest|subscribe|score|numbers)\b/;
/** Words of advice ("focus", "push") that, about one's own day, ask for its agenda rather than a ranking. */
const ADVICE_WORDS = /\b(?:focus|push)\b/;
/** Forecast categories set side by side ("commit vs best case"): what each adds up to. */
const CATEGORIES_COMPARED = /\bvs\.?\b|\bversus\b|\bcompared?\b|\bsplit\b|\bbreak\s?down\b/;
/** Words that point back at records the conversation showed ("which one", "those", "them", "it"). */
const BACK_TO_RECORDS =
  /\b(those|these|them|they|which one|that one|this one|the ones?|of them|that deal|this deal|it)(?:\s+(?:expected|supposed|scheduled|due|going|set|slated|planned)\s+to)?\s*(?:\?|$|\b(?:up|close|closes|closing|worth|first|next|in total|together)\b)|\b(?:of|among|which of) (?:those|these|them|the ones)\b|\bwhich one\b|\bthe (?:biggest|largest|smallest) one\b/;

/** The amount asked with no deal named ("whats the amount", "and the deal value?"): of the deals just shown. */
const AMOUNT_OF_SHOWN =
  /^(?:(?:ok(?:ay)?|so|and)\W+)?(?:(?:what'?s|what is|whats)\s+)?the\s+(?:deal\s+)?(?:amount|value|size)\s*[?.!]*$/;

/** Words asking for an overview of someone's work ("summary", "rundown", "recap", "snapshot"). */
const OVERVIEW =
  /\b(summary|summar(?:ize|ise)|overview|rundown|run-down|recap|snapshot|round-?up|status update|state of play|health check|lowdown|the picture)\b/;
/** "How ... going / looking / performing": how someone's work is going. */
const HOW_GOING =
  /\bhow\b.*\b(doing|going(?! to\b)|looking(?! (?:at|up)\b)(?! for (?!me\b|us\b|my\b|our\b|the team\b|him\b|her\b))|performing|shaping up|coming along|faring|tracking|trending|pacing|getting on)\b/;

/** Words a bare follow-up on shown records is made of ("what's the total?", "how many is that?"). */
const FOLLOW_UP_WORDS = new Set(
  (
    'a all altogether amount and are biggest close closes closing combined count deal deals do does earliest first ' +
    "give how in is it it's largest many me much next of ok okay one ones please show smallest so soonest sum that " +
    "that's the them then there these they this those to together total value was what what's which worth"
  ).split(' '),
);

/** True when the message is only an aggregate asked of records shown before ("what's the total?"). */
function onlyAggregateWords(text: string): boolean {
  const words = text.match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.every((word) => FOLLOW_UP_WORDS.has(word));
}

/** "next" that starts a window ("closing next week", "next 30 days", "next March"), not "the next deal". */
const NOT_A_SPAN = String.raw`(?!\s+(?:week|month|quarter|qtr|year|fortnight|fiscal|fy|few|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?|months?|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|h[12])\w*)`;

/** The soonest open deal(s) to close: "the next Acme deal to close", "which closes first", "closing soonest". */
const SOONEST = new RegExp(
  String.raw`\b(?:soonest|earliest)\b|\bclos\w*\s+(?:the\s+)?(?:first|soonest|next${NOT_A_SPAN})\b|\b(?:first|next)\s+to\s+close\b|\bnext\s+(?:\d+\s+|two |three |five )?(?:[\w&.-]+\s+)?(?:deals?|opps?|opportunit\w+|ones?)\s+(?:to close|closing|that closes?|due)\b|\bnext${NOT_A_SPAN}\s+(?:[\w&.-]+\s+)?(?:deals?|opps?)\s+.*\bclos`,
);

/**
 * "biggest open deals of the team", "largest opps": the superlative of a plural, several rows. "the
 * biggest of my deals", "biggest deal" is the one top row.
 */
const SEVERAL_TOP =
  /\b(?:biggest|largest|smallest)\s+(?:(?!of\b)[\w-]+\s+){0,3}(?:deals|opps|opportunities|ones|losses|wins)\b/;
/**
 * "our biggest loss this quarter", "the largest loss last year": one lost deal, the top row (a
 * "loss" alone is a reason's or a ratio's word: "loss reasons", "loss rate").
 */
const SINGLE_LOSS =
  /\b(?:biggest|largest|smallest)\s+(?:single\s+)?loss\b(?!\s+(?:reasons?|rates?|ratios?|analysis))/;
/**
 * Won or lost deals asked over all the time there is ("my biggest win ever", "all-time wins", "won to
 * date"): no window, where a won or lost question without a period is this quarter's.
 */
const EVER =
  /\b(?:ever|all[-\s]time|of\s+all\s+time|to\s+date|lifetime|since\s+(?:day\s+one|(?:i|we)\s+(?:started|joined)))\b/;
/**
 * The caller's own latest interaction, said with "I" or "my": "when did i last talk to globex", "when
 * was i last in touch with acme", "my last call with initech", "last time i met them".
 */
const OWN_LAST_INTERACTION =
  /\b(?:did|have|had|was)\s+i\s+(?:last|most\s+recently)\b|\bi\s+last\s+(?:talk|talked|spoke|spoken|call|called|email|emailed|e-mailed|met|meet|saw|see|visit|visited|contact|contacted|heard|was)\b|\bmy\s+(?:last|latest|most\s+recent)\s+(?:call|email|e-mail|meeting|conversation|chat|touch|touchpoint|interaction|contact|visit|note)\b|\blast\s+time\s+i\b/;
/** How many rows "the biggest deals" shows when no number is said. */
const SEVERAL = 5;
/** How many of an account's latest interactions "the last meetings with acme" shows. */
const LATEST_SEVERAL = 5;

/** A list asked in an order, not its top row: "biggest first", "sorted by amount", "smallest to largest". */
const LIST_ORDERS: Array<[RegExp, 'biggest' | 'smallest' | 'soonest']> = [
  [
    /\b(?:biggest|largest|highest)\s+(?:ones?\s+|deals?\s+)?(?:first|on top|at the top)\b|\b(?:biggest|largest|highest)\s+to\s+(?:smallest|lowest)\b|\b(?:sort|sorted|order|ordered)\s+(?:them\s+|it\s+)?by\s+(?:the\s+)?(?:amount|size|value|deal size)\b/,
    'biggest',
  ],
  [
    /\b(?:smallest|lowest)\s+(?:ones?\s+|deals?\s+)?first\b|\b(?:smallest|lowest)\s+to\s+(?:biggest|largest|highest)\b/,
    'smallest',
  ],
  [/\b(?:soonest|earliest)\s+(?:ones?\s+|deals?\s+)?first\b/, 'soonest'],
];

/** Buying roles and titles asked of an account ("their CFO", "the decision maker"): the account's contacts. */
const ROLE_WORDS =
  /\bdecision[- ]?maker|\bmakes the decision|\bwho decides\b|\bchampion\b|\b(?:ceo|cfo|cto|coo|cio)\b/;

/** Segment names and their everyday forms: accounts counted by segment are the segment handler's. */
const SEGMENT_WORDS =
  /\b(champions?|loyal\w*|potential|promising|new customers?|need(?:s|ing)? attention|about to sleep|sleeping|at[- ]risk|can(?:no|')?t lose|hibernating|lost|big spenders?|segments?)\b/;
const RANKING = new RegExp(
  String.raw`\btop\s+((?:\d+|${numberWordsBetween(1, 50)})\s+)?(deals|team deals|deals for)\b|\bmy top\b|\bbest (?:deals|shots?|bets?|chances?|opportunities|opps)\b`,
);

/** The stages' own words (a synonym such as "contract" alone does not make a question about stages). */
const STAGE_NAMES = /\b(prospecting|qualif\w*|proposals?|negotiat\w*|discovery|closed[- ](?:won|lost))\b/;
const OPEN_STAGE_WORDS = ['prospecting', 'qualification', 'proposal', 'negotiation'] as const;
/** "in the next two weeks": a close window said with a count. */
const NEXT_SPAN = new RegExp(
  String.raw`\b(?:next|within(?: the next)?|in the next|coming)\s+(\d+|${numberWordsBetween(1, 10)})\s+(days?|weeks?)\b`,
);
/** "top 5", "the three biggest": how many rows a ranking shows. */
const ROWS = String.raw`\d+|${numberWordsBetween(2, 10)}`;
const ROWS_BEFORE_RECORDS = new RegExp(
  String.raw`\b(?:top|my|the|first|next)?\s*(${ROWS})\s+(?:biggest|largest|smallest|deals|opps|ones)\b`,
);
// "biggest 5 open deals", "top 3 team deals", "5 open deals with the biggest amounts".
const ROWS_RANKED = new RegExp(
  String.raw`\b(?:top|biggest|largest|smallest)\s+(${ROWS})\b|\b(${ROWS})\s+(?:open\s+|team\s+|of\s+(?:my|our|the)\s+)?(?:deals|opps|opportunities)\b`,
);
export const REGIONS: Array<[RegExp, Region]> = [
  [/\bemea\b|\beurope\b/, 'EMEA'],
  [/\bapac\b|\basia\b/, 'APAC'],
  [/\blatam\b|latin america/, 'LATAM'],
  [/\bnorth america\b|\bna\b/, 'NA'],
];

/** Monday of this week up to today: the period a question about activity means when it names none. */
function weekSoFar(today: string): { from: string; to: string } {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return { from: addDays(today, -weekday), to: today };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Day formatters by time zone: building one costs more than parsing a whole message. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The last day `todayIn` formatted: the readers of one message ask it the same time again and again. */
let lastDay = { time: Number.NaN, timeZone: '', day: '' };

/** Today in the reader's time zone, `YYYY-MM-DD`. */
/**
 * Follow-ups as things to do ("any follow ups i'm late on", "my overdue follow-ups", "follow-ups due
 * this week"): the tasks a logged call leaves. "follow up with acme" (a verb) is not one.
 */
const FOLLOW_UPS_TO_DO =
  /\bfollow[- ]?ups\b|\b(?:any|my|our|his|her|their|overdue|late|open|pending|missed|outstanding)\s+follow[- ]?up\b(?!\s+(?:with|on)\b)/;

/** "each one", "every one of them", "for each": a field asked of every record of a list. */
const EACH_ONE =
  /\b(?:each|every)(?:\s+(?:one|deal|opp|of\s+them|of\s+those))?\s*(?:(?:in|at|is)\b|[?.!]|$)|\b(?:each|every\s+one)\s+of\s+(?:my|our|the|their|these|those|them)\b|\bfor\s+each\b|\ball\s+of\s+them\b/;

export function todayIn(now: Date, timeZone: string): string {
  const time = now.getTime();
  if (time === lastDay.time && timeZone === lastDay.timeZone) return lastDay.day;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const day = format.format(now);
  lastDay = { time, timeZone, day };
  return day;
}

export function quarterOf(day: string): { from: string; to: string; label: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const nextStart = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { from, to: addDays(nextStart, -1), label: `Q${q + 1} ${y}` };
}

function periodLabel(start: string, end: string, granularity: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  if (granularity === 'quarter') return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (granularity === 'month')
    return `${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
  return `${start} to ${end}`;
}

/**
 * The year of the quarter a bare "Q3" means: the nearest one, so in December "Q3" is the Q3 just
 * past and "Q1" the one about to start (the date parser alone always picks the next one).
 */
export function nearestYearOfQuarter(quarter: number, now: Date): number {
  const year = now.getUTCFullYear();
  const current = year * 4 + Math.floor(now.getUTCMonth() / 3);
  const distance = (candidate: number) => Math.abs(candidate * 4 + quarter - 1 - current);
  return [year - 1, year + 1].reduce(
    (best, candidate) => (distance(candidate) < distance(best) ? candidate : best),
    year,
  );
}

/**
 * Words that put a question in the past ("how did I do", "which deals did I win", "what went
 * well"): a month it names without a year is the one just past, not the next one.
 */
const PAST_TENSE =
  /\b(did|didn'?t|was|wasn'?t|were|went|won|wins|lost|losses|closed|sold|booked|signed|had|happened|slipped)\b/;
/** Words that put a question ahead, whatever else it says. */
const AHEAD = /\b(next|coming|upcoming|will|going to|ahead)\b/;
/**
 * Winning, losing or closing said by someone in the present, as non-native English asks about what
 * happened ("how much deals i win in november", "deals we lose in october"), and records created or
 * logged; not a plan ("what can we win", "deals i need to win", "we will close").
 */
const PAST_IN_PRESENT =
  /(?<!\b(?:can|could|will|would|should|might|may|must|shall|to|gonna|wanna)\s+)\b(?:i|we|you|they|he|she|team|reps?)\s+(?:win|lose|close)\b|\b(?:created|added|logged|entered)\b/;

/** Deals created, added, opened or entered (in the CRM): a filter on the day each was created. */
const CREATED =
  /\b(?:creat(?:e|ed|ing)|added|opened|entered)\b|\b(?:did|do)\s+(?:i|we|you|they|he|she)\s+(?:open|add|enter)\b/;

/**
 * A deal's age against a span: "older than a month", "created more than 90 days ago", "opened over
 * two weeks ago" (older), "newer than a week", "less than 10 days old" (newer).
 */
const DEAL_AGE = new RegExp(
  String.raw`\b(?:(older)\s+than|(?:created|opened|added|entered)\s+(more|over|less|under|fewer)\s+(?:than\s+)?|(newer|younger)\s+than|(less|under)\s+(?:than\s+)?)\s*((?:${SPAN_COUNT})\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?))(?:\s+(ago|old))?\b`,
);

/** The created-day bound a deal's age says, or undefined ("older than a month": created before the day 30 days ago). */
export function dealAgeOf(
  text: string,
  today: string,
): { createdFrom?: string; createdTo?: string } | undefined {
  const age = DEAL_AGE.exec(text);
  if (!age) return undefined;
  const [, older, createdWord, , lessWord, span, tail] = age;
  // "less than 10 days old" needs its "old"; "created more than 90 days ago" its "ago".
  if (lessWord && tail !== 'old') return undefined;
  if (createdWord && tail !== 'ago') return undefined;
  const years = /^(\S+)\s*(?:years?|yrs?)$/.exec(span!);
  const days = years
    ? (years[1] === 'a' || years[1] === 'an' ? 1 : numberSaid(years[1]!)!) * 365
    : spanDays(span!);
  if (days === undefined) return undefined;
  const isOlder = Boolean(older) || createdWord === 'more' || createdWord === 'over';
  // Strictly older or newer: a deal created exactly a month ago is neither "older than a month" nor "newer".
  return isOlder ? { createdTo: addDays(today, -days - 1) } : { createdFrom: addDays(today, -days + 1) };
}

/** Whether a question is about what happened: a past verb, or a past-looking one in the present. */
function looksBack(text: string): boolean {
  return PAST_TENSE.test(text) || PAST_IN_PRESENT.test(text);
}

/** An account's lifetime value, in full or as sales shorthand ("ltv", "clv"). */
const LIFETIME_VALUE = /\b(?:ltv|clv|(?:customer\s+)?life[- ]?time[\s-]+value)\b/;

/**
 * The period a message asks about: the first it names, but in a question about the past a period
 * still ahead is the occasion, not the question ("I'm doing her appraisal next week - how did she do
 * this year?" asks about this year), so a later one that has begun is taken instead.
 */
function askedPeriod(
  periods: MessageEntities['periods'],
  today: string,
  pastQuestion: boolean,
): MessageEntities['periods'][number] | undefined {
  const first = periods[0];
  if (!first || !pastQuestion || first.start <= today) return first;
  return periods.find((p) => p.start <= today) ?? first;
}

/** "in the next month or so", "within the next week": from today on, not the calendar month after this one. */
const ROLLING = /\b(?:in|within|over|during)\s+the\s+next\s+(week|month)\b/;

/** The stretch from today that "in the next month" says ("renewals coming up in the next month or so"). */
function rollingPeriodSaid(
  text: string,
  today: string,
): { from: string; to: string; label: string } | undefined {
  const unit = ROLLING.exec(text)?.[1];
  if (!unit) return undefined;
  if (unit === 'week')
    return { from: today, to: addDays(today, 7), label: `${today} to ${addDays(today, 7)}` };
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const to = new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  return { from: today, to, label: `${today} to ${to}` };
}

/** "for the quarter", "in the month": the one we are in (not "the quarter before", "the month of may"). */
const THE_CURRENT =
  /\b(?:for|in|during|over)\s+the\s+(quarter|qtr|month|year)\b(?!\s+(?:before|after|of|to|end|ending|ahead)\b)/;

/** The period we are in when the message says it with "the" alone ("whats my commit number for the quarter"). */
function currentPeriodSaid(
  text: string,
  today: string,
): { from: string; to: string; label: string } | undefined {
  const unit = THE_CURRENT.exec(text)?.[1];
  if (!unit) return undefined;
  if (unit === 'quarter' || unit === 'qtr') return quarterOf(today);
  const year = today.slice(0, 4);
  if (unit === 'year') return { from: `${year}-01-01`, to: `${year}-12-31`, label: year };
  const from = `${today.slice(0, 7)}-01`;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1), label: periodLabel(from, from, 'month') };
}

/**
 * A period the message names; a bare quarter ("numbers for Q3") is the nearest one unless the
 * message says "next". A month named without a year ("in november") in a question about the past
 * is the latest such month that has begun: in December, "which deals did I win in november" means
 * the November just gone (the entity reader, for plans and follow-ups, picks the next one).
 */
export function namedPeriod(
  text: string,
  entities: MessageEntities | undefined,
  now: Date,
  today: string,
  /** The question is about what happened (interactions): a month without a year is the one just past. */
  past = false,
): { from: string; to: string; label: string } | undefined {
  const period = askedPeriod(entities?.periods ?? [], today, past || looksBack(text));
  if (!period) return undefined;
  if (
    period.granularity === 'month' &&
    period.start > today &&
    !/\d{4}/.test(period.text) &&
    !/\bnext\b/i.test(period.text) &&
    (past || looksBack(text)) &&
    !AHEAD.test(text)
  ) {
    const [y, m] = period.start.split('-').map(Number) as [number, number];
    const from = `${y - 1}-${String(m).padStart(2, '0')}-01`;
    const nextStart = m === 12 ? `${y}-01-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}-01`;
    return { from, to: addDays(nextStart, -1), label: periodLabel(from, from, 'month') };
  }
  const bare = /^(?:the\s+)?(?:q([1-4])|(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter)$/i.exec(
    period.text.trim(),
  );
  if (bare && !/\bnext\b|\bcoming\b/.test(text)) {
    const quarter = bare[1] ? Number(bare[1]) : ORDINALS[bare[2]!.toLowerCase()]!;
    const year = nearestYearOfQuarter(quarter, now);
    const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
    return quarterOf(from);
  }
  return {
    from: period.start,
    to: period.end,
    label: periodLabel(period.start, period.end, period.granularity),
  };
}

/** Words after "lost to/on/over/because of" that say when, not why ("lost on friday", "lost in q3"). */
const NOT_A_REASON =
  /^(?:this|last|next|the|in|q[1-4]|h[12]|today|yesterday|week|month|quarter|year|mon|tues|wednes|thurs|fri|satur|sun)|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/**
 * Why deals were lost, as the question says it: "lost to competitors" → "competitor", "deals we lost
 * on price" → "price", "lost because of budget cuts" → "budget". The word is matched against the
 * store's own recorded reasons, so no list of reasons is kept here.
 */
export function lostReasonOf(text: string): string | undefined {
  const word =
    /\b(?:lost|lose|losing)\s+(?:\w+\s+)?(?:to|on|over|because of|due to|for)\s+(?:a\s+|an\s+|the\s+|our\s+|their\s+)?([a-z]+)/.exec(
      text,
    )?.[1];
  if (!word || NOT_A_REASON.test(word) || word.length < 4) return undefined;
  return word.replace(/(?<=[^s])s$/, '');
}

/** Accounts said first and then that they are mine ("accounts i own", "all the customers owned by me"; not "customer says …"). */
const ACCOUNT_NOUN_FIRST =
  /^(?:(?:ok|so|and|hey|pls|please)[\s,]+)*(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:accounts?|accts?|customers?|clients?|prospects?|companies|logos)\s+(?:that\s+|which\s+)?(?:i\s+own|i'?m\s+the\s+owner|i\s+am\s+the\s+owner|owned\s+by\s+me|assigned\s+to\s+me|(?:that\s+)?belong(?:ing)?\s+to\s+me)\b/;

/** Whose accounts and nothing else: "my accounts", "show me all my accts pls", "our customers?", "team's clients". */
const ACCOUNTS_ALONE =
  /^(?:(?:ok|so|and|hey|pls|please|show|list|see|view|give|get|me|all|of|the)[\s,]+)*(?:my|our|my\s+team'?s|our\s+team'?s|the\s+team'?s|team)\s+(?:accounts?|accts?|customers?|clients?|prospects?|logos)(?:[\s,]+(?:pls|please|list|again|now))*\s*[?.!]*$/;

/** Records said to be the caller's own in so many words. */
const MINE_OUTRIGHT =
  /\b(?:deals?|opps?|accounts?|tasks?)\s+(?:that\s+)?(?:i'?ve|i\s+have|i'?m|i\s+am|i)\s+(?:been\s+)?(?:given|assigned|handed|own|owning|got|working(?:\s+on)?)\b|\b(?:deals?|opps?|accounts?)\s+(?:am|do|have|did)\s+i\b|\bassigned\s+to\s+me\b|\bmy\s+(?:own\s+)?(?:deals?|opps?|pipeline|accounts?|tasks?)\b/;

function ownerOf(
  text: string,
  message: string,
  entities: MessageEntities | undefined,
): { owner: QueryOwner; given: boolean } {
  // "across all my open opps" is the caller's own.
  if (/\b(all teams|across (all(?!\s+(?:of\s+)?my\b)|the company|everyone)|company|everyone)\b/.test(text))
    return { owner: { scope: 'all' }, given: true };
  // "in total" / "overall" is everyone's only when no owner is said: "my pipeline ... in total" is mine.
  // A bare "how much was that worth in total" sums the records just shown, whoever's they were.
  if (
    /\b(in total|overall)\b/.test(text) &&
    !/\b(i|my|me|mine|i've|i'm|im|team|team's|we|our)\b/.test(text) &&
    !onlyAggregateWords(text)
  )
    return { owner: { scope: 'all' }, given: true };
  const rep = entities?.people.find((p) => p.kind === 'rep');
  if (rep && rep.kind === 'rep' && rep.candidates[0] && rep.candidates[0].score >= 0.8)
    return { owner: { rep: rep.candidates[0].name }, given: true };
  // "the mid-market team", "team Enterprise": that team (the skill says when no team has that name).
  const team = teamOf(message, entities?.teams);
  // "the EMEA team" is the caller's team's deals in that region (the region is read apart), not a team.
  if (team && !REGIONS.some(([pattern]) => pattern.test(team.toLowerCase())))
    return { owner: { team }, given: true };
  // Deals said to be the caller's ("the deals I've been given", "assigned to me", "that I own") are
  // theirs even when "team" is said of something else ("I'm new on the team").
  if (MINE_OUTRIGHT.test(text) && !/\b(?:my|our)\s+team\b|\bteam'?s\b/.test(text))
    return { owner: { scope: 'mine' }, given: true };
  if (/\b(team|team's|teams|we|our reps)\b/.test(text)) return { owner: { scope: 'team' }, given: true };
  if (SELF.test(text.replace(ASKER, ' '))) return { owner: { scope: 'mine' }, given: true };
  return { owner: { scope: 'mine' }, given: false };
}

/** The caller named as owner: "my deals", "what have i won", "deals for me". */
const SELF = /\b(i|my|me|mine|i've|i'm|im)\b/;
/**
 * The asker in the request's frame ("show me", "give me", "can i see", "i need", "i'd like to
 * see"): who reads the answer, not whose records they are. From an admin, "show me all open deals in
 * apac" is everyone's; "show me my deals" still says "my". (Each role's default owner applies.)
 */
const ASKER =
  /\b(?:show|give|get|send|find|tell|pull\s+up|bring\s+up|fetch|list)(?:\s+for)?\s+me\b|\blet\s+me\s+(?:see|know|have)\b|\b(?:can|could|may)\s+i\s+(?:see|get|have)\b|\bi(?:'d|\s+would)\s+like(?:\s+to\s+(?:see|know|get))?\b|\bi\s+(?:want|need)(?:\s+to\s+(?:see|know|get))?\b/g;

/** "over 200k", "above $200,000": the amount after a comparison word, in units. */
function amountAfter(pattern: RegExp, text: string): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const base = Number(match[1]!.replace(/,/g, ''));
  const unit = match[2];
  return base * (unit === 'k' || unit === 'thousand' ? 1_000 : unit ? 1_000_000 : 1);
}

// A number of days, weeks or months ("over 30 days") is no amount.
const AMOUNT = String.raw`\s*[$€£]?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|mm|million|thousand)?\b(?!\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?)\b)`;
/** Words before an amount that make it a lower bound ("over", "north of", "at least", ">="). */
const AT_LEAST_WORDS = String.raw`(?:over|above|more than|bigger than|greater than|larger than|higher than|at least|minimum(?: of)?|min|north of|upwards of|in excess of|exceeding|starting (?:at|from)|from|>=?)`;
/** Words before an amount that make it an upper bound ("under", "at most", "up to", "<"). */
const BELOW_WORDS = String.raw`(?:under|below|less than|smaller than|lower than|at most|maximum(?: of)?|max|up to|south of|no more than|<=?)`;
// Plain numbers ("over 200,000") only after the plainest comparison words: "from 2026" is no amount.
const AT_LEAST = new RegExp(
  String.raw`\b(?:over|above|more than|bigger than|greater than|larger than|at least|north of|upwards of|in excess of|>)` +
    AMOUNT,
);
const BELOW = new RegExp(String.raw`\b(?:under|below|less than|smaller than|at most|south of|<)` + AMOUNT);
const AT_LEAST_BEFORE = new RegExp(String.raw`${AT_LEAST_WORDS}\s*$`);
const BELOW_BEFORE = new RegExp(String.raw`${BELOW_WORDS}\s*$`);
/** Words after an amount that make it a lower bound ("200k or more", "1m+", "50k and up"). */
const AT_LEAST_AFTER =
  /^\s*(?:\+|plus\b|or (?:more|above|over|higher|bigger|greater|larger)\b|and (?:up|above|over|higher|bigger)\b)/;
const BELOW_AFTER =
  /^\s*(?:or (?:less|below|under|lower|smaller)\b|and (?:under|below|less|lower|smaller)\b)/;

const SCALE_WORDS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
};
/**
 * Two amounts around "and", "to" or a dash, the second with its scale: "between 10 and 50 thousand",
 * "10-50k", "from 10 to 50k", "$10k to $50k", "between 10,000 and 50,000". A first amount without
 * a scale takes the second's ("10-50k" is 10k to 50k) unless that makes it the larger. Two plain
 * numbers are amounts only when written in thousands ("10,000"), so "between 10 and 20 december" and
 * "from 2026 to 2027" are none.
 */
const AMOUNT_RANGE =
  /(?:\b(between|from)\s+|(?<![\w/.,$€£-]))[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|thousand|grand|million)?\s*(and|to|-|–)\s*[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|thousand|grand|million)?\b(?![/%]|\s*(?:days?|weeks?|months?|years?|hours?|hrs?)\b)/;

function amountRange(text: string): { min: number; max: number } | undefined {
  const match = AMOUNT_RANGE.exec(text);
  if (!match) return undefined;
  const [, lead, first, firstScale, joiner, second, secondScale] = match;
  // "10 and 50k" without "between" joins two things; "between"/"from" or a dash or "to" makes a range.
  if (joiner === 'and' && !lead) return undefined;
  const plainThousands = !firstScale && !secondScale && first!.includes(',') && second!.includes(',');
  if (!secondScale && !plainThousands) return undefined;
  const high = Number(second!.replace(/,/g, '')) * (secondScale ? SCALE_WORDS[secondScale]! : 1);
  let low = Number(first!.replace(/,/g, '')) * (firstScale ? SCALE_WORDS[firstScale]! : 1);
  if (!firstScale && secondScale && low * SCALE_WORDS[secondScale]! <= high) low *= SCALE_WORDS[secondScale]!;
  return low <= high ? { min: low, max: high } : { min: high, max: low };
}

/**
 * The amount bounds a question sets, from the money amounts the entity reader found and the words
 * around them: "over 200k", "north of $1m", "1m or more", "200k+", "under €50k", "between 50k and
 * 100k", "from 20k to 80k". Without money entities (or for plain numbers: "over 200,000"), the
 * comparison words alone.
 */
export function amountBounds(
  text: string,
  entities: MessageEntities | undefined,
): { min?: number; max?: number } {
  const range = amountRange(text);
  if (range) return range;
  const found: Array<{ amount: number; start: number; end: number }> = [];
  let from = 0;
  for (const money of entities?.money ?? []) {
    const start = text.indexOf(money.text.toLowerCase(), from);
    if (start < 0) continue;
    found.push({ amount: money.amount, start, end: start + money.text.length });
    from = start + money.text.length;
  }
  const bounds: { min?: number; max?: number } = {};
  for (const [index, money] of found.entries()) {
    const before = text.slice(0, money.start);
    const after = text.slice(money.end);
    const next = found[index + 1];
    // "between 50k and 100k", "from 20k to 80k", "50k-100k": both ends.
    if (
      next &&
      /^\s*(?:and|to|-|–)\s*$/.test(text.slice(money.end, next.start)) &&
      (/\b(?:between|from)\s*$/.test(before) || /^\s*[-–]/.test(after))
    ) {
      bounds.min = Math.min(money.amount, next.amount);
      bounds.max = Math.max(money.amount, next.amount);
      return bounds;
    }
    if (BELOW_BEFORE.test(before) || BELOW_AFTER.test(after)) bounds.max ??= money.amount;
    else if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) bounds.min ??= money.amount;
  }
  if (bounds.min === undefined) {
    const min = amountAfter(AT_LEAST, text);
    if (min !== undefined) bounds.min = min;
  }
  if (bounds.max === undefined) {
    const max = amountAfter(BELOW, text);
    if (max !== undefined) bounds.max = max;
  }
  return bounds;
}

/** "win rate by deal type", "average deal size per type": grouped by the deals' type. */
const BY_TYPE =
  /\b(?:by|per|for each|each|across)\s+(?:deal\s+)?types?\b|\b(?:which|what)\s+(?:deal\s+)?type\b/;
/**
 * "win rate by deal size", "sales cycle per deal size band", "do we win more big or small deals":
 * grouped by bands of the deals' amounts.
 */
const BY_SIZE =
  /\b(?:by|per|for each|each|across|split by|broken down by|vs\.?|versus|against)\s+(?:the\s+)?(?:deal|opp(?:ortunity)?)?\s*(?:size|amount|value)s?(?:\s+(?:bands?|buckets?|brackets?|ranges?|tiers?))?\b|\b(?:big|bigger|large|larger)\s+(?:deals\s+)?(?:vs\.?|versus|or|and)\s+(?:small|smaller)\s+(?:deals|ones)\b|\b(?:small|smaller)\s+(?:deals\s+)?(?:vs\.?|versus|or|and)\s+(?:big|bigger|large|larger)\s+(?:deals|ones)\b/;
/** "win rate by industry", "average deal size per vertical": grouped by the account's industry. */
const BY_INDUSTRY =
  /\b(?:by|per|for\s+each|each|across)\s+(?:account\s+|customer\s+)?(?:industr(?:y|ies)|verticals?|sectors?)\b/;
/** "win rate by country", "sales cycle per country". */
const BY_COUNTRY = /\b(?:by|per|for\s+each|each|across)\s+(?:account\s+)?countr(?:y|ies)\b/;
/**
 * "win rate by stage reached", "win rate by stage", "close rate per stage": each open stage, of the
 * deals that were in it (a closed deal's stage now is only won or lost).
 */
const BY_STAGE_REACHED =
  /\b(?:by|per|for\s+each|each|at\s+each|across)\s+(?:(?:furthest|highest|last)\s+)?(?:pipeline\s+|deal\s+)?stages?\b/;
/** A stage a deal got to: "that reached negotiation", "once they get to proposal", "made it to". */
const REACHED_WORDS =
  /\b(?:reach(?:ed|es|ing)?|got\s+to|gets?\s+to|getting\s+to|made\s+it\s+(?:to|into)|makes?\s+it\s+(?:to|into)|went\s+(?:through|to|into)|go(?:es)?\s+(?:through|to|into)|passed\s+through|entered|enters?|hit|hits|get\s+as\s+far\s+as|got\s+as\s+far\s+as)\b/;

/** How a sales metric is grouped by a field of the deal or its account, when the question says so. */
function metricGroupingOf(text: string): RecordQuery['groupBy'] | undefined {
  if (BY_SIZE.test(text)) return 'size';
  if (BY_TYPE.test(text)) return 'type';
  if (BY_SOURCE.test(text)) return 'source';
  if (BY_INDUSTRY.test(text)) return 'industry';
  if (BY_COUNTRY.test(text)) return 'country';
  return BY_STAGE_REACHED.test(text) ? 'stageReached' : undefined;
}

/** The one open stage deals are asked of as having reached ("win rate of deals that reached negotiation"). */
function reachedStageOf(text: string, stages: readonly DealStage[]): DealStage | undefined {
  const open = stages.filter((stage) => stage !== 'closed_won' && stage !== 'closed_lost');
  return open.length === 1 && REACHED_WORDS.test(text) ? open[0] : undefined;
}

/** "win rate by source", "sales cycle per lead source", "which source wins most": grouped by where deals came from. */
const BY_SOURCE =
  /\b(?:by|per|for each|each|across)\s+(?:(?:deal|lead)\s+)?(?:sources?|channels?)\b|\b(?:which|what)\s+(?:(?:deal|lead)\s+)?(?:source|channel)\b/;

/**
 * The record query of a sales metric: its aggregate on the deals it is of (closed in the period for
 * a win rate, won in the period for a cycle or a won deal's size, open for a pipeline's size, open
 * and quiet for untouched deals), grouped by owner, region or type when the question says so, and
 * by owner when a superlative is said of the metric with no one named (`rankPeople`: "worst win
 * rate", "best close rate this quarter"), led by the low end for a low word.
 */
export function metricQuery(
  metric: SalesMetric,
  text: string,
  owner: QueryOwner,
  period: { from: string; to: string },
  periodNamed: boolean,
  stages: RecordQuery['stages'] & object,
  rankPeople = false,
): RecordQuery {
  const query: RecordQuery = { record: 'deal', owner, aggregate: 'list' };
  const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
  const dealTypes = dealTypesOf(text);
  if (dealTypes.length) query.dealTypes = dealTypes;
  if (metric.kind === 'quiet') {
    query.quietDays = metric.days;
    if (stages.length) query.stages = stages;
    if (region) query.region = region;
    return query;
  }
  query.aggregate = metric.kind;
  // "smallest and largest won deal": the ends of the sizes, never a ranking of the people on them.
  if ('figures' in metric && metric.figures) {
    query.amountFigures = metric.figures;
    rankPeople = false;
  }
  const status = metric.kind === 'winRate' ? undefined : metric.kind === 'cycle' ? 'won' : metric.status;
  if (status) query.status = status;
  if (status === 'open') {
    if (stages.length) query.stages = stages;
    // "average size of deals closing this quarter": the open deals closing then.
    if (periodNamed) {
      query.closeFrom = period.from;
      query.closeTo = period.to;
    }
  } else {
    query.closedFrom = period.from;
    query.closedTo = period.to;
  }
  // "worst win rate", "best close rate this quarter": the people ranked on it, unless one is asked of.
  const byField = metricGroupingOf(text);
  const ranking = byField
    ? undefined
    : (ownerRankingOf(text) ??
      regionRankingOf(text) ??
      (rankPeople && metric.kind !== 'cycle' ? metricRankingOf(text) : undefined) ??
      (rankPeople && metric.kind === 'cycle' ? cycleRankingOf(text) : undefined));
  const grouping = byField ?? ranking?.groupBy;
  if (grouping) query.groupBy = grouping;
  else if (region) query.region = region;
  // "win rate of deals that reached negotiation", "how often do deals that make it to proposal close".
  const reached = reachedStageOf(text, stages);
  if (reached) query.reachedStage = reached;
  // Led by the one asked for: the low end first for "worst", "lowest", "least".
  if (ranking && metric.kind === 'cycle' && cycleRankingOf(text)) query.order = cycleRankingOf(text)!.order;
  else if (ranking && metricRankingOf(text)) query.order = metricRankingOf(text)!.order;
  else if (ranking?.order === 'smallest') query.order = 'smallest';
  return query;
}

/**
 * Reads a question about CRM records or a pipeline as a structured query; undefined when the
 * message is not one (a briefing, a ranking, a forecast, a write, small talk...).
 */
/**
 * Open records past their date, said outright: "overdue", "past due", "what slipped" (not "slipping", a risk), "past their close date", "whose close date
 * has passed", "close date in the past", "should have closed already". A filter, not a risk ranking.
 */
export const OVERDUE =
  /\boverdue\b|\bpast[- ]due\b|\bslipped\b(?!\s+(?:in)?to\b|\s+(?:up|down|into)\b)|\bpast (?:their |the |its )?(?:close|closing|due) dates?\b|\bslipped past\b|\b(?:close|closing|due) dates? (?:that |which )?(?:(?:has|have|had) |is |are |was |were )?(?:already )?(?:passed|gone by|behind (?:us|them)|in the past)\b|\bshould(?:'ve| have) (?:already )?closed (?:already|by now)\b/;

/**
 * Tasks someone is behind or late on ("any tasks i'm behind on", "which tasks am i late with",
 * "tasks that are past their due date", "which task of me is late", "my late to-dos") are the
 * overdue ones. Only of tasks: "am i behind on quota" is a target; "due later" is no lateness.
 */
const TASKS_BEHIND =
  /\b(?:behind|late)\s+(?:on|with)\b|\bpast\s+(?:their\s+|the\s+|its\s+)?(?:due|deadline)|\bmissed\s+(?:the\s+|their\s+)?(?:due\s+dates?|deadlines?)\b|\b(?:is|are|'s|'re|running|already|still)\s+(?:\w+\s+)?late\b|\blate\s+(?:tasks?|to-?dos?|follow[- ]?ups?)\b|\b(?:tasks?|to-?dos?)\s+late\b|\blate\s*[?.!]*\s*$/;

/**
 * Tasks in everyday words: "stuff i have to do this week", "things i need to do", "what i've got to
 * do today", "what do i need to do this week" (not "what do i have to do to close acme", which asks
 * how).
 */
const THINGS_TO_DO =
  /\b(?:(?:stuff|things|everything|what)\s+(?:that\s+)?(?:i|we)\s*(?:have|need|got|'ve got|gotta)|what\s+(?:do|did|must|should)\s+(?:i|we)\s+(?:have|need|got)|what\s+(?:have|'ve)\s+(?:i|we)\s+got)\s+(?:to\s+)?do\b(?!\s+(?:to|for|with|about|if|when|so|in\s+(?:crmpro|the\s+app|here))\b)/;
/**
 * What falls due, asked with no record named: "whats due monday", "what's due this week", "anything
 * due tomorrow?", "what do i have due friday": one's tasks (a deal closes, a task falls due). Deals,
 * renewals, cases, invoices and the like named keep their own reading.
 */
const DUE_ALONE =
  /\b(?:what(?:'?s|\s+is|\s+are|\s+do\s+i\s+have|\s+have\s+i\s+got)?|anything|everything|stuff|things)\s+(?:(?:i\s+have|i've\s+got|that's|thats|coming)\s+)?due\b/;
const NAMED_NOT_TASK =
  /\b(?:deals?|opps?|opportunit\w+|renewals?|cases?|tickets?|invoices?|payments?|pipeline|contracts?|leads?|quotes?|bills?|subscriptions?)\b/;
/** Open business in everyday words ("all my open stuff", "everything i have open", "in play"). */
const OPEN_BUSINESS = /\bopen\b|\bin play\b/;
/** All the open business asked what it is worth: "what's everything i have open worth", "all my open stuff". */
const OPEN_TOTAL =
  /\b(?:all|everything|whole|total)\b.*\bopen\b.*\bworth\b|\bworth\b.*\b(?:all|everything)\b.*\bopen\b|\bopen\s+(?:stuff|things|business)\b/;
/** Records other than deals that can be open (a sum of open cases is no pipeline). */
const OTHER_RECORDS = /\b(?:tasks?|cases?|tickets?|leads?|issues?|accounts?|contacts?|invoices?|to-?dos?)\b/;

/**
 * Business booked is business won: "bookings this year", "what have we booked this quarter", "how
 * much did i book last quarter", "total booked in q3" (not a meeting or a call booked).
 */
const BOOKED =
  /\bbookings\b|\b(?:i|we|they|team|you)\s+(?:have\s+|has\s+|'ve\s+)?booked\b(?!\s+(?:a|an|the|in|my|our|meeting|call|demo|time|slot)\b)|\b(?:did|do|does)\s+(?:i|we|they|you|the team|my team|our team|[a-z]+)\s+book\b(?!\s+(?:a|an|the|my|our|meetings?|calls?|demos?|time|slots?|rooms?|flights?|travel)\b)|\b(?:total|revenue|amount)\s+booked\b/;

/** Accounts kept by how many records of a kind they hold: the rest of the question read as accounts. */
function accountsByRelatedCount(
  related: RelatedCountMention,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion {
  // "accounts with 10+ contacts in germany": the rest without the words that led to the count.
  const rest = related.text
    .replace(related.words, ' ')
    .replace(
      /\b(?:with|w\/|having|that\s+have|which\s+have|who\s+have|that\s+has|which\s+has)\s+(?=(?:in|at|from|and)\b|[?.!]*\s*$)/,
      ' ',
    )
    .replace(/\s+/g, ' ');
  const said = related.words.toLowerCase();
  const restEntities = entities
    ? { ...entities, money: entities.money.filter((m) => !said.includes(m.text.toLowerCase())) }
    : entities;
  // "accounts in germany" is read as a list when asked with a verb ("list accounts in germany").
  for (const asked of [rest, `list ${rest}`]) {
    const parsed = parseRecordQuestion(asked, restEntities, context);
    if (parsed?.kind === 'query' && parsed.query.record === 'account')
      return { ...parsed, query: { ...parsed.query, relatedCount: related.count } };
  }
  const mine = /\b(?:my|mine|i)\b/.test(rest);
  const team = /\b(?:my|our|the)\s+team(?:'s)?\b/.test(rest);
  return {
    kind: 'query',
    query: {
      record: 'account',
      owner: team ? { scope: 'team' } : mine ? { scope: 'mine' } : { scope: 'all' },
      aggregate: /\bhow many\b|\bnumber of\b|\bcount\b/.test(rest) ? 'count' : 'list',
      relatedCount: related.count,
    },
    ownerGiven: team || mine,
  };
}

export function parseRecordQuestion(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const question = readRecordQuestion(message, entities, context);
  // "lost reasons this year", "why did we lose deals in q3": the reasons counted, not the deals.
  if (
    question?.kind === 'query' &&
    question.query.record === 'deal' &&
    question.query.status === 'lost' &&
    (question.query.aggregate === 'list' ||
      question.query.aggregate === 'count' ||
      // "biggest loss reasons this quarter": the reasons ranked, not the one biggest lost deal.
      question.query.aggregate === 'top') &&
    !question.query.breakdown &&
    !question.query.groupBy &&
    !question.query.field &&
    asksWhyDealsWereLost(message)
  ) {
    if (question.query.aggregate !== 'top') return { ...question, lossReasons: true };
    const { limit: _one, ...query } = question.query;
    return { ...question, query: { ...query, aggregate: 'list' }, lossReasons: true };
  }
  return question;
}

function readRecordQuestion(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  let text = message.toLowerCase().replace(/[’‘]/g, "'");
  for (const [typo, fix] of TYPOS) text = text.replace(typo, fix);
  // "how much is that in euros", "total in eur": the deals just shown, added up per currency (the
  // CRM has no exchange rates; the reply says so).
  // "my accts w/ more than 5 contacts", "accounts with at least 3 open deals": accounts kept by how
  // many records of a kind they hold (the number is no amount of money).
  const related = relatedCountOf(text);
  if (related) return accountsByRelatedCount(related, entities, context);
  const convertTo = conversionAskedIn(text);
  if (convertTo) {
    const total = parseRecordQuestion('what is the total of those', entities, context);
    return total?.kind === 'query' ? { ...total, convertTo } : total;
  }
  if (/\bis .+ a champion\b|\bwill (i|we) close\b|\bwhy\b.*\d\s?%/.test(text)) return undefined;
  // An overdue filter said outright is the filter, whatever risk words surround it ("anything slipping? deals past their close date").
  // "deals by forecast category" is a breakdown of deals, not the forecast.
  if (
    ELSEWHERE.test(text) &&
    !OVERDUE.test(text) &&
    // "what should i focus on today": advice words about one's own day ask for the day's agenda.
    !(ADVICE_WORDS.test(text) && isOwnDayQuestion(text)) &&
    fieldBreakdownOf(text)?.field !== 'forecastCategory' &&
    !/\bdecision maker|\bwho'?s their champion|\btheir champion\b/.test(text)
  )
    return undefined;
  const today = todayIn(context.now, context.timezone);
  // Two reps or more named ("compare olivia and marcus won this quarter"): their deals side by side.
  // The reader gives each name said as a candidate with its own words; one name said is one rep.
  const repsByWords = new Map<string, string>();
  for (const person of entities?.people ?? [])
    if (person.kind === 'rep')
      for (const candidate of person.candidates)
        if (candidate.score >= 0.8 && candidate.text && !repsByWords.has(candidate.text))
          repsByWords.set(candidate.text, candidate.name);
  const repsNamed = [...new Set(repsByWords.values())];
  const severalReps = repsNamed.length >= 2;
  const { owner, given } = severalReps
    ? { owner: { scope: 'team' } as QueryOwner, given: false }
    : ownerOf(text, message, entities);
  const account = entities?.accounts[0];
  // "there" at the end points at the account just shown ("who's the ceo there", "anything open there?").
  const refersToAccount =
    /\b(their|them|they|its)\b|\bthere\s*[?.!]*$/.test(text) || OWNER_OF_THE_ACCOUNT.test(text);
  // Words pointing back at records the conversation just showed: "which one", "those", "add them
  // up", "when does it close" (the handler picks the last deals, or the last account's).
  const pointsBack = BACK_TO_RECORDS.test(text);
  const refersToOneDeal = /\b(that deal|this deal|that one|the biggest one|the largest one)\b/.test(text);
  const refersToDeals = refersToOneDeal || /\b(those|of them)\b/.test(text);
  const refersToRep = /\b(his|her|he|she|he's|she's|him)\b/.test(text) && !refersToAccount;
  // "Accounts: UK vs Germany?", "Germany: Customers vs Prospects", "software vs healthcare
  // customers": each value of the field counted, side by side (of the accounts or their people).
  const compared = !(account && account.score >= 0.8)
    ? fieldComparisonOf(text, entities?.industries ?? [])
    : undefined;
  if (compared) {
    const country = countrySaidIn(text)?.name;
    const industry = entities?.industries?.[0]?.name;
    const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
    const query = comparisonQuery(compared, text, {
      owner,
      ownerGiven: given,
      ...(country ? { country } : {}),
      ...(industry ? { industry } : {}),
      ...(region ? { region } : {}),
    });
    if (query.record === 'account') Object.assign(query, employeesSaidOf(text));
    return { kind: 'query', query, ownerGiven: true };
  }
  // "how many contacts have left their company": the people marked as gone, across the accounts
  // (of a place or industry when one is said), whatever "their" would point at.
  const peopleLeft =
    !(account && account.score >= 0.8) && !entities?.contacts.some((c) => c.score >= 0.9)
      ? peopleWhoLeftOf(text)
      : undefined;
  // "decision makers at german accounts", "how many contacts do we have in the uk": the people at the
  // accounts of a place, industry or status (no account named), counted or listed, of a role if said.
  const people =
    !(account && account.score >= 0.8) &&
    (!refersToAccount || peopleLeft) &&
    !entities?.contacts.some((c) => c.score >= 0.9)
      ? peopleAtAccountsOf(text, {
          region: REGIONS.find(([pattern]) => pattern.test(text))?.[1],
          industry: entities?.industries?.[0]?.name,
        })
      : undefined;
  // "which globex contacts can get our marketing emails", "which of them opted out?" after an
  // account's contacts: that account's people of an e-mail standing (no person named).
  const standing =
    !people && !entities?.contacts.some((c) => c.score >= 0.9) ? emailStandingOf(text) : undefined;
  const standingAccount = account && account.score >= 0.8 ? account : undefined;
  if (standing && (standingAccount || refersToAccount || /\b(?:of\s+(?:them|those)|those)\b/.test(text)))
    return {
      kind: 'query',
      query: {
        record: 'contact',
        owner: { scope: 'all' },
        aggregate: /\bhow many\b|\bcount\b|\bnumber of\b/.test(text) ? 'count' : 'list',
        contactEmail: standing,
        ...(standingAccount ? { accountId: standingAccount.id } : {}),
      },
      ownerGiven: true,
      ...(standingAccount ? {} : { refersTo: 'account' as const }),
    };
  if (peopleLeft && !people) {
    const own = given && ('rep' in owner || ('scope' in owner && owner.scope === 'mine'));
    return {
      kind: 'query',
      query: {
        record: 'contact',
        owner: own ? owner : { scope: 'all' },
        aggregate: peopleLeft.counting ? 'count' : 'list',
        contactsLeft: true,
      },
      ownerGiven: true,
    };
  }
  if (people) {
    const { counting, ...filters } = people;
    // Whose accounts: the caller's or a colleague's when said; else every account the caller sees.
    const own = given && ('rep' in owner || ('scope' in owner && owner.scope === 'mine'));
    return {
      kind: 'query',
      query: {
        record: 'contact',
        owner: own ? owner : { scope: 'all' },
        aggregate: counting ? 'count' : 'list',
        ...filters,
        ...(peopleLeft ? { contactsLeft: true } : {}),
      },
      ownerGiven: true,
    };
  }
  const named = (entities?.dealStages ?? []).map((s) => s.stage);
  // "deals not in negotiation", "except acme": stages and accounts left out (the entity reader's).
  const { stages: excludedStages, accountIds: excludedAccountIds } = exclusionsOf(text, entities);
  // Stage words the entity extractor missed for a typo ("negotiaton") are read from the corrected text.
  const stages = (
    named.length
      ? named
      : // "my proposals", "open proposals", "olivia's negotiations": deals in that stage, in the plural.
        OPEN_STAGE_WORDS.filter((stage) =>
          patternOf(
            String.raw`\b${stage}\b|\b(?:(?:my|our|his|her|their|[a-z]+'s)\s+(?:open\s+)?|open\s+)${stage}s\b`,
          ).test(text),
        )
  ).filter((s) => s !== 'closed_won' && s !== 'closed_lost' && !excludedStages.includes(s));
  // "my commit deals", "commit vs best case": the rep's forecast category of each open deal.
  const categories = forecastCategoriesOf(text);
  const period =
    rollingPeriodSaid(text, today) ??
    namedPeriod(text, entities, context.now, today) ??
    currentPeriodSaid(text, today) ??
    // "which of my deals did we lose while i was away": over the time away. Its length is guessed
    // (the catch-up's days) only for what happened in it; "did any of my deals slip past their close
    // date while i was out" without a length is every overdue deal, not the last two weeks' only.
    timeAwayPeriodOf(text, today, { guessLength: HAPPENED_WHILE_AWAY.test(text) });
  // "acme ltv", "lifetime value of globex": what the account has bought from us, its won deals summed
  // over all time (the reply says so), whoever owns them.
  if (LIFETIME_VALUE.test(text) && account && account.score >= 0.8)
    return {
      kind: 'query',
      query: {
        record: 'deal',
        owner: { scope: 'all' },
        accountId: account.id,
        status: 'won',
        aggregate: 'sum',
      },
      ownerGiven: true,
    };

  // A sales metric: "what's my win rate", "average won deal size this quarter", "average sales cycle",
  // "deals nobody has touched in 2 weeks".
  const metric = !ROLE_WORDS.test(text) ? salesMetricOf(text) : undefined;
  if (metric) {
    // No one named (nor "my"): "worst win rate", "lowest close rate on the team" rank the people (`rankPeople`).
    const oneOwner = 'rep' in owner || refersToRep || (given && 'scope' in owner && owner.scope === 'mine');
    const query = metricQuery(
      metric,
      text,
      owner,
      period ?? quarterOf(today),
      Boolean(period),
      stages,
      !oneOwner,
    );
    if (account && account.score >= 0.8) query.accountId = account.id;
    // "average won deal size in healthcare", "win rate in germany": the deals of those accounts, as a
    // list of them would be (the metric was of every deal, silently).
    else Object.assign(query, dealPlaceOf(text, entities) ?? {});
    // "win rate for partner deals", "sales cycle of referral deals": the deals of those sources.
    const sources = dealSourcesOf(text, Boolean(account && account.score >= 0.9));
    if (sources.length && query.groupBy !== 'source') query.dealSources = sources;
    return { kind: 'query', query, ownerGiven: given, ...(period ? {} : { periodAssumed: true as const }) };
  }
  // "accounts by country", "pipeline by source", "contacts per country": counted per value of that field.
  // ("biggest deal of each type" is the first deal of each type: below.)
  const breakdown = eachGroupTopOf(text) ? undefined : fieldBreakdownOf(text);
  if (breakdown) {
    const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
    const industry = entities?.industries?.[0]?.name;
    const filters = {
      owner,
      ownerGiven: given,
      ...(region ? { region } : {}),
      ...(period ? { period } : {}),
    };
    const query = breakdownQuery(breakdown, text, { ...filters, ...(industry ? { industry } : {}) });
    if (query.record === 'account') Object.assign(query, employeesSaidOf(text));
    return { kind: 'query', query, ownerGiven: given };
  }

  // "what's on my plate today", "my day", "anything due today": the caller's open tasks due today or
  // overdue, with today's meetings and calls (a support agent's own day is their cases: the root dialog).
  if (isOwnDayQuestion(text))
    return {
      kind: 'query',
      query: { record: 'task', owner: { scope: 'mine' }, aggregate: 'list', agenda: true, closeTo: today },
      ownerGiven: true,
    };
  // "who on my team hasn't logged any activity this week", "calls by rep this month": each member's
  // logged interactions counted, those with none first when that is asked.
  if (asksActivityPerMember(text) && !ROLE_WORDS.test(text)) {
    const types = activityQuestionOf(text)?.types;
    const window = /\btoday\b/.test(text)
      ? { from: today, to: today }
      : (namedPeriod(text, entities, context.now, today, true) ?? weekSoFar(today));
    const query: RecordQuery = {
      record: 'interaction',
      owner,
      aggregate: 'count',
      groupBy: 'owner',
      order: /(?:\b(?:no|not|never|fewest|least|nothing|nobody|no one|quiet\w*)|n't)\b/.test(text)
        ? 'smallest'
        : 'biggest',
      occurredFrom: window.from,
      occurredTo: window.to < today ? window.to : today,
      ...(types ? { interactionTypes: types } : {}),
      ...(account && account.score >= 0.8 ? { accountId: account.id } : {}),
    };
    return { kind: 'query', query, ownerGiven: given };
  }
  // "any accounts with no contacts at all", "unowned accounts": accounts missing a related record,
  // among every account the reader sees unless an owner is named (an unowned one is nobody's).
  const missing = accountsMissingOf(text);
  if (missing) {
    const query: RecordQuery = {
      record: 'account',
      owner: given ? owner : { scope: 'all' },
      aggregate: /\bhow many\b|\bcount\b|\bnumber of\b/.test(text) ? 'count' : 'list',
      missing,
    };
    const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
    if (region) query.region = region;
    return { kind: 'query', query, ownerGiven: given };
  }
  // "any team deals with no close date", "deals without a value": open deals missing that field.
  const dealMissing = dealsMissingOf(text);
  if (dealMissing) {
    const query: RecordQuery = {
      record: 'deal',
      owner,
      aggregate: /\bhow many\b|\bcount\b|\bnumber of\b/.test(text) ? 'count' : 'list',
      missing: dealMissing,
    };
    return { kind: 'query', query, ownerGiven: given };
  }
  // "which of my accounts haven't heard from us in 60 days", "contacts i haven't spoken to since
  // october": accounts or contacts with no interaction logged with them in that time.
  const quietRecords = quietRecordsOf(text, today, period?.from);
  if (quietRecords) {
    const query: RecordQuery = {
      record: quietRecords.record,
      owner,
      aggregate: /\bhow many\b|\bcount\b|\bnumber of\b/.test(text) ? 'count' : 'list',
      quietDays: quietRecords.days,
      ...(quietRecords.accountStatus ? { accountStatus: quietRecords.accountStatus } : {}),
    };
    const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
    if (region) query.region = region;
    return { kind: 'query', query, ownerGiven: given };
  }
  // One person's field ("what's David Nguyen's title", "can we email her?"): the contact named, or
  // the people the conversation just showed. A buying role ("their CFO") is read below, at the account.
  const fullName = entities?.contacts.filter(
    (c) => c.score >= 0.9 && c.score === entities.contacts[0]!.score,
  );
  // Or a first name alone ("email for jane", "what's bill's number"): the handler settles which one.
  const firstName =
    !fullName?.length && entities ? firstNameSaid(entities.contacts, entities.people) : undefined;
  const personNamed = firstName
    ? entities!.contacts.filter((c) => firstName.contactIds.includes(c.id))
    : fullName;
  // One person over time ("every interaction with jane cooper", "calls with bill lumbergh this month",
  // "open tasks for jane cooper"): their interactions, everyone's unless an owner is said, or their tasks.
  const historyOf = fullName?.length === 1 && !ROLE_WORDS.test(text) ? personHistoryOf(text) : undefined;
  if (historyOf) {
    const contactIds = [fullName![0]!.id];
    if (historyOf.kind === 'tasks')
      return {
        kind: 'query',
        query: { record: 'task', owner, aggregate: 'list', contactIds },
        ownerGiven: given,
      };
    const window =
      namedPeriod(text, entities, context.now, today, true) ??
      closedDayOf(entities?.dates[0], today, context.now);
    const query: RecordQuery = {
      record: 'interaction',
      owner: given ? owner : { scope: 'all' },
      aggregate: historyOf.counting ? 'count' : 'list',
      contactIds,
      ...(historyOf.types ? { interactionTypes: historyOf.types } : {}),
      ...(window ? { occurredFrom: window.from, occurredTo: window.to } : {}),
    };
    return { kind: 'query', query, ownerGiven: given };
  }
  const person = !ROLE_WORDS.test(text) ? personQuestionOf(text, Boolean(personNamed?.length)) : undefined;
  // "who is the main contact at initech, i need to call them back": "them" is the account named.
  if (person && !(person.pointsBack && account && account.score >= 0.9)) {
    const query: RecordQuery = { record: 'contact', owner, aggregate: 'top', field: person.field };
    if (!person.pointsBack) query.contactIds = personNamed!.slice(0, 5).map((c) => c.id);
    // "patricia baker at acme", "emily nelson from wayne": of the people so named, the one there.
    const employer = person.pointsBack ? undefined : employerNamed(account, personNamed);
    if (employer) query.accountId = employer;
    // "when did we last email jane cooper", "last meeting with nancy": the latest of that kind.
    const lastType = person.field === 'lastInteraction' ? lastInteractionTypeOf(text) : undefined;
    if (lastType) query.interactionTypes = [lastType];
    return {
      kind: 'query',
      query,
      ownerGiven: given,
      ...(person.pointsBack ? { refersTo: 'contacts' } : {}),
      ...(person.overview ? { personOverview: true as const } : {}),
      ...(firstName && !person.pointsBack ? { personFirstName: firstName.mention } : {}),
    };
  }
  // Interactions by type and period: "how many meetings did i have in november", "calls I logged last week".
  // A colleague's name before the noun reads as "his" ("marcus meetings last week", "olivia's calls").
  const colleagueText = 'rep' in owner ? colleagueAsPronoun(text, entities) : text;
  const activity = !ROLE_WORDS.test(text)
    ? (activityQuestionOf(text) ?? (colleagueText !== text ? activityQuestionOf(colleagueText) : undefined))
    : undefined;
  // Asked with a verb ("what did i do yesterday", "who did i meet on tuesday"): only with a day or period said.
  const activityWindow = activity
    ? (namedPeriod(text, entities, context.now, today, true) ??
      closedDayOf(entities?.dates[0], today, context.now))
    : undefined;
  if (activity && (!activity.byVerb || activityWindow)) {
    // One past day said ("what calls did i log last tuesday", "meetings yesterday") is that day.
    const window = activityWindow;
    const query: RecordQuery = {
      record: 'interaction',
      owner,
      aggregate: activity.counting ? 'count' : 'list',
      ...(activity.types ? { interactionTypes: activity.types } : {}),
      ...(window ? { occurredFrom: window.from, occurredTo: window.to } : {}),
      ...(account && account.score >= 0.8 ? { accountId: account.id } : {}),
    };
    return { kind: 'query', query, ownerGiven: given };
  }
  // Accounts ranked by the business they brought or have open: "my biggest accounts", "top 10
  // customers by revenue this year", "which clients have the biggest open pipeline". Won deals over
  // the period said, or over all time (as an account's lifetime value is); open deals closing in it.
  const byAccount = accountRankingOf(text);
  if (byAccount) {
    const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
    const query: RecordQuery = {
      record: 'deal',
      owner,
      aggregate: 'top',
      groupBy: 'account',
      rankBy: 'amount',
      order: byAccount.order,
      status: byAccount.status,
      ...(byAccount.limit ? { limit: byAccount.limit } : {}),
      ...(region ? { region } : {}),
      ...(period && byAccount.status === 'won' ? { closedFrom: period.from, closedTo: period.to } : {}),
      ...(period && byAccount.status === 'open' ? { closeFrom: period.from, closeTo: period.to } : {}),
    };
    return { kind: 'query', query, ownerGiven: given };
  }
  // Owners ranked by their deals: "who's carrying the biggest pipeline", "which rep has the most open deals";
  // or regions by their accounts' deals: "which region has the most open pipeline", "pipeline by region".
  // Or the first deals of each group: "biggest open deal in each region", "top 3 deals per rep".
  const groupTop = eachGroupTopOf(text);
  const ranking = groupTop
    ? undefined
    : (ownerRankingOf(text) ??
      regionRankingOf(text) ??
      (severalReps
        ? {
            groupBy: 'owner' as const,
            rankBy: /\bhow many\b|\bnumber of\b/.test(text) ? ('count' as const) : ('amount' as const),
            order: 'biggest' as const,
          }
        : undefined));
  // "my renewals", "upsell deals", "new business": deals of those types (a pipeline of them is their sum).
  const dealTypes = dealTypesOf(text);
  // "my deals that came in from partners": the deals' source, not accounts named "… Partners".
  const dealSources = dealSourcesOf(text, Boolean(account && account.score >= 0.9));

  // Summaries: a pipeline, or how someone is doing.
  // "open pipeline in my canadian accounts", "my open deals in healthcare", "EUR deals": deals of
  // accounts of an industry or country, or kept in one currency.
  // An account named is that account's deals ("any open cases for acme corporation in the uk").
  const dealsWhere = account && account.score >= 0.8 ? undefined : dealPlaceOf(text, entities);
  const hasFilter =
    stages.length > 0 ||
    categories.length > 0 ||
    excludedStages.length > 0 ||
    excludedAccountIds.length > 0 ||
    dealsWhere !== undefined ||
    /\b(over|above|under|below|more than|bigger than|clos\w*|won|lost|how many|biggest|largest|overdue)\b/.test(
      text,
    );
  // "won vs lost this quarter", "win/loss for the team": both sides of the period, which the summary gives.
  const wonAndLost =
    /\b(?:won|wins?|winning)\b.{0,12}\b(?:vs\.?|versus|and|against|compared (?:to|with)|\/)\s*(?:lost|lose|losing|loss(?:es)?)\b|\b(?:lost|lose|losing|loss(?:es)?)\b.{0,12}\b(?:vs\.?|versus|and|against|compared (?:to|with))\s*(?:won|win|wins|winning)\b|\bwin[-/ ]?loss\b/.test(
      text,
    );
  const summaryWords =
    wonAndLost ||
    /\bpipeline\b/.test(text) ||
    /\bhow('s| is| am| are| did| was)\b.*\b(doing|do|going|go|went|tracking|results?|quarter)\b/.test(text) ||
    /\b(results|performance)\b/.test(text) ||
    /\bhow much (do i|does the team|have i|is there)\b.*\b(have|got|open)\b/.test(text) ||
    /\bhow much do i have\b|\bhow much is open\b/.test(text) ||
    /'s (quarter|month|year|numbers|results)\b/.test(text) ||
    /\bsummar(y|ize|ise) (of )?my open deals\b/.test(text) ||
    /\bsummar(y|ize|ise)\b.*\b(team|pipeline|we|i)\b/.test(text) ||
    /\bwhere (do |does |did )?(i|we|the team|my team|our team) stands?\b/.test(text) ||
    /\bwhat did (we|the team) close\b/.test(text) ||
    // An overview asked of someone ("give me the rundown on my deals", "where do things stand for
    // me", "how are things looking for the team", "how's Olivia performing").
    ((OVERVIEW.test(text) || /\bwhere\b.*\bstands?\b/.test(text) || HOW_GOING.test(text)) &&
      (given || SELF.test(text) || Boolean(entities?.people.some((p) => p.kind === 'rep'))));
  const summaryRegion = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
  // An overview asked outright ("summarise my q4, won vs lost") is the summary, which has won and lost.
  const overviewOnly =
    (OVERVIEW.test(text) || wonAndLost) &&
    stages.length === 0 &&
    !/\b(over|above|under|below|biggest|largest|overdue)\b/.test(text);
  if (
    !ranking &&
    !dealTypes.length &&
    summaryWords &&
    (!hasFilter || overviewOnly) &&
    !(account && account.score >= 0.9 && !refersToRep)
  ) {
    // "q1 pipeline", "pipeline for next quarter": a period still ahead has no wins yet, only the open
    // deals closing in it.
    if (period && period.from > today && /\bpipeline\b/.test(text) && !wonAndLost)
      return {
        kind: 'query',
        query: { record: 'deal', owner, aggregate: 'sum', closeFrom: period.from, closeTo: period.to },
        ownerGiven: given,
      };
    const window = period ?? quarterOf(today);
    return {
      kind: 'summary',
      query: {
        owner,
        from: window.from,
        to: window.to,
        label: window.label,
        ...(summaryRegion ? { region: summaryRegion } : {}),
      },
      ownerGiven: given,
      ...(refersToRep ? { refersTo: 'rep' as const } : {}),
    };
  }

  // Accounts counted or listed by region, status or owner: "how many accounts are in EMEA?",
  // "list our customers in APAC", "how many prospects do I have?".
  // "how many logos do i own": in sales talk a logo is a customer account.
  const colleagueAccountText = 'rep' in owner ? colleagueAsPronoun(text, entities) : text;
  const accountNoun = /\b(accounts?|accts?|customers?|clients?|prospects?|companies|logos)\b/.exec(text)?.[1];
  const accountRegion = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
  const countingAccounts = /\bhow many\b|\bcount\b|\bnumber of\b/.test(text);
  const churned = /\bchurned\b/.test(text);
  // "my healthcare accounts", "software customers in EMEA": an industry of the store's accounts.
  const industry = entities?.industries?.[0]?.name;
  // "healthcare customers in the uk", "manufacturing accounts in japan": the accounts' country.
  // "my canadian accounts", "US customers": its adjective or code before the accounts too.
  const country = countrySaidIn(text)?.name;
  // "accounts with 10,000+ employees", "companies with over 500 staff": by their headcount.
  const employees = accountNoun ? employeesSaidOf(text) : undefined;
  if (
    !ranking &&
    accountNoun &&
    !/\b(deals?|opps?|opportunit\w+|tasks?|contacts?|best|top|biggest|largest|most)\b/.test(text) &&
    !SEGMENT_WORDS.test(text) &&
    !(account && account.score >= 0.8) &&
    (countingAccounts ||
      employees !== undefined ||
      // "my accounts that have churned", "customers who already churned": a status said as a past event.
      (churned && !/\b(?:will|might|may|likely|about to|going to)\b/.test(text)) ||
      ((/^(list|show|which|what)\b/.test(text) || text.startsWith('churned')) &&
        (accountRegion || country || given || churned || industry)) ||
      // "accounts i own", "customers owned by me": the noun said first, then whose.
      (given && 'scope' in owner && owner.scope === 'mine' && ACCOUNT_NOUN_FIRST.test(text)) ||
      // "my accounts", "all my accts pls", "our clients?": whose accounts, said alone.
      (given && ACCOUNTS_ALONE.test(text)) ||
      // "any software companies in germany?": whether there are any of that industry or place.
      (/^(?:any|are there any)\b/.test(text) && (accountRegion || country || industry)) ||
      (industry !== undefined && (given || text.startsWith(industry.toLowerCase()))) ||
      // "uk customers", "german prospects please": the accounts of a country said first.
      (country !== undefined && text.startsWith(countryMentionIn(text)?.words.toLowerCase() ?? '\u0000')) ||
      // "my accounts in canada", "our canadian customers": whose accounts, in a country.
      // ("open pipeline in my canadian accounts" is their deals, read below).
      (country !== undefined && given && !/\b(?:pipeline|open|total|worth|how much)\b/.test(text)) ||
      // "accounts owned by james whitfield", "marcus accounts": the colleague's accounts.
      ('rep' in owner && asksColleagueAccounts(colleagueAccountText)))
  ) {
    // "churned customers" are accounts that churned, whatever the noun.
    const accountStatus = churned
      ? ('churned' as const)
      : /^customer|^client/.test(accountNoun)
        ? ('customer' as const)
        : /^prospect/.test(accountNoun)
          ? ('prospect' as const)
          : undefined;
    const query: RecordQuery = {
      record: 'account',
      owner,
      aggregate: countingAccounts ? 'count' : 'list',
      // "how many accounts do we have in each region": one count per region, not one region's.
      ...(asksByRegion(text)
        ? { groupBy: 'region' as const }
        : accountRegion
          ? { region: accountRegion }
          : {}),
      ...(accountStatus ? { accountStatus } : {}),
      ...(industry ? { industry } : {}),
      ...(country ? { country } : {}),
      ...employees,
    };
    return { kind: 'query', query, ownerGiven: given };
  }

  // Which record, and which field of it.
  // "the last meetings with acme", "latest calls with globex", "last few touchpoints with initech": the
  // few latest of that kind (or of any), newest first.
  const latestSeveral =
    /\b(?:last|latest|most recent|recent)\s+(?:few\s+|couple(?:\s+of)?\s+|\d+\s+|two\s+|three\s+|five\s+)?(?:interactions|touches|touch[- ]?points|engagements|activities|conversations|meetings|calls|e-?mails|notes|chats)\b/.test(
      text,
    ) && !/\bhow many\b|\bcount\b|\bnumber of\b/.test(text);
  // "has anyone called initech this month?", "have i emailed globex recently": yes or no, with the latest.
  const whether = account && account.score >= 0.8 ? whetherContactedOf(text) : undefined;
  const lastInteraction =
    latestSeveral ||
    Boolean(whether) ||
    /\b(last|latest|most recent)\s+(talk|talked|discuss\w*|speak|spoke|spoken|interaction|touch|contact|conversation|meeting|met|call|called|emailed|heard)\b|\b(?:when|what) did (?:we|i|you|anyone|someone|the team|\w+) last\b|\blast time (?:we|i|you|anyone|someone)\s+(?:talked|spoke|met|called|emailed|heard)\b|\bwhat\s+did\s+(?:we|i|you)\s+(?:discuss|talk\s+about|cover|agree(?:\s+on)?)\s+(?:the\s+)?last\s+time\b/.test(
      text,
    );
  // Kinds of job asked of an account ("technical contacts at bennett? cto, security folks", "who
  // are the finance people at acme"): its contacts of those titles.
  const jobKinds = (account && account.score >= 0.8) || refersToAccount ? jobKindsSaidIn(text) : [];
  const role = /\bdecision[- ]?maker|\bmakes the decision|\bwho decides\b|\beconomic buyer\b/.test(text)
    ? 'decision_maker'
    : /\bchampion\b/.test(text)
      ? 'champion'
      : jobKinds.length
        ? jobKindsRole(jobKinds)
        : /\b(ceo|cfo|cto|coo|cio)\b/.exec(text)?.[1];
  const ownerField =
    /\bwho owns\b|\bowner of\b|\baccount owner\b|\bwho'?s the owner\b|\bwho is the owner\b/.test(text) ||
    // "who's their account manager", "who is the account rep for acme": the rep who owns the account.
    /\bwho(?:'?s| is)\s+(?:the|their|its|our)\s+account\s+(?:manager|rep|exec(?:utive)?)\b/.test(text) ||
    // "who is the opportunity owner on X", "who's the deal owner for X": a deal's owner, in Salesforce's words.
    /\bwho(?:'?s| is) the (?:deal|opportunity|opp|oppty) owner (?:on|for)\b/.test(text) ||
    // "acme owner", "owner for hooli", "hooli pilot whos the owner": the words asked of hold an account.
    Boolean(account && account.score >= 0.8 && ownedAccountWords(text, account.text));
  // "who owns the hooli pilot": words past the account's name name one of its deals, whose owner is asked.
  const ownedDeal =
    ownerField && account && account.score >= 0.8 ? dealNamedForOwner(text, account) : undefined;
  // "when does it close", "close date of/for/on X", and the verb before its question ("deal of acme is closing when").
  // "the open deals at acme and what stage is each one in": a field of every deal listed, which
  // the list shows; not one deal's field.
  const fieldOfEach = EACH_ONE.test(text) && /\b(?:deals|opps|opportunities)\b/.test(text);
  const closeField =
    !fieldOfEach &&
    /\bwhen\b.*\bclos\w*\b|\bclose date (?:of|for|on)\b|\bclos(?:e|es|ing)\s+when\b/.test(text);
  // "what's everything i have open worth": all the open business, summed (no one deal's amount).
  const openTotal = OPEN_TOTAL.test(text) && !OTHER_RECORDS.test(text);
  // "whats the amount", "what's the deal size?": nothing named, so the deals just shown.
  const amountOfShown = AMOUNT_OF_SHOWN.test(text);
  const amountField =
    !fieldOfEach &&
    !openTotal &&
    (amountOfShown ||
      /\bhow big is\b|\bamount (?:of|on|for)\b|\bhow much is (that|the) .*deal\b|\bwhat'?s .+ worth\b|\bhow much is (?:it|that|this)(?: one| deal)? worth\b/.test(
        text,
      ));
  // "what stage is the Globex pilot in?", "stage of the Acme renewal" (a stage change has a verb: move, set…).
  const stageField =
    !fieldOfEach &&
    stages.length === 0 &&
    !timeInStageOf(text) &&
    /\b(what|which) stage\b|\bstage (of|for)\b|\bwhat'?s the stage\b/.test(text) &&
    !/\b(move|moved|set|update|change|mark|push|advance)\b/.test(text);
  // "what's on Olivia's plate", "my to-do list": someone's open tasks.
  const tasks =
    /\btasks?\b|\bto-?dos?\b|\bto[- ]do\s+lists?\b|\bon\s+(?:my|our|his|her|their|[a-z]+'s)\s+plate\b/.test(
      text,
    ) ||
    FOLLOW_UPS_TO_DO.test(text) ||
    THINGS_TO_DO.test(text) ||
    (text.includes('due') && DUE_ALONE.test(text) && !NAMED_NOT_TASK.test(text));
  const dealWords = /\b(deals?|opps?|opportunit\w+)\b/.test(text);
  // "renewals coming up next quarter", "upcoming renewals this month": renewals (and deals said to be
  // coming up) with a period not yet over are those closing in it.
  const closing =
    /\bclos(e|es|ing|ings)\b|\bdue\b|\bcoming up\b|\bupcoming\b/.test(text) ||
    RENEWS.test(text) ||
    (dealTypes.includes('renewal') && Boolean(period && period.to >= today) && !PAST_TENSE.test(text));
  // "what did we close last month", "deals I closed in november": closing in the past is winning.
  const closedPast =
    /\bdid\s+(?:(?!(?:deals?|opps?|opportunit\w*|renewals?|it|that|this|those|they)\b)[\w'’-]+\s+){1,4}close\b(?!\s+dates?\b)|\b(?:i|we|they|he|she|you|team)\s+(?:have\s+|has\s+|'ve\s+)?closed\b|\b(?:have|has)\s+(?:i|we|you|the team|my team|our team|\w+)\s+closed\b/.test(
      text,
    ) && !/\bclosed?\s+lost\b/.test(text);
  // "any deals closed yesterday", "anything closed last week": closed then, so won then.
  const closedDay = closedDayOf(entities?.dates[0], today, context.now);
  let periodAssumed = false;
  const closedThen =
    !OVERDUE.test(text) &&
    closedInThePast(text, Boolean(closedDay) || Boolean(period && period.from <= today));
  const wonLost =
    // "biggest losses this quarter": lost deals (a single "loss" is a reason's or a ratio's word);
    // "november wins for the team": won deals.
    /\b(won|win|wins|lost|lose|losing|losses)\b/.test(text) ||
    SINGLE_LOSS.test(text) ||
    closedPast ||
    closedThen ||
    BOOKED.test(text) ||
    // "who closed the most last quarter", "top sellers by bookings": a ranking of what was won.
    (Boolean(ranking) &&
      (/\b(closed|wins|sold|booked|bookings|signed)\b/.test(text) ||
        isBehind(text) ||
        asksWhoPerforms(text)) &&
      !/\bclosed?\s+lost\b/.test(text)) ||
    // "who is top rep this quarter", "leaderboard this month": people ranked over a period on what
    // they won in it, unless the words say which deals (an open pipeline, deals closing).
    (ranking?.groupBy === 'owner' &&
      Boolean(period) &&
      !/\b(open|pipeline|closing|closes|close|deals?|opps?|opportunit\w+|lost|in\s+(?:prospecting|qualification|proposal|negotiation))\b/.test(
        text,
      ));
  const overdue = OVERDUE.test(text);
  const { min, max } = amountBounds(text, entities);
  let biggest = /\b(biggest|largest)\b|\bby (?:amount|size|value|deal size)\b/.test(text);
  const smallest = /\b(smallest|tiniest|lowest[- ]value)\b/.test(text);
  // "the next Acme deal to close", "which of those closes first", "what's closing soonest".
  const soonest = SOONEST.test(text);
  const counting = /\bhow many\b|\bcount\b|\bnumber of\b/.test(text);
  const summing =
    openTotal ||
    /\bhow much\b|\btotal\b|\badd(?:ed)? (?:\w+ )?up\b|\bsum\b|\bcombined\b|\ball? ?together\b/.test(text);
  const region = REGIONS.find(([pattern]) => pattern.test(text))?.[1];
  // "top 5 deals closing this month", "top 3 deals in negotiation", "top 3 deals in each region": the
  // biggest of those deals (of each group). Top deals without a filter ("top 5 team deals") stay the
  // ranking by win chance.
  if (
    RANKING.test(text) &&
    !ranking &&
    (Boolean(groupTop) ||
      (closing && Boolean(period)) ||
      stages.length > 0 ||
      min !== undefined ||
      max !== undefined ||
      Boolean(region))
  )
    biggest = true;
  // A short question with no records of its own ("what's the total?", "how many is that?", "which is
  // the biggest?") asks about the records the conversation just showed.
  const ownScope =
    Boolean(account && account.score >= 0.8) ||
    given ||
    Boolean(period) ||
    stages.length > 0 ||
    categories.length > 0 ||
    min !== undefined ||
    max !== undefined ||
    Boolean(region);
  const aggregateOnly = summing || counting || biggest || smallest || soonest;
  const followUp =
    refersToDeals || (aggregateOnly && !ownScope && !tasks && (pointsBack || onlyAggregateWords(text)));
  const isQuery =
    Boolean(ranking) ||
    lastInteraction ||
    (role && (account || refersToAccount)) ||
    ownerField ||
    closeField ||
    amountField ||
    stageField ||
    tasks ||
    (dealWords && !RANKING.test(text)) ||
    (wonLost && Boolean(period)) ||
    // "how much did i win", "how much has sam won", "my biggest win ever": whose wins, summed or
    // over all time, need no period said (this quarter's when none is).
    (wonLost && (EVER.test(text) || (summing && given))) ||
    closedThen ||
    (closing && !/\bclose (a|the)\b/.test(text)) ||
    overdue ||
    min !== undefined ||
    max !== undefined ||
    biggest ||
    smallest ||
    soonest ||
    followUp ||
    // A stage with whose deals, and no verb of writing: "what's Olivia got in negotiation".
    // A stage with no verb of writing ("anything in negotiation rn?", "what's Olivia got in
    // negotiation"): named by its own word, or with whose deals.
    (stages.length > 0 &&
      !/\b(set|move|moved|update|change|mark|push|advance|put|bump)\b/.test(text) &&
      (given || pointsBack || dealWords || STAGE_NAMES.test(text))) ||
    (counting && (stages.length > 0 || dealWords)) ||
    (categories.length > 0 &&
      (dealWords || summing || counting || given || /\b(?:pipeline|open)\b/.test(text))) ||
    dealTypes.length > 0 ||
    dealSources.length > 0 ||
    // "everything except negotiation", "my pipeline minus acme": the deals left when those are out.
    (excludedStages.length > 0 && (given || STAGE_NAMES.test(text))) ||
    (excludedAccountIds.length > 0 && (given || /\b(?:pipeline|open)\b/.test(text))) ||
    (summing && (stages.length > 0 || closing)) ||
    // "how much money is in all my open stuff added up": the open deals summed.
    (summing && OPEN_BUSINESS.test(text) && !OTHER_RECORDS.test(text)) ||
    // "pipeline in germany", "open pipeline in my canadian accounts": the deals of those accounts.
    (dealsWhere !== undefined && /\b(?:pipeline|open)\b/.test(text)) ||
    // "what's sam got open", "anything open for james whitfield?": the colleague's open deals.
    ('rep' in owner && asksColleagueOpenBusiness(text, entities));
  if (!isQuery) return undefined;
  if (RANKING.test(text) && !biggest && !ranking) return undefined;

  const query: RecordQuery = { record: 'deal', owner, aggregate: 'list' };
  if (account && account.score >= 0.8) query.accountId = account.id;
  if (lastInteraction) query.record = 'interaction';
  else if (role) {
    query.record = 'contact';
    query.field = 'contactRole';
    query.contactRole = role;
  } else if (ownerField && (account || refersToAccount) && !ownedDeal) {
    query.record = 'contact';
    query.field = 'owner';
  } else if (tasks) {
    query.record = 'task';
    // "which rep has the most overdue tasks", "overdue tasks by rep": counted per team member.
    if (asksTasksPerMember(text)) {
      query.groupBy = 'owner';
      query.order = /\b(?:fewest|least|no|lowest)\b/.test(text) ? 'smallest' : 'biggest';
    }
    if (overdue || TASKS_BEHIND.test(text)) query.status = 'overdue';
    else {
      // "tasks due next week", "what's due on the 10th", "my tasks due by end of the month": the due window.
      const dueDay = entities?.dates[0]?.date;
      const window = period ?? (dueDay ? { from: dueDay, to: dueDay } : undefined);
      if (window) {
        // "due by friday" is everything due up to then, the overdue included.
        if (!/\b(?:by|before|until)\b/.test(text)) query.closeFrom = window.from;
        query.closeTo = window.to;
      }
    }
  }
  if (lastInteraction) {
    query.field = 'lastInteraction';
    if (latestSeveral) query.limit = LATEST_SEVERAL;
    if (role) query.contactRole = role;
    // "when did i last email them": the latest email, not the latest of any kind.
    const type = lastInteractionTypeOf(text);
    if (type) query.interactionTypes = [type];
    if (!whether && OWN_LAST_INTERACTION.test(text)) query.ownInteractions = true;
    if (whether) {
      query.asksWhether = whether;
      const recently = RECENTLY.test(text) ? { from: addDays(today, -29), to: today } : undefined;
      const day = entities?.dates[0]?.date;
      const window = period ?? (day ? { from: day, to: day } : recently);
      if (window) {
        query.occurredFrom = window.from;
        query.occurredTo = window.to < today ? window.to : today;
      }
    }
  }
  if (query.record === 'deal') {
    if (closeField) query.field = 'closeDate';
    else if (amountField) query.field = 'amount';
    else if (stageField) query.field = 'stage';
    // "hooli pilot - who owns it?": the deal named, before any deal shown.
    else if (ownedDeal) {
      query.field = 'owner';
      query.dealWords = ownedDeal;
    }
    // "and who owns it?": the owner of the deal just shown (an account's owner is read above).
    else if (ownerField && (pointsBack || refersToDeals)) query.field = 'owner';
    if (stages.length) query.stages = stages;
    if (excludedStages.length) query.excludeStages = excludedStages;
    if (excludedAccountIds.length) query.excludeAccountIds = excludedAccountIds;
    if (dealTypes.length) query.dealTypes = dealTypes;
    if (dealSources.length) query.dealSources = dealSources;
    if (categories.length) query.forecastCategories = categories;
    if (min !== undefined) query.minAmount = min;
    if (max !== undefined) query.maxAmount = max;
    if (region) query.region = region;
    if (dealsWhere) Object.assign(query, dealsWhere);
    const closeDay = entities?.dates[0];
    const span = NEXT_SPAN.exec(text);
    if (wonLost) {
      query.status =
        /\b(won|win|wins)\b/.test(text) ||
        !(/\b(lost|lose|losing|losses)\b/.test(text) || SINGLE_LOSS.test(text))
          ? 'won'
          : 'lost';
      const reason = query.status === 'lost' ? lostReasonOf(text) : undefined;
      if (reason) query.lostReason = reason;
      const window = period ?? closedDay ?? (EVER.test(text) ? undefined : quarterOf(today));
      if (window) {
        query.closedFrom = window.from;
        query.closedTo = window.to;
      }
      if (!period && !closedDay && window) periodAssumed = true;
    } else if (overdue) {
      query.status = 'overdue';
      // "what slipped from last month": still open, their close date in that period and passed.
      if (period && period.from < today) {
        query.closeFrom = period.from;
        query.closeTo = period.to;
      }
    } else if (span) {
      const n = numberSaid(span[1]!)!;
      query.closeFrom = today;
      query.closeTo = addDays(today, span[2]!.startsWith('week') ? n * 7 : n);
    } else if (period && (closing || soonest || categories.length > 0)) {
      // "my commit this quarter": the open deals forecast as commit that close in it.
      query.closeFrom = period.from;
      query.closeTo = period.to;
    } else if (period && !closing && CREATED.test(text)) {
      // "deals created this month", "how many opps did we create in november": the day each was created.
      query.createdFrom = period.from;
      query.createdTo = period.to;
    } else if (
      closing &&
      closeDay &&
      !closeField &&
      !refersToOneDeal &&
      !/\bwhen\b/.test(text) &&
      closeDay.date >= today
    ) {
      // "what can still close before the 31st", "deals closing by friday": from today up to that day;
      // "deals closing on the 18th", "what is closing next friday": that day. A day said otherwise
      // ("closes when?? tmrw?") is no filter.
      const said = closeDay.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const upTo = patternOf(String.raw`\b(by|before|until|till|through|thru|no later than)\s+${said}`).exec(
        text,
      );
      if (upTo) {
        // "before" leaves the day out ("closing before 1/15": up to the 14th); "by", "until" keep it.
        query.closeFrom = today;
        query.closeTo = upTo[1] === 'before' ? addDays(closeDay.date, -1) : closeDay.date;
      } else if (
        patternOf(String.raw`\b(?:on|clos(?:e|es|ing))\s+${said}`).test(text) ||
        /^on\b/.test(said)
      ) {
        query.closeFrom = closeDay.date;
        query.closeTo = closeDay.date;
      }
    } else if (soonest) query.closeFrom = today;
    // "deals older than a month that are still open", "opps created more than 90 days ago": by the day each was created.
    const age = query.createdFrom || query.createdTo ? undefined : dealAgeOf(text, today);
    if (age) {
      Object.assign(query, age);
      // A deal's age is that of a deal still being worked, unless won or lost ones are asked for.
      query.status ??= 'open';
    }
    if (
      (closeField || amountField || stageField) &&
      !refersToDeals &&
      !pointsBack &&
      !soonest &&
      !amountOfShown
    ) {
      // Asked inside a request ("could you let me know when the Initech renewal is expected to
      // close?") the deal comes before its verb; asked outright, after it.
      const asked = withoutRequestFrame(message);
      const named = (
        indirectDealName(asked) ??
        subjectBeforeClosesWhen(asked) ??
        dealNameAfterClosingVerb(asked) ??
        asked.replace(/^.*?\b(?:does|is|of|for|on|when's|whens)\s+(?:the\s+)?/i, '')
      )
        .replace(/\b(close|closing|deal|worth|amount)\b.*$/i, '')
        // "supposed to close", "expected to close", "going to close": the verb's helpers name no deal.
        .replace(
          /(?:^|\s+)(?:supposed|expected|scheduled|meant|set|due|going|gonna|planned|slated)(?:\s+to)?\s*$/i,
          '',
        )
        .replace(/(?:^|\s+)(?:in|at)\s*\W*$/i, '')
        .replace(/[?.!]+$/, '')
        // Pronouns and superlatives name no deal ("their biggest deal"): the account or the order does.
        .replace(
          /\b(?:their|its|his|her|my|our|your|the|biggest|largest|smallest|next|latest|first|open|it|they|are|when|currently|now|prospecting|qualification|proposal|negotiation|negotiating|each|every|one)\b/gi,
          ' ',
        )
        .replace(/\s+/g, ' ')
        .trim();
      if (named) query.dealWords = named;
    }
    // "wayne enterprises annual renewal, when does it close": "it" is the deal named before the question.
    if (
      (closeField || amountField || stageField) &&
      !query.dealWords &&
      !refersToDeals &&
      !soonest &&
      account
    ) {
      const before = query.accountId
        ? dealWordsBeforeQuestion(withoutRequestFrame(message), account.text)
        : undefined;
      if (before) query.dealWords = before;
    }
    // "when is the acme deal closing", "deal of acme is closing when": a deal named by its account
    // alone, which has several, is the next of them to close (not the biggest, nor one already past).
    if (
      closeField &&
      query.accountId &&
      !refersToDeals &&
      !biggest &&
      !smallest &&
      !soonest &&
      !query.closeFrom &&
      (!query.dealWords || namesOnlyTheAccount(query.dealWords, account!))
    ) {
      query.order = 'soonest';
      query.closeFrom = today;
    }
    if (counting) query.aggregate = 'count';
    else if (biggest || smallest || soonest) {
      query.aggregate = 'top';
      if (smallest) query.order = 'smallest';
      else if (soonest) {
        query.order = 'soonest';
        query.field ??= 'closeDate';
      }
      const n = ROWS_BEFORE_RECORDS.exec(text)?.[1] ?? ROWS_RANKED.exec(text)?.slice(1).find(Boolean);
      const rowsSaid = n ? numberSaid(n) : undefined;
      query.limit = rowsSaid ?? (SEVERAL_TOP.test(text) ? SEVERAL : 1);
      // "the next 3 deals to close" lists them; one deal's close date is a field answer.
      if (soonest && query.limit > 1) delete query.field;
      // "biggest first", "sorted by amount", "smallest to largest": the whole list in that order.
      const listOrder = n ? undefined : LIST_ORDERS.find(([pattern]) => pattern.test(text))?.[1];
      if (listOrder) {
        Object.assign(query, { aggregate: 'list', order: listOrder });
        delete query.limit;
        delete query.field;
      }
    } else if (
      (summing ||
        (categories.length > 1 && CATEGORIES_COMPARED.test(text)) ||
        // "pipeline in germany": the open deals there, added up.
        (dealsWhere !== undefined && /\bpipeline\b/.test(text) && !/^(?:list|show|which)\b/.test(text))) &&
      !query.field
    )
      query.aggregate = 'sum';
    else if (query.field) query.aggregate = 'top';
    // "deals stuck in proposal for a long time", "haven't moved in 30 days": the longest in their
    // stage first, at least that long (or longer than won deals usually stay when no time is said).
    const inStage = !query.field && !biggest && !smallest && !soonest ? timeInStageOf(text) : undefined;
    if (inStage) {
      query.order = 'longestInStage';
      if (inStage.days !== undefined) query.inStageDays = inStage.days;
      if (query.aggregate === 'top') query.aggregate = 'list';
    }
  }
  if (groupTop && query.record === 'deal') {
    Object.assign(query, {
      groupBy: groupTop.groupBy,
      eachGroup: true,
      order: groupTop.order,
      aggregate: 'top',
      limit: groupTop.limit,
    });
    if (groupTop.groupBy === 'region') delete query.region;
    delete query.field;
    delete query.dealWords;
    return { kind: 'query', query, ownerGiven: given };
  }
  if (ranking && query.record === 'deal') {
    query.groupBy = ranking.groupBy;
    if (severalReps && ranking.groupBy === 'owner') query.reps = repsNamed;
    // "compare emea and na pipeline": every region side by side, not one region's deals.
    if (ranking.groupBy === 'region') delete query.region;
    query.rankBy = ranking.rankBy;
    query.order = ranking.order;
    query.aggregate = 'top';
    delete query.field;
    delete query.dealWords;
    delete query.limit;
    return { kind: 'query', query, ownerGiven: given };
  }
  const refersTo =
    query.record === 'deal' && (followUp || amountOfShown || (pointsBack && !query.accountId && !ownScope))
      ? 'deals'
      : refersToAccount && !query.accountId
        ? 'account'
        : refersToRep
          ? 'rep'
          : undefined;
  return {
    kind: 'query',
    query,
    ownerGiven: given,
    ...(refersTo ? { refersTo } : {}),
    ...(periodAssumed ? { periodAssumed: true as const } : {}),
  };
}

/**
 * The stages and accounts a question leaves out ("deals not in negotiation", "my open deals except
 * acme", "open deals not at acme or wayne"): the entity reader's negated names (the best-matching
 * account of each name said), and a stage word it missed for a typo, negated in the corrected text.
 */
export function exclusionsOf(
  text: string,
  entities: MessageEntities | undefined,
): { stages: DealStage[]; accountIds: string[] } {
  const stages = new Set<DealStage>((entities?.excludedStages ?? []).map((s) => s.stage));
  const missed = OPEN_STAGE_WORDS.filter(
    (stage) => !entities?.dealStages.some((s) => s.stage === stage) && !stages.has(stage),
  );
  const missedSpans = spansOf(text, missed);
  negatedSpans(text, missedSpans).forEach((negated, index) => {
    if (negated) stages.add(missed[index]!);
  });
  const best = new Map<string, number>();
  for (const account of entities?.excludedAccounts ?? [])
    best.set(account.text, Math.max(best.get(account.text) ?? 0, account.score));
  const accountIds = (entities?.excludedAccounts ?? [])
    .filter((a) => a.score >= 0.8 && a.score === best.get(a.text))
    .map((a) => a.id);
  return { stages: [...stages], accountIds: [...new Set(accountIds)] };
}

/** "who's the account owner", "owner of the account": the account just shown (a case's, a briefing's). */
const OWNER_OF_THE_ACCOUNT =
  /\b(?:the|that|this)\s+account(?:'s)?\s+owner\b|\bowner\s+of\s+(?:the|that|this)\s+account\b|\bwho\s+owns\s+(?:the|that|this)\s+account\s*[?.!]*$/;

/**
 * The deal asked about when the verb comes before its question word ("deal of acme is closing
 * when", "the initech renewal closes when?"): the words before the verb, without "deal of".
 */
function subjectBeforeClosesWhen(asked: string): string | undefined {
  const subject = /^(.*?)\s+(?:is\s+|are\s+)?clos(?:e|es|ing)\s+when\b/i.exec(asked)?.[1];
  if (!subject) return undefined;
  return subject
    .replace(/\b(?:deals?|opps?|opportunit(?:y|ies))\s+(?:of|for|at|with)\s+/gi, ' ')
    .replace(/\b(?:deals?|opps?|opportunit(?:y|ies))\b/gi, ' ');
}

/** True when the deal's words are only the account's name as said or as stored ("acme", "acme corporation"). */
function namesOnlyTheAccount(dealWords: string, account: { text: string; name: string }): boolean {
  const own = new Set(`${account.text} ${account.name}`.toLowerCase().split(/[^a-z0-9]+/));
  return dealWords
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((word) => own.has(word));
}

/**
 * The deal's words said before the question when the question's own words name none ("way in
 * enterprises renewal, the annual one, when is it supposed to close" → "renewal annual"): the words
 * before "when/what/which/how", without the account as typed, pronouns, fillers and "one".
 */
function dealWordsBeforeQuestion(asked: string, accountText: string): string | undefined {
  const before = /^(.*?)\b(?:when|what|which|how)\b/i.exec(asked)?.[1];
  if (!before) return undefined;
  const accountWords = new Set(accountText.toLowerCase().split(/\s+/));
  const words = before
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9-]+/)
    .filter(
      (word) =>
        word &&
        !accountWords.has(word) &&
        !/^(?:the|a|an|one|ones|their|its|our|my|your|deal|deals|so|ok|okay|hey|hi|um|uh|like|and|about|for|at|with|on|of|re|regarding|that|this|it)$/.test(
          word,
        ),
    );
  return words.length ? words.join(' ') : undefined;
}

/** True when an owner question's words ("acme owner", "owner for hooli") hold the account said. */
function ownedAccountWords(text: string, accountText: string): boolean {
  const owned = ownedWordsOf(text);
  return owned !== undefined && ` ${owned} `.includes(` ${accountText.toLowerCase()} `);
}

/**
 * The accounts or currency deals are asked of: an industry of the store's accounts ("my open deals
 * in healthcare"), a country by its name, adjective or code ("open deals in germany", "my canadian
 * accounts", "US deals") and a currency by its code or word ("list the EUR deals", "largest GBP
 * deal", "deals in pounds"); undefined when none is said.
 */
function dealPlaceOf(
  text: string,
  entities: MessageEntities | undefined,
): Pick<RecordQuery, 'industry' | 'country' | 'currency'> | undefined {
  const industry = entities?.industries?.[0]?.name;
  const country = countrySaidIn(text)?.name;
  const currency = currencyNamedIn(text);
  if (!industry && !country && !currency) return undefined;
  return {
    ...(industry ? { industry } : {}),
    ...(country ? { country } : {}),
    ...(currency ? { currency } : {}),
  };
}

/**
 * The account a person is named with ("patricia baker at acme", "emily nelson from wayne
 * enterprises", "acme - patricia baker's email"): its id when the message names it surely and apart
 * from the person's name ("Jane Cooper" is no "Cooper Group").
 */
function employerNamed(
  account: NameCandidate | undefined,
  people: readonly NameCandidate[] | undefined,
): string | undefined {
  if (!account || account.score < 0.9 || !people?.length) return undefined;
  const words = account.text.toLowerCase();
  return people.some((person) => person.text.toLowerCase().includes(words)) ? undefined : account.id;
}
