import type { MessageEntities } from './entities/extract-entities';
import type { PeriodMention } from './entities/periods';
import { moversOf, moversQuery } from './movers';
import {
  parseRecordQuestion,
  todayIn,
  type RecordQuestion,
  type RecordQuestionContext,
} from './record-question';

/**
 * Words between two periods that set them against each other ("this year vs last year", "q4 so much
 * worse than q4 last year", "this month down on last month").
 */
const AGAINST =
  /^\s*,?\s*(?:(?:so\s+far|to\s+date|ytd|qtd|mtd)\s*,?\s*)?(?:vs\.?|versus|v\.?|compared? (?:to|with)|against|over|or|than(?: in)?|(?:(?:so\s+)?(?:much|a\s+lot|way|far)\s+)?(?:worse|better|lower|higher|weaker|stronger|bigger|smaller|down|up)\s+(?:than(?: in)?|on|from|vs\.?|versus|against|compared (?:to|with)))\s*$/;
/** "compare q4 with q4 last year", "compare this month to last month": the two periods of "compare". */
const COMPARE_WITH = /^\s*,?\s*(?:with|to|and)\s*$/;
/** "and" between two periods compares them only when the message says it compares ("compare q3 and q4"). */
const COMPARE_SAID = /\bcompar\w*\b|\bvs\.?(?=\W|$)|\bversus\b/;

/** Where a period's words are in the message (lower case), from `from` on (-1: not there). */
function placeOf(text: string, period: PeriodMention, from: number): number {
  return text.indexOf(period.text.toLowerCase(), from);
}

/**
 * Two periods the message sets against each other: "this year vs last year, how much did i win",
 * "bookings this year vs last year", "average deal size this year compared to last year", "compare
 * q3 and q4". Undefined when it names fewer, or two that are not compared ("deals closing this
 * month and next month", "from january to march").
 */
export function twoPeriodsOf(
  message: string,
  entities: MessageEntities | undefined,
): { first: PeriodMention; second: PeriodMention; rest: string } | undefined {
  const [said, other] = entities?.periods ?? [];
  if (!said || !other) return undefined;
  // The later period is the one asked about, the earlier the one it is set against ("last year vs this year").
  const [first, second] = other.start > said.start ? [other, said] : [said, other];
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  const saidAt = placeOf(text, said, 0);
  const otherAt = saidAt < 0 ? -1 : placeOf(text, other, saidAt + said.text.length);
  if (otherAt < 0) return undefined;
  const between = text.slice(saidAt + said.text.length, otherAt);
  if (!AGAINST.test(between) && !(COMPARE_WITH.test(between) && COMPARE_SAID.test(text))) return undefined;
  // The question over the period asked about alone: "this year, how much did i win".
  const secondAt = second === other ? otherAt : saidAt;
  const rest = `${text.slice(0, secondAt)} ${text.slice(secondAt + second.text.length)}`
    .replace(/\b(?:vs\.?|versus|compared? (?:to|with)|against|than)(?=\W|$)/g, ' ')
    .replace(/\bcompare\b/g, ' ');
  return { first, second, rest };
}

/** A comparing word right before the one period said: "how are we doing vs last quarter". */
const AGAINST_BEFORE = /(?:\bvs\.?|\bversus|\bv\.|\bcompared (?:to|with)|\bagainst)\s*$/;
/** "how does that compare to last year": the answer just shown against a period (a list follow-up). */
const POINTS_BACK = /\b(?:that|those|these|this one|it|them|compare)\b/;
/** Months in a period of each length that repeats through the calendar. */
const MONTHS_OF: Partial<Record<PeriodMention['granularity'], number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

function monthsLater(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/**
 * One past period set against the present ("how are we doing vs last quarter", "what did i win
 * compared with last month", "bookings vs q3"): the period of the same length that holds today,
 * against it, as "this quarter vs last quarter" reads. Undefined for a period ahead or holding
 * today, or when the message points back at an answer ("how does that compare to last year").
 */
function againstThePresent(
  message: string,
  entities: MessageEntities,
  context: RecordQuestionContext,
): { first: PeriodMention; second: PeriodMention; rest: string } | undefined {
  const [said, another] = entities.periods;
  const months = said && MONTHS_OF[said.granularity];
  if (!said || another || !months) return undefined;
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  const at = placeOf(text, said, 0);
  const before = text.slice(0, Math.max(at, 0));
  if (at < 0 || !AGAINST_BEFORE.test(before) || POINTS_BACK.test(text)) return undefined;
  const today = todayIn(context.now, context.timezone);
  if (said.end >= today) return undefined;
  let start = said.start;
  while (monthsLater(start, months) <= today) start = monthsLater(start, months);
  const end = monthsLater(start, months);
  const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const words = `this ${said.granularity}`;
  const first: PeriodMention = { text: words, start, end: last, granularity: said.granularity };
  const rest = `${before.replace(AGAINST_BEFORE, ' ')} ${words} ${text.slice(at + said.text.length)}`;
  return { first, second: said, rest };
}

/**
 * Right after a period, the one before it with its length unsaid or said again: "vs last", "compared to
 * the previous one", "against the prior quarter", "vs the year before".
 */
const AGAINST_THE_ONE_BEFORE =
  /^\s*,?\s*(?:vs\.?|versus|v\.?|compared\s+(?:to|with)|against|over|than)\s+(?:the\s+)?(?:(?:last|previous|prior|preceding)(?:\s+(?:one|period|month|quarter|qtr|half|year))?|(?:one|period|month|quarter|qtr|half|year)\s+before(?:\s+(?:it|that))?)(?=\s*[?.!]*\s*$|\s*[,;:\-–—]|\s+(?:for|on|in|with|by)\b)/;

/**
 * A period set against the one of the same length just before it ("win rate this quarter vs last",
 * "q4 compared to the previous one", "last month vs the month before"): that earlier period, whatever
 * other period words the comparison's own words were read as.
 */
export function againstTheOneBefore(
  message: string,
  entities: MessageEntities,
): { first: PeriodMention; second: PeriodMention; rest: string } | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  for (const said of entities.periods) {
    const months = MONTHS_OF[said.granularity];
    const at = placeOf(text, said, 0);
    if (!months || at < 0) continue;
    const after = text.slice(at + said.text.length);
    const against = AGAINST_THE_ONE_BEFORE.exec(after);
    if (!against) continue;
    const start = monthsLater(said.start, -months);
    const end = new Date(Date.parse(`${said.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const second: PeriodMention = { text: against[0].trim(), start, end, granularity: said.granularity };
    const rest = `${text.slice(0, at + said.text.length)} ${after.slice(against[0].length)}`;
    return { first: said, second, rest };
  }
  return undefined;
}

/**
 * Right after a period, the same one a year before: "vs the same quarter last year", "compared to
 * the same month a year ago", "against the same period the year before", "vs same time last year".
 */
const AGAINST_THE_YEAR_BEFORE =
  /^\s*,?\s*(?:vs\.?|versus|v\.?|compared\s+(?:to|with)|against|over|than|and)\s+(?:the\s+)?same\s+(?:one|period|time|stretch|month|quarter|qtr|half|year|week)\s+(?:(?:of\s+)?last\s+year|(?:a|one)\s+year\s+(?:ago|before|earlier)|(?:in\s+)?the\s+(?:year\s+before|previous\s+year|prior\s+year)|(?:a\s+)?year\s+(?:ago|before|earlier))(?=\s*[?.!]*\s*$|\s*[,;:\-–—]|\s+(?:for|on|in|with|by)\b)/;

/**
 * A period set against the same one a year before ("bookings this quarter vs the same quarter last
 * year", "november compared to the same month a year ago"): that period a year earlier, whatever
 * period words ("last year") the comparison's own words were read as.
 */
export function againstTheYearBefore(
  message: string,
  entities: MessageEntities,
): { first: PeriodMention; second: PeriodMention; rest: string } | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  for (const said of entities.periods) {
    const at = placeOf(text, said, 0);
    if (at < 0 || !(MONTHS_OF[said.granularity] || said.granularity === 'week')) continue;
    const after = text.slice(at + said.text.length);
    const against = AGAINST_THE_YEAR_BEFORE.exec(after);
    if (!against) continue;
    const start = monthsLater(said.start, -12);
    // The day before the period after it, a year back (the end of February stays its end).
    const next = new Date(Date.parse(`${said.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(`${monthsLater(next, -12)}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const second: PeriodMention = { text: against[0].trim(), start, end, granularity: said.granularity };
    const rest = `${text.slice(0, at + said.text.length)} ${after.slice(against[0].length)}`;
    return { first: said, second, rest };
  }
  return undefined;
}

function isClosed(status: string | undefined): boolean {
  return status === 'won' || status === 'lost';
}

/**
 * A month said without a year that has not begun yet, in a question about what was won or lost or
 * how someone did: the one a year before (in December, "i won more in november or october?" is
 * October 2026; the entity reader, for plans, picks the next October).
 */
function theOneJustGone(period: PeriodMention, today: string): PeriodMention {
  if (
    period.granularity !== 'month' ||
    period.start <= today ||
    /\d{4}|\bnext\b|\bcoming\b/.test(period.text)
  )
    return period;
  const start = monthsLater(period.start, -12);
  const end = new Date(Date.parse(`${monthsLater(start, 1)}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { ...period, start, end };
}

/** Both periods of a question about the past as they were, the later one asked about (`pair` itself when none moved). */
function inThePast<T extends { first: PeriodMention; second: PeriodMention; rest: string }>(
  pair: T,
  today: string,
): T {
  const a = theOneJustGone(pair.first, today);
  const b = theOneJustGone(pair.second, today);
  if (a === pair.first && b === pair.second) return pair;
  const [first, second] = b.start > a.start ? [b, a] : [a, b];
  return { ...pair, first, second };
}

/**
 * What is left of a comparison of two periods that asks nothing but how someone did: whose ("for me",
 * "the team's", "sam"), "so far", "numbers", "results" and filler. A word of records ("deals",
 * "pipeline", "leads") or of a metric is a question of its own.
 */
const BARE_COMPARISON =
  /^[\s?.!,]*(?:(?:so|far|to|date|ytd|qtd|mtd|for|of|me|my|i|we|us|our|the|team|team's|whole|how|about|what|and|numbers?|figures?|results?|stats|performance|perf|looking|look|like|compare|comparison|pls|please|show|give|why|is|are|was|were|does|do|did|doing|going|much|a|lot|way|worse|better|lower|higher|weaker|stronger|down|up|stack|stacks|measure|with|vs|on|from)\b[\s?.!,]*)*$/;

/** Whether a comparison of two periods asks nothing but how someone did in them (`BARE_COMPARISON`). */
function isBareComparison(
  message: string,
  pair: { first: PeriodMention; rest: string },
  entities: MessageEntities,
): boolean {
  // "vs last quarter?" alone sets the answer just shown against a period: no summary of its own.
  if (!message.toLowerCase().includes(pair.first.text.toLowerCase())) return false;
  let rest = pair.rest.replace(pair.first.text.toLowerCase(), ' ');
  for (const person of entities.people)
    if (person.kind === 'rep') rest = rest.replace(person.text.toLowerCase(), ' ');
  return BARE_COMPARISON.test(rest);
}

/**
 * "q4 so far vs q3 for me", "this month vs last month", "sam november vs october": two periods and
 * nothing else asked are how someone did in the first, the summary (won, lost, the pipeline): of the
 * rep named, the team when it is said ("we", "our", "the team"), else the caller's own (a manager's
 * team, as for any question that names nobody).
 */
function howSomeoneDid(
  pair: { first: PeriodMention; rest: string },
  entities: MessageEntities,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const rep = entities.people.find((person) => person.kind === 'rep');
  const whose = rep ? rep.text : /\b(?:we|us|our|team|team's)\b/.test(pair.rest) ? 'for the team' : 'for me';
  const question = parseRecordQuestion(
    `how are things looking ${whose} ${pair.first.text}`,
    { ...entities, periods: [pair.first] },
    context,
  );
  if (question?.kind !== 'summary') return undefined;
  return rep || whose === 'for the team' || /\b(?:me|my|i)\b/.test(pair.rest)
    ? question
    : { ...question, ownerGiven: false };
}

/** Metrics a comparison of two periods answers for each (their figures and the change). */
const COMPARED_METRICS = new Set(['average', 'median', 'winRate']);

/**
 * A question over two periods set against each other: read for the first, with the second as the
 * period it is compared with (each whole, as named). Only questions whose answer has a period to
 * compare: deals won or lost, a summary, a win rate or a deal size; anything else is undefined.
 */
export function twoPeriodQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  if (!entities) return undefined;
  let pair =
    againstTheOneBefore(message, entities) ??
    againstTheYearBefore(message, entities) ??
    twoPeriodsOf(message, entities) ??
    againstThePresent(message, entities, context);
  if (!pair) return undefined;
  let question = parseRecordQuestion(pair.rest, { ...entities, periods: [pair.first] }, context);
  if (question?.kind !== 'summary' && isBareComparison(message, pair, entities))
    question = howSomeoneDid(pair, entities, context);
  if (question?.kind === 'summary' || (question?.kind === 'query' && isClosed(question.query.status))) {
    const pastPair = inThePast(pair, todayIn(context.now, context.timezone));
    if (pastPair !== pair) {
      pair = pastPair;
      question =
        question?.kind === 'summary' && isBareComparison(message, pair, entities)
          ? howSomeoneDid(pair, entities, context)
          : parseRecordQuestion(pair.rest, { ...entities, periods: [pair.first] }, context);
    }
  }
  const comparedWith = { from: pair.second.start, to: pair.second.end };
  // "which rep improved the most vs last quarter": the people ranked on the change of what they won.
  const movers = moversOf(message);
  if (movers)
    return {
      kind: 'query',
      query: moversQuery(question?.query.owner ?? { scope: 'mine' }, pair.first.start, pair.first.end),
      ownerGiven: question?.ownerGiven ?? false,
      comparedWith,
      movers,
    };
  if (question?.kind === 'summary') return { ...question, comparedWith };
  const query = question?.kind === 'query' ? question.query : undefined;
  if (!query || query.groupBy || query.record !== 'deal') return undefined;
  // "deals created last month vs the month before": how many were created in each.
  if (
    query.createdFrom &&
    !query.closedFrom &&
    !query.status &&
    ['list', 'count', 'sum'].includes(query.aggregate)
  )
    return { ...question!, comparedWith } as RecordQuestion;
  if (!query.closedFrom) return undefined;
  const closed = isClosed(query.status);
  if (!closed && !COMPARED_METRICS.has(query.aggregate)) return undefined;
  return { ...question!, comparedWith } as RecordQuestion;
}
