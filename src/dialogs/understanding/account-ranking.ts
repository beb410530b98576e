import { numberSaid, numberWordsBetween } from '../../vocabulary';

/**
 * Accounts ranked by the business they bring: "my biggest accounts", "who are our largest
 * customers", "top 10 customers by revenue this year", "which account brought in the most revenue
 * last quarter", "which clients have the biggest open pipeline", "pipeline by account". Their deals
 * grouped by account: won (over the period said, or all time) unless the words say the open pipeline.
 */
export interface AccountRanking {
  status: 'won' | 'open';
  order: 'biggest' | 'smallest';
  /** How many accounts were asked for ("top 5 customers"); none said, the skill's default. */
  limit?: number;
}

const ACCOUNTS = String.raw`(?:accounts?|accts?|customers?|clients?|companies|logos)`;
const ROWS = String.raw`\d{1,2}|${numberWordsBetween(2, 20)}`;
/** The size of what an account brings, said as a superlative ("biggest", "most valuable", "top-paying"). */
const SIZE = String.raw`(?:biggest|largest|most\s+valuable|highest[- ](?:value|valued|paying|revenue|spending)|top[- ](?:paying|spending|revenue)|smallest|least\s+valuable|lowest[- ](?:value|revenue|spending))`;
/** Said of the deals rather than the accounts: "my biggest customer deals", "largest account opps". */
const NOT_OF_ACCOUNTS = String.raw`(?!\s+(?:deals?|opps?|opportunit\w*|contacts?|leads?|cases?|tickets?))`;
/** "my biggest accounts", "our 5 largest customers", "most valuable enterprise clients", "the ten biggest logos". */
const SIZED_ACCOUNTS = new RegExp(
  String.raw`\b(?:(${ROWS})\s+)?${SIZE}\s+(?:(${ROWS})\s+)?(?:[a-z]+\s+)?${ACCOUNTS}\b${NOT_OF_ACCOUNTS}`,
);
/** What an account is ranked on, said after "by": revenue, bookings, spend, pipeline, won business. */
const MEASURE = String.raw`(?:(?:total|their|the\s+most|most|won|open|closed)\s+)*(?:revenue|bookings?|sales|spend(?:ing)?|value|pipeline|business|deal\s+value|amount|money|won|wins)`;
/** "top 10 customers by revenue", "accounts ranked by won revenue", "rank my clients by pipeline". */
const ACCOUNTS_BY_MEASURE = new RegExp(
  String.raw`\b(?:top\s+(?:(${ROWS})\s+)?)?(?:(?:my|our|the|team|team's)\s+)?${ACCOUNTS}\s+(?:ranked\s+|sorted\s+|ordered\s+|listed\s+)?by\s+${MEASURE}\b`,
);
const RANK_ACCOUNTS_BY = new RegExp(
  String.raw`\b(?:rank|sort|order)\s+(?:(?:my|our|the|team's|all)\s+)*${ACCOUNTS}\s+by\s+${MEASURE}\b`,
);
/** "pipeline by account", "revenue per customer", "won deals by client", "bookings for each account". */
const MEASURE_BY_ACCOUNT =
  /\b(?:pipeline|revenue|bookings|sales|won\s+deals|wins|won\s+business|open\s+business)\s+(?:by|per|for\s+each|for\s+every|across)\s+(?:accounts?|customers?|clients?|compan(?:y|ies))\b|\baccount\s+by\s+account\b/;
/**
 * "which account brought in the most revenue", "which customers spent the most with us", "what
 * client has the biggest open pipeline": a question of which accounts, on money they bring.
 */
const WHICH_ACCOUNT = new RegExp(
  String.raw`\b(?:which|what)\s+(?:(?:of\s+)?(?:my|our|the)\s+)?(?:[a-z]+\s+)?${ACCOUNTS}\b`,
);
const MOST_MONEY =
  /\b(?:the\s+)?(?:most|biggest|largest|highest|least|smallest|lowest)\s+(?:(?:won|open|total|closed)\s+)*(?:revenue|bookings?|sales|pipeline|business|money|value|spend)\b|\b(?:spent|spend|spends|paid|pays|pay|bought|buys|brought\s+in|bring\s+in|brings\s+in|brought|generated|generates)\s+(?:us\s+)?(?:the\s+)?(?:most|least)\b/;
/** Counted records and company facts, which other readers rank accounts on (how many open deals, employees). */
const OTHER_MEASURES =
  /\b(?:most|fewest|least)\s+(?:\w+\s+)?(?:deals|opps|opportunities|contacts|people|cases|tickets|tasks|leads|interactions|meetings|calls|emails)\b|\b(?:employees|staff|headcount|employee\s+count|annual\s+revenue)\b/;
/** About people or segments, not a ranking of accounts: "contacts at my biggest accounts", "best customers". */
const NOT_A_RANKING =
  /\b(?:contacts?|decision[- ]?makers?|people|who\s+(?:owns|is\s+the\s+owner)|segments?|champions?|hibernating|at\s+risk|churn\w*)\b/;
const OPEN = /\b(?:pipeline|pipe|open|in\s+play|opportunit\w*|opps?|potential)\b/;
const WON = /\b(?:won|wins|revenue|bookings?|booked|sold|spent|spend|paid|bought|brought\s+in|closed)\b/;
const LOW = /\b(?:smallest|least|lowest)\b/;

export function accountRankingOf(text: string): AccountRanking | undefined {
  if (NOT_A_RANKING.test(text) || OTHER_MEASURES.test(text)) return undefined;
  const sized = SIZED_ACCOUNTS.exec(text);
  const byMeasure = sized ? undefined : (ACCOUNTS_BY_MEASURE.exec(text) ?? RANK_ACCOUNTS_BY.exec(text));
  const asked =
    sized ||
    byMeasure ||
    MEASURE_BY_ACCOUNT.test(text) ||
    (WHICH_ACCOUNT.test(text) && MOST_MONEY.test(text));
  if (!asked) return undefined;
  const rows = sized?.[1] ?? sized?.[2] ?? byMeasure?.[1];
  const limit = rows ? numberSaid(rows) : undefined;
  return {
    status: OPEN.test(text) && !WON.test(text) ? 'open' : 'won',
    order: LOW.test(text) ? 'smallest' : 'biggest',
    ...(limit !== undefined && limit >= 1 && limit <= 50 ? { limit } : {}),
  };
}
