import {
  numberSaid,
  numberWordsBetween,
  type BreakdownField,
  type QueryOwner,
  type RecordQuery,
  type Region,
} from '../../vocabulary';
import { patternOf } from '../../core/patterns';

/** The records a question may count per value of a field (leads have their own: the lead breakdown). */
export type BreakdownRecord = 'account' | 'contact' | 'deal';

/** Records counted by a field: "accounts by country" is `{ record: 'account', field: 'country' }`. */
export interface FieldBreakdown {
  record: BreakdownRecord;
  field: BreakdownField;
  /** How many values to show, the most first ("top 5 industries by number of accounts"). */
  limit?: number;
}

/** The words of each record. "pipeline" is the open deals. */
const RECORD_WORDS: Array<[BreakdownRecord, RegExp]> = [
  ['account', /\b(?:accounts?|customers?|clients?|prospects?|compan(?:y|ies)|logos?)\b/],
  ['contact', /\b(?:contacts?)\b/],
  ['deal', /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline)\b/],
];

const COUNTRY = /countr(?:y|ies)|locations?|nations?/;
/** The deal types named one after another ("renewal, upsell and new business"): the type is the grouping. */
const ONE_TYPE = String.raw`(?:renewals?|upsells?|expansions?|new\s+business)`;
const TYPES_LISTED = String.raw`${ONE_TYPE}(?:(?:\s*[,/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+)${ONE_TYPE})+`;
/** Won or lost business said without a record word ("won this quarter split by type"): deals. */
const CLOSED_BUSINESS = /\b(?:won|wins?|lost)\b/;
/**
 * Money already brought in, said without a record word ("revenue by industry", "bookings per
 * source", "closed revenue by country"): the won deals' amounts. An account's own annual revenue is
 * asked with an account word first ("accounts by revenue") or as "annual revenue".
 */
const REVENUE = /\b(?<!annual\s)(?:revenue|bookings|booked|closed[\s-]won)\b/;
/** Why deals were lost ("lost deals by reason", "loss reasons by quarter"). */
const LOST_REASON = /(?:loss\s+|lost\s+)?reasons?/;
const INDUSTRY = /industr(?:y|ies)|verticals?|sectors?/;

/**
 * Which fields each record may be counted by, and the words for them. Owner and region have their
 * own rankings (`groupBy`); a contact's and a deal's country and industry are its account's.
 */
const GROUPABLE: Record<BreakdownRecord, Array<[BreakdownField, RegExp]>> = {
  account: [
    ['country', COUNTRY],
    ['industry', INDUSTRY],
    ['status', /(?:account\s+)?status(?:es)?/],
    ['size', /(?:company\s+|account\s+)?sizes?|headcount/],
  ],
  contact: [
    ['country', COUNTRY],
    ['industry', INDUSTRY],
    ['buyingRole', /(?:buying\s+)?roles?/],
  ],
  deal: [
    ['source', /(?:lead\s+)?sources?|channels?/],
    ['forecastCategory', /forecast\s+categor(?:y|ies)/],
    ['type', new RegExp(String.raw`(?:deal\s+)?types?|kinds?|${TYPES_LISTED}`)],
    ['currency', /currenc(?:y|ies)/],
    ['stage', /(?:deal\s+|sales\s+)?stages?/],
    ['industry', INDUSTRY],
    ['country', COUNTRY],
    // "deals by size" is by amount (a ranking): the account's size is said as such.
    ['size', /(?:company|account|customer|client)\s+sizes?|headcount/],
    ['lostReason', LOST_REASON],
  ],
};

/** How a grouping is said before the field: "by", "per", "in each", "broken down by", "of each", "from each". */
const BEFORE_FIELD = String.raw`\b(?:(?:broken\s+down|split|grouped|sorted|counted|bucketed)\s+(?:out\s+)?by|breakdown\s+by|by|per|(?:for|in|of|from|across)\s+(?:each|every)|each|across)\s+(?:their\s+|the\s+|its\s+|account\s+)?`;
/** Or after it: "country breakdown of our accounts", "industry split". */
const AFTER_FIELD = String.raw`\s+(?:breakdown|split|mix|distribution)\b`;

/** A count said in digits or words ("top 5", "top five"). */
const COUNT = String.raw`(\d{1,2}|${numberWordsBetween(2, 20)})`;
/** Words ranking values by how many: "top", "biggest", "largest", "leading", "main", "most common". */
const RANKING_WORDS = String.raw`(?:top|biggest|largest|leading|main|most\s+common|best)`;

/**
 * A field's values ranked by how many records have them, the field said first: "Top 5 Industries
 * By # Of Accounts" (the root dialog writes "#" out as "number"), "top 3 countries by number of
 * customers", "industries ranked by account count", "which countries have the most customers",
 * "what are our 3 biggest industries by customer count", "countries with the most prospects".
 */
function rankedFieldSaid(fieldWords: string, recordWords: string): RegExp {
  const count = String.raw`(?:(?:number|no\.?|count|#|total|amount)\s+of\s+|(?:most|more)\s+|(?:highest|largest|biggest)\s+(?:number\s+of\s+)?)?`;
  return patternOf(
    String.raw`\b(?:${fieldWords})\s+(?:(?:ranked|sorted|ordered|listed)\s+)?(?:by|with|having|for|in\s+terms\s+of|on)\s+(?:the\s+)?${count}(?:our\s+|my\s+|the\s+|active\s+)?(?:${recordWords})(?:\s+(?:count|numbers?))?\b` +
      String.raw`|\b(?:which|what)\s+(?:${COUNT}\s+)?(?:${fieldWords})\s+(?:have|has|had|hold|holds|got|account\s+for|make\s+up)\s+(?:the\s+)?(?:most|more|largest\s+number\s+of|highest\s+number\s+of|biggest\s+share\s+of)\s+(?:(?:our|my|the)\s+)?(?:${recordWords})\b` +
      String.raw`|\b(?:which|what)\s+(?:${fieldWords})\s+(?:do|does)\s+(?:we|i)\s+have\s+(?:the\s+)?(?:most|more)\s+(?:${recordWords})\s+in\b`,
  );
}

/** How many values a ranking asks for: "top 5 industries", "the 3 biggest countries", "which 3 countries". */
function rankedLimitOf(text: string, fieldWords: string): number | undefined {
  const said =
    patternOf(String.raw`\b${RANKING_WORDS}\s+${COUNT}\s+(?:\w+\s+)?(?:${fieldWords})\b`).exec(text) ??
    patternOf(String.raw`\b${COUNT}\s+(?:${RANKING_WORDS}\s+)?(?:\w+\s+)?(?:${fieldWords})\b`).exec(text);
  const count = said?.[1];
  if (!count) return undefined;
  const n = numberSaid(count);
  return n !== undefined && n >= 1 ? Math.min(n, 50) : undefined;
}

/**
 * The record and field of a question counting records per value of a field, or undefined: "accounts
 * by country", "how many companies per vertical", "contacts in each country", "pipeline by source",
 * "country breakdown of our accounts". The record is the first one said. Not a filter ("accounts in
 * germany"), a ranking ("top accounts in emea") or a person ("deals by sam"), and not leads.
 */
export function fieldBreakdownOf(text: string): FieldBreakdown | undefined {
  if (/\bleads?\b(?!\s+sources?\b)/.test(text)) return undefined;
  const said = RECORD_WORDS.map(([record, words]) => ({ record, at: text.search(words) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  const record = said?.record ?? (CLOSED_BUSINESS.test(text) || REVENUE.test(text) ? 'deal' : undefined);
  if (!record) return undefined;
  for (const [field, words] of GROUPABLE[record]) {
    // "pipeline by stage" is the pipeline summary, which shows the open pipeline stage by stage.
    if (field === 'stage' && /\bpipeline\b/.test(text)) continue;
    const before = patternOf(`${BEFORE_FIELD}(?:${words.source})\\b`);
    const after = patternOf(String.raw`\b(?:${words.source})${AFTER_FIELD}`);
    const ranked = rankedFieldSaid(words.source, RECORD_WORDS.find(([r]) => r === record)![1].source);
    if (before.test(text) || after.test(text) || ranked.test(text)) {
      const limit = rankedLimitOf(text, words.source);
      return { record, field, ...(limit ? { limit } : {}) };
    }
  }
  return undefined;
}

/** What the rest of the question says besides the grouping: whose records, where, when. */
export interface BreakdownFilters {
  owner: QueryOwner;
  /** True when the question says whose records ("my accounts by country"). */
  ownerGiven: boolean;
  region?: Region;
  period?: { from: string; to: string };
  /** An industry of the store's accounts the question names ("software customers by country"). */
  industry?: string;
}

/**
 * The count query of a breakdown with the filters said: customers, prospects or churned accounts;
 * open, won or lost deals (a period is when they close or closed); an industry unless that is the
 * grouping. Accounts and contacts no owner is said of are all those the caller sees.
 */
export function breakdownQuery(found: FieldBreakdown, text: string, filters: BreakdownFilters): RecordQuery {
  const owner: QueryOwner = found.record !== 'deal' && !filters.ownerGiven ? { scope: 'all' } : filters.owner;
  const query: RecordQuery = { record: found.record, owner, aggregate: 'count', breakdown: found.field };
  if (found.limit) query.limit = found.limit;
  if (filters.region) query.region = filters.region;
  if (filters.industry && found.field !== 'industry') query.industry = filters.industry;
  if (found.record === 'account') {
    const status = /\bchurned\b/.test(text)
      ? 'churned'
      : /\b(?:customers?|clients?)\b/.test(text)
        ? 'customer'
        : /\bprospects?\b/.test(text)
          ? 'prospect'
          : undefined;
    if (status && found.field !== 'status') query.accountStatus = status;
  }
  if (found.record === 'deal') {
    const status =
      found.field === 'lostReason'
        ? 'lost'
        : /\b(?:won|wins?)\b/.test(text)
          ? 'won'
          : /\b(?:lost|losses|lose)\b/.test(text)
            ? 'lost'
            : REVENUE.test(text)
              ? 'won'
              : 'open';
    query.status = status;
    if (filters.period && status === 'open') {
      query.closeFrom = filters.period.from;
      query.closeTo = filters.period.to;
    } else if (filters.period) {
      query.closedFrom = filters.period.from;
      query.closedTo = filters.period.to;
    }
  }
  return query;
}
