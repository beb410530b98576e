/**
 * Bigram tokens as small integers, for the name matcher's misspelling search: a two-character piece
 * of a name (only `a-z`, `0-9`, `'` and the space between words, see `nameWords`) is its two 7-bit
 * character codes, and its second, third … occurrence in the same text is a token of its own (the
 * piece plus `BIGRAM_CODES` per earlier occurrence), so that the tokens two texts share count common
 * pieces with their multiplicity. Numbers, not strings: a message's spans are tokenised for every
 * name search, and strings for each piece were most of the matcher's garbage.
 */
const BIGRAM_CODES = 128 * 128;
/** Occurrences so far of each piece in the text being tokenised (reset after each text). */
const occurrences = new Uint32Array(BIGRAM_CODES);

function bigramCode(text: string, at: number): number {
  return (text.charCodeAt(at) & 127) * 128 + (text.charCodeAt(at + 1) & 127);
}

/** The bigram tokens of `text`, in the order of its pieces. */
export function bigramTokens(text: string): Int32Array {
  const count = Math.max(0, text.length - 1);
  const tokens = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const code = bigramCode(text, i);
    tokens[i] = code + BIGRAM_CODES * occurrences[code]!;
    occurrences[code] = occurrences[code]! + 1;
  }
  for (let i = 0; i < count; i++) occurrences[bigramCode(text, i)] = 0;
  return tokens;
}

/**
 * How many bigram tokens a text within edit distance of a name must share with it (the q-gram
 * lemma: d edits destroy at most 2d of the bigrams of the longer text, which has longest - 1),
 * where d is the most the misspelling rule accepts (similarity 0.75: a quarter of the longer text).
 */
export function sharedBigramsNeeded(longest: number): number {
  return longest - 1 - 2 * Math.floor(longest / 4);
}

/**
 * The tokens of the span being matched, for counting how many a name shares: a token below
 * `STAMPED_TOKENS` (a piece's first to fourth occurrence) is the span's when its stamp is the
 * current one; rarer, later occurrences are looked for in the span's token list.
 */
const STAMPED_TOKENS = 4 * BIGRAM_CODES;
const spanTokenStamp = new Int32Array(STAMPED_TOKENS);
let currentStamp = 0;

/** Marks `tokens` as the span's for `sharedTokens` (until the next call). */
export function stampSpanTokens(tokens: Int32Array): void {
  if (currentStamp === 0x7fffffff) {
    spanTokenStamp.fill(0);
    currentStamp = 0;
  }
  currentStamp += 1;
  for (const token of tokens) if (token < STAMPED_TOKENS) spanTokenStamp[token] = currentStamp;
}

/** How many of `nameTokens` the span stamped last (whose tokens are `spanTokens`) has. */
export function sharedTokens(nameTokens: Int32Array, spanTokens: Int32Array): number {
  let shared = 0;
  for (const token of nameTokens) {
    if (token < STAMPED_TOKENS) {
      if (spanTokenStamp[token] === currentStamp) shared++;
    } else if (spanTokens.includes(token)) shared++;
  }
  return shared;
}
