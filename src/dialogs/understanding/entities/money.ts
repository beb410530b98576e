/** An amount of money in a message ("$25k", "€1.2m", "25,000 EUR"). */
export interface MoneyMention {
  readonly text: string;
  readonly amount: number;
  /** ISO 4217 code; the caller's default currency when the message named none. */
  readonly currency: string;
  /** False when the currency was not written and the default was assumed. */
  readonly currencyStated: boolean;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  us$: 'USD',
  a$: 'AUD',
  c$: 'CAD',
};
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  yen: 'JPY',
  francs: 'CHF',
};
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const ISO_CODES = new Set(Intl.supportedValuesOf('currency'));

// `(?<!\d)`: a number starts where its digits start. Without it, a long run of digits that is not
// money was read again from each of its digits (quadratic).
const MONEY = new RegExp(
  String.raw`(us\$|a\$|c\$|[$€£¥₹])?\s?(?<!\d)(\d{1,3}(?:[,.\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s?(k|thousand|grand|mm|mn|mio|million|m|bn|billion|b)?\b\s?([a-z]{3}\b|dollars?|bucks|euros?|pounds?|quid|yen|francs)?`,
  'gi',
);

/** Reads "25,000", "25.000", "1.2", "1,5" the way the writer most likely meant. */
function parseNumber(raw: string): number {
  const groups = raw.split(/[,.\s]/);
  const lastSeparator = raw.match(/[,.](?=\d+$)/)?.[0];
  const tail = groups[groups.length - 1]!;
  if (groups.length > 1 && lastSeparator && tail.length !== 3) {
    // The last separator is a decimal mark ("1.2", "1,5", "1.234,56").
    const whole = raw.slice(0, raw.length - tail.length - 1).replace(/[,.\s]/g, '');
    return Number(`${whole}.${tail}`);
  }
  return Number(raw.replace(/[,.\s]/g, ''));
}

/**
 * Finds money amounts. A bare number counts only with a currency (symbol, code or word) or a
 * scale suffix ("25k"), so "top 10 leads" and "Q3" are not money.
 */
export function extractMoney(text: string, defaultCurrency = 'USD'): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    const [whole, symbol, number, scale, unit] = match;
    const code = unit
      ? (WORDS[unit.toLowerCase()] ?? (ISO_CODES.has(unit.toUpperCase()) ? unit.toUpperCase() : undefined))
      : undefined;
    const currency = symbol ? SYMBOLS[symbol.toLowerCase()] : code;
    if (!currency && !scale) continue;
    if (!currency && scale && /^(m|b)$/i.test(scale) && !/\d\s?[mb]\b/i.test(whole)) continue;
    const amount = parseNumber(number!) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    const used = unit && !code ? whole.slice(0, whole.length - unit.length).trimEnd() : whole.trimEnd();
    mentions.push({
      text: used.trim(),
      amount: Math.round(amount * 100) / 100,
      currency: currency ?? defaultCurrency,
      currencyStated: Boolean(currency),
    });
  }
  return mentions;
}
