import type { MessageEntities } from './entities/extract-entities';
import type { PeriodMention } from './entities/periods';
import { parseRecordQuestion, type RecordQuestion, type RecordQuestionContext } from './record-question';

/** Words between two periods that set them against each other ("this year vs last year"). */
const AGAINST = /^\s*,?\s*(?:vs\.?|versus|v\.?|compared (?:to|with)|against|over|or)\s*$/;
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
  if (!AGAINST.test(between) && !(/^\s*,?\s*and\s*$/.test(between) && COMPARE_SAID.test(text)))
    return undefined;
  // The question over the period asked about alone: "this year, how much did i win".
  const secondAt = second === other ? otherAt : saidAt;
  const rest = `${text.slice(0, secondAt)} ${text.slice(secondAt + second.text.length)}`
    .replace(/\b(?:vs\.?|versus|compared (?:to|with)|against)(?=\W|$)/g, ' ')
    .replace(/\bcompare\b/g, ' ');
  return { first, second, rest };
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
  const pair = twoPeriodsOf(message, entities);
  if (!pair || !entities) return undefined;
  const question = parseRecordQuestion(pair.rest, { ...entities, periods: [pair.first] }, context);
  const comparedWith = { from: pair.second.start, to: pair.second.end };
  if (question?.kind === 'summary') return { ...question, comparedWith };
  const query = question?.kind === 'query' ? question.query : undefined;
  if (!query || !query.closedFrom || query.groupBy || query.record !== 'deal') return undefined;
  const closed = query.status === 'won' || query.status === 'lost';
  if (!closed && !COMPARED_METRICS.has(query.aggregate)) return undefined;
  return { ...question!, comparedWith } as RecordQuestion;
}
