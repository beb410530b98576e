import {
  countriesNamedIn,
  type BreakdownField,
  type QueryOwner,
  type RecordQuery,
  type Region,
} from '../../vocabulary';

/**
 * Two values or more of one field of the accounts set side by side: "Accounts: UK vs Germany?",
 * "Customers: Software vs Healthcare - Which Is Bigger?", "Germany: Customers vs Prospects", "emea
 * vs apac accounts", "do we have more customers in the uk or in germany". Each value is counted
 * (`RecordQuery.breakdown` with `breakdownValues`); the other filters said stay.
 */
export interface FieldComparison {
  record: 'account' | 'contact';
  field: Extract<BreakdownField, 'country' | 'industry' | 'status' | 'region'>;
  /** The values as the store spells them, in the order said. */
  values: string[];
}

/** A value of a field said in the message, where its words start and end. */
interface SaidValue {
  value: string;
  index: number;
  end: number;
}

/**
 * What may stand between two values compared: "vs", "versus", "v", "against", "compared to/with",
 * "or", "and", "to" (after "compared"), with "the", "in", "in the" after it ("uk vs the
 * netherlands", "in the uk or in germany") and a comma or dash before it.
 */
const BETWEEN =
  /^[\s,–—-]*(?:vs\.?|versus|v\.?|against|(?:when\s+)?compared\s+(?:to|with)|or|and|to|with)\s+(?:(?:in|at|from|for|across)\s+)?(?:the\s+|our\s+)?(?:(?:accounts?|customers?|clients?|prospects?|companies|contacts)\s+(?:in|at|from)\s+(?:the\s+)?)?$/;
/** Words saying that values are set against each other, where "and" or "or" joins them. */
const COMPARING =
  /\bvs\.?(?=\s|$)|\bversus\b|\bagainst\b|\bcompar(?:e|ed|ing|ison)\b|\bside[- ]by[- ]side\b|\b(?:more|fewer|less|bigger|larger|smaller|most|biggest|largest)\b|\bwhich\s+(?:one\s+)?(?:is|has|have)\b|\beach\b/;

/** Account statuses by their words ("customers", "clients", "prospects", "churned accounts"). */
const STATUSES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:customers?|clients?)\b/g, 'customer'],
  [/\bprospects?\b/g, 'prospect'],
  [/\bchurned\b|\bchurners\b|\blost\s+customers\b/g, 'churned'],
];

/** Sales regions by their words. */
const REGION_WORDS: ReadonlyArray<[RegExp, Region]> = [
  [/\bemea\b|\beurope\b/g, 'EMEA'],
  [/\bapac\b|\basia(?:[- ]pacific)?\b/g, 'APAC'],
  [/\blatam\b|\blatin\s+america\b/g, 'LATAM'],
  [/\bnorth\s+america\b|\bna\b/g, 'NA'],
];

/** The records a comparison counts: accounts (their statuses' words too) or the people at them. */
const ACCOUNT_WORDS = /\b(?:accounts?|customers?|clients?|prospects?|compan(?:y|ies)|logos|churned)\b/;
const CONTACT_WORDS = /\b(?:contacts|people)\b/;
/** Records compared elsewhere: deals and pipeline by their own readers, leads by marketing's. */
const OTHER_RECORDS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|revenue|won|lost\s+deals|leads?|cases?|tickets?|tasks?|win\s+rate)\b/;

function valuesOf(pairs: ReadonlyArray<[RegExp, string]>, text: string): SaidValue[] {
  const found: SaidValue[] = [];
  for (const [pattern, value] of pairs)
    for (const said of text.matchAll(new RegExp(pattern.source, 'g')))
      found.push({ value, index: said.index, end: said.index + said[0].length });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The values of one field joined as a comparison: two or more different values, each next one
 * after the words of `BETWEEN`; "and" and "or" only where the message says it compares.
 */
function joined(said: readonly SaidValue[], text: string): string[] | undefined {
  const values: string[] = [];
  let compared = false;
  for (let i = 1; i < said.length; i++) {
    const [a, b] = [said[i - 1]!, said[i]!];
    if (a.value === b.value) continue;
    const between = text.slice(a.end, b.index);
    if (!BETWEEN.test(between)) continue;
    if (!/^[\s,–—-]*(?:and|or|to|with)\b/.test(between)) compared = true;
    for (const value of [a.value, b.value]) if (!values.includes(value)) values.push(value);
  }
  if (values.length < 2) return undefined;
  return compared || COMPARING.test(text) ? values.slice(0, 6) : undefined;
}

/**
 * The field and values a question sets side by side, of the accounts or the people at them, or
 * undefined: countries ("uk vs germany"), industries of the store ("software vs healthcare"),
 * statuses ("customers vs prospects") or regions ("emea vs apac"). `industries` are those the
 * entity reader found. Deals, leads and cases have their own comparisons; one value alone, or two
 * joined by "and" or "or" with no word of comparing ("customers in the uk and germany"), is none.
 */
export function fieldComparisonOf(
  text: string,
  industries: ReadonlyArray<{ name: string; text: string }> = [],
): FieldComparison | undefined {
  if (OTHER_RECORDS.test(text)) return undefined;
  const contacts = CONTACT_WORDS.test(text);
  if (!contacts && !ACCOUNT_WORDS.test(text)) return undefined;
  const industrySaid: SaidValue[] = industries
    .map((mention) => {
      const index = text.indexOf(mention.text.toLowerCase());
      return { value: mention.name, index, end: index + mention.text.length };
    })
    .filter((said) => said.index >= 0)
    .sort((a, b) => a.index - b.index);
  const countrySaid: SaidValue[] = countriesNamedIn(text).map(({ country, index, end }) => ({
    value: country.name,
    index,
    end,
  }));
  const fields: Array<[FieldComparison['field'], SaidValue[]]> = [
    ['country', countrySaid],
    ['industry', industrySaid],
    ['region', valuesOf(REGION_WORDS, text)],
    ['status', contacts ? [] : valuesOf(STATUSES, text)],
  ];
  for (const [field, said] of fields) {
    const values = joined(said, text);
    if (values) return { record: contacts && field !== 'status' ? 'contact' : 'account', field, values };
  }
  return undefined;
}

/** What else the question says of the accounts compared: whose, their status, country, industry, region. */
export interface ComparisonFilters {
  owner: QueryOwner;
  /** True when the question says whose accounts ("my accounts: uk vs germany"). */
  ownerGiven: boolean;
  country?: string;
  industry?: string;
  region?: Region;
}

/**
 * The count query of a comparison: the records counted by the field compared, only its values said;
 * the accounts' status, country, industry and region said besides (not the field compared). Whose
 * accounts only when said: else every account the caller sees.
 */
export function comparisonQuery(
  found: FieldComparison,
  text: string,
  filters: ComparisonFilters,
): RecordQuery {
  const own =
    filters.ownerGiven &&
    ('rep' in filters.owner || ('scope' in filters.owner && filters.owner.scope !== 'all'));
  const query: RecordQuery = {
    record: found.record,
    owner: own ? filters.owner : { scope: 'all' },
    aggregate: 'count',
    breakdown: found.field,
    breakdownValues: found.values,
  };
  if (found.field !== 'status') {
    const status = valuesOf(STATUSES, text)[0]?.value;
    if (status) query.accountStatus = status as NonNullable<RecordQuery['accountStatus']>;
  }
  if (found.field !== 'country' && filters.country) query.country = filters.country;
  if (found.field !== 'industry' && filters.industry) query.industry = filters.industry;
  if (found.field !== 'region' && found.field !== 'country' && filters.region) query.region = filters.region;
  return query;
}
