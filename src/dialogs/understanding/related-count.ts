import { numberSaid, numberWordsBetween, type RecordQuery } from '../../vocabulary';

/**
 * Accounts kept by how many records of one kind they hold ("my accts w/ more than 5 contacts",
 * "accounts with at least 3 open deals", "which of my customers have over 2 open cases", "accounts
 * with fewer than 2 contacts"): the kind, the bound and the words that said it. A number of records
 * is no amount of money: "more than 5 contacts" is never "deals over $5".
 */
export interface RelatedCountMention {
  count: NonNullable<RecordQuery['relatedCount']>;
  words: string;
  /** The message as read (lower case, "w/" and "more then" spelt out), which `words` are a part of. */
  text: string;
}

const ACCOUNTS = /\b(?:acc?oun?ts?|accts?|customers|clients|companies|logos)\b/;
const KINDS: Array<[RegExp, NonNullable<RecordQuery['relatedCount']>['of']]> = [
  [/^(?:open|active)\s+(?:deals?|opps?|opportunities)$/, 'openDeals'],
  [/^(?:deals?|opps?|opportunities)$/, 'deals'],
  [/^(?:open|active)\s+(?:support\s+)?(?:cases?|tickets?)$/, 'openCases'],
  [/^(?:support\s+)?(?:cases?|tickets?)$/, 'cases'],
  [/^(?:contacts?|people|persons|stakeholders)$/, 'contacts'],
];
const NUMBER = String.raw`(\d{1,4}|${numberWordsBetween(1, 10)}|a dozen)`;
const RECORDS =
  '((?:open\\s+|active\\s+)?(?:support\\s+)?(?:deals?|opps?|opportunities|cases?|tickets?)|contacts?|people|persons|stakeholders)';
/** "more than 5", "over 5", "> 5", "5+", "at least 5", "5 or more", "fewer than 2", "under 2", "less than 2", "at most 2". */
const BOUND = new RegExp(
  `\\b(more than|over|greater than|above|>|at least|no fewer than|minimum of|min|fewer than|less than|under|below|<|at most|no more than|max)\\s*${NUMBER}\\s+${RECORDS}\\b` +
    `|\\b${NUMBER}\\s*(\\+|or more|or fewer|or less)\\s+${RECORDS}\\b` +
    `|\\b${NUMBER}\\s+${RECORDS}\\s+(or more|or fewer|or less|and up|plus)\\b`,
);

function numberOf(words: string): number {
  return words === 'a dozen' ? 12 : (numberSaid(words) ?? NaN);
}

function kindOf(words: string): NonNullable<RecordQuery['relatedCount']>['of'] | undefined {
  const said = words.replace(/\s+/g, ' ').trim();
  return KINDS.find(([pattern]) => pattern.test(said))?.[1];
}

/** The count of related records a question about accounts keeps them by, or undefined. */
export function relatedCountOf(message: string): RelatedCountMention | undefined {
  const text = message
    .toLowerCase()
    .replace(/\bw\/\s*/g, 'with ')
    .replace(/\b(more|fewer|less|greater)\s+then\b/g, '$1 than');
  if (!ACCOUNTS.test(text)) return undefined;
  const match = BOUND.exec(text);
  if (!match) return undefined;
  let bound: string;
  let n: number;
  let records: string;
  if (match[1]) [bound, n, records] = [match[1], numberOf(match[2]!), match[3]!];
  else if (match[4]) [bound, n, records] = [match[5]!, numberOf(match[4]), match[6]!];
  else [bound, n, records] = [match[9]!, numberOf(match[7]!), match[8]!];
  const of = kindOf(records);
  if (!of || !Number.isFinite(n)) return undefined;
  // Kept as strict bounds: more than n (min n), fewer than n (max n).
  const count: NonNullable<RecordQuery['relatedCount']> = /^(?:more than|over|greater than|above|>)$/.test(
    bound,
  )
    ? { of, min: n }
    : /^(?:at least|no fewer than|minimum of|min|\+|or more|and up|plus)$/.test(bound)
      ? { of, min: n - 1 }
      : /^(?:fewer than|less than|under|below|<)$/.test(bound)
        ? { of, max: n }
        : { of, max: n + 1 };
  return { count, words: match[0], text };
}
