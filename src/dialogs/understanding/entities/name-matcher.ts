import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../vocabulary';

/** A record a message may mean, with how sure the match is and the words that matched. */
export interface NameCandidate {
  readonly id: string;
  readonly name: string;
  /** 0–1: 1 is an exact (normalised) name, lower for a partial or misspelt mention. */
  readonly score: number;
  /** The words of the message that matched. */
  readonly text: string;
  /**
   * Matched by how the name sounds or is spaced ("inner tech", "samrivera"; `SoundAlikeNames`),
   * not by its letters: name lookups should be given the name itself, not these words.
   */
  readonly bySound?: true;
}

export const LEGAL_FORMS: ReadonlySet<string> = new Set([
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
export const NOT_A_NAME: ReadonlySet<string> = new Set([
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
 * Bigram tokens as small integers: a two-character piece of a name (only `a-z`, `0-9`, `'` and the
 * space between words, see `nameWords`) is its two 7-bit character codes, and its second, third …
 * occurrence in the same text is a token of its own (the piece plus `BIGRAM_CODES` per earlier
 * occurrence), so that the tokens two texts share count common pieces with their multiplicity.
 * Numbers, not strings: a message's spans are tokenised for every name search, and strings for
 * each piece were most of the matcher's garbage.
 */
const BIGRAM_CODES = 128 * 128;
/** Occurrences so far of each piece in the text being tokenised (reset after each text). */
const occurrences = new Uint32Array(BIGRAM_CODES);

/**
 * The tokens of the span being matched, for counting how many a name shares: a token below
 * `STAMPED_TOKENS` (a piece's first to fourth occurrence) is the span's when its stamp is the
 * current one; rarer, later occurrences are looked for in the span's token list.
 */
const STAMPED_TOKENS = 4 * BIGRAM_CODES;
const spanTokenStamp = new Int32Array(STAMPED_TOKENS);
let currentStamp = 0;

function stampSpanTokens(tokens: Int32Array, count: number): void {
  if (currentStamp === 0x7fffffff) {
    spanTokenStamp.fill(0);
    currentStamp = 0;
  }
  currentStamp += 1;
  for (let i = 0; i < count; i++) if (tokens[i]! < STAMPED_TOKENS) spanTokenStamp[tokens[i]!] = currentStamp;
}

/** How many of `nameTokens` the span stamped last has (its `count` tokens are `spanTokens`). */
function sharedTokens(nameTokens: Int32Array, spanTokens: Int32Array, count: number): number {
  let shared = 0;
  for (const token of nameTokens) {
    if (token < STAMPED_TOKENS) {
      if (spanTokenStamp[token] === currentStamp) shared++;
    } else {
      for (let i = 0; i < count; i++) {
        if (spanTokens[i] === token) {
          shared++;
          break;
        }
      }
    }
  }
  return shared;
}

function bigramCode(text: string, at: number): number {
  return (text.charCodeAt(at) & 127) * 128 + (text.charCodeAt(at + 1) & 127);
}

/** Writes the bigram tokens of `text` into `tokens` (from 0) and returns how many there are. */
function bigramTokens(text: string, tokens: Int32Array): number {
  const count = Math.max(0, text.length - 1);
  for (let i = 0; i < count; i++) {
    const code = bigramCode(text, i);
    tokens[i] = code + BIGRAM_CODES * occurrences[code]!;
    occurrences[code] = occurrences[code]! + 1;
  }
  for (let i = 0; i < count; i++) occurrences[bigramCode(text, i)] = 0;
  return count;
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
  /**
   * Indices of the names of four characters or more, by bigram token and then by name length: a
   * misspelling is looked for among names of each nearby length separately, with that length's
   * own (tighter) count of pieces it must share, so common pieces of names of other lengths are
   * never read.
   */
  private readonly byBigram = new Map<number, NamesByLength>();
  /** Per name of four characters or more: its bigram tokens. */
  private readonly tokensOf: Int32Array[] = [];
  /** Which name lengths occur, for skipping the misspelling rule when none is close. */
  private readonly lengths = new Set<number>();
  /** Per name: the last span it was a misspelling candidate for (scratch space for `find`). */
  private readonly candidateOf: Int32Array;
  private spanCount = 0;
  /** Scratch space for `find`: the current span's bigram tokens and its scores by name index. */
  private spanTokens = new Int32Array(64);
  private readonly spanScores = new Map<number, number>();

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
    let tokens = new Int32Array(64);
    this.names.forEach((name, index) => {
      add(this.byJoined, name.joined, index);
      for (let count = 1; count < name.words.length; count++)
        add(this.byLeadingWords, name.words.slice(0, count).join(' '), index);
      if (name.words.length > 1) for (const word of name.words) add(this.byWord, word, index);
      const length = name.joined.length;
      if (length < 4) return;
      this.lengths.add(length);
      if (tokens.length < length) tokens = new Int32Array(length);
      const count = bigramTokens(name.joined, tokens);
      this.tokensOf[index] = tokens.slice(0, count);
      for (let i = 0; i < count; i++) {
        let byLength = this.byBigram.get(tokens[i]!);
        if (!byLength) this.byBigram.set(tokens[i]!, (byLength = []));
        const list = byLength[length];
        if (!list) byLength[length] = [index];
        else list.push(index);
      }
    });
    this.candidateOf = new Int32Array(this.names.length);
  }

  /**
   * Candidates mentioned in `text`, best first, one per record, at or above `minScore`. With
   * `wholeNamesOnly`, only whole names and leading words are looked up (no single distinctive word,
   * no misspelling): all a caller wanting scores of 0.9 or more needs, as a misspelling scores
   * below 0.9 unless it is the name itself, at a fraction of the cost.
   */
  find(text: string, minScore = 0.6, limit = 5, wholeNamesOnly = false): NameCandidate[] {
    const words = nameWords(text);
    const best = new Map<string, NameCandidate>();
    // The same span scores the same wherever it stands, and its first place wins ties.
    const seen = new Set<string>();
    for (let start = 0; start < Math.min(words.length, MAX_NAME_SEARCH_WORDS); start++) {
      if (isFiller(words[start]!)) continue;
      // The span grows a word at a time: its words as typed, and without legal forms.
      let spanText = '';
      let spanWords = 0;
      let typed = '';
      for (let length = 1; length <= MAX_SPAN_WORDS && start + length <= words.length; length++) {
        const word = words[start + length - 1]!;
        typed = length === 1 ? word : `${typed} ${word}`;
        if (!LEGAL_FORMS.has(word)) {
          spanText = spanWords === 0 ? word : `${spanText} ${word}`;
          spanWords += 1;
        }
        if ((length > 1 && isFiller(word)) || spanWords === 0 || seen.has(typed)) continue;
        seen.add(typed);
        const scores = this.scoresOf(spanText, spanWords, length, wholeNamesOnly);
        const indices = scores.size > 1 ? [...scores.keys()].sort((a, b) => a - b) : scores.keys();
        for (const index of indices) {
          const score = scores.get(index)!;
          if (score < minScore) continue;
          const { record } = this.names[index]!;
          const current = best.get(record.id);
          if (!current || score > current.score)
            best.set(record.id, { id: record.id, name: record.name, score, text: typed });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  }

  /**
   * The names a span may mean with their scores, by name index (the caller reads them in index
   * order; the map is reused for the next span): the whole name (1), leading words of a longer
   * name ("summit" → "Summit Logistics"), any one distinctive word of a multi-word name
   * ("logistics", weaker), else a misspelt whole name (similarity by edit distance, only for names
   * long enough to tell apart). The first rule that applies gives the score. `spanWords` is the
   * number of words of `spanText`, `spanLength` of the span as typed (legal forms included).
   */
  private scoresOf(
    spanText: string,
    spanWords: number,
    spanLength: number,
    wholeNamesOnly: boolean,
  ): Map<number, number> {
    const scored = this.spanScores;
    scored.clear();
    for (const index of this.byJoined.get(spanText) ?? []) scored.set(index, 1);
    if (spanText.length >= 3) {
      for (const index of this.byLeadingWords.get(spanText) ?? []) {
        if (!scored.has(index)) scored.set(index, 0.75 + 0.2 * (spanWords / this.names[index]!.words.length));
      }
    }
    if (wholeNamesOnly) return scored;
    if (spanLength === 1 && spanText.length >= 4) {
      for (const index of this.byWord.get(spanText) ?? []) if (!scored.has(index)) scored.set(index, 0.6);
    }
    if (spanText.length >= 4) this.scoreMisspellings(spanText, scored);
    return scored;
  }

  /**
   * Adds names within edit distance of `spanText` (similarity 0.75 or more) that no other rule
   * scored. For each nearby name length, candidates come from prefix filtering: a name sharing at
   * least `needed` of the span's bigram tokens shares one of its `tokens - needed + 1` rarest
   * among names of that length, so only their postings are read; the distance is computed only
   * for those of them that do share `needed` tokens (counting is much cheaper than the distance).
   */
  private scoreMisspellings(spanText: string, scored: Map<number, number>): void {
    const length = spanText.length;
    if (this.spanTokens.length < length) this.spanTokens = new Int32Array(2 * length);
    let tokenCount = -1;
    /** Per span token: the names having it, by their length. */
    const byLength: (NamesByLength | undefined)[] = [];
    const span = ++this.spanCount;
    for (let other = Math.max(4, length - 2); other <= length + 2; other++) {
      if (!this.lengths.has(other)) continue;
      if (tokenCount < 0) {
        tokenCount = bigramTokens(spanText, this.spanTokens);
        stampSpanTokens(this.spanTokens, tokenCount);
        for (let i = 0; i < tokenCount; i++) byLength.push(this.byBigram.get(this.spanTokens[i]!));
      }
      const needed = sharedBigramsNeeded(Math.max(length, other));
      const reads = tokenCount - needed + 1;
      const postings: (readonly number[])[] = [];
      for (let i = 0; i < tokenCount; i++) postings.push(byLength[i]?.[other] ?? NO_NAMES);
      postings.sort(byLengthAscending);
      for (let read = 0; read < reads; read++) {
        for (const index of postings[read]!) {
          if (this.candidateOf[index] === span || scored.has(index)) continue;
          this.candidateOf[index] = span;
          if (sharedTokens(this.tokensOf[index]!, this.spanTokens, tokenCount) < needed) continue;
          const joined = this.names[index]!.joined;
          const similarity = 1 - distance(spanText, joined) / Math.max(length, joined.length);
          if (similarity >= 0.75) scored.set(index, 0.9 * similarity);
        }
      }
    }
  }
}

/** Name indices by name length (an array index: names are short). */
type NamesByLength = (number[] | undefined)[];
const NO_NAMES: readonly number[] = [];
const byLengthAscending = (a: readonly number[], b: readonly number[]) => a.length - b.length;
