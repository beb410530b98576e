/**
 * Where the closing characters of a message begin, found by scanning back from its end.
 *
 * Patterns such as `(.+?)\s*[?.!]*\s*$` read "an account, then maybe spaces and punctuation to the
 * end"; a backtracking engine tries every split of a long run of spaces between the three parts, at
 * every place the capture could end (cubic time: seconds for one message of 4,000 characters). Cutting the
 * closing characters off first, with one backward scan, leaves patterns that end in a plain `$`.
 */

/** Whether `char` is white space the way `\s` reads it (String.prototype.trim uses the same set). */
function isSpace(char: string): boolean {
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
