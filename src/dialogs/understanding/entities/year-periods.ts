import type { PeriodMention } from './periods';

/**
 * A calendar year said on its own as a period: after a word that introduces one ("in 2025", "for
 * 2024", "vs 2025", "what about 2024") or as the whole message ("2024?"). A year inside a name
 * ("SaaS Connect 2026"), a quarter ("Q1 2027", "2027-Q1", read by the period rules) or a longer
 * number is no period.
 */
const YEAR =
  /(?:^\s*|\b(?:in|for|during|about|vs\.?|versus|than|against|and|or|to|throughout)\s+)((?:19|20)\d{2})(?![\w-])/g;

/**
 * A year closing a message right after a sales measure, chat shorthand for "in that year" ("win rate
 * 2026", "revenue 2025?", "team wins 2025"), or followed only by whose it is ("total won 2026 for
 * me?", "revenue 2025 for my team"). Only at the end: "revenue 2026 plan" names a document.
 */
const YEAR_AFTER_MEASURE =
  /\b(?:win rate|revenue|bookings|sales|wins|won|losses|lost|attainment|quota)\s+((?:19|20)\d{2})(?=\s*(?:,?\s*(?:for|by)\s+(?:me|myself|us|(?:my|our|the)\s+team|the company))?\s*[?.!]*\s*$)/g;

/**
 * The first of two years set against each other, said with no word before it ("2025 vs 2024 deals
 * won", "how did 2025 compare to 2024"): the year before the comparing word and the second year.
 */
const YEAR_AGAINST_YEAR =
  /\b((?:19|20)\d{2})\s*,?\s+(?:vs\.?|versus|v\.?|compared?\s+(?:to|with)|against|or|and|over)\s+(?:in\s+)?(?:19|20)\d{2}(?![\w-])/g;

/** The years `text` (lower case, with the periods already read blanked out) names as periods. */
export function yearPeriodsIn(text: string): Array<PeriodMention & { index: number }> {
  const found: Array<PeriodMention & { index: number }> = [];
  const matches = [
    ...text.matchAll(YEAR),
    ...text.matchAll(YEAR_AFTER_MEASURE),
    ...text.matchAll(YEAR_AGAINST_YEAR),
  ];
  for (const match of matches) {
    const year = match[1]!;
    // Where the year itself stands in what matched (last after a word, first before a comparison).
    const index = text.indexOf(year, match.index);
    if (found.some((f) => f.index === index)) continue;
    found.push({
      text: year,
      index,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      granularity: 'year',
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
