import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../../src/vocabulary';

/** A record a message may mean, with how sure the match is and the words that matched. */
export interface NameCandidate {
  readonly id: string;
  readonly name: string;
  /** 0–1: 1 is an exact (normalised) name, lower for a partial or misspelt mention. */
  readonly score: number;
  /** The words of the message that matched. */
  readonly text: string;
}

const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'plc',
  'bv',
  'ab',
  'pty',
  'pte',
  'pvt',
  'kk',
  'ltda',
  'spa',
  'sl',
  'fze',
  'de',
  'cv',
  'group',
  'the',
]);

/** Words that never name a record on their own, however similar they look. */
const NOT_A_NAME = new Set([
  'a',
  'an',
  'and',
  'at',
  'about',
  'be',
  'deal',
  'deals',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'to',
  'up',
  'we',
  'what',
  'who',
  'with',
  'you',
  'your',
  'call',
  'log',
  'brief',
  'open',
  'show',
  'team',
  'lead',
  'leads',
  'contact',
  'contacts',
  'account',
  'accounts',
  'pipeline',
  'pipe',
  'stage',
  'score',
  'next',
  'last',
  'this',
  'quarter',
  'month',
  'week',
  'today',
  'new',
  'won',
  'lost',
  'tell',
  'give',
  'any',
  'all',
  'top',
  'best',
  'please',
  'pls',
  'crm',
  'sales',
  'forecast',
]);

function nameWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  ).map((word) => word.replace(/'s$/, ''));
}

interface PreparedName {
  readonly record: NamedRecord;
  /** Name words without legal forms ("summit logistics" for "Summit Logistics GmbH"). */
  readonly words: string[];
  readonly joined: string;
}

/** Words a mention never starts or ends on ("the summit deal" offers "summit", not "the summit"). */
function isFiller(word: string): boolean {
  return NOT_A_NAME.has(word) || LEGAL_FORMS.has(word);
}

/**
 * The two-character pieces of a text, each occurrence its own token ("ab", then "ab#2" for the
 * second "ab"), so that the tokens two texts share count common pieces with their multiplicity.
 */
function bigramTokens(text: string): string[] {
  const seen = new Map<string, number>();
  const tokens: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) {
    const gram = text.slice(i, i + 2);
    const occurrence = (seen.get(gram) ?? 0) + 1;
    seen.set(gram, occurrence);
    tokens.push(occurrence === 1 ? gram : `${gram}#${occurrence}`);
  }
  return tokens;
}

/**
 * How many bigram tokens a text within edit distance of a name must share with it (the q-gram
 * lemma: d edits destroy at most 2d of the bigrams of the longer text, which has longest - 1),
 * where d is the most the misspelling rule accepts (similarity 0.75: a quarter of the longer text).
 */
function sharedBigramsNeeded(longest: number): number {
  return longest - 1 - 2 * Math.floor(longest / 4);
}

/** Spans of more words than this are not names (the longest demo names have four words without legal forms). */
const MAX_SPAN_WORDS = 5;
/**
 * Names are looked for in spans that start within the first this many words. A chat request
 * names its account or contact early (the longest requests in the tests and training data have
 * about 30 words); scoring every span of a 700-word message against 8,000 names took seconds,
 * and even indexed, a long message made of real names costs about 0.2 ms per word.
 */
export const MAX_NAME_SEARCH_WORDS = 64;

/**
 * Finds which of the caller's records a message mentions: exact names, names without their legal
 * form, leading words of a longer name ("summit" for "Summit Logistics") and misspellings (edit
 * distance) — every candidate with a score, so a dialog can ask when several fit.
 *
 * Every span of up to five words is scored against every name, so the names are indexed once:
 * exact names, leading words and single distinctive words are looked up, and a misspelling is
 * measured only against names of about the same length that share enough two-letter pieces with
 * the span to be within the allowed edit distance (the q-gram lemma: a string within d edits of
 * another of length m shares at least m - 1 - 2d of its bigrams). Scanning 8,000 names per span
 * took 0.2 s for a one-line message and seconds for a long one.
 */
export class NameMatcher {
  private readonly names: PreparedName[];
  /** Name indices by their whole (normalised) name. */
  private readonly byJoined = new Map<string, number[]>();
  /** Name indices by their leading words (fewer than all), with how many words that is. */
  private readonly byLeadingWords = new Map<string, number[]>();
  /** Indices of names of several words, by each of their words. */
  private readonly byWord = new Map<string, number[]>();
  /** Indices of the names of four characters or more, by bigram token. */
  private readonly byBigram = new Map<string, number[]>();
  /** How many names have each length, for skipping the misspelling rule when none is close. */
  private readonly lengths = new Map<number, number>();
  /** Per name: the last span it was a misspelling candidate for (scratch space for `find`). */
  private readonly candidateOf: Int32Array;
  private spanCount = 0;

  constructor(records: readonly NamedRecord[]) {
    this.names = records
      .flatMap((record) =>
        [record.name, ...(record.aliases ?? [])].map((name) => {
          const all = nameWords(name);
          const words = all.filter((word) => !LEGAL_FORMS.has(word));
          const kept = words.length > 0 ? words : all;
          return { record, words: kept, joined: kept.join(' ') };
        }),
      )
      .filter((name) => name.words.length > 0);
    const add = (map: Map<string, number[]>, key: string, index: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    };
    this.names.forEach((name, index) => {
      add(this.byJoined, name.joined, index);
      for (let count = 1; count < name.words.length; count++)
        add(this.byLeadingWords, name.words.slice(0, count).join(' '), index);
      if (name.words.length > 1) for (const word of name.words) add(this.byWord, word, index);
      if (name.joined.length < 4) return;
      this.lengths.set(name.joined.length, (this.lengths.get(name.joined.length) ?? 0) + 1);
      for (const token of bigramTokens(name.joined)) add(this.byBigram, token, index);
    });
    this.candidateOf = new Int32Array(this.names.length);
  }

  /** Candidates mentioned in `text`, best first, one per record, at or above `minScore`. */
  find(text: string, minScore = 0.6, limit = 5): NameCandidate[] {
    const words = nameWords(text);
    const best = new Map<string, NameCandidate>();
    const offer = (candidate: NameCandidate) => {
      const current = best.get(candidate.id);
      if (!current || candidate.score > current.score) best.set(candidate.id, candidate);
    };
    // The same span scores the same wherever it stands, and its first place wins ties.
    const seen = new Set<string>();
    for (let start = 0; start < Math.min(words.length, MAX_NAME_SEARCH_WORDS); start++) {
      for (let length = 1; length <= MAX_SPAN_WORDS && start + length <= words.length; length++) {
        const span = words.slice(start, start + length);
        if (isFiller(span[0]!) || (span.length > 1 && isFiller(span[span.length - 1]!))) continue;
        const spanText = span.filter((word) => !LEGAL_FORMS.has(word)).join(' ');
        if (spanText === '') continue;
        const text = span.join(' ');
        if (seen.has(text)) continue;
        seen.add(text);
        for (const { name, score } of this.scoresOf(spanText, span.length)) {
          if (score >= minScore) offer({ id: name.record.id, name: name.record.name, score, text });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  }

  /**
   * The names a span may mean with their scores, in the order of the names: the whole name (1),
   * leading words of a longer name ("summit" → "Summit Logistics"), any one distinctive word of a
   * multi-word name ("logistics", weaker), else a misspelt whole name (similarity by edit distance,
   * only for names long enough to tell apart). The first rule that applies gives the score.
   */
  private scoresOf(spanText: string, spanLength: number): Array<{ name: PreparedName; score: number }> {
    const scored = new Map<number, number>();
    for (const index of this.byJoined.get(spanText) ?? []) scored.set(index, 1);
    const spanWords = spanText.split(' ');
    if (spanText.length >= 3) {
      for (const index of this.byLeadingWords.get(spanText) ?? []) {
        if (!scored.has(index))
          scored.set(index, 0.75 + 0.2 * (spanWords.length / this.names[index]!.words.length));
      }
    }
    if (spanLength === 1 && spanText.length >= 4) {
      for (const index of this.byWord.get(spanText) ?? []) if (!scored.has(index)) scored.set(index, 0.6);
    }
    if (spanText.length >= 4) this.scoreMisspellings(spanText, scored);
    return [...scored.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, score]) => ({ name: this.names[index]!, score }));
  }

  /**
   * Adds names within edit distance of `spanText` (similarity 0.75 or more) that no other rule
   * scored. Candidates come from prefix filtering: a name sharing at least `needed` of the span's
   * bigram tokens shares one of its `tokens - needed + 1` rarest, so only their postings are read,
   * and the distance is computed for those names alone.
   */
  private scoreMisspellings(spanText: string, scored: Map<number, number>): void {
    const length = spanText.length;
    let needed = Infinity;
    for (let other = Math.max(4, length - 2); other <= length + 2; other++) {
      if (this.lengths.has(other)) needed = Math.min(needed, sharedBigramsNeeded(Math.max(length, other)));
    }
    if (needed === Infinity) return;
    const tokens = bigramTokens(spanText);
    const rarest = tokens
      .map((token) => ({ token, names: this.byBigram.get(token) ?? [] }))
      .sort((a, b) => a.names.length - b.names.length)
      .slice(0, Math.max(0, tokens.length - needed + 1));
    const span = ++this.spanCount;
    for (const { names } of rarest) {
      for (const index of names) {
        if (this.candidateOf[index] === span || scored.has(index)) continue;
        this.candidateOf[index] = span;
        const joined = this.names[index]!.joined;
        if (Math.abs(joined.length - length) > 2) continue;
        const similarity = 1 - distance(spanText, joined) / Math.max(length, joined.length);
        if (similarity >= 0.75) scored.set(index, 0.9 * similarity);
      }
    }
  }
}
