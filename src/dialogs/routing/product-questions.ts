import { countriesNamedIn, type Region } from '../../vocabulary';

/**
 * Questions about what sold, by product: the best sellers of a period ("best-selling product this
 * quarter", "top 5 products by revenue", "what sells best"), who bought one product ("who bought
 * analytics pro", "which customers purchased the onboarding package"), and how many orders one
 * account placed ("how many orders has acme placed", "number of orders from globex"). What one
 * account bought is the customer view's; what it would buy next, the recommendations'.
 */
export type ProductQuestion =
  | { kind: 'best-sellers'; scope?: ProductScope }
  | { kind: 'buyers'; product: string; without?: string; scope?: ProductScope }
  | { kind: 'account-orders'; account: string };

/** Whose purchases count: the accounts of a region, a country or an industry the message names. */
export interface ProductScope {
  region?: Region;
  country?: string;
  industry?: string;
}

/** The sales regions as people say them ("EMEA", "europe", "asia-pacific", "north america"). */
const REGION_SAID: Array<[RegExp, Region]> = [
  [/\b(?:emea|europe|european)\b/i, 'EMEA'],
  [/\b(?:apac|asia[\s-]pacific|asia)\b/i, 'APAC'],
  [/\b(?:latam|latin\s+america|south\s+america)\b/i, 'LATAM'],
  [/\bnorth\s+american?\b/i, 'NA'],
  [/\bNA\b/, 'NA'],
];
/** A preposition (and article) just before a scope: "in the", "among", "across our". */
const SCOPE_BEFORE = /\b(?:in|among|across|for|from|to|with|within)\s+(?:the\s+|our\s+)?$/i;
/** A noun just after a scope: "EMEA region", "energy sector", "healthcare accounts", "software companies". */
const SCOPE_AFTER =
  /^(?:\s+(?:sector|industry|vertical|region|market|space|accounts?|customers?|companies|company|clients?|firms?|businesses|orgs?|organi[sz]ations))?(?:\s*:)?/i;

const OPENING = String.raw`^\s*(?:(?:hey|hi|ok|so|quick\s+(?:one|question))[\s,:-]+)*(?:(?:can|could)\s+you\s+(?:please\s+)?(?:tell\s+me|show\s+me|list)\s+|(?:please\s+)?(?:show|list|give|get)(?:\s+me)?\s+|(?:and\s+)?)`;
/** A period or a limit said after the question ("this quarter", "in november", "last year"). */
const PERIOD_TAIL = String.raw`(?:\s+(?:this|last|in|during|for|since|over|so\s+far|ytd|mtd|qtd|q[1-4]|year|month|quarter|week|the\s+(?:last|past)|to\s+date)\b.*)?`;
/** The end of the question: spaces and "?", "." or "!" in any order (one class, so a run of spaces is read once, not split between two quantifiers). */
const END = String.raw`[\s?.!]*$`;

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
  // "what do customers buy most", "what do our clients order the most this year" (and, the industry
  // taken out, "what do software companies buy most")
  new RegExp(
    String.raw`${OPENING}what\s+(?:do|does|did)\s+(?:our\s+|the\s+)?(?:(?:accounts|customers|companies|clients|buyers)\s+)?(?:buy|order|purchase)\s+(?:the\s+)?most${PERIOD_TAIL}${END}`,
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
  String.raw`${OPENING}(?:who|(?:which|what)\s+(?:accounts|customers|companies|clients)(?:\s+(?:that|who|which))?|(?:the\s+|any\s+)?(?:accounts|customers|companies|clients)\s+(?:that|who|which))\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:bought|purchased|ordered|buys|purchases|orders)\s+(?:the\s+|our\s+)?(.+?)${END}`,
  'i',
);

/** "how many accounts have bought SSO & SCIM", "number of customers who purchased analytics pro". */
const BUYER_COUNT = new RegExp(
  String.raw`${OPENING}(?:how\s+many|(?:the\s+)?(?:number|count)\s+of)\s+(?:accounts|customers|companies|clients)\s+(?:(?:that|who|which)\s+)?(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:bought|purchased|ordered)\s+(?:the\s+|our\s+)?(.+?)${END}`,
  'i',
);

/** "what has acme bought the most of", "what does globex buy most", "what did initech order most". */
const ACCOUNT_MOST = new RegExp(
  String.raw`${OPENING}what\s+(?:has|have|does|do|did)\s+(\S.*?)\s(?:bought|buy|purchased|purchase|ordered|order)\s+(?:the\s+)?most(?:\s+of)?${PERIOD_TAIL}${END}`,
  'i',
);

/** Words that are a group of accounts, not one ("what do fintech companies buy most"). */
const GROUP_OF_ACCOUNTS = /\b(?:accounts|customers|companies|clients|firms|buyers|people|they|we|you)\s*$/i;

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

/** `text` with the span [index, end) taken out, with a preposition before it and a noun after it. */
function cut(text: string, index: number, end: number): string {
  const before = text.slice(0, index).replace(SCOPE_BEFORE, '');
  const after = text.slice(end).replace(SCOPE_AFTER, '');
  return `${before.trimEnd()} ${after.trimStart()}`.trim();
}

/**
 * The region, country or industry a product question names, and the question without it: "top
 * products in EMEA this quarter" → EMEA and "top products this quarter"; "retail accounts: top
 * products" → Retail and "top products". `industries` are those of the store the entity reader found.
 */
export function productScopeOf(
  text: string,
  industries: ReadonlyArray<{ name: string; text: string }> = [],
): { rest: string; scope: ProductScope } {
  let rest = text;
  const scope: ProductScope = {};
  for (const [pattern, region] of REGION_SAID) {
    const said = pattern.exec(rest);
    if (!said) continue;
    scope.region = region;
    rest = cut(rest, said.index, said.index + said[0].length);
    break;
  }
  const country = countriesNamedIn(rest)[0];
  if (country) {
    scope.country = country.country.name;
    rest = cut(rest, country.index, country.end);
  }
  for (const industry of industries) {
    const index = rest.toLowerCase().indexOf(industry.text.toLowerCase());
    if (index < 0) continue;
    scope.industry = industry.name;
    rest = cut(rest, index, index + industry.text.length);
    break;
  }
  return { rest: rest.replace(/^[\s:,;-]+/, ''), scope };
}

const withScope = <T extends object>(question: T, scope: ProductScope): T & { scope?: ProductScope } =>
  Object.keys(scope).length ? { ...question, scope } : question;

/** "X but not Y", "X and not Y", "X without Y": the product bought and the one never bought. */
const BUT_NOT = /\s+(?:but|and)\s+(?:not|never)\s+|\s+without\s+/i;

/** The question about sales by product the message asks, or undefined. */
export function productQuestionOf(
  text: string,
  industries: ReadonlyArray<{ name: string; text: string }> = [],
): ProductQuestion | undefined {
  const plain = plainProductQuestionOf(text);
  // "top products in EMEA", "LATAM best sellers", "what do software companies buy most": the same
  // questions about the accounts of one region, country or industry.
  const { rest, scope } = productScopeOf(text, industries);
  if (rest === text || !Object.keys(scope).length) return plain;
  const scoped = plainProductQuestionOf(rest);
  if (!scoped || scoped.kind === 'account-orders') return plain;
  // "who bought retail pos": the words are the product's name, not a scope.
  if (plain?.kind === 'buyers' && scoped.kind === 'buyers' && plain.product !== scoped.product) return plain;
  return withScope(scoped, scope);
}

function plainProductQuestionOf(text: string): ProductQuestion | undefined {
  if (BEST_SELLERS.some((pattern) => pattern.test(text))) return { kind: 'best-sellers' };
  for (const pattern of ACCOUNT_ORDERS) {
    const account = pattern.exec(text)?.[1];
    if (account && withoutPeriod(account)) return { kind: 'account-orders', account: withoutPeriod(account) };
  }
  const counted = BUYER_COUNT.exec(text)?.[1];
  const bought = counted ?? BUYERS.exec(text)?.[1];
  if (bought && !NOT_A_PRODUCT.test(bought)) {
    const [first = '', other] = withoutPeriod(bought).split(BUT_NOT);
    const product = withoutPeriod(first);
    const without = other ? withoutPeriod(other).replace(/^(?:the|our|any)\s+/i, '') : undefined;
    if (product && product.split(/\s+/).length <= 5 && (!without || without.split(/\s+/).length <= 5))
      return {
        kind: 'buyers',
        product,
        ...(without ? { without } : {}),
      };
  }
  const most = ACCOUNT_MOST.exec(text)?.[1];
  if (most && withoutPeriod(most) && !GROUP_OF_ACCOUNTS.test(most))
    return { kind: 'account-orders', account: withoutPeriod(most) };
  return undefined;
}
