/**
 * Questions about one account's products and orders, answered from its purchases: whether it has a
 * product ("does bennett software already own analytics pro?", "is acme using the forecasting
 * module", "do they have sso & scim"), when it last ordered ("when was their last order?", "when
 * did globex last buy from us", "initech's most recent purchase date"), and what plan it is on
 * ("what plan are they on", "which edition does hooli have"). The account is the one named or the
 * one the conversation is on; what it bought over a period is the purchases' reader.
 */
export type AccountProductQuestion =
  { kind: 'owns'; product: string } | { kind: 'last-order' } | { kind: 'plan' };

/** A product the entity reader found: its catalog name and the words typed. */
interface ProductSaid {
  name: string;
  text: string;
  score: number;
}

/** A cheap guard: a message with no product named and none of these words asks none of these questions. */
const GUARD =
  /\b(?:own|owns|have|has|got|use|uses|using|run|runs|running|bought|buy|purchased?|purchases|ordered|order|orders|licen[cs]ed?|subscribed|plan|tier|edition|package|subscription|version)\b/i;

/** A yes/no question about having a product: "does X (already) own", "is X using", "has X bought". */
const HAS_PRODUCT = new RegExp(
  String.raw`\b(?:does|do|did|has|have|is|are)\s+(?:\S+\s+){1,6}?(?:already\s+|still\s+|ever\s+|actually\s+|currently\s+)?` +
    String.raw`(?:own|have|has|got|use|using|run|running|bought|buy|purchased?|ordered|order|licen[cs]ed?|subscribed\s+to|on)\s+(?:the\s+|our\s+|a\s+|an\s+|any\s+)?$`,
  'i',
);

/** When the last order was: "when was their last order", "when did globex last buy", "last purchase date". */
const LAST_ORDER =
  /\b(?:last|latest|most\s+recent|previous)\s+(?:order|purchase)s?\b(?!\s+(?:of|for)\s+(?:the\s+)?product)|\bwhen\s+did\s+(?:\S+\s+){1,5}?last\s+(?:order|buy|purchase|place\s+an\s+order)\b|\blast\s+(?:ordered|bought|purchased)\b/i;
/** Words asking when, not what: "when", "date", "how long ago", "what was". */
const WHEN = /\bwhen\b|\bdate\b|\bhow\s+long\s+(?:ago|since)\b|\bwhat\s+(?:was|is|'s)\b|\bwhat's\b/i;

/** The plan an account is on: "what plan are they on", "which tier does hooli have", "their current plan". */
const PLAN =
  /\b(?:what|which)\s+(?:plan|tier|edition|package|subscription|version|licen[cs]e)\b|\b(?:their|its|his|her)\s+(?:current\s+)?(?:plan|tier|edition|subscription|licen[cs]e)\b|\bwhat\s+(?:are|is)\s+(?:they|it)\s+on\b/i;
/** The caller's own subscription ("what plan are we on", "which plan should i pick"): the product's pricing, not an account's. */
const OWN_PLAN = /\b(?:we|i|me|my|our|us|should|would|best|right|cheapest|recommend)\b/i;

/**
 * The question about one account's products a message asks, or undefined. `products` are those the
 * entity reader found; "owns" needs one of them right after a verb of having.
 */
export function accountProductQuestionOf(
  text: string,
  products: readonly ProductSaid[] = [],
): AccountProductQuestion | undefined {
  if (!products.length && !GUARD.test(text)) return undefined;
  const lower = text.toLowerCase();
  for (const product of products) {
    if (product.score < 0.85) continue;
    const at = lower.indexOf(product.text.toLowerCase());
    if (at > 0 && HAS_PRODUCT.test(lower.slice(0, at))) return { kind: 'owns', product: product.name };
  }
  if (LAST_ORDER.test(text) && WHEN.test(text)) return { kind: 'last-order' };
  if (PLAN.test(text) && !OWN_PLAN.test(text.replace(PLAN, ''))) return { kind: 'plan' };
  return undefined;
}
