const built = new Map<string, RegExp>();
/** At most this many patterns are kept (readers build a few hundred; words from messages add more). */
const MAX_PATTERNS = 4_000;

/**
 * One shared `RegExp` per source and flags, for a reader that builds its pattern inside a function
 * (from a word list or from words of the message): `new RegExp(...)` there is compiled, or looked
 * up in V8's cache by its whole source, on every message. Only patterns without the `g` and `y`
 * flags are shared: their `test` and `exec` keep no state between calls (`lastIndex` is not read),
 * so sharing one is the same as building it again.
 */
export function patternOf(source: string, flags = ''): RegExp {
  if (/[gy]/.test(flags)) throw new Error(`patternOf: a pattern with the ${flags} flags keeps state`);
  const key = `${flags}/${source}`;
  let pattern = built.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    if (built.size >= MAX_PATTERNS) built.clear();
    built.set(key, pattern);
  }
  return pattern;
}
