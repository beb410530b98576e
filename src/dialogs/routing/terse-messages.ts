import { LEGAL_FORMS, type NameCandidate } from '../understanding/entities/name-matcher';
import {
  parseRecordQuestion,
  type RecordQuestion,
  type RecordQuestionContext,
} from '../understanding/record-question';
import type { Understanding } from './understanding';

/**
 * Messages of one to three words that are a name or a record word ("globex?", "inner tech",
 * "umbrella corporation", "tasks", "my numbers"): what a person typing them expects is the account's
 * briefing or the list or summary the word names. The intent model, trained on sentences, reads them
 * as small talk, help or nothing at all.
 */

/** Most words of a terse message. */
const MAX_WORDS = 3;
/** Words that may stand around an account's name in a message that is only the name. */
const AROUND_A_NAME = new Set([
  'the',
  'please',
  'pls',
  'plz',
  'account',
  'acct',
  'info',
  'briefing',
  'brief',
]);
/** Below this, an account heard or misspelt is no name to brief on. */
const MIN_NAME_SCORE = 0.8;
/** Intents a record word's reading wins over (the model's guesses for one word). */
const WEAK_READINGS = new Set(['greeting', 'thanks', 'help', 'oos', 'confirm', 'deny', 'start_over']);
/** Below this, the model's reading of a terse message is a guess. */
const MIN_MODEL_CONFIDENCE = 0.5;
/** Everyday words for the caller's pipeline ("my numbers", "team stats", "team #s"). */
const NUMBERS = /\b(?:numbers|stats|figures|nums)\b|#['’]?s\b/i;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) =>
    w.replace(/['’]s$/, ''),
  );
}

/**
 * The account a message names and nothing else ("globex?", "umbrella corporation", "the acme
 * account", "inner tech"): the name's words, or the account's own name when it was heard rather
 * than read. Undefined when anything else is said.
 */
export function nameOnlyAccountOf(text: string, understanding: Understanding): string | undefined {
  const candidate = onlyNameOf(text, understanding.entities?.accounts ?? [], MIN_NAME_SCORE);
  return candidate && (candidate.bySound ? candidate.name : candidate.text);
}

/** The candidate whose words are the whole message, but for words that may stand around a name. */
function onlyNameOf(
  text: string,
  candidates: readonly NameCandidate[],
  minScore: number,
): NameCandidate | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS + 2) return undefined;
  return candidates.find((candidate) => {
    if (candidate.score < minScore) return false;
    const named = wordsOf(candidate.text);
    const at = words.findIndex((_, i) => named.every((word, j) => words[i + j] === word));
    if (at < 0) return false;
    const rest = [...words.slice(0, at), ...words.slice(at + named.length)];
    return rest.every((word) => AROUND_A_NAME.has(word) || LEGAL_FORMS.has(word));
  });
}

/** A deal type in the singular, as a person names an account's deal of that type ("the acme renewal"). */
const TYPE_IN_SINGULAR: Readonly<Record<string, string>> = {
  renewal: 'renewals',
  upsell: 'upsells',
  expansion: 'expansions',
};
/** Words that may stand beside the type word ("the stark renewal deal", "our acme upsell opp"). */
const AROUND_A_TYPE = new Set(['deal', 'opp', 'opportunity', 'our', 'my']);

/**
 * An account's name and a deal type said in the singular, and nothing else ("stark industries
 * renewal", "the acme upsell deal"): the account's deals of that type, asked as their plural is
 * ("stark industries renewals"). Undefined when anything else is said.
 */
function accountDealTypeOf(text: string, understanding: Understanding): string | undefined {
  const words = wordsOf(text);
  const types = words.filter((word) => TYPE_IN_SINGULAR[word] !== undefined);
  if (types.length !== 1) return undefined;
  const rest = words.filter((word) => TYPE_IN_SINGULAR[word] === undefined && !AROUND_A_TYPE.has(word));
  const account = onlyNameOf(rest.join(' '), understanding.entities?.accounts ?? [], MIN_NAME_SCORE);
  return account ? `${account.text} ${TYPE_IN_SINGULAR[types[0]!]}` : undefined;
}

/**
 * A message that is only a contact's full name ("kevin adams", "jane cooper?"): the overview of that
 * person, as "tell me about kevin adams" asks. A last name alone is too often a rep's or another word.
 */
export function nameOnlyContactQuestionOf(
  text: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const contact = onlyNameOf(text, understanding.entities?.contacts ?? [], 1);
  if (!contact || wordsOf(contact.text).length < 2) return undefined;
  return parseRecordQuestion(`tell me about ${contact.text}`, understanding.entities, context);
}

/**
 * The record question a terse message asks when the model only guessed at it ("tasks" read as
 * thanks, "tasks?" as help, "my numbers" as a weak forecast): a record word's own reading, and
 * "numbers" or "stats" as the pipeline.
 */
export function terseRecordQuestionOf(
  text: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const ofType = accountDealTypeOf(text, understanding);
  if (ofType) return parseRecordQuestion(ofType, understanding.entities, context);
  if (wordsOf(text).length > MAX_WORDS) return undefined;
  if (!WEAK_READINGS.has(understanding.intent) && understanding.confidence >= MIN_MODEL_CONFIDENCE)
    return undefined;
  const asked = NUMBERS.test(text) ? text.replace(NUMBERS, 'pipeline') : text;
  return parseRecordQuestion(asked, understanding.entities, context);
}
