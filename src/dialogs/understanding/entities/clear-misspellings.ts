import { distance } from 'fastest-levenshtein';
import { LEGAL_FORMS, type NameCandidate } from './name-matcher';
import { isNameSlot, wordsOf } from './sound-alike-names';

/** Score of a misspelt name read as the one it is far closer to than to any other: enough to act on. */
const CLEAR_MISSPELLING = 0.9;
/** How much better than any other name's the misspelt one's score must be ("far closer"). */
const CLEAR_MARGIN = 0.1;
/** Letters a misspelt name typed without its legal form needs to be read alone ("enterprizes", not "acne"). */
const MIN_LETTERS_ALONE = 7;
/** Record nouns typed capitalised after a name ("Acne Corporation Deals") do not lengthen it. */
const RECORD_NOUN_AFTER_NAME =
  /^(?:deals?|contacts?|cases?|tickets?|pipeline|renewals?|accounts?|opportunit(?:y|ies))$/;

/**
 * A misspelt name read as the account it is far closer to than to any other ("acne corporation" →
 * Acme Corporation, "wayne enterprizes"): the matcher's best candidate a misspelling of the whole
 * name (not a part of it), no other name nearly as close, standing where a name is expected, and
 * either typed with the name's legal form or long enough not to be an everyday word. It is marked
 * `bySound` (looked up by the account's own name), so the reply can say which account was read.
 * Otherwise the candidates as they are: close names stay a question.
 */
export function withClearMisspelling(found: NameCandidate[], text: string): NameCandidate[] {
  const [best, ...others] = found;
  if (!best || best.bySound || best.score >= CLEAR_MISSPELLING) return found;
  if (others.some((other) => other.score > best.score - CLEAR_MARGIN)) return found;
  const typed = wordsOf(best.text);
  const said = typed.filter((word) => !LEGAL_FORMS.has(word)).join(' ');
  const nameWords = wordsOf(best.name);
  const name = nameWords.filter((word) => !LEGAL_FORMS.has(word)).join(' ');
  // A part of a longer name ("summit" for Summit Logistics) is no misspelling of it.
  if (said === name || name.startsWith(`${said} `)) return found;
  // One letter off: two already make other companies ("brightcart" is not Brightcore).
  if (distance(said, name) !== 1) return found;
  const words = wordsOf(text);
  const start = indexOfWords(words, typed);
  if (start < 0 || !isNameSlot(words, start, start + typed.length)) return found;
  // The name's legal form typed with it, in the span or right after it ("acne corporation").
  let end = start + typed.length;
  while (end < words.length && LEGAL_FORMS.has(words[end]!)) end += 1;
  // "Globexx Energy Partners" is another company's whole name, not Globex misspelt.
  if (continuesCapitalisedName(text, end)) return found;
  const withLegalForm = words
    .slice(start, end)
    .some((word) => LEGAL_FORMS.has(word) && word !== 'the' && nameWords.includes(word));
  if (!withLegalForm && said.replace(/ /g, '').length < MIN_LETTERS_ALONE) return found;
  return [{ ...best, score: CLEAR_MISSPELLING, bySound: true }, ...others];
}

/** Whether the word at `index` (of `wordsOf(text)`) is typed capitalised, as the rest of a longer name is. */
function continuesCapitalisedName(text: string, index: number): boolean {
  // Tokenised as wordsOf does, keeping the case.
  const typedWords =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+(?:'[a-z]+)?/gi) ?? [];
  const next = typedWords[index];
  return next !== undefined && /^[A-Z]/.test(next) && !RECORD_NOUN_AFTER_NAME.test(next.toLowerCase());
}

/** Where `span` starts in `words`, or -1. */
function indexOfWords(words: readonly string[], span: readonly string[]): number {
  for (let start = 0; start + span.length <= words.length; start++)
    if (span.every((word, at) => words[start + at] === word)) return start;
  return -1;
}
