import type { RecordQuery } from '../../vocabulary';
import type { Understander, Understanding, UnderstandingContext } from './understanding';

/**
 * Two values of one filter set side by side in one question ("average won deal size in healthcare vs
 * software", "win rate from web deals vs referral deals", "renewals versus upsells: win rate this
 * year", "pipeline in emea compared with north america"): the question asked once for each value, so
 * each is answered as if asked alone (under the caller's own role and visibility) and the answers are
 * shown one after the other. Accounts or deals set side by side are `two-sides.ts`'s; two periods
 * ("this quarter vs last quarter") are the record question's own comparison.
 */

/** Words that set two values against each other: never a bare "and" or "or", which may join a filter's values. */
const CONNECTOR = /\s*,?\s+(?:vs\.?|versus|v\.|compared\s+(?:to|with)|against|as\s+opposed\s+to)\s+/gi;

/** The filters a side may change; everything else of the two questions must be the same. */
const SIDE_KEYS = [
  'industry',
  'country',
  'region',
  'currency',
  'dealTypes',
  'dealSources',
  'stages',
  'accountStatus',
] as const satisfies ReadonlyArray<keyof RecordQuery>;
type SideKey = (typeof SIDE_KEYS)[number];

/** How many words each side's value may take, tried the closest-matched first ("web deals" | "referral deals"). */
const WORD_SPLITS: ReadonlyArray<[number, number]> = [
  [1, 1],
  [2, 2],
  [1, 2],
  [2, 1],
  [3, 3],
  [1, 3],
  [3, 1],
  [2, 3],
  [3, 2],
];

/** A long message or one with several connectors is read as it is, never split (pasted text, hostile input). */
const LONGEST = 200;

/** The query without the filters a side may change, to compare the rest of two questions. */
function restOf(query: RecordQuery): string {
  const rest: Partial<RecordQuery> = { ...query };
  for (const key of SIDE_KEYS) delete rest[key];
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** The values of a filter as a list ("healthcare" → ["healthcare"], ["web","referral"]). */
function valuesOf(query: RecordQuery, key: SideKey): string[] {
  const value = query[key];
  return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
}

/**
 * True when two questions are the same question about different values of one filter, neither
 * value shared (so "from web referral deals", both sources at once, is no side of "web").
 */
function sameQuestionOtherValue(first: RecordQuery, second: RecordQuery): boolean {
  if (restOf(first) !== restOf(second)) return false;
  const changed = SIDE_KEYS.filter(
    (key) => JSON.stringify(valuesOf(first, key)) !== JSON.stringify(valuesOf(second, key)),
  );
  if (changed.length !== 1) return false;
  const [a, b] = [valuesOf(first, changed[0]!), valuesOf(second, changed[0]!)];
  return a.length > 0 && b.length > 0 && !a.some((value) => b.includes(value));
}

/** The record query a reading asks, when it is a question about records read surely. */
function queryOf(reading: Understanding): RecordQuery | undefined {
  if (reading.intent !== 'record_query' && reading.intent !== 'pipeline_summary') return undefined;
  if (reading.confidence < 0.85 || reading.question?.kind !== 'query') return undefined;
  if (reading.question.comparedWith || reading.question.refersTo) return undefined;
  return reading.question.query;
}

/**
 * The question for each of two values of one filter a message sets side by side, or undefined
 * when it sets none (or either side would not read as the same question about records).
 */
export async function filterSidesIn(
  text: string,
  whole: Understanding,
  understander: Pick<Understander, 'understand'>,
  context: UnderstandingContext,
): Promise<[string, string] | undefined> {
  // Only a question about records, not one comparing two periods already, nor one whose answer
  // already sets its values side by side ("germany: customers vs prospects", counted per status).
  const asked = queryOf(whole);
  if (text.length > LONGEST || !asked || asked.breakdown || asked.groupBy) return undefined;
  const connectors = [...text.matchAll(CONNECTOR)];
  if (connectors.length !== 1) return undefined;
  const connector = connectors[0]!;
  const start = connector.index;
  const end = start + connector[0].length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const wordsBefore = [...before.matchAll(/\S+/g)];
  const wordsAfter = [...after.matchAll(/\S+/g)];
  const readings = new Map<string, Promise<RecordQuery | undefined>>();
  const read = (question: string) => {
    const key = question.replace(/\s+/g, ' ').trim();
    if (!readings.has(key))
      readings.set(
        key,
        understander.understand(key, context).then((reading) => queryOf(reading)),
      );
    return readings.get(key)!.then((query) => ({ key, query }));
  };
  for (const [left, right] of WORD_SPLITS) {
    if (left > wordsBefore.length || right > wordsAfter.length) continue;
    // The first side: the message without the second value; the second: without the first.
    const rightEnd = wordsAfter[right - 1]!.index + wordsAfter[right - 1]![0].length;
    const leftStart = wordsBefore[wordsBefore.length - left]!.index;
    const [first, second] = await Promise.all([
      read(`${before} ${after.slice(rightEnd)}`),
      read(`${before.slice(0, leftStart)} ${after}`),
    ]);
    if (first.query && second.query && sameQuestionOtherValue(first.query, second.query))
      return [first.key, second.key];
  }
  return undefined;
}
