import stem from 'wink-porter2-stemmer';
import { ENGLISH_STOP_WORDS } from './stopwords';

/** How text is turned into index terms; stored with every index so a query is analysed the same way. */
export interface AnalyzerOptions {
  /** Porter2 (Snowball English) stemming. */
  readonly stem: boolean;
  /** Drop the Lucene English stop words. */
  readonly stopWords: boolean;
}

/** The analysis the product uses: stemmed, stop words removed. */
export const DEFAULT_ANALYZER: AnalyzerOptions = Object.freeze({ stem: true, stopWords: true });

const MAX_CACHED_STEMS = 500_000;
/**
 * Longer tokens are kept as they are: the Porter2 stemmer takes time quadratic in a word's length
 * (0.2 s for one 4,000-letter "word" a visitor can type), and no English word is this long (the
 * longest token in knowledge/ has 21 characters).
 */
const MAX_STEMMED_CHARS = 64;
const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into index terms: Unicode letters and digits, lower-cased, possessive "'s" removed,
 * inner dots and apostrophes joined (so "e.g" and "don't" stay one token), then stop words and stems.
 */
export function analyze(
  text: string,
  options: AnalyzerOptions = DEFAULT_ANALYZER,
  cache?: Map<string, string>,
): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    let token = match[0].replace(/['’]s$/u, '').replace(/['’.]/gu, '');
    if (!token || (options.stopWords && ENGLISH_STOP_WORDS.has(token))) continue;
    if (options.stem) {
      let stemmed = cache?.get(token);
      if (stemmed === undefined) {
        stemmed = /^\p{N}/u.test(token) || token.length > MAX_STEMMED_CHARS ? token : stem(token);
        if (cache) {
          // Bounded: a long-running server analyses visitor text, which must not grow memory forever.
          if (cache.size >= MAX_CACHED_STEMS) cache.clear();
          cache.set(token, stemmed);
        }
      }
      token = stemmed;
    }
    terms.push(token);
  }
  return terms;
}

/** An analyzer bound to its options with a shared stem cache (stemming dominates indexing time). */
export function createAnalyzer(options: AnalyzerOptions = DEFAULT_ANALYZER): (text: string) => string[] {
  const cache = new Map<string, string>();
  return (text) => analyze(text, options, cache);
}

const MAX_CACHED_TEXTS = 20_000;

/**
 * The analyzer's terms for texts seen before, for texts analysed again and again (the knowledge
 * base's passage sentences, weighed against every question). Each call gets its own array.
 * Bounded: visitors' messages pass through it too.
 */
export function withTextCache(analyzer: (text: string) => string[]): (text: string) => string[] {
  const cache = new Map<string, readonly string[]>();
  return (text) => {
    let terms = cache.get(text);
    if (!terms) {
      if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
      terms = analyzer(text);
      cache.set(text, terms);
    }
    return [...terms];
  };
}
