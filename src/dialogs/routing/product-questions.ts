import { countriesNamedIn, type Region } from '../../vocabulary';

/**
 * Questions about what sold, by product: the best sellers of a period ("best-selling product this
 * quarter", "top 5 products by revenue", "what sells best"), who bought one product ("who bought
 * analytics pro", "which customers purchased the onboarding package"), and how many orders one
 * account placed ("how many orders has acme placed", "number of orders from globex"). What one
 * account bought is the customer view's; what it would buy next, the recommendations'.
 */
export type ProductQuestion =
  | { kind: 'best-sellers'; scope?: ProductScope; rankBy?: 'units' }
  | {
      kind: 'buyers';
      product: string;
      without?: string;
      scope?: ProductScope;
      /** What is asked first: the units sold ("how many kiosks did we sell"), or who bought the most. */
      lead?: 'units' | 'most';
    }
  | { kind: 'account-orders'; account: string };

/** Names the entity reader found in the message: a product's or an account's words as typed. */
export interface NamesInMessage {
  products?: ReadonlyArray<{ text: string; score: number }>;
  accounts?: ReadonlyArray<{ text: string; score: number }>;
}

/** Whether `words` hold a name the entity reader found surely enough (`min` of its score). */
function holdsName(words: string, names: NamesInMessage[keyof NamesInMessage], min: number): boolean {
  const plain = words.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  return (names ?? []).some(
    (n) =>
      n.score >= min &&
      plain.includes(
        n.text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim(),
      ),
  );
}

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

/** How a ranking of products is ordered, said after it: "by units", "by revenue", "in terms of volume". */
const RANKED_BY = String.raw`(?:\s+(?:by|in\s+terms\s+of|on)\s+(?:revenue|sales|units(?:\s+sold)?|volume|quantity|count|number\s+of\s+units|amount))?`;
/** A ranking by how many were sold rather than by revenue. */
const BY_UNITS = /\b(?:units|volume|quantity|count)\b/i;

const BEST_SELLERS = [
  // "best-selling product this quarter", "top selling products in november", "our best sellers ytd"
  new RegExp(
    String.raw`${OPENING}(?:what\s+(?:is|are|was|were)\s+|what's\s+|whats\s+)?(?:the\s+|our\s+)?(?:top\s+\d+\s+)?(?:best|top|biggest)[\s-]*sell(?:ing|ers?)(?:\s+(?:products?|items?|skus?))?${RANKED_BY}${PERIOD_TAIL}${END}`,
    'i',
  ),
  // "top 5 products by revenue", "most popular products this year", "most sold product", "top products"
  new RegExp(
    String.raw`${OPENING}(?:what\s+(?:is|are|was|were)\s+|what's\s+|whats\s+)?(?:the\s+|our\s+)?(?:(?:top|best)(?:\s+\d+)?|most\s+(?:popular|sold|ordered|bought|purchased))\s+(?:products?|items?|skus?)${RANKED_BY}${PERIOD_TAIL}${END}`,
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
    String.raw`${OPENING}(?:which|what)\s+(?:products?\s+|items?\s+)?(?:sells?|sold|is\s+selling|are\s+selling|did\s+we\s+sell)\s+(?:the\s+)?(?:best|most)(?:\s+units)?${RANKED_BY}${PERIOD_TAIL}${END}`,
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

/** Words where a product would be that name none: records, or the products as a whole. */
const NOT_ONE_PRODUCT =
  /^(?:deals?|opps?|opportunit(?:y|ies)|things?|stuff|anything|products?|items?|skus?|units?|licen[cs]es?|seats?|orders?)$/i;

/**
 * Units of one product sold: "how many kiosks did we sell this year", "how many units of analytics
 * pro have we sold", "how many headsets were sold in q3", "units of sso & scim sold this quarter".
 */
const UNITS_SOLD = [
  new RegExp(
    String.raw`${OPENING}how\s+(?:many|much)\s+(?:units\s+of\s+)?(?:the\s+|our\s+)?(.+?)\s+(?:did|have|has|had|do)\s+(?:we|you|they|i|the\s+team|our\s+team|my\s+team)\s+(?:sell|sold|ship|shipped|move|moved)(?:\s+(?:in\s+total|so\s+far|overall|altogether))?${PERIOD_TAIL}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}how\s+many\s+(?:units\s+of\s+)?(?:the\s+|our\s+)?(.+?)\s+(?:were|was|have\s+been|has\s+been|got)\s+(?:sold|shipped|ordered|bought|purchased)${PERIOD_TAIL}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:the\s+)?(?:total\s+)?(?:units|unit\s+sales|number\s+of\s+units|volume)\s+(?:of|for)\s+(?:the\s+|our\s+)?(.+?)(?:\s+(?:sold|shipped|ordered))?${PERIOD_TAIL}${END}`,
    'i',
  ),
];
/** "kiosk sales this year", "analytics pro units sold in q3": a product's name, then its sales (a product named). */
const PRODUCT_SALES = new RegExp(
  String.raw`${OPENING}(?:the\s+|our\s+|total\s+)?(.+?)\s+(?:sales|units\s+sold|unit\s+sales)${PERIOD_TAIL}${END}`,
  'i',
);

/**
 * Who bought most of one product: "who bought the most analytics pro", "which customers buy the most
 * kiosks", "top buyers of sso & scim", "biggest customers for the forecasting module".
 */
const MOST_BUYERS = [
  new RegExp(
    String.raw`${OPENING}(?:who|(?:which|what)\s+(?:accounts?|customers?|compan(?:y|ies)|clients?))\s+(?:has\s+|have\s+|had\s+)?(?:bought|buys|buy|purchased|purchases|ordered|orders)\s+(?:the\s+)?most\s+(?:of\s+)?(?:the\s+|our\s+)?(.+?)${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:who\s+(?:are|is)\s+)?(?:the\s+|our\s+)?(?:top|biggest|largest|main|leading)\s+(?:\d+\s+)?(?:buyers?|customers?|accounts?|purchasers?|clients?)\s+(?:of|for)\s+(?:the\s+|our\s+)?(.+?)${END}`,
    'i',
  ),
];

/**
 * The accounts that have a product, said without a verb of buying: "customers with the slack
 * connector", "accounts that have sso & scim but not the teams connector", "clients using analytics
 * pro". Only when the words are a product's name (not "customers with open deals").
 */
const HOLDERS = new RegExp(
  String.raw`${OPENING}(?:(?:which|what)\s+)?(?:accounts|customers|companies|clients)\s+(?:(?:(?:that|who|which)\s+)?(?:has|have|own|owns|use|uses|are\s+using|run|runs|are\s+on)|with|using|running|on)\s+(?:the\s+|our\s+|a\s+|an\s+)?(.+?)${END}`,
  'i',
);

/**
 * One account's orders, the account named: "has acme placed any orders this year", "any orders
 * from initech?", "acme orders this year", "hooli's orders". ("has globex ordered anything this year"
 * is what it bought: the purchases' reader.)
 */
const NAMED_ACCOUNT_ORDERS = [
  new RegExp(
    String.raw`${OPENING}(?:has|have|did|does)\s+(.+?)\s+(?:placed|place|made|make|put\s+in|sent|submitted)\s+(?:any|an|some|a|new)?\s*(?:new\s+)?orders?(?:\s+(?:with|from)\s+us)?${PERIOD_TAIL}${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:any\s+|the\s+|all\s+)?(?:new\s+|recent\s+)?orders?\s+(?:from|by|for|of)\s+(.+?)${END}`,
    'i',
  ),
  new RegExp(
    String.raw`${OPENING}(?:the\s+)?(.+?)(?:'s|s')?\s+(?:recent\s+)?orders${PERIOD_TAIL}${END}`,
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
  named: NamesInMessage = {},
): ProductQuestion | undefined {
  const plain = plainProductQuestionOf(text, named);
  // "top products in EMEA", "LATAM best sellers", "what do software companies buy most": the same
  // questions about the accounts of one region, country or industry.
  const { rest, scope } = productScopeOf(text, industries);
  if (rest === text || !Object.keys(scope).length) return plain;
  const scoped = plainProductQuestionOf(rest, named);
  if (!scoped || scoped.kind === 'account-orders') return plain;
  // "who bought retail pos": the words are the product's name, not a scope.
  if (plain?.kind === 'buyers' && scoped.kind === 'buyers' && plain.product !== scoped.product) return plain;
  return withScope(scoped, scope);
}

/** "slack connector but not the teams connector" → the product and the one never bought, or undefined. */
function productAndWithout(words: string): { product: string; without?: string } | undefined {
  const [first = '', other] = withoutPeriod(words).split(BUT_NOT);
  const product = withoutPeriod(first);
  const without = other ? withoutPeriod(other).replace(/^(?:the|our|any|a|an)\s+/i, '') : undefined;
  if (!product || NOT_ONE_PRODUCT.test(product) || product.split(/\s+/).length > 5) return undefined;
  if (without && without.split(/\s+/).length > 5) return undefined;
  return { product, ...(without ? { without } : {}) };
}

function plainProductQuestionOf(text: string, named: NamesInMessage): ProductQuestion | undefined {
  if (BEST_SELLERS.some((pattern) => pattern.test(text)))
    return BY_UNITS.test(text) ? { kind: 'best-sellers', rankBy: 'units' } : { kind: 'best-sellers' };
  for (const pattern of ACCOUNT_ORDERS) {
    const account = pattern.exec(text)?.[1];
    if (account && withoutPeriod(account)) return { kind: 'account-orders', account: withoutPeriod(account) };
  }
  for (const pattern of NAMED_ACCOUNT_ORDERS) {
    const account = withoutPeriod(pattern.exec(text)?.[1] ?? '');
    if (account && holdsName(account, named.accounts, 0.9) && !holdsName(account, named.products, 0.9))
      return { kind: 'account-orders', account };
  }
  for (const pattern of UNITS_SOLD) {
    const sold = productAndWithout(pattern.exec(text)?.[1] ?? '');
    if (sold && !sold.without) return { kind: 'buyers', product: sold.product, lead: 'units' };
  }
  const salesOf = PRODUCT_SALES.exec(text)?.[1];
  if (salesOf && holdsName(salesOf, named.products, 0.6)) {
    const sold = productAndWithout(salesOf);
    if (sold && !sold.without) return { kind: 'buyers', product: sold.product, lead: 'units' };
  }
  for (const pattern of MOST_BUYERS) {
    const most = productAndWithout(pattern.exec(text)?.[1] ?? '');
    if (most) return { kind: 'buyers', ...most, lead: 'most' };
  }
  const counted = BUYER_COUNT.exec(text)?.[1];
  const bought = counted ?? BUYERS.exec(text)?.[1];
  if (bought && !NOT_A_PRODUCT.test(bought)) {
    const buyers = productAndWithout(bought);
    if (buyers) return { kind: 'buyers', ...buyers };
  }
  const held = HOLDERS.exec(text)?.[1];
  if (held) {
    const holders = productAndWithout(held);
    if (holders && holdsName(holders.product, named.products, 0.9)) return { kind: 'buyers', ...holders };
  }
  const most = ACCOUNT_MOST.exec(text)?.[1];
  if (most && withoutPeriod(most) && !GROUP_OF_ACCOUNTS.test(most))
    return { kind: 'account-orders', account: withoutPeriod(most) };
  return undefined;
}

/** Words that only lead a follow-up in or tail it ("and", "just", "what about", "only", "please"). */
const FOLLOW_UP_LEAD =
  /^(?:(?:and|so|ok|okay|now|but|then|just|only|what\s+about|how\s+about|same(?:\s+thing)?(?:\s+for)?|filter(?:\s+it)?\s+to|narrow(?:\s+it)?\s+(?:down\s+)?to|limit(?:\s+it)?\s+to|for)\b[\s,]*)+/i;
const FOLLOW_UP_TAIL = /(?:\s*\b(?:only|please|pls|then|instead|too)\b)+\s*$/i;
/** What may be left of a follow-up besides its place: nothing, or a period ("last year", "in q3"). */
const PERIOD_LEFT =
  /^(?:(?:this|last|in|during|for|since|over|so\s+far|ytd|mtd|qtd|the\s+(?:last|past))\b.*|q[1-4]\b.*|\d{4})?$/i;

/**
 * A follow-up on the last question about sales by product that narrows it to a place or an industry
 * ("just in emea", "what about germany?", "only healthcare accounts", "and in apac this year"), or
 * asks it for another period ("what about last year"): the scope said (empty for a period alone).
 */
export function productFollowUpOf(
  text: string,
  industries: ReadonlyArray<{ name: string; text: string }> = [],
): { scope: ProductScope } | undefined {
  const bare = text
    .trim()
    .replace(/[?.!]+$/, '')
    .replace(FOLLOW_UP_LEAD, '')
    .replace(FOLLOW_UP_TAIL, '')
    .trim();
  if (!bare || bare.split(/\s+/).length > 6) return undefined;
  const { rest, scope } = productScopeOf(bare, industries);
  const left = rest.replace(/^(?:in|among|across|for|from|within)\s+/i, '').trim();
  if (!PERIOD_LEFT.test(left)) return undefined;
  if (!Object.keys(scope).length && !left) return undefined;
  return { scope };
}
