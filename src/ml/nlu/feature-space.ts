import { normaliseMessage, wordTokens } from './text-normaliser';
import type { SparseVector } from './sparse-vector';

/** How messages become features: word n-grams and character n-grams within words, TF-IDF weighted. */
export interface FeatureSettings {
  /** Longest word n-gram (1 = unigrams only). */
  readonly wordNgramMax: number;
  /** Shortest and longest character n-gram, taken inside each space-padded word. */
  readonly charNgramMin: number;
  readonly charNgramMax: number;
  /** Features seen in fewer training messages than this are dropped. */
  readonly minWordCount: number;
  readonly minCharCount: number;
  /** Weight of the character block relative to the word block (each block is L2-normalised first). */
  readonly charWeight: number;
}

/**
 * Defaults checked on BANKING77 dev-train (bench/nlu-tune.ts, part `features`): no variant there
 * did better by more than the noise.
 */
export const DEFAULT_FEATURE_SETTINGS: FeatureSettings = {
  wordNgramMax: 2,
  charNgramMin: 2,
  charNgramMax: 5,
  minWordCount: 1,
  minCharCount: 2,
  charWeight: 1,
};

/** The serialisable state of a fitted feature space. */
export interface FeatureSpaceState {
  readonly settings: FeatureSettings;
  readonly terms: string[];
  readonly idf: number[];
}

/** Calls `visit` with every term of a message: word n-grams as `w <words>`, character n-grams as `c <chars>`. */
function forEachTerm(text: string, settings: FeatureSettings, visit: (term: string) => void): void {
  const words = wordTokens(normaliseMessage(text));
  for (let i = 0; i < words.length; i++) {
    let gram = 'w ';
    for (let n = 1; n <= settings.wordNgramMax && i + n <= words.length; n++) {
      gram += n === 1 ? words[i]! : ` ${words[i + n - 1]!}`;
      visit(gram);
    }
  }
  for (const word of words) {
    const padded = ` ${word} `;
    for (let n = settings.charNgramMin; n <= settings.charNgramMax; n++) {
      if (padded.length < n) {
        if (n === settings.charNgramMin) visit(`c ${padded}`);
        break;
      }
      for (let i = 0; i + n <= padded.length; i++) visit(`c ${padded.slice(i, i + n)}`);
    }
  }
}

/** Raw term counts of one message (used when fitting the vocabulary). */
function termCounts(text: string, settings: FeatureSettings): Map<string, number> {
  const counts = new Map<string, number>();
  forEachTerm(text, settings, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
  return counts;
}

/**
 * Turns messages into L2-normalised TF-IDF vectors over a vocabulary fitted on training messages.
 * Word and character blocks are normalised separately and then joined, the way a union of two
 * scikit-learn `TfidfVectorizer`s (word 1–2, char_wb 2–5, sublinear tf) does.
 */
export class FeatureSpace {
  private readonly index: Map<string, number>;
  private readonly isChar: Uint8Array;

  private constructor(
    readonly settings: FeatureSettings,
    private readonly terms: string[],
    private readonly idf: Float32Array,
  ) {
    this.index = new Map(terms.map((term, i) => [term, i]));
    this.isChar = Uint8Array.from(terms, (term) => (term.startsWith('c ') ? 1 : 0));
  }

  /** Fits the vocabulary and inverse document frequencies on training messages. */
  static fit(texts: readonly string[], settings: FeatureSettings = DEFAULT_FEATURE_SETTINGS): FeatureSpace {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const term of termCounts(text, settings).keys())
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const terms = [...documentFrequency.entries()]
      .filter(([term, df]) => df >= (term.startsWith('c ') ? settings.minCharCount : settings.minWordCount))
      .map(([term]) => term)
      .sort();
    const n = texts.length;
    const idf = Float32Array.from(
      terms,
      (term) => Math.log((1 + n) / (1 + documentFrequency.get(term)!)) + 1,
    );
    return new FeatureSpace(settings, terms, idf);
  }

  /** Restores a feature space saved with {@link FeatureSpace.toState}. */
  static fromState(state: FeatureSpaceState): FeatureSpace {
    return new FeatureSpace(state.settings, state.terms, Float32Array.from(state.idf));
  }

  toState(): FeatureSpaceState {
    return { settings: this.settings, terms: this.terms, idf: Array.from(this.idf) };
  }

  /** Number of features (vocabulary size). */
  get size(): number {
    return this.terms.length;
  }

  /** The TF-IDF vector of one message; unknown terms are ignored. */
  vectorise(text: string): SparseVector {
    // Count known features by index straight away: unknown terms cost one failed lookup and nothing else.
    const counts = new Map<number, number>();
    forEachTerm(text, this.settings, (term) => {
      const index = this.index.get(term);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    });
    const found: { index: number; weight: number }[] = [];
    let wordNorm = 0;
    let charNorm = 0;
    for (const [index, count] of counts) {
      const weight = (1 + Math.log(count)) * this.idf[index]!;
      found.push({ index, weight });
      if (this.isChar[index]) charNorm += weight * weight;
      else wordNorm += weight * weight;
    }
    found.sort((a, b) => a.index - b.index);
    const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? this.settings.charWeight / Math.sqrt(charNorm) : 0;
    const indices = new Int32Array(found.length);
    const values = new Float32Array(found.length);
    found.forEach(({ index, weight }, i) => {
      indices[i] = index;
      values[i] = weight * (this.isChar[index] ? charScale : wordScale);
    });
    return { indices, values };
  }
}
