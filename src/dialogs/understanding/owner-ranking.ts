/** How a question ranks the people who own deals. */
export interface OwnerRanking {
  /** By the amount of their deals, or by how many deals they have. */
  rankBy: 'amount' | 'count';
  order: 'biggest' | 'smallest';
}

/** Asking for a person, not a deal: "who", "which rep", "whose", "which of my reps". */
const WHO =
  /\b(?:who|who's|whose|which\s+(?:of\s+(?:my|our|the)\s+)?(?:reps?|sellers?|salespe\w+|sales\s*reps?|people|person|owners?|team\s*members?|members?|one of (?:us|my reps|the reps|my team))|what\s+rep)\b/;
/** A superlative the ranking is on. */
const SUPERLATIVE =
  /\b(?:most|biggest|largest|highest|best|top|least|fewest|smallest|lowest|leading|ahead)\b/;
/** What is being ranked: deals, a pipeline, wins, bookings. */
const DEAL_MEASURE =
  /\b(?:pipeline|pipe|deals?|opps?|opportunit\w+|closed|closing|closes|won|wins?|sold|booked|bookings|lost|revenue|sales|in\s+(?:prospecting|qualification|proposal|negotiation))\b|\bthe most\b/;
/** Rankings asked without "who": "pipeline by rep", "leaderboard", "top reps this quarter", "rank my reps". */
const BY_OWNER =
  /\b(?:by|per|for each|each)\s+(?:rep|owner|seller|salesperson|person|team member|member)\b|\bleader-?board\b|\brank(?:ed|ing)?\s+(?:the\s+|my\s+|our\s+)?(?:reps|sellers|team|people)\b|\b(?:top|best)\s+(?:\d+\s+)?(?:reps?|sellers?|performers?|closers?)\b/;
/** A question about one deal or one person's details, not a ranking of owners. */
const NOT_A_RANKING =
  /\b(?:biggest|largest|smallest|best)\s+(?:single\s+|one\s+|open\s+|\w+\s+)?(?:deal|opp|opportunity)\b(?!s)|\bwho\s+(?:owns|is the owner|decides)\b|\bdecision[- ]?maker|\bchampion\b|\bcontacts?\b|\bcustomers?\b|\baccounts?\b|\bleads?\b/;
const FEWEST = /\b(?:least|fewest|smallest|lowest|worst)\b/;
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
  const asked = (WHO.test(text) && SUPERLATIVE.test(text) && DEAL_MEASURE.test(text)) || BY_OWNER.test(text);
  if (!asked) return undefined;
  return {
    rankBy: BY_COUNT.test(text) ? 'count' : 'amount',
    order: FEWEST.test(text) ? 'smallest' : 'biggest',
  };
}
