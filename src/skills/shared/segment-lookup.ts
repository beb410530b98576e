import { CrmError, ErrorCode } from '../../core/errors';

/**
 * The segments a person means by a name typed in chat: "champions", "loyal" (both "Loyal (high)"
 * and "Loyal (low)"), "at-risk", "cant lose". NOT_FOUND lists the segments that exist.
 */
export function segmentsNamed(typed: string, names: readonly string[]): string[] {
  const key = keyOf(typed);
  const exact = names.filter((n) => keyOf(n) === key);
  if (exact.length) return exact;
  const base = names.filter((n) => keyOf(n.replace(/\s*\([^)]*\)\s*$/, '')) === key);
  if (base.length) return base;
  const prefix = names.filter(
    (n) => keyOf(n).startsWith(key) || key.startsWith(keyOf(n.replace(/\s*\([^)]*\)\s*$/, ''))),
  );
  if (prefix.length && key.length >= 3) return prefix;
  throw new CrmError(
    ErrorCode.NotFound,
    `There is no "${typed.trim()}" segment right now. The segments are: ${names.join(', ')}.`,
    {
      segment: typed,
      available: [...names],
    },
  );
}

/** Lower-case, no punctuation, no apostrophes, singular ("Champions" → "champion", "At-risk" → "at risk"). */
function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9()]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}
