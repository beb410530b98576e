/**
 * Questions about what sold, by product: the best sellers of a period ("best-selling product this
 * quarter", "top 5 products by revenue", "what sells best"), who bought one product ("who bought
 * analytics pro", "which customers purchased the onboarding package"), and how many orders one
 * account placed ("how many orders has acme placed", "number of orders from globex"). What one
 * account bought is the customer view's; what it would buy next, the recommendations'.
 */
export type ProductQuestion =
  | { kind: 'best-sellers' }
  | { kind: 'buyers'; product: string }
  | { kind: 'account-orders'; account: string };

const OPENING = String.raw`^\s*(?:(?:hey|hi|ok|so|quick\s+(?:one|question))[\s,:-]+)*(?:(?:can|could)\s+you\s+(?:please\s+)?(?:tell\s+me|show\s+me|list)\s+|(?:please\s+)?(?:show|list|give|get)(?:\s+me)?\s+|(?:and\s+)?)`;
/** A period or a limit said after the question ("this quarter", "in november", "last year"). */
const PERIOD_TAIL = String.raw`(?:\s+(?:this|last|in|during|for|since|over|so\s+far|ytd|mtd|qtd|q[1-4]|year|month|quarter|week|the\s+(?:last|past)|to\s+date)\b.*)?`;
const END = String.raw`\s*[?.!]*\s*$`;

const BEST_SELLERS = [
  // "best-selling product this quarter", "top selling products in november", "our best sellers ytd"
  new RegExp(
    String.raw`${OPENING}(?:what\s+(?:is|are|was|were)\s+|what's\s+|whats\s+)?(?:the\s+|our\s+)?(?:top\s+\d+\s+)?(?:best|top|biggest)[\s-]*sell(?:ing|ers?)(?:\s+(?:products?|items?|skus?))?${PERIOD_TAIL}${END}`,
    'i',
  ),
  // "top 5 products by revenue", "most popular products this year", "most sold product", "top products"
  new RegExp(
    String.raw`${OPENING}(?:what\s+(?:is|are|was|were)\s+|what's\s+|whats\s+)?(?:the\s+|our\s+)?(?:(?:top|best)(?:\s+\d+)?|most\s+(?:popular|sold|ordered|bought|purchased))\s+(?:products?|items?|skus?)(?:\s+by\s+(?:revenue|sales|units|volume|quantity))?${PERIOD_TAIL}${END}`,
    'i',
  ),
  // "which product sells best", "what sold the most last month", "which products sell the most"
  new RegExp(
    String.raw`${OPENING}(?:which|what)\s+(?:products?\s+|items?\s+)?(?:sells?|sold|is\s+selling|are\s+selling|did\s+we\s+sell)\s+(?:the\s+)?(?:best|most)${PERIOD_TAIL}${END}`,
    'i',
  ),
];

/** Words after "bought" that are not a product: a time, "the most", "from us", "anything". */
const NOT_A_PRODUCT =
  /^(?:the\s+most|most|anything|something|nothing|stuff|from\b|in\b|this\b|last\b|recently|lately|since\b|before\b|after\b|over\b|during\b|within\b|more\b|less\b|again|twice|once|it\b|them\b|that\b|those\b|these\b|what\b|us\b|\d)/i;

/** "who bought analytics pro", "which accounts have purchased the onboarding package this year". */
const BUYERS = new RegExp(
  String.raw`${OPENING}(?:who|which\s+(?:accounts|customers|companies|clients)|what\s+(?:accounts|customers|companies|clients))\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:bought|purchased|ordered|buys|purchases|orders)\s+(?:the\s+|our\s+)?(.+?)${END}`,
  'i',
);

/** "how many orders has acme placed", "number of orders from globex", "how many times has initech ordered". */
const ACCOUNT_ORDERS = [
  new RegExp(
    String.raw`${OPENING}how\s+many\s+orders\s+(?:has|have|did)\s+(.+?)\s+(?:placed|place|made|make|sent|given\s+us|had)(?:\s+(?:with\s+us|in\s+total|so\s+far|overall|ever))?${PERIOD_TAIL}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:the\s+)?(?:number|count|total\s+number)\s+of\s+orders\s+(?:from|by|for|of)\s+(.+?)${END}`,
    'i',
  ),
  new RegExp(String.raw`${OPENING}how\s+many\s+orders\s+(?:from|by|for)\s+(.+?)${END}`, 'i'),
  new RegExp(
    String.raw`${OPENING}how\s+(?:many\s+times|often)\s+(?:has|have|did)\s+(.+?)\s+(?:ordered|bought|purchased)(?:\s+from\s+us)?${PERIOD_TAIL}${END}`,
    'i',
  ),
];

/** The period words cut off a product or an account ("analytics pro this year" → "analytics pro"). */
function withoutPeriod(words: string): string {
  return words
    .replace(
      /\s+(?:this|last|in|during|since|over|so\s+far|ytd|mtd|qtd|the\s+(?:last|past))\b.*$|\s+(?:from\s+us|with\s+us|in\s+total|ever)\s*$/i,
      '',
    )
    .trim();
}

/** The question about sales by product the message asks, or undefined. */
export function productQuestionOf(text: string): ProductQuestion | undefined {
  if (BEST_SELLERS.some((pattern) => pattern.test(text))) return { kind: 'best-sellers' };
  for (const pattern of ACCOUNT_ORDERS) {
    const account = pattern.exec(text)?.[1];
    if (account && withoutPeriod(account)) return { kind: 'account-orders', account: withoutPeriod(account) };
  }
  const bought = BUYERS.exec(text)?.[1];
  if (bought && !NOT_A_PRODUCT.test(bought)) {
    const product = withoutPeriod(bought);
    if (product && product.split(/\s+/).length <= 5) return { kind: 'buyers', product };
  }
  return undefined;
}
