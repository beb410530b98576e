import { QUESTION_WORDS } from './question-words';

/**
 * Spelling against the knowledge base's own words: a word of a question that no document uses, but
 * that is one edit (a letter added, dropped, changed, or two swapped) from a word the documents
 * do use, is read as that word: typos ("recieve", "invioce") and British and American spellings
 * ("license" / "licence", "color" / "colour", "canceled" / "cancelled") alike. Only words of at
 * least five letters are corrected, into words of at least five letters, and the most frequent
 * candidate wins, so a short word is never turned into another English word.
 */
export class CorpusSpelling {
  private readonly frequency = new Map<string, number>();
  private readonly stems = new Set<string>();

  /** Words that are never corrected but never a correction either (see the constructor). */
  private readonly keep = new Set<string>();

  /**
   * @param texts the documents' text (titles and passages)
   * @param analyze the index's analyser, so a word whose stem the documents know ("licensing") is left alone
   * @param keep words people use that are no typos of the documents' words ("iphone" is not "phone"),
   *   and no spelling to correct into either: a thesaurus word the documents never use ("entra") would
   *   otherwise read an everyday word one edit away ("extra") as itself
   */
  constructor(
    texts: Iterable<string>,
    private readonly analyze: (text: string) => string[],
    keep: Iterable<string> = [],
  ) {
    for (const text of texts) {
      for (const word of text.toLowerCase().match(WORD) ?? [])
        this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
    }
    for (const text of keep) for (const word of text.toLowerCase().match(WORD) ?? []) this.keep.add(word);
    for (const word of [...this.frequency.keys(), ...this.keep])
      for (const term of analyze(word)) this.stems.add(term);
  }

  /** The question with each unknown word replaced by the documents' word one edit away, if any. */
  correct(question: string): string {
    return question.replace(WORD_IN_TEXT, (word) => this.correctWord(word));
  }

  private correctWord(word: string): string {
    const lower = word.toLowerCase();
    if (
      lower.length < MIN_LETTERS ||
      this.frequency.has(lower) ||
      this.keep.has(lower) ||
      QUESTION_WORD_SET.has(lower)
    )
      return word;
    const terms = this.analyze(lower);
    if (!terms.length || terms.every((term) => this.stems.has(term))) return word;
    let best: { word: string; count: number } | undefined;
    for (const candidate of oneEditAway(lower)) {
      if (candidate.length < MIN_LETTERS) continue;
      const count = this.frequency.get(candidate);
      if (count && (!best || count > best.count || (count === best.count && candidate < best.word)))
        best = { word: candidate, count };
    }
    return best?.word ?? word;
  }
}

const MIN_LETTERS = 5;
/** Words of the question's form ("thank", "would") are never another word misspelt. */
const QUESTION_WORD_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);
const WORD = /\p{L}+/gu;
const WORD_IN_TEXT = /\p{L}+/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one Damerau edit from `word` (lower-case Latin letters inserted or substituted). */
function oneEditAway(word: string): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) result.add(head + tail.slice(1));
    if (tail.length > 1) result.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      result.add(head + letter + tail);
      if (tail) result.add(head + letter + tail.slice(1));
    }
  }
  result.delete(word);
  return result;
}
