/** The forecast categories a rep puts an open deal in, as a question may filter on them. */
export type AskedForecastCategory = 'commit' | 'best_case';

/**
 * "commit", "committed", "commits" as the category (not the verb: "commit to a 3 year contract",
 * "we're committed to the renewal"); "best case", "best-case", "bestcase" (not "best deals").
 */
const CATEGORY_WORDS: ReadonlyArray<[AskedForecastCategory, RegExp]> = [
  ['commit', /\bcommit(?:s|ted)?\b(?!\s+to\b)/],
  ['best_case', /\bbest[-\s]?case\b/],
];

/**
 * The forecast categories a message names, in the product's order (commit, then best case): "how
 * much is commit vs best case", "my best-case deals". The category is the rep's call on each open
 * deal (the `forecastCategory` field), whatever its stage; the forecast adds them up per period.
 */
export function forecastCategoriesOf(text: string): AskedForecastCategory[] {
  const lower = text.toLowerCase();
  return CATEGORY_WORDS.filter(([, pattern]) => pattern.test(lower)).map(([category]) => category);
}

/** The message with the category words blanked out (for readers that must see no other word). */
export function withoutForecastCategories(text: string): string {
  return CATEGORY_WORDS.reduce(
    (rest, [, pattern]) => rest.replace(new RegExp(pattern.source, 'g'), ' '),
    text.toLowerCase(),
  );
}
