import { NUMBER_WORDS, type RecordQuery } from '../../vocabulary';
import type { MessageEntities } from './entities/extract-entities';
import {
  parseRecordQuestion,
  todayIn,
  type RecordQuestion,
  type RecordQuestionContext,
} from './record-question';
import { twoPeriodsOf } from './two-periods';

/** The length of the periods a figure over time is broken into. */
export type SeriesUnit = NonNullable<RecordQuery['perPeriod']>;

/**
 * Words that ask for a figure period by period: "per month", "by month", "each month", "every
 * quarter", "monthly", "month by month", "month-over-month", "broken down by quarter". Each is
 * anchored on the unit word itself, so no two quantifiers share a run of text.
 */
const SERIES_WORDS: Array<[RegExp, SeriesUnit]> = [
  [
    /\b(?:per|by|each|every|in each)[ -]month\b(?![ -]?end)|\bmonth[ -](?:by|over|on|to)[ -]month\b|\bmonthly\b/g,
    'month',
  ],
  [
    /\b(?:per|by|each|every|in each)[ -](?:quarter|qtr)\b(?![ -]?end)|\bquarter[ -](?:by|over|on|to)[ -]quarter\b|\bquarterly\b/g,
    'quarter',
  ],
  [
    /\b(?:per|by|each|every|in each)[ -]week\b(?![ -]?end)|\bweek[ -](?:by|over|on|to)[ -]week\b|\bweekly\b/g,
    'week',
  ],
];

/** Words left over once the series words are gone ("broken down", "split"), which say nothing else. */
const LEFT_OVER = /\b(?:broken down|break it down|break down|split out|split|trend(?:ed)?|over time)\b/g;

/** Money taken in, said without "won": revenue, sales, bookings. */
const REVENUE = /\b(?:revenue|sales|bookings|income)\b/;
/** Words that say other deals than those won, or money not yet booked. */
const NOT_BOOKED =
  /\b(?:lost|closed|created|new|open|pipeline|expected|projected|forecast\w*|cycle|reps?|team)\b/;

/** Words that want a forecast or a plan ("monthly target", "weekly digest", "quarterly business review"). */
const NOT_A_SERIES =
  /\b(?:target|quota|goal|digest|review|qbr|forecast|report(?:s|ing)?\s+(?:job|email)|subscri\w*|meeting|check-?in|sync)\b/;

/** How many periods one answer lists at most: two years by month, three by quarter, half a year by week. */
const MOST: Record<SeriesUnit, number> = { month: 24, quarter: 12, week: 26 };

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthStart(y: number, m: number): string {
  return day(new Date(Date.UTC(y, m, 1)));
}

/**
 * "the last 3 months" by month: the three whole months before this one (September, October and
 * November when asked in December), not a rolling 90 days cut through two of them.
 */
function wholeMonthsBefore(text: string, today: string): { from: string; to: string } | undefined {
  const said =
    /\b(?:last|past|previous|prior)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\b/.exec(
      text,
    );
  if (!said) return undefined;
  const n = /^\d+$/.test(said[1]!) ? Number(said[1]) : NUMBER_WORDS[said[1]!]!;
  if (n < 1 || n > MOST.month) return undefined;
  return wholeMonthsUpTo(n, today);
}

/** The `months` whole calendar months before the one `today` is in (3 in December: September–November). */
export function wholeMonthsUpTo(months: number, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const to = day(new Date(Date.UTC(y, m - 1, 0)));
  return { from: monthStart(y, m - 1 - months), to };
}

/** Which window of a deal query the series splits: when deals were won or lost, or when they were created. */
function windowOf(query: RecordQuery): 'closed' | 'created' | undefined {
  if ((query.status === 'won' || query.status === 'lost') && query.closedFrom && query.closedTo)
    return 'closed';
  if (query.createdFrom && query.createdTo && !query.status) return 'created';
  return undefined;
}

/**
 * A figure of deals over time, period by period: "won amount per month this year", "how many deals
 * did the team create each month", "sam's won revenue by month", "lost deals by quarter this year",
 * "show me won deals by month for the last 3 months". The question read without its series words,
 * with `perPeriod` on its query; with no period said, this year so far. Undefined when the message
 * has no series words or is no question of deals won, lost or created.
 */
export function seriesQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (text.length > 300 || NOT_A_SERIES.test(text)) return undefined;
  // "week over week: won this week vs last week": two periods set side by side, not a series.
  if (twoPeriodsOf(message, entities)) return undefined;
  let unit: SeriesUnit | undefined;
  let rest = text;
  for (const [words, each] of SERIES_WORDS) {
    const without = text.replace(words, ' ');
    if (without === text) continue;
    unit = each;
    rest = without;
    break;
  }
  if (!unit) return undefined;
  rest = rest.replace(LEFT_OVER, ' ');
  // "revenue by month", "sales per quarter": what was won in each period (revenue is booked, not expected).
  if (REVENUE.test(rest) && !NOT_BOOKED.test(rest) && !/\b(?:deals?|opps?)\b/.test(rest))
    rest = rest.replace(REVENUE, /\bwon\b/.test(rest) ? 'deals' : 'won deals');
  const question = parseRecordQuestion(rest, entities, context);
  if (question?.kind !== 'query') return undefined;
  const query = question.query;
  if (query.record !== 'deal' || query.groupBy || query.field || query.dealIds || query.breakdown)
    return undefined;
  if (!['list', 'count', 'sum'].includes(query.aggregate)) return undefined;
  const window = windowOf(query);
  if (!window) return undefined;
  const today = todayIn(context.now, context.timezone);
  const [y] = today.split('-').map(Number) as [number];
  // No period said: this year so far; "the last 3 months": the whole months before this one.
  const span = question.periodAssumed
    ? { from: `${y}-01-01`, to: `${y}-12-31` }
    : unit === 'month'
      ? wholeMonthsBefore(text, today)
      : undefined;
  const withSpan: RecordQuery = { ...query, perPeriod: unit };
  if (span && window === 'closed') Object.assign(withSpan, { closedFrom: span.from, closedTo: span.to });
  if (span && window === 'created') Object.assign(withSpan, { createdFrom: span.from, createdTo: span.to });
  const { periodAssumed: _assumed, ...kept } = question;
  return { ...kept, query: withSpan };
}

/** A calendar span, `YYYY-MM-DD` inclusive. */
export interface SeriesSpan {
  from: string;
  to: string;
}

function addDays(date: string, days: number): string {
  return day(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/**
 * The periods of a series over `from`..`to`, whole calendar months, quarters or weeks (Monday
 * first), the first and last cut to the span and none begun after `today` (nothing is won in a
 * month to come); at most the latest `MOST` of them.
 */
export function seriesSpans(from: string, to: string, unit: SeriesUnit, today: string): SeriesSpan[] {
  const last = to < today ? to : today;
  const spans: SeriesSpan[] = [];
  let start = from;
  if (unit === 'week') {
    const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
    start = addDays(from, -weekday);
  }
  while (start <= last) {
    const [y, m] = start.split('-').map(Number) as [number, number];
    const next =
      unit === 'week'
        ? addDays(start, 7)
        : unit === 'month'
          ? monthStart(y, m)
          : monthStart(y, Math.floor((m - 1) / 3) * 3 + 3);
    const end = addDays(next, -1);
    spans.push({ from: start < from ? from : start, to: end > to ? to : end });
    start = next;
  }
  return spans.slice(-MOST[unit]);
}
