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
  const group = slippingSegmentsFor(key, names);
  if (group.length) return group;
  throw new CrmError(
    ErrorCode.NotFound,
    `There is no "${typed.trim()}" segment right now. The segments are: ${names.join(', ')}.`,
    {
      segment: typed,
      available: [...names],
    },
  );
}

/** "at risk", "churn risk", "at risk of churning", with or without "customers" / "accounts" after it. */
const AT_RISK =
  /^(?:at risk|churn risk|at risk of (?:churn|churning|leaving))(?: (?:customer|account|client))?$/;

/**
 * The segments whose customers are slipping away, highest value first as the segmentation has them:
 * what "at-risk customers" means when no segment of this segmentation is called At risk (names
 * come from the value tiers of each run, so At risk is not always one of them).
 */
const SLIPPING = ['need attention', 'about to sleep', 'at risk', 'cant lose them', 'cant lose'];

function slippingSegmentsFor(key: string, names: readonly string[]): string[] {
  if (!AT_RISK.test(key)) return [];
  return names.filter((n) => SLIPPING.includes(keyOf(n.replace(/\s*\([^)]*\)\s*$/, ''))));
}

/**
 * The group a typed name stood for when it matched no segment of its own ("at-risk" → "At risk",
 * read as the slipping segments); undefined when it names a segment, or nothing.
 */
export function segmentGroupOf(typed: string, names: readonly string[]): string | undefined {
  const key = keyOf(typed);
  if (names.some((n) => keyOf(n.replace(/\s*\([^)]*\)\s*$/, '')) === key)) return undefined;
  return slippingSegmentsFor(key, names).length ? 'At risk' : undefined;
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
