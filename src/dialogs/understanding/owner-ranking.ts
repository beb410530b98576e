import { numberSaid, numberWordsBetween } from '../../vocabulary';
import { patternOf } from '../../core/patterns';
import { asksOfEachOfUs } from './each-of-us';

/** How a question ranks deals grouped by their owner or by their account's region. */
export interface OwnerRanking {
  groupBy: 'owner' | 'region';
  /** By the amount of their deals, or by how many deals they have. */
  rankBy: 'amount' | 'count';
  order: 'biggest' | 'smallest';
}

/** Asking for a person, not a deal: "who", "which rep", "whose", "which of my reps". */
const WHO =
  /\b(?:who|who's|whos|whose|which\s+(?:of\s+(?:my|our|the)\s+)?(?:reps?|sellers?|salespe\w+|sales\s*reps?|people|person|owners?|team\s*members?|members?|one of (?:us|my reps|the reps|my team))|what\s+rep)\b/;
/** A superlative the ranking is on. */
const SUPERLATIVE =
  /\b(?:most|biggest|largest|highest|best|top|least|fewest|smallest|lowest|leading|ahead|worst|weakest|poorest)\b/;
/** What is being ranked: deals, a pipeline, wins, bookings. */
const DEAL_MEASURE =
  /\b(?:pipeline|pipe|deals?|opps?|opportunit\w+|closed|closing|closes|won|wins?|sold|booked|bookings|lost|revenue|sales|in\s+(?:prospecting|qualification|proposal|negotiation))\b|\bthe most\b/;
/** Rankings asked without "who": "pipeline by rep", "open pipeline for each of my reps", "leaderboard", "top reps this quarter", "rank my reps". */
const BY_OWNER =
  /\b(?:by|per|for each|each)\s+(?:rep|owner|seller|salesperson|person|team member|member)\b|\b(?:for\s+|of\s+)?(?:each|every|all)\s+of\s+(?:my|our|the)\s+(?:reps|sellers|salespeople|team\s+members)\b|\bfor\s+(?:every|each)\s+(?:rep|seller|salesperson|team\s+member)\b|\bleader-?board\b|\brank(?:ed|ing)?\s+(?:the\s+|my\s+|our\s+)?(?:reps|sellers|team|people)\b|\b(?:top|best)\s+(?:\d+\s+)?(?:reps?|sellers?|performers?|closers?)\b/;
/**
 * How well people sell, said without a measure ("who on the team is doing best this quarter", "which
 * rep is performing worst", "who's crushing it", "top performer this month"): a ranking on what they won.
 */
const PERFORMANCE =
  /\b(?:doing|performing|did|done|selling|going|faring)\s+(?:the\s+)?(?:best|worst|great|greatest|well|strongest|weakest|poorest)\b|\b(?:top|best|star|strongest|worst|weakest)\s+performers?\b|\b(?:crushing|killing|smashing|nailing)\s+it\b|\bon\s+fire\b/;

/** True when a question asks who sells best or worst, with no measure said ("who's doing best"). */
export function asksWhoPerforms(text: string): boolean {
  return PERFORMANCE.test(text) && (WHO.test(text) || /\bperformers?\b/.test(text));
}

/** A question about one deal or one person's details, not a ranking of owners. */
const NOT_A_RANKING =
  /\b(?:biggest|largest|smallest|best)\s+(?:single\s+|one\s+|open\s+|\w+\s+)?(?:deal|opp|opportunity)\b(?!s)|\bwho\s+(?:owns|is the owner|decides)\b|\bdecision[- ]?maker|\bchampion\b|\bcontacts?\b|\bcustomers?\b|\baccounts?\b|\bleads?\b/;
const FEWEST = /\b(?:least|fewest|smallest|lowest|worst)\b/;
/** The low end of how well people sell ("weakest performers"). */
const WEAKEST = /\b(?:weakest|poorest)\s+performers?\b/;
/**
 * Behind the others ("who's furthest behind", "which rep is lagging"): a ranking of what each owner
 * won, the least first.
 */
export const BEHIND =
  /\b(?:(?:furthest|farthest|most|way|the\s+most)\s+behind|behind\s+the\s+most|lagging(?:\s+behind)?|trailing|struggling(?!\s+(?:with|to|on)\b)|underperform\w*|weakest|bottom\s+(?:reps?|sellers?|performers?))\b/;
/** Behind said plainly, of a group ("which region is behind", "which team is falling behind"), not behind on something. */
const IS_BEHIND = /\b(?:is|are|'s|falling|fallen|running)\s+(?:\w+\s+)?behind\b(?!\s+(?:on|with|in|the)\b)/;

/**
 * Behind said plainly of people, up to now or on their number ("whos behind this quarter", "who is
 * behind on quota"), not behind a deal, a campaign or on tasks.
 */
const PEOPLE_BEHIND =
  /(?:\bwhos|\b(?:is|are|'s|falling|fallen|running))\s+behind(?:\s+(?:on|against)\s+(?:(?:their|his|her|the|our)\s+)?(?:targets?|quotas?|plans?|numbers?|goals?))?\s*(?:$|[?.!,]|(?:this|last|the)\s+(?:quarter|month|year|week)\b|q[1-4]\b|so far\b|right now\b|now\b|at the moment\b|ytd\b|(?:on|against)\s+(?:quota|target|plan)\b)/;

/** Behind the others, in any of the words above or said plainly. */
export function isBehind(text: string): boolean {
  return BEHIND.test(text) || IS_BEHIND.test(text);
}

/** Counting deals, not adding their amounts: "the most deals", "most wins", "how many". */
const BY_COUNT =
  /\bmost\s+(?:\w+\s+){0,2}(?:deals|opps|opportunities|wins)\b|\b(?:fewest|least)\s+(?:\w+\s+){0,2}(?:deals|opps|opportunities|wins)\b|\bhow many\b|\bnumber of\b|\bdeal count\b/;

/**
 * Deals grouped by owner and ranked, from the question's words: "who's carrying the biggest pipeline
 * on my team", "which rep has the most open deals", "who closed the most last quarter", "pipeline by
 * rep", "top reps this quarter". Undefined for a question about one deal ("who has the biggest
 * deal", which the deal list answers with its owner), an owner of a record ("who owns Acme") or a
 * person at an account.
 */
export function ownerRankingOf(text: string): OwnerRanking | undefined {
  if (NOT_A_RANKING.test(text)) return undefined;
  const behind = WHO.test(text) && (BEHIND.test(text) || PEOPLE_BEHIND.test(text));
  const asked =
    behind ||
    (WHO.test(text) && SUPERLATIVE.test(text) && DEAL_MEASURE.test(text)) ||
    BY_OWNER.test(text) ||
    // "how many open deals does each of us have": the team's owners side by side.
    (asksOfEachOfUs(text) && DEAL_MEASURE.test(text)) ||
    asksWhoPerforms(text);
  if (!asked) return undefined;
  return {
    groupBy: 'owner',
    rankBy: BY_COUNT.test(text) ? 'count' : 'amount',
    order: behind || FEWEST.test(text) || WEAKEST.test(text) ? 'smallest' : 'biggest',
  };
}

/**
 * A superlative right before a sales measure ("worst win rate", "best close rate this quarter",
 * "highest average deal size", "lowest avg won deal"): the people ranked on it, the low end first
 * when the word is low. Undefined for a measure said without one ("win rate by rep" is grouped, not
 * led by anyone) or a superlative of something else ("win rate of our biggest deals").
 */
const METRIC_SUPERLATIVE =
  /\b(best|top|highest|strongest|greatest|biggest|largest|worst|lowest|weakest|poorest|bottom|smallest)\s+(?:(?:average|avg|mean|median|typical|won|open)\s+){0,2}(?:(?:win|won|close|closing|conversion|success|hit)\s*(?:-\s*)?(?:rate|ratio|percentage|%)|(?:deal|deals|opp|opps)\s+(?:size|value|amount))/;
const LOW_END = /^(?:worst|lowest|weakest|poorest|bottom|smallest)$/;
export function metricRankingOf(text: string): OwnerRanking | undefined {
  const said = METRIC_SUPERLATIVE.exec(text);
  if (!said) return undefined;
  return { groupBy: 'owner', rankBy: 'amount', order: LOW_END.test(said[1]!) ? 'smallest' : 'biggest' };
}

/**
 * A superlative of time said of the sales cycle, of people ("which rep has the longest sales cycle
 * this quarter", "who's got the shortest deal cycle", "slowest sales cycle on the team"): the owners ranked on their average days from created to won. The cycle groups come
 * shortest first, so a long word reads them from the other end ('smallest'). Undefined when no
 * person is asked for ("our longest sales cycle" is the team's figure) or no such word is said.
 */
const CYCLE_SUPERLATIVE =
  /\b(longest|slowest|shortest|fastest|quickest)\s+(?:(?:average|avg|mean|median|typical)\s+)?(?:(?:sales|deal|selling)\s+)?(?:cycles?|cycle\s+times?|time\s+to\s+(?:close|win))\b/;
const OF_PEOPLE =
  /\b(?:who|who's|whos|whose|which\s+(?:of\s+(?:my|our|the)\s+)?(?:reps?|sellers?|salespe\w+|people|person|owners?|team\s*members?|one)|what\s+rep|reps?|sellers?|closers?|on\s+(?:the|my|our)\s+team|by\s+(?:rep|owner|seller))\b/;
const LONG_END = /^(?:longest|slowest)$/;
export function cycleRankingOf(text: string): OwnerRanking | undefined {
  const said = CYCLE_SUPERLATIVE.exec(text);
  if (!said || !OF_PEOPLE.test(text)) return undefined;
  return { groupBy: 'owner', rankBy: 'amount', order: LONG_END.test(said[1]!) ? 'smallest' : 'biggest' };
}

/**
 * The other end of a ranking asked alone ("and the best?", "what about the lowest", "the worst
 * one?", "and bottom?"): 'biggest' or 'smallest', or undefined for any other message.
 */
const RANKING_END_ALONE =
  /^\s*(?:(?:and|but|ok|okay|so|then|now|what about|how about)[\s,]+)*(?:the\s+)?(best|top|highest|strongest|most|worst|lowest|weakest|poorest|bottom|least|fewest)(?:\s+(?:one|ones|rep|reps|performers?|of them|end))?\s*[?.!]*\s*$/;
const LOW_ALONE = /^(?:worst|lowest|weakest|poorest|bottom|least|fewest)$/;
export function rankingEndOf(text: string): 'biggest' | 'smallest' | undefined {
  const said = RANKING_END_ALONE.exec(text.toLowerCase());
  if (!said) return undefined;
  return LOW_ALONE.test(said[1]!) ? 'smallest' : 'biggest';
}

/** The regions as people name them (the record parser's own list: "europe" is EMEA). */
const REGION_NAMES = /\b(?:emea|europe|apac|asia|latam|latin america|north america|na)\b/g;
/** Asking for regions side by side: "which region", "by region", "per region", "rank the regions". */
const BY_REGION =
  /\b(?:which|what)\s+regions?\b|\b(?:by|per|for each|each|across(?:\s+(?:the|all|our))?|between(?:\s+the)?|in each)\s+regions?\b|\bregion\s+by\s+region\b|\brank(?:ed|ing)?\s+(?:the\s+|our\s+)?regions\b|\bregions?\s+(?:ranked|compared|side by side)\b|\bregional\s+(?:breakdown|split|view|comparison)\b/;
/** "in each region", "by region", "which region": one count or sum per region (of deals or of accounts). */
export function asksByRegion(text: string): boolean {
  return BY_REGION.test(text);
}

/** A question about accounts, leads or people by region, not deals (which the account query answers). */
const NOT_DEALS =
  /\b(?:accounts?|customers?|clients?|companies|leads?|contacts?|users?|reps?|team members?|is\s+(?!\S+ing\b)\S+\s+in)\b/;

/**
 * Deals grouped by their account's region and ranked, from the question's words: "which region has
 * the most open pipeline", "pipeline by region", "compare emea and na pipeline", "which region won
 * the most this year". Undefined for one region's pipeline ("pipeline in emea"), a region's accounts
 * ("how many accounts per region") or a ranking of people.
 */
export function regionRankingOf(text: string): OwnerRanking | undefined {
  // "which region is behind": the regions ranked on what they won, the least first.
  if (BY_REGION.test(text) && isBehind(text) && !NOT_DEALS.test(text))
    return { groupBy: 'region', rankBy: 'amount', order: 'smallest' };
  if (!DEAL_MEASURE.test(text) || NOT_DEALS.test(text)) return undefined;
  const named = new Set(text.match(REGION_NAMES) ?? []);
  // Two regions named together ("how are apac and latam doing on open pipeline") are side by side too.
  const asked = BY_REGION.test(text) || named.size >= 2;
  if (!asked) return undefined;
  return {
    groupBy: 'region',
    rankBy: BY_COUNT.test(text) ? 'count' : 'amount',
    order: FEWEST.test(text) ? 'smallest' : 'biggest',
  };
}

/** The first deals of each group a question asks for ("biggest open deal in each region"). */
export interface EachGroupTop {
  groupBy: 'owner' | 'region' | 'type' | 'source';
  order: 'biggest' | 'smallest';
  /** How many of each group's deals ("top 3 deals per rep"); one when none is said. */
  limit: number;
}

/** The groups, as people name them after "each", "per", "by". */
const GROUP_NAMES: Array<[EachGroupTop['groupBy'], RegExp]> = [
  ['region', /regions?/],
  [
    'owner',
    /(?:sales\s*)?reps?|owners?|sellers?|salespe(?:rson|ople)|(?:team\s*)?members?|person|(?:account\s+)?executives?|aes?/,
  ],
  ['type', /(?:deal\s+)?types?|kinds?\s+of\s+deals?/],
  ['source', /(?:lead\s+)?sources?|channels?/],
];
/** A deal, or a counted number of deals, under a superlative: "biggest open deal", "top 3 opps", "largest single won deal". */
const GROUP_TOP = new RegExp(
  String.raw`\b(biggest|largest|top|best|highest|smallest|lowest)\s+(?:(\d{1,2}|${numberWordsBetween(2, 10)})\s+)?(?:(?:single|one|open|active|won|lost|closed|current|renewal|upsell|new\s+business)\s+){0,2}(deals?|opps?|opportunit(?:y|ies))\b`,
);
/** How "each" is said before the group: "in each", "for every", "per", "by", "of each". */
const EACH = String.raw`(?:(?:in|for|of|from|across|with)\s+(?:each|every)|per|by|each)\s+(?:single\s+)?`;

/**
 * The first deals of each group, from the question's words: "biggest open deal in each region",
 * "largest opp per rep", "top 3 deals for each rep", "smallest won deal by region this year",
 * "biggest deal of each type". A deal said in the singular, or a number of them; "biggest deals by
 * region" (no number) is the regions ranked, as is "which region has the biggest deal" (no "each").
 */
export function eachGroupTopOf(text: string): EachGroupTop | undefined {
  const top = GROUP_TOP.exec(text);
  if (!top) return undefined;
  const counted = top[2] ? numberSaid(top[2]) : undefined;
  const plural = /s$|ies$/.test(top[3]!);
  if (plural && counted === undefined) return undefined;
  if (!plural && counted !== undefined) return undefined;
  const after = text.slice(top.index + top[0].length);
  const group = GROUP_NAMES.find(([, words]) =>
    patternOf(String.raw`^(?:\s+\S+){0,4}?\s+${EACH}(?:${words.source})\b`).test(after),
  );
  if (!group) return undefined;
  return {
    groupBy: group[0],
    order: /^(?:smallest|lowest)$/.test(top[1]!) ? 'smallest' : 'biggest',
    limit: Math.min(counted ?? 1, 10),
  };
}
