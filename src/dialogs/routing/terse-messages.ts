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
/**
 * Everyday words for the caller's pipeline ("my numbers", "team stats", "team #s"), and a manager's
 * one-pager words ("kpis", "my kpis", "key metrics", "the scorecard", "give me the numbers").
 */
const NUMBERS =
  /\b(?:numbers|stats|figures|nums|kpis?|key\s+(?:metrics|numbers|figures)|metrics|scorecard|one[- ]pager)\b|#['’]?s\b/i;

/** A request's lead-in before a terse message ("give me", "show me", "pull up", "let's see", "can i get"). */
const LEAD_IN =
  /^\s*(?:(?:ok(?:ay)?|so|hey|hi)[\s,]+)?(?:(?:can|could)\s+(?:i|you)\s+(?:get|see|have|give\s+me|show\s+me)|give\s+me|show\s+me|send\s+me|get\s+me|pull\s+up|let(?:'|’)?s\s+see|i\s+(?:need|want))\s+/i;
/** Words a terse message may hold besides its own ("the numbers", "kpis pls"). */
const UNCOUNTED = new Set(['the', 'pls', 'please', 'plz']);

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

/** Words that name no part of a deal's title: record and question words, filters, pronouns. */
const NOT_TITLE_WORD =
  /^(?:deals?|opps?|opportunit(?:y|ies)|contacts|people|tasks?|cases?|tickets?|pipeline|open|won|lost|closed|status|owner|who|what|when|where|why|how|which|is|are|was|a|an|any|all|my|our|their|its|for|at|with|about|of|on|in|to|from|and|or|info|briefing|account|acct|update|news|latest|last|next|this|that|these|those|summary|overview|history|invoices?|emails?|calls?|meetings?|notes?|leads?|renewals|upsells|revenue|value|amount|total|segment|score|health|risk|churn|plan|pitch|please|pls|me|show|give|list|tell|decision|maker|champion|ceo|cfo|cto|coo|cio|cmo|vp|head|director|manager|phone|address|website|industry|size)$/;
/** Words that may stand around a deal's name ("the hooli sales team pilot deal"). */
const AROUND_A_DEAL = new Set(['the', 'deal', 'opp', 'opportunity']);

/**
 * An account's name followed by words of one of its deals' titles, and nothing else ("hooli sales
 * team pilot", "the acme contact center deal"): that account's open deal of that name, as "when
 * does the hooli sales team pilot close" finds it. At least two title words, none a record or
 * question word ("acme open deals", "globex contacts" are other questions).
 */
function accountDealNamedOf(text: string, understanding: Understanding): RecordQuestion | undefined {
  const words = wordsOf(text).filter((word, at) => at > 0 || word !== 'the');
  if (words.length < 3 || words.length > 8) return undefined;
  for (const candidate of understanding.entities?.accounts ?? []) {
    if (candidate.score < MIN_NAME_SCORE || candidate.bySound) continue;
    const named = wordsOf(candidate.text);
    if (named.some((word, at) => words[at] !== word)) continue;
    let after = named.length;
    // "acme corporation analytics suite": the legal form said after the name is the name's.
    while (after < words.length && LEGAL_FORMS.has(words[after]!)) after++;
    const title = words.slice(after).filter((word) => !AROUND_A_DEAL.has(word));
    if (title.length < 2 || title.some((word) => NOT_TITLE_WORD.test(word))) return undefined;
    return {
      kind: 'query',
      query: {
        record: 'deal',
        owner: { scope: 'all' },
        accountId: candidate.id,
        dealWords: title.join(' '),
        status: 'open',
        aggregate: 'list',
      },
      ownerGiven: false,
    };
  }
  return undefined;
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
  const guessed = WEAK_READINGS.has(understanding.intent) || understanding.confidence < MIN_MODEL_CONFIDENCE;
  // "hooli sales team pilot": only when the model could not read it ("globex decision maker" it can).
  const deal = guessed ? accountDealNamedOf(text, understanding) : undefined;
  if (deal) return deal;
  // "give me the numbers", "show me my kpis": the request's lead-in is not counted as words.
  const said = text.replace(LEAD_IN, '');
  if (wordsOf(said).filter((w) => !UNCOUNTED.has(w)).length > MAX_WORDS || !guessed) return undefined;
  const asked = NUMBERS.test(text) ? text.replace(NUMBERS, 'pipeline') : text;
  return parseRecordQuestion(asked, understanding.entities, context);
}
