import { NUMBER_WORDS, type Lead } from '../../vocabulary';
import type { SeriesUnit } from '../understanding/period-series';
import { CONVERSION, leadSourceOf } from './lead-words';
import { leadBreakdownOf, leadStatusesOf } from './marketing-questions';

/** The leads that came in, counted period by period: "new leads per month", "trend of leads". */
export interface LeadCountSeries {
  unit: SeriesUnit;
  filter: { source?: Lead['source']; statuses?: Lead['status'][] };
  /** "the last 3 months", "the last few months": that many whole months before this one. */
  lastMonths?: number;
}

const LEADS = /\bleads?\b/i;
/** Deals, revenue, cases: another record's figures. */
const NOT_LEADS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|revenue|bookings|won|win|cases?|tickets?|vs\.?|versus|compared?)\b/i;

/** Words asking for a count period by period, each anchored on its unit word. */
const SERIES_WORDS: ReadonlyArray<[RegExp, SeriesUnit]> = [
  [/\b(?:per|by|each|every|a)[ -]month\b|\bmonth[ -](?:by|over|on|to)[ -]month\b|\bmonthly\b/i, 'month'],
  [
    /\b(?:per|by|each|every|a)[ -](?:quarter|qtr)\b|\bquarter[ -](?:by|over|on|to)[ -]quarter\b|\bquarterly\b/i,
    'quarter',
  ],
  [/\b(?:per|by|each|every|a)[ -]week\b|\bweek[ -](?:by|over|on|to)[ -]week\b|\bweekly\b/i, 'week'],
];

/** A trend asked without a unit ("trend of new leads", "leads over the last few months"): by month. */
const TREND = /\btrend(?:s|ing|ed)?\b|\bover\s+time\b|\b(?:going|trending)\s+(?:up|down)\b/i;

const MONTHS_BACK =
  /\b(?:last|past|previous|prior)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\s+of)?|several)\s+months\b/i;
/** Vague counts of months, beside the number words: "the last few months" is three. */
const VAGUE_COUNTS: Readonly<Record<string, number>> = { few: 3, couple: 2, 'couple of': 2, several: 3 };

/**
 * "how many new leads per month the last 3 months", "trend of new leads over the last few months",
 * "web leads by quarter this year", "monthly lead volume": the leads that came in, counted period by
 * period. "New leads" are the leads that came in (those of past months are no longer in status new).
 * Undefined for a rate, a breakdown by something else, a comparison of two periods or another record.
 */
export function leadCountSeriesOf(message: string): LeadCountSeries | undefined {
  if (message.length > 300 || !LEADS.test(message)) return undefined;
  if (NOT_LEADS.test(message) || CONVERSION.test(message)) return undefined;
  const said = SERIES_WORDS.find(([words]) => words.test(message));
  const back = MONTHS_BACK.exec(message);
  if (!said && !TREND.test(message)) return undefined;
  const unit = said?.[1] ?? 'month';
  const rest = said ? message.replace(said[0], ' ') : message;
  // "leads by source each month" is a breakdown, not a single count per month.
  if (leadBreakdownOf(rest)) return undefined;
  const source = leadSourceOf(rest);
  const statuses = leadStatusesOf(rest.replace(/\bnew\b/gi, ' '));
  const words = back?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  const lastMonths = words
    ? /^\d+$/.test(words)
      ? Number(words)
      : (NUMBER_WORDS[words] ?? VAGUE_COUNTS[words])
    : undefined;
  return {
    unit,
    filter: { ...(source ? { source } : {}), ...(statuses ? { statuses } : {}) },
    ...(unit === 'month' && lastMonths && lastMonths >= 1 && lastMonths <= 24 ? { lastMonths } : {}),
  };
}
