/**
 * An account's own annual revenue asked in any of its words: "what's acme's turnover" (British),
 * "annual revenue of globex", "how much revenue does initech make a year", "hooli's yearly sales",
 * "acme revenue?". The company's size in money (the account's `annualRevenue`, in US dollars), not
 * what we sold it: "revenue from acme this year", "how much revenue did we book with globex", "won
 * revenue at initech" are our deals with it.
 */

/** Words that always mean the company's own size in money. */
const ALWAYS_ITS =
  /\b(?:turnover|turn\s+over|annual\s+(?:revenues?|sales)|yearly\s+(?:revenues?|sales)|revenues?\s+(?:a|per|each)\s+year|top[\s-]?line)\b/;
/** "revenue" said of the company: "acme's revenue", "revenue of acme", "how much revenue does acme make/do/have". */
const REVENUE_OF =
  /(?:'s|s'|’s)\s+(?:total\s+|annual\s+)?revenues?\b|\brevenues?\s+(?:of|for)\s+(?!(?:this|last|next|the)\s+(?:month|quarter|qtr|year)\b)\w|\bhow\s+(?:much|big)\s+(?:(?:in\s+)?revenues?\s+)?(?:does|do|is)\s+(?!we\b|i\b|you\b|our\b|my\b)\w+(?:\s+\w+)?\s+(?:make|do|bring\s+in|earn|generate|have)\b|\bhow\s+big\s+is\s+\w+(?:\s+\w+)?\s+(?:in|by)\s+revenues?\b|^\s*\w+(?:\s+\w+)?\s+revenues?\s*\?*\s*$/;
/** Our business with the account: what we sold or may sell it, or over a period of ours. */
const OURS =
  /\b(?:we|our|us|i|my|won|win|wins|booked|bookings|book|closed|pipeline|deals?|opps?|opportunit(?:y|ies)|forecast\w*|from|with|quota|target|ytd|mtd|qtd|q[1-4])\b|\b(?:this|last|next|past)\s+(?:month|quarter|qtr|year|yr)\b|\bin\s+20\d\d\b/;

/** True when a message asks an account's own annual revenue (said with the account named). */
export function asksAccountRevenue(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (ALWAYS_ITS.test(lower))
    return !/\b(?:staff|employee|team|rep|sales\s+rep|people|churn)\s+turnover\b/.test(lower);
  return REVENUE_OF.test(lower) && !OURS.test(lower);
}
