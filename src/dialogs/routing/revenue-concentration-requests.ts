import { patternOf } from '../../core/patterns';
/** A count in digits or words ("top 10", "top ten"). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  three: 3,
  five: 5,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};
const COUNT = String.raw`(\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;
/** Won money in everyday words. */
const REVENUE = String.raw`(?:revenue|sales|bookings|won\s+(?:business|revenue|deals?|amounts?)|income|business|money\s+(?:we've\s+)?won)`;
/** The accounts that bring it. */
const ACCOUNTS = String.raw`(?:accounts?|customers?|clients?|logos?)`;
/** How a share is asked: "share", "percentage", "%", "portion", "proportion", "how much", "fraction". */
const SHARE = String.raw`(?:\b(?:share|percent(?:age)?|portion|proportion|fraction|part|chunk|slice|how\s+much)|%)`;

/**
 * The top N accounts' share of the revenue, said many ways: "what share of revenue comes from our top
 * 10 accounts", "what % of our bookings do the top 5 customers bring in", "top 10 accounts' share of
 * revenue", "how much of our revenue is from the top twenty clients", "do our top 10 customers make up
 * most of our revenue", "how concentrated is our revenue", "revenue concentration", "how dependent are
 * we on our top 5 customers".
 */
const TOP_SHARE: readonly RegExp[] = [
  new RegExp(
    String.raw`${SHARE}\s+of\s+(?:(?:our|the|all|total|this\s+year's|last\s+year's)\s+)*${REVENUE}\b.*\btop\s+${COUNT}\s+(?:\w+\s+)?${ACCOUNTS}\b`,
    'i',
  ),
  new RegExp(
    String.raw`${SHARE}.*\btop\s+${COUNT}\s+(?:\w+\s+)?${ACCOUNTS}\b.*\b(?:bring|brought|make|made|account|generate|generated|contribute|contributed|represent|drive|drove)\b.*\b${REVENUE}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\btop\s+${COUNT}\s+(?:\w+\s+)?${ACCOUNTS}(?:'s?|’s?)?\s+(?:share|percent(?:age)?|portion|proportion|contribution)\s+(?:of|to)\s+(?:(?:our|the|all|total)\s+)*${REVENUE}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\btop\s+${COUNT}\s+(?:\w+\s+)?${ACCOUNTS}\s+(?:make|makes|made|account|accounts|bring|brings|represent|represents|drive|drives)\s+(?:up\s+|for\s+|in\s+)?(?:most|half|the\s+bulk|a\s+lot|what\s+share|what\s+percent(?:age)?)\s+of\s+(?:(?:our|the|all|total)\s+)*${REVENUE}\b`,
    'i',
  ),
];
/** Concentration asked without a count ("how concentrated is our revenue"): the top 10. */
const CONCENTRATION =
  /\b(?:revenue|customer|account|client|sales)\s+concentration\b|\bhow\s+concentrated\s+(?:is|are)\s+(?:our\s+|the\s+)?(?:revenue|sales|bookings|customer\s+base)\b|\bhow\s+(?:dependent|reliant)\s+(?:are\s+we|is\s+(?:the\s+)?(?:company|business))\s+on\s+(?:our\s+|a\s+few\s+|the\s+)?(?:top|biggest|largest|few)\b/i;
/** The count a concentration question gives when it says none ("how dependent are we on our top 5 customers" says 5). */
const DEFAULT_TOP = 10;

/**
 * How many top accounts a question about revenue concentration asks the share of, or undefined when
 * it asks none. A count of the top accounts themselves ("top 10 accounts by revenue") is a ranking, not this.
 */
export function revenueConcentrationOf(text: string): { top: number } | undefined {
  for (const pattern of TOP_SHARE) {
    const said = pattern.exec(text)?.[1]?.toLowerCase();
    if (said) return { top: Math.min(100, /^\d+$/.test(said) ? Number(said) : COUNT_WORDS[said]!) };
  }
  if (!CONCENTRATION.test(text)) return undefined;
  const count = patternOf(String.raw`\btop\s+${COUNT}\b`, 'i')
    .exec(text)?.[1]
    ?.toLowerCase();
  const top = count ? (/^\d+$/.test(count) ? Number(count) : COUNT_WORDS[count]!) : DEFAULT_TOP;
  return { top: Math.max(1, Math.min(100, top)) };
}
