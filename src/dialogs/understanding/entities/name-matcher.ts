import { distance } from 'fastest-levenshtein';
import type { NamedRecord } from '../../../vocabulary';
import { mentionSpansOf, type MentionSpan } from './mention-spans';
import { bigramTokens, sharedBigramsNeeded, sharedTokens, stampSpanTokens } from './name-bigrams';
import { LEGAL_FORMS, nameWords } from './name-words';

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

export { LEGAL_FORMS, NOT_A_NAME } from './name-words';
export { MAX_NAME_SEARCH_WORDS } from './mention-spans';

interface PreparedName {
  readonly record: NamedRecord;
  /** Name words without legal forms ("summit logistics" for "Summit Logistics GmbH"). */
  readonly words: string[];
  readonly joined: string;
}

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
 * took 0.2 s for a one-line message and seconds for a long one. The spans and their bigram tokens
 * come from `mentionSpansOf`, worked out once per message for every list of names searched.
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
  /** Scratch space for `find`: the current span's scores by name index, and its postings. */
  private readonly spanScores = new Map<number, number>();
  private readonly tokenPostings: (NamesByLength | undefined)[] = [];
  private readonly postings: (readonly number[])[] = [];

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
      const length = name.joined.length;
      if (length < 4) return;
      this.lengths.add(length);
      const tokens = bigramTokens(name.joined);
      this.tokensOf[index] = tokens;
      for (const token of tokens) {
        let byLength = this.byBigram.get(token);
        if (!byLength) this.byBigram.set(token, (byLength = []));
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
    const best = new Map<string, NameCandidate>();
    for (const span of mentionSpansOf(text)) {
      const scores = this.scoresOf(span, wholeNamesOnly);
      const indices = scores.size > 1 ? [...scores.keys()].sort((a, b) => a - b) : scores.keys();
      for (const index of indices) {
        const score = scores.get(index)!;
        if (score < minScore) continue;
        const { record } = this.names[index]!;
        const current = best.get(record.id);
        if (!current || score > current.score)
          best.set(record.id, { id: record.id, name: record.name, score, text: span.typed });
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
   * long enough to tell apart). The first rule that applies gives the score.
   */
  private scoresOf(span: MentionSpan, wholeNamesOnly: boolean): Map<number, number> {
    const scored = this.spanScores;
    const spanText = span.text;
    scored.clear();
    for (const index of this.byJoined.get(spanText) ?? NO_NAMES) scored.set(index, 1);
    if (spanText.length >= 3) {
      for (const index of this.byLeadingWords.get(spanText) ?? NO_NAMES) {
        if (!scored.has(index))
          scored.set(index, 0.75 + 0.2 * (span.words / this.names[index]!.words.length));
      }
    }
    if (wholeNamesOnly) return scored;
    if (span.length === 1 && spanText.length >= 4) {
      for (const index of this.byWord.get(spanText) ?? NO_NAMES)
        if (!scored.has(index)) scored.set(index, 0.6);
    }
    if (spanText.length >= 4) this.scoreMisspellings(span, scored);
    return scored;
  }

  /**
   * Adds names within edit distance of the span (similarity 0.75 or more) that no other rule
   * scored. For each nearby name length, candidates come from prefix filtering: a name sharing at
   * least `needed` of the span's bigram tokens is in at least `needed` of the postings of that
   * length the span's tokens have, so reading all but `needed - 1` of them (the shortest) finds it,
   * and when fewer than `needed` of them have names of that length, none can. The distance is
   * computed only for candidates that do share `needed` tokens (counting is much cheaper).
   */
  private scoreMisspellings(span: MentionSpan, scored: Map<number, number>): void {
    const spanText = span.text;
    const length = spanText.length;
    const shortest = Math.max(4, length - 2);
    let near = false;
    for (let other = shortest; other <= length + 2 && !near; other++) near = this.lengths.has(other);
    if (!near) return;
    const tokens = span.tokens;
    const byLength = this.tokenPostings;
    byLength.length = 0;
    for (const token of tokens) byLength.push(this.byBigram.get(token));
    stampSpanTokens(tokens);
    const current = ++this.spanCount;
    const postings = this.postings;
    for (let other = shortest; other <= length + 2; other++) {
      if (!this.lengths.has(other)) continue;
      const needed = sharedBigramsNeeded(Math.max(length, other));
      postings.length = 0;
      for (const names of byLength) {
        const list = names?.[other];
        if (list) postings.push(list);
      }
      if (postings.length < needed) continue;
      const reads = postings.length - needed + 1;
      if (reads < postings.length) sortByLength(postings);
      for (let read = 0; read < reads; read++) {
        for (const index of postings[read]!) {
          if (this.candidateOf[index] === current || scored.has(index)) continue;
          this.candidateOf[index] = current;
          if (sharedTokens(this.tokensOf[index]!, tokens) < needed) continue;
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

/** Sorts a span's few postings shortest first, in place (insertion sort: a dozen lists or so). */
function sortByLength(postings: (readonly number[])[]): void {
  for (let i = 1; i < postings.length; i++) {
    const list = postings[i]!;
    let at = i;
    while (at > 0 && postings[at - 1]!.length > list.length) {
      postings[at] = postings[at - 1]!;
      at--;
    }
    postings[at] = list;
  }
}
