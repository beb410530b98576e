/**
 * Sales metrics asked in chat words (issue 19, eighth round): a win rate, the average or median deal
 * size, the sales cycle, and deals nobody has touched for a while. Each is an aggregate (or a filter)
 * of the record query; the record-question parser adds the owner, period, region and grouping.
 */
import { numberSaid, numberWordsBetween, type AmountFigure } from '../../vocabulary';

export type SalesMetric =
  /** Won / (won + lost) of the deals closed in the period: "what's my win rate", "close rate by rep". */
  | { kind: 'winRate' }
  /** The mean (or median) amount of deals, per currency: "average deal size", "median won deal". */
  | {
      kind: 'average' | 'median';
      status: 'won' | 'lost' | 'open';
      /** Several figures of the sizes asked together ("average and median", "min, max and median"). */
      figures?: AmountFigure[];
    }
  /** Days from created to won, for deals won in the period: "average sales cycle", "how long to close". */
  | { kind: 'cycle' }
  /** Open deals with no activity for so many days: "deals not touched in 2 weeks". */
  | { kind: 'quiet'; days: number };

const WIN_RATE =
  /\b(?:win|won|close|closing|conversion|success|hit)\s*(?:-\s*)?(?:rate|ratio|percentage|%)\b|\bwin\s*\/\s*loss\s+(?:rate|ratio)\b|\b(?:percentage|percent|%|share|proportion)\s+of\s+(?:\w+\s+)?(?:deals|opps|opportunities)\s+(?:\w+\s+)?(?:won|win|we win|i win)\b|\bhow often do (?:i|we|you|they)\s+win\b/;
/** "average", "avg", "mean", "typical" before a size, value or amount of deals. */
const AVERAGE = /\b(?:average|avg|mean|typical)\b/;
const MEDIAN = /\bmedian\b/;
/** The ends of the sizes, said as such ("min", "maximum"; "smallest and largest" said together). */
const MIN =
  /\b(?:min|minimum|mins|lowest\s+and\s+highest|smallest\s+and\s+(?:largest|biggest))\b|\b(?:highest|largest|biggest)\s+and\s+(?:lowest|smallest)\b/;
const MAX =
  /\b(?:max|maximum|maxes|lowest\s+and\s+highest|smallest\s+and\s+(?:largest|biggest))\b|\b(?:highest|largest|biggest)\s+and\s+(?:lowest|smallest)\b/;
/** The spread of the sizes: their smallest, middle and largest ("spread", "range", "distribution"). */
const SPREAD =
  /\b(?:spread|range|distribution|dispersion)\s+(?:of|in)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:sizes?|values?|amounts?)\b|\b(?:size|value|amount)\s+(?:spread|range|distribution)\b/;
/** What is averaged: deals' size, value or amount (not their count or the sales cycle). */
const AMOUNT_WORDS =
  /\b(?:deal|deals|opp|opps|opportunit\w+|contract|order|ticket|acv)\s*(?:size|sizes|value|values|amount|amounts|worth)?\b|\b(?:size|value|amount|worth)\b|\bwon\b|\bwins\b|\bpipeline\b/;
/** The time a deal takes: "sales cycle", "days to close", "how long does it take to close". */
const CYCLE =
  /\b(?:sales|deal|selling)\s+cycles?\b|\bcycle\s+(?:time|length)\b|\btime\s+to\s+(?:close|win)\b|\bdays\s+to\s+(?:close|win)\b|\bhow\s+(?:long|many\s+days|many\s+weeks)\b.{0,40}\b(?:to|till|until|before)\s+(?:\w+\s+)?(?:close|win|closes|closing|won)\b|\bhow\s+(?:long|many\s+days)\s+(?:do|does|did)\s+(?:deals?|it|my\s+deals?|our\s+deals?)\s+(?:\w+\s+)?(?:take|stay|sit)\b/;
/**
 * No activity on a deal for a while: "haven't been touched", "no activity", "gone quiet", "not
 * contacted", "stale", "neglected", "no interaction", "nothing logged".
 */
const QUIET =
  /(?:\b(?:not|never|nobody(?:'s)?|no\s+one(?:'s)?)|n't)\s+(?:(?:has|have|had)\s+)?(?:been\s+)?(?:touched|contacted|worked|followed\s+up|called|emailed|updated)\b|\bno\s+(?:activity|activities|interactions?|touch(?:es|points?)?|contact|calls?|follow-?ups?|movement)\b|\b(?:untouched|stale|neglected|dormant|gone\s+(?:quiet|cold|dark)|went\s+(?:quiet|cold|dark)|gathering\s+dust|idle)\b|\bwithout\s+(?:any\s+)?(?:activity|an?\s+interaction|interactions|a\s+touch|contact)\b|\bnothing\s+(?:(?:has\s+)?been\s+)?(?:logged|touched|recorded|happened)\b/;
/** Deals as the subject of a quiet question (a quiet contact or account is not a deal question). */
const DEAL_NOUNS = /\b(?:deals?|opps?|opportunit\w+|pipeline)\b/;
/** A span's count: digits, "a"/"an" or a number word up to ninety ("two weeks", "a month"). */
export const SPAN_COUNT = String.raw`\d+|a|an|${numberWordsBetween(1, 90)}`;
const SPAN = new RegExp(String.raw`\b(${SPAN_COUNT})\s*(?:\+\s*)?(days?|d|weeks?|wks?|months?|mos?)\b`);
/** The days a quiet question spans when it says none ("which deals have gone stale"). */
export const DEFAULT_QUIET_DAYS = 14;

/** "2 weeks", "30 days", "a month", "a fortnight": the span in days, or undefined. */
export function spanDays(text: string): number | undefined {
  if (/\bfortnight\b/.test(text)) return 14;
  const span = SPAN.exec(text);
  if (span) {
    const n = span[1] === 'a' || span[1] === 'an' ? 1 : numberSaid(span[1]!)!;
    const unit = span[2]!;
    return unit.startsWith('w') ? n * 7 : unit.startsWith('m') ? n * 30 : n;
  }
  if (/\b(?:last|past|this)\s+month\b/.test(text)) return 30;
  if (/\b(?:last|past|this)\s+week\b/.test(text)) return 7;
  return undefined;
}

/**
 * The figures of deals' sizes a question asks for, in a fixed order: "average and median" (both),
 * "median vs mean", "min, max and median", "the spread of won deal sizes" (smallest, median,
 * largest). One figure alone, or none, is the aggregate's business, not this list's.
 */
export function amountFiguresOf(text: string): AmountFigure[] {
  const spread = SPREAD.test(text);
  const asked: Record<AmountFigure, boolean> = {
    average: AVERAGE.test(text),
    median: MEDIAN.test(text) || (spread && !AVERAGE.test(text)),
    min: MIN.test(text) || spread,
    max: MAX.test(text) || spread,
  };
  return (['average', 'median', 'min', 'max'] as const).filter((figure) => asked[figure]);
}

/**
 * The sales metric a question asks for, from its words, or undefined: "what's my win rate",
 * "average won deal size this quarter", "median deal value", "how many days does it take me to close
 * on average", "which of my deals haven't been touched in 2 weeks". `text` is lower case.
 */
export function salesMetricOf(text: string): SalesMetric | undefined {
  if (WIN_RATE.test(text)) return { kind: 'winRate' };
  // The cycle before the average: "average sales cycle" is days, not amounts.
  if (CYCLE.test(text)) return { kind: 'cycle' };
  const figures = amountFiguresOf(text);
  if ((AVERAGE.test(text) || MEDIAN.test(text) || figures.length > 1) && AMOUNT_WORDS.test(text)) {
    // Averages of counts or of people are not deal sizes ("average number of deals per rep").
    if (/\b(?:number|count|how many)\b/.test(text)) return undefined;
    const status = /\blost\b|\blose\b/.test(text)
      ? 'lost'
      : /\bopen\b|\bpipeline\b|\bin play\b|\bactive\b/.test(text)
        ? 'open'
        : 'won';
    const kind = MEDIAN.test(text) || !AVERAGE.test(text) ? 'median' : 'average';
    return { kind, status, ...(figures.length > 1 ? { figures } : {}) };
  }
  if (QUIET.test(text) && DEAL_NOUNS.test(text))
    return { kind: 'quiet', days: spanDays(text) ?? DEFAULT_QUIET_DAYS };
  return undefined;
}
