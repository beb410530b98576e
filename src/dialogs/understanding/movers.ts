/**
 * Who moved the most between two periods: "who's down the most?", "which rep improved the most vs
 * last quarter", "who had the biggest drop", "who grew the most this month compared to last". The
 * people are ranked on the change of what they won from one period to the other, the way asked.
 */
import type { QueryOwner, RecordQuery } from '../../vocabulary';

export type MoversDirection = 'up' | 'down';

/** The won deals of these owners in a period, ranked by owner: the query a movers question compares with another period. */
export function moversQuery(owner: QueryOwner, from: string, to: string): RecordQuery {
  return {
    record: 'deal',
    owner,
    status: 'won',
    aggregate: 'top',
    groupBy: 'owner',
    rankBy: 'amount',
    closedFrom: from,
    closedTo: to,
  };
}

/** Asking for a person: "who", "which rep", "which of my reps", "anyone". */
const WHO =
  /\b(?:who|who's|whos|whose|which\s+(?:of\s+(?:my|our|the)\s+)?(?:reps?|sellers?|salespe\w+|people|person|owners?|team\s*members?|members?|one)|what\s+rep|anyone|anybody)\b/;
const UP =
  /\b(?:improved|improving|improvement|grew|grown|growing|gained|increased|climbed|jumped|rose|risen|up|better|biggest\s+(?:gain|jump|increase|rise|growth))\b/;
const DOWN =
  /\b(?:dropped|dropping|drop|fell|fallen|falling|declined|declining|decline|slipped|slid|down|worse|shrank|shrunk|dip|biggest\s+(?:fall|decrease|slide))\b|\blost\s+ground\b/;
/** The most of a change, not a level: "the most", "biggest", "furthest". */
const MOST = /\b(?:most|biggest|largest|furthest|farthest)\b/;
/** Words of a level or of other records, which other readers answer ("who's down to 2 deals", "who closed the most"). */
const NOT_A_CHANGE =
  /\b(?:down\s+to|up\s+to|up\s+for|follow(?:ed)?\s+up|set\s+up|sign(?:ed)?\s+up|up\s*coming|down\s+the\s+(?:road|line)|tasks?|leads?|cases?|tickets?|calls?|meetings?|emails?)\b/;

/** The way a question asks for the people who moved the most, or undefined. */
export function moversOf(text: string): MoversDirection | undefined {
  const lower = text.toLowerCase();
  if (!WHO.test(lower) || !MOST.test(lower) || NOT_A_CHANGE.test(lower)) return undefined;
  const down = DOWN.test(lower);
  const up = UP.test(lower);
  if (down === up) return undefined;
  return down ? 'down' : 'up';
}
