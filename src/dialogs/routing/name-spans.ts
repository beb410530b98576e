import { isBackReference } from '../conversation-memory';
import { parseRecordQuestion, type RecordQuestionContext } from '../understanding/record-question';
import type { Understanding } from './understanding';
import { patternOf } from '../../core/patterns';

/**
 * Everyday words that are never read as an account's name on their own, however many names
 * contain them ("have" in Northhaven, "data" in Copper Data AB, "like").
 */
const COMMON_WORDS = new Set(
  (
    'a about after all also an and any anything are as at be been but by can could data day deal deals did do does ' +
    'doing for from get got had has have how i if in into is it its just know last like look looking make me more most ' +
    'my new next no not now of on one or our out over please question right see so some that the their them then there ' +
    'these they thing this those to today up us want was we were what when where which who why will with would you your ' +
    'open team pipeline quarter month week year numbers info information help customer customers account accounts'
  ).split(' '),
);

/** True when the words of a mention are all everyday words (no account is named by them alone). */
export function isCommonWords(mention: string): boolean {
  const words = mention.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.every((word) => COMMON_WORDS.has(word.replace(/'s$/, '')));
}

/**
 * True when a mention is made only of what the entity reader already read as something else — an
 * amount, a period, a date, a deal stage — and everyday words: "1m or more", "Q3", "2027",
 * "qualification stage for the team" name no account.
 */
export function isOnlyOtherEntities(mention: string, entities: Understanding['entities']): boolean {
  if (!entities || isBackReference(mention)) return false;
  let rest = ` ${mention.toLowerCase()} `;
  const spans = [
    ...entities.money.map((m) => m.text),
    ...entities.periods.map((p) => p.text),
    ...entities.dates.map((d) => d.text),
    ...entities.dealStages.map((d) => d.text),
  ];
  for (const span of spans) if (span) rest = rest.split(span.toLowerCase()).join(' ');
  // Numbers and the words of stages and amounts ("stage", "or more") name nothing on their own.
  rest = rest.replace(
    /\b\d[\d,.]*\w?\b|\b(?:stage|stages|or|more|less|plus|above|below|over|under)\b|[+$€£%]/g,
    ' ',
  );
  return rest.trim() === '' || isCommonWords(rest);
}

/**
 * Words before a span that ask for a name there ("deals for initec", "brief me on acme", "talk to
 * globex", "who owns stark", "who owns the stark account").
 */
const NAME_SLOT = /\b(?:for|at|with|about|on|of|from|to|by|re|regarding)\W*$|\bwho\s+owns\s+(?:the\s+)?$/i;

/**
 * Record nouns right after a name, whose records they are ("initek deals", "glow bex's contacts",
 * "the stark account").
 */
const RECORDS_OF_NAME =
  /^(?:['’]s)?\s+(?:open\s+)?(?:deals?|opps?|opportunities|contacts?|cases?|tickets?|renewals?|account)\b/i;

/**
 * The next word of the name shortened right after the words matched ("wayne ent opps" for Wayne
 * Enterprises, "stark ind. deals"): three letters or more that start the name's next word, and not
 * all of it. The person is typing the name, so the span is one.
 */
function nameGoesOnShortened(candidate: { text: string; name?: string }, after: string): boolean {
  if (!candidate.name) return false;
  const typed = candidate.text.toLowerCase().split(/\s+/);
  const name = candidate.name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const at = name.findIndex((_, from) => typed.every((word, j) => name[from + j] === word));
  const next = at < 0 ? undefined : name[at + typed.length];
  const short = /^\s+([\p{L}]{3,})\.?(?![\p{L}\p{N}])/u.exec(after)?.[1]?.toLowerCase();
  return Boolean(next && short && short.length < next.length && next.startsWith(short));
}

/** The span of a mention in the message, in the person's own letters (undefined when not found whole). */
function spanIn(text: string, mention: string): { start: number; end: number; original: string } | undefined {
  const words = mention.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = patternOf(
    `(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).exec(text);
  return found ? { start: found.index, end: found.index + found[0].length, original: found[0] } : undefined;
}

/**
 * Whether the words an account candidate was matched from plausibly name one: not everyday words;
 * capitalised in a sentence whose writer uses capitals (a capitalised span after the first word is
 * strong, a lower-case one counts only as an exact name); and, unless a word before asks for a
 * name or a record noun after is the name's ("initec deals"), no better reading of the sentence
 * without it: when the rest is still a complete question about records and nothing before the span
 * asks for a name, an inexact match is a coincidence ("how's my pipeline looking" and "Looking Glass").
 */
export function isPlausibleNameSpan(
  candidate: { text: string; score: number; bySound?: true; name?: string },
  text: string,
  context: RecordQuestionContext,
): boolean {
  if (isBackReference(candidate.text)) return true;
  if (isCommonWords(candidate.text)) return false;
  const span = spanIn(text, candidate.text);
  if (!span) return true;
  const capitalised = /^\p{Lu}/u.test(span.original);
  if (capitalised && span.start > 0) return true;
  const writesCapitals = /\p{Lu}/u.test(text.slice(1));
  if (writesCapitals && !capitalised && candidate.score < 1) return false;
  if (candidate.score >= 1 || NAME_SLOT.test(text.slice(0, span.start))) return true;
  // A name heard rather than read was only looked for where a name is expected.
  if (RECORDS_OF_NAME.test(text.slice(span.end)) || candidate.bySound) return true;
  if (nameGoesOnShortened(candidate, text.slice(span.end))) return true;
  const rest = `${text.slice(0, span.start)} ${text.slice(span.end)}`.replace(/\s+/g, ' ').trim();
  return parseRecordQuestion(rest, undefined, context) === undefined;
}

/**
 * The understanding with only the account names read from plausible spans (`isPlausibleNameSpan`);
 * a pronoun stays (it points back), and the mention goes with its candidate.
 */
export function withPlausibleNames(
  understanding: Understanding,
  text: string,
  context: RecordQuestionContext,
): Understanding {
  const entities = understanding.entities;
  const dropped = new Set<string>();
  const kept = new Set<string>();
  const accounts = entities?.accounts.filter((candidate) => {
    const plausible =
      isPlausibleNameSpan(candidate, text, context) && !isOnlyOtherEntities(candidate.text, entities);
    (plausible ? kept : dropped).add(candidate.text.toLowerCase());
    return plausible;
  });
  const mention = understanding.accountMention;
  // The same words may match one account exactly and another loosely ("globex": Globex, and Globex
  // Financial at 0.85): the loose match dropped does not take the exact one's mention with it.
  const keep =
    mention !== undefined &&
    (isBackReference(mention) ||
      (!isCommonWords(mention) &&
        (kept.has(mention.toLowerCase()) || !dropped.has(mention.toLowerCase())) &&
        !isOnlyOtherEntities(mention, entities)));
  // A mention dropped for a coincidence of words gives way to a plausible name the sentence holds.
  const fallback = !keep && mention !== undefined ? accounts?.find((a) => a.score >= 0.9)?.text : undefined;
  const { accountMention: _replaced, ...rest } = understanding;
  return {
    ...rest,
    ...(keep ? { accountMention: mention } : fallback ? { accountMention: fallback } : {}),
    ...(entities && accounts ? { entities: { ...entities, accounts } } : {}),
  };
}
