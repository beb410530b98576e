import type { Region } from './common';

/** ISO 3166 alpha-2 code | English name | other names | sales region. */
export const COUNTRY_TABLE = `
  US | United States | USA, United States of America, America, U.S. | NA
  CA | Canada | | NA
  GB | United Kingdom | UK, Great Britain, England, Scotland, Wales, Northern Ireland | EMEA
  IE | Ireland | EIRE, Republic of Ireland | EMEA
  JE | Channel Islands | Jersey, Guernsey | EMEA
  DE | Germany | Deutschland | EMEA
  FR | France | | EMEA
  NL | Netherlands | Holland, The Netherlands | EMEA
  BE | Belgium | | EMEA
  LU | Luxembourg | | EMEA
  ES | Spain | Espana | EMEA
  PT | Portugal | | EMEA
  IT | Italy | Italia | EMEA
  CH | Switzerland | | EMEA
  AT | Austria | | EMEA
  SE | Sweden | | EMEA
  NO | Norway | | EMEA
  DK | Denmark | | EMEA
  FI | Finland | | EMEA
  IS | Iceland | | EMEA
  PL | Poland | | EMEA
  CZ | Czech Republic | Czechia | EMEA
  GR | Greece | | EMEA
  CY | Cyprus | | EMEA
  MT | Malta | | EMEA
  LT | Lithuania | | EMEA
  HU | Hungary | | EMEA
  RO | Romania | | EMEA
  IL | Israel | | EMEA
  AE | United Arab Emirates | UAE | EMEA
  SA | Saudi Arabia | | EMEA
  BH | Bahrain | | EMEA
  LB | Lebanon | | EMEA
  ZA | South Africa | RSA | EMEA
  NG | Nigeria | | EMEA
  KE | Kenya | | EMEA
  EG | Egypt | | EMEA
  AU | Australia | | APAC
  NZ | New Zealand | | APAC
  JP | Japan | | APAC
  SG | Singapore | | APAC
  IN | India | | APAC
  CN | China | | APAC
  HK | Hong Kong | | APAC
  KR | South Korea | Korea, Republic of Korea | APAC
  TW | Taiwan | | APAC
  MY | Malaysia | | APAC
  ID | Indonesia | | APAC
  TH | Thailand | | APAC
  PH | Philippines | | APAC
  VN | Vietnam | Viet Nam | APAC
  BR | Brazil | Brasil | LATAM
  MX | Mexico | | LATAM
  CO | Colombia | | LATAM
  CL | Chile | | LATAM
  AR | Argentina | | LATAM
  PE | Peru | | LATAM
  UY | Uruguay | | LATAM
  EC | Ecuador | | LATAM
  CR | Costa Rica | | LATAM
  PA | Panama | | LATAM
`;

/** A country as the CRM spells it: its English name, other names people use and its sales region. */
export interface Country {
  code: string;
  name: string;
  others: readonly string[];
  region: Region;
}

/** Every country of the table, from the ISO code, English name, other names and region columns. */
export const COUNTRIES: readonly Country[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, name, others, region] = line.split('|').map((cell) => cell.trim());
    return {
      code: code!,
      name: name!,
      others: others!
        .split(',')
        .map((text) => text.trim())
        .filter(Boolean),
      region: region as Region,
    };
  });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Country names and other names as free text says them, longest first ("united states of america"
 * before "america"). ISO codes are left out: in a sentence "in", "it", "us" and "no" are words.
 * Each keeps its words in lower case: a message without them (most messages) runs none of the
 * patterns (`namesSaidIn`).
 */
const SAID: ReadonlyArray<{ words: string; pattern: RegExp; every: RegExp; country: Country }> =
  COUNTRIES.flatMap((country) => [country.name, ...country.others].map((said) => [said, country] as const))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([said, country]) => {
      const source = `(?<![\\w.])(?<!\\b(?:north|south|latin|central|new)\\s)${escaped(said)}(?![\\w])`;
      return {
        words: said.toLowerCase(),
        pattern: new RegExp(source, 'i'),
        every: new RegExp(source, 'gi'),
        country,
      };
    });

/**
 * The country names whose words a message holds, in `SAID`'s order: the names are ASCII, so a
 * case-insensitive pattern can match only where the lower-cased message holds the lower-cased
 * name. (`every` is only ever given to `matchAll`, which copies it: its `lastIndex` never moves.)
 */
function namesSaidIn(text: string): typeof SAID {
  const lower = text.toLowerCase();
  return SAID.filter((said) => lower.includes(said.words));
}

/** The first country a message names ("healthcare customers in the uk" → United Kingdom), by its name or another name. */
export function countryNamedIn(text: string): Country | undefined {
  return namesSaidIn(text).find(({ pattern }) => pattern.test(text))?.country;
}

/** A country's name as a sentence says it: "the United Kingdom", "the Netherlands", "Japan". */
export function countryWithArticle(name: string): string {
  return /^(?:United |Czech Republic$|Netherlands$|Philippines$)/.test(name) ? `the ${name}` : name;
}

/** What people of a country are called, said before a record ("canadian accounts", "german customers"). */
const ADJECTIVES: Readonly<Record<string, string>> = {
  american: 'United States',
  canadian: 'Canada',
  british: 'United Kingdom',
  english: 'United Kingdom',
  scottish: 'United Kingdom',
  irish: 'Ireland',
  german: 'Germany',
  french: 'France',
  dutch: 'Netherlands',
  belgian: 'Belgium',
  spanish: 'Spain',
  portuguese: 'Portugal',
  italian: 'Italy',
  swiss: 'Switzerland',
  austrian: 'Austria',
  swedish: 'Sweden',
  norwegian: 'Norway',
  danish: 'Denmark',
  finnish: 'Finland',
  polish: 'Poland',
  australian: 'Australia',
  japanese: 'Japan',
  singaporean: 'Singapore',
  indian: 'India',
  chinese: 'China',
  brazilian: 'Brazil',
  mexican: 'Mexico',
};

/** The records a country's adjective or code may stand before ("canadian accounts", "US deals"). */
const RECORD_NOUN = String.raw`(?:[a-z&-]+\s+)?(?:accounts?|accts?|customers?|clients?|companies|prospects?|logos|deals?|opps?|opportunit(?:y|ies)|contacts?|people|pipeline|business)\b`;
const ADJECTIVE_SAID = new RegExp(String.raw`\b(${Object.keys(ADJECTIVES).join('|')})\s+${RECORD_NOUN}`, 'i');
/** "US" and "U.S." as a place: "in the us", "us-based", "US accounts" (not the pronoun "us"). */
const US_SAID = new RegExp(
  String.raw`\b(?:in|from|across)\s+the\s+u\.?s\.?(?![\w.])|\bu\.?s\.?[- ]based\b|\bUS\s+${RECORD_NOUN}`,
);

/**
 * The country records are asked of, by its name or another name (`countryNamedIn`), or by its
 * adjective or code before a record ("my canadian accounts", "german customers", "US deals").
 */
export function countrySaidIn(text: string): Country | undefined {
  const named = countryNamedIn(text);
  if (named) return named;
  const adjective = ADJECTIVE_SAID.exec(text)?.[1]?.toLowerCase();
  const name = adjective ? ADJECTIVES[adjective] : US_SAID.test(text) ? 'United States' : undefined;
  return name ? COUNTRIES.find((country) => country.name === name) : undefined;
}

/** An adjective said of records or of "the ones" ("the german ones", "dutch accounts"). */
const ADJECTIVE_OF_ONES = new RegExp(
  String.raw`\b(${Object.keys(ADJECTIVES).join('|')})\s+(?:ones?\b|${RECORD_NOUN})`,
  'i',
);

/**
 * The country a message names and the words that name it, for a reader that takes them out: its
 * name or another name ("only uk" → "uk"), or its adjective before records or "ones" ("just the
 * german ones" → "german").
 */
export function countryMentionIn(text: string): { country: Country; words: string } | undefined {
  for (const { pattern, country } of namesSaidIn(text)) {
    const said = pattern.exec(text);
    if (said) return { country, words: said[0] };
  }
  const adjective = ADJECTIVE_OF_ONES.exec(text)?.[1];
  const name = adjective ? ADJECTIVES[adjective.toLowerCase()] : undefined;
  const country = name ? COUNTRIES.find((c) => c.name === name) : undefined;
  return country && adjective ? { country, words: adjective } : undefined;
}

/** A country's adjective as a word of its own (only ever given to `matchAll`). */
const ADJECTIVE_WORD = new RegExp(String.raw`\b(${Object.keys(ADJECTIVES).join('|')})\b`, 'gi');

/**
 * Every country a message names, in the order said, each once with where its words start: by a
 * name or another name ("uk vs germany"), or by its adjective as a word of its own ("german vs
 * french customers"). Words inside a longer name already found are not counted again; `end` is
 * where the words naming it end.
 */
export function countriesNamedIn(text: string): Array<{ country: Country; index: number; end: number }> {
  const found: Array<{ country: Country; index: number; end: number }> = [];
  const free = (index: number, end: number) => found.every((f) => end <= f.index || index >= f.end);
  for (const { every, country } of namesSaidIn(text)) {
    for (const said of text.matchAll(every))
      if (free(said.index, said.index + said[0].length))
        found.push({ country, index: said.index, end: said.index + said[0].length });
  }
  for (const said of text.matchAll(ADJECTIVE_WORD)) {
    const country = COUNTRIES.find((c) => c.name === ADJECTIVES[said[1]!.toLowerCase()]);
    if (country && free(said.index, said.index + said[0].length))
      found.push({ country, index: said.index, end: said.index + said[0].length });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .filter((f) => !seen.has(f.country.name) && seen.add(f.country.name));
}

/** The currencies deals are kept in. */
export const DEAL_CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
export type DealCurrency = (typeof DEAL_CURRENCIES)[number];

/** A currency by its code or word ("eur", "euros", "pounds", "sterling", "dollars"). */
const CURRENCY_WORDS: ReadonlyArray<[RegExp, DealCurrency]> = [
  // A bare "dollars" is mostly money in general ("how many dollars did we win"): only as a currency said.
  [/\b(?:usd|us\s+dollars?|in\s+dollars|dollar\s+(?:deals?|opps?|pipeline))\b/i, 'USD'],
  [/\b(?:eur|euros?)\b|€/i, 'EUR'],
  [/\b(?:gbp|pounds?(?:\s+sterling)?|sterling|quid)\b|£/i, 'GBP'],
];

/**
 * The currency a message names by its code or word, not as an amount's unit ("deals over 50k
 * euros" names an amount; "EUR deals", "deals in pounds", "largest GBP deal" a currency).
 */
export function currencyNamedIn(text: string): DealCurrency | undefined {
  const withoutAmounts = text.replace(
    /(?:[$€£]\s?)?\d[\d.,]*\s*(?:k|m|mm|thousand|million|grand)?\s*(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks|quid)?\b/gi,
    ' ',
  );
  const found = CURRENCY_WORDS.filter(([pattern]) => pattern.test(withoutAmounts)).map(([, code]) => code);
  return found.length === 1 ? found[0] : undefined;
}

const CURRENCY_SAID = String.raw`(?:usd|eur|gbp|us\s+dollars?|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|quid|[$€£])`;
/** "... in euros", "... into GBP", "... to dollars" at the end of a message. */
const IN_CURRENCY_AT_END = new RegExp(
  String.raw`\s*\b(?:in|into|to)\s+(?:the\s+)?(${CURRENCY_SAID})(?:\s+terms)?(?:\s+(?:please|pls|thanks))?\s*[?.!]*$`,
  'i',
);
/** Records a message names itself ("my pipeline in euros", "deals in gbp"): a currency there is a filter. */
const OWN_RECORDS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|accounts?|contacts?|customers?|won|lost|closing|quarter|month|year)\b/i;

/** What is left of a conversion asked of the amounts shown: only words pointing back or asking the total ("how much is that"). */
const ASKED_OF_SHOWN =
  /^(?:(?:and|so|ok|okay|what's|whats|what|is|are|was|how|much|the|total|sum|amount|amounts|value|that|that's|it|it's|this|those|these|them|all|of|worth|show|give|me|convert|converted|can|could|you|please|pls)\b[\s,?!.]*)*$/i;

/**
 * A request to convert the amounts just shown into one currency ("how much is that in euros",
 * "total in eur", "convert that to pounds"), the currency asked; undefined for a currency said as a
 * filter of records the message names ("list the EUR deals", "my pipeline in gbp").
 */
export function conversionAskedIn(text: string): DealCurrency | undefined {
  const convert = /\b(?:convert(?:ed|ing)?|conversion|exchange\s+rates?)\b/i.test(text);
  const atEnd = IN_CURRENCY_AT_END.exec(text);
  const said = atEnd?.[1]?.toLowerCase();
  const currency = said
    ? /^(?:usd|us\s+dollars?|dollars?|\$)$/.test(said)
      ? 'USD'
      : /^(?:eur|euros?|€)$/.test(said)
        ? 'EUR'
        : 'GBP'
    : currencyNamedIn(text);
  if (!currency || (!convert && !atEnd)) return undefined;
  const rest = atEnd ? text.slice(0, atEnd.index) : text;
  return OWN_RECORDS.test(rest) || !ASKED_OF_SHOWN.test(rest.trim()) ? undefined : currency;
}
