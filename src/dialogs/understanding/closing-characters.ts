/**
 * Where the closing characters of a message begin, found by scanning back from its end.
 *
 * Patterns such as `(.+?)\s*[?.!]*\s*$` read "an account, then maybe spaces and punctuation to the
 * end"; a backtracking engine tries every split of a long run of spaces between the three parts, at
 * every place the capture could end (cubic time: seconds for one message of 4,000 characters). Cutting the
 * closing characters off first, with one backward scan, leaves patterns that end in a plain `$`.
 */

/** Whether `char` is white space the way `\s` reads it (String.prototype.trim uses the same set). */
export function isSpace(char: string): boolean {
  return char.trim() === '';
}

/**
 * The index where the tail of `text` that `\s*[<closing>]*\s*$` matches begins (its longest such
 * tail): trailing spaces, then the closing characters, then the spaces before them.
 */
export function closingTailStart(text: string, closing: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1]!)) end--;
  while (end > 0 && closing.includes(text[end - 1]!)) end--;
  while (end > 0 && isSpace(text[end - 1]!)) end--;
  return end;
}

/** `text` without its closing spaces and punctuation (`"acme ?! "` → `"acme"`). */
export function withoutClosing(text: string, closing = '?.!'): string {
  return text.slice(0, closingTailStart(text, closing));
}

/**
 * Where the last line of `text` starts (after its last \n, \r, U+2028 or U+2029; 0 for one line).
 * `(.*)$` cannot cross a line break, so a capture that runs to the end starts there or later: a
 * pattern tried at every earlier keyword would scan each time to the break and fail (quadratic).
 */
export function lastLineStart(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return i + 1;
  }
  return 0;
}

/** `text` without leading characters of `leading` and trailing characters of `trailing` (no backtracking). */
export function trimCharacters(
  text: string,
  leading: (char: string) => boolean,
  trailing: (char: string) => boolean,
): string {
  let start = 0;
  while (start < text.length && leading(text[start]!)) start++;
  let end = text.length;
  while (end > start && trailing(text[end - 1]!)) end--;
  return text.slice(start, end);
}
