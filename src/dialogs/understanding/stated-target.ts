/**
 * A target said in the conversation, in sales words, rather than one stored for the team: "our
 * number is 3M in usd for Q4, whats the gap", "quota is 500k this quarter, how far off am i", "we need
 * to close $2.5M this quarter", "target of €400k for q1 - where are we". The amount and its currency
 * (when said: a sign, a code or a word), for the forecast to be set against it (won so far, commit,
 * best case, the weighted forecast). A number that is no money ("we need 3 more demos") is no target.
 */
export interface StatedTarget {
  amount: number;
  currency?: 'USD' | 'EUR' | 'GBP';
}

const SCALE = String.raw`(?:k|m|mm|mn|b|bn|thousand|million|mil|billion)`;
const CODE = String.raw`(?:usd|eur|gbp|dollars?|bucks|euros?|pounds?)`;
/** Money as said: "$3M", "3M", "3 million", "3,000,000 usd", "€400k", "3M in usd". */
const AMOUNT = String.raw`([$€£])?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(${SCALE}\b)?(?:\s*(?:in\s+)?(${CODE})\b)?`;
/** Who the target is of and its nouns: "our number", "my quota", "the q4 target", "team goal". */
const WHOSE = String.raw`(?:(?:our|my|the|team'?s?|this\s+quarter'?s?|q[1-4]|this|sales)\s+){0,3}`;
const TARGET_NOUN = String.raw`(?:number|quota|target|goal|plan)`;
const STATED = [
  // "our number is 3M", "quota is 500k", "the target for q4 is $3M", "target of €400k", "number = 2M"
  new RegExp(
    String.raw`\b${WHOSE}${TARGET_NOUN}(?:\s+(?:for|this|next|in)(?:\s+\w+){1,2}?)?(?:\s+(?:is|was|will\s+be|=|:|of)|'s|\s*[=:])\s+${AMOUNT}`,
    'i',
  ),
  // "we need (to close / hit / book) 3M", "i have to bring in 500k", "we gotta do 2M"
  new RegExp(
    String.raw`\b(?:we|i|the\s+team)\s+(?:need|needs|have|has|must|gotta|got)\s+(?:to\s+)?(?:(?:hit|do|make|book|close|bring\s+in|land|reach|get\s+to|sell)\s+)?${AMOUNT}`,
    'i',
  ),
];
const CURRENCY_OF: ReadonlyArray<[RegExp, StatedTarget['currency']]> = [
  [/^(?:\$|usd|dollars?|bucks)$/i, 'USD'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp|pounds?)$/i, 'GBP'],
];
const MULTIPLIER: ReadonlyArray<[RegExp, number]> = [
  [/^(?:k|thousand)$/i, 1e3],
  [/^(?:m|mm|mn|million|mil)$/i, 1e6],
  [/^(?:b|bn|billion)$/i, 1e9],
];

/** The target a message states, or undefined (no target noun or need said with money). */
export function statedTargetOf(text: string): StatedTarget | undefined {
  const said = text.replace(/[’‘]/g, "'");
  for (const pattern of STATED) {
    const match = pattern.exec(said);
    if (!match) continue;
    const [, sign, digits, scale, code] = match;
    // Money only: a sign, a scale or a currency word ("we need 3 more demos" is none).
    if (!sign && !scale && !code) continue;
    const amount =
      Number(digits!.replace(/,/g, '')) * (MULTIPLIER.find(([w]) => scale && w.test(scale))?.[1] ?? 1);
    if (!(amount >= 1000)) continue;
    const currency = CURRENCY_OF.find(([w]) => w.test(sign ?? code ?? ''))?.[1];
    return { amount, ...(currency ? { currency } : {}) };
  }
  return undefined;
}
