/** A filter of a list that a follow-up can take away again. */
export type RemovableFilter = 'amount' | 'region' | 'stage' | 'date' | 'account' | 'industry' | 'type';

/** The words of each filter, as a follow-up names it ("the amount limit", "the region filter", "the 50k"). */
const FILTER_NOUNS: Array<[RemovableFilter, string]> = [
  [
    'amount',
    String.raw`amounts?|values?|sizes?|deal\s+sizes?|dollar(?:\s+amount)?s?|money|\$?\d+(?:\.\d+)?\s*(?:k|m)\b|(?:over|above|under|below)\s+\$?\d+(?:\.\d+)?\s*(?:k|m)?`,
  ],
  [
    'region',
    String.raw`regions?|territor(?:y|ies)|geos?|geograph(?:y|ies)|locations?|emea|apac|latam|na|north\s+america|europe`,
  ],
  ['stage', String.raw`stages?|negotiation|proposal|qualification|prospecting`],
  [
    'date',
    String.raw`(?:close\s+)?dates?|closing\s+dates?|periods?|time\s*frames?|time\s+windows?|windows?|quarters?|months?|deadlines?`,
  ],
  ['account', String.raw`accounts?|customers?`],
  ['industry', String.raw`industr(?:y|ies)|sectors?|verticals?|countr(?:y|ies)`],
  ['type', String.raw`(?:deal\s+)?types?|renewals?`],
];
/** Words that make the noun a filter ("the amount limit", "the region filter"). */
const FILTER_WORD = String.raw`filters?|limits?|caps?|thresholds?|cut-?offs?|minimums?|mins?|floors?|restrictions?|conditions?|criteri(?:a|on)|constraints?|requirements?|parts?|bits?|clauses?`;
/**
 * "lose" takes a filter away only when said as an instruction ("lose the date filter"), not after a
 * subject or an auxiliary (a word may stand between: "did sam lose"): "how many deals did i lose this quarter" asks about lost deals.
 * "can you lose the date filter", "could you lose the amount limit" are requests: "you" and the
 * modal verbs are left out.
 */
const LOSE = String.raw`(?<!\b(?:i|we|they|he|she|it|did|do|does|didn't|has|have|had)\s+(?:[\w']+\s+)?)lose`;
/** Verbs that take a filter away, said before it. */
const REMOVE = String.raw`drop|dropping|remove|removing|take\s+(?:off|out|away)|taking\s+(?:off|out|away)|${LOSE}|ditch|clear|ignore|ignoring|forget(?:\s+about)?|skip|get\s+rid\s+of|lift|relax|loosen|undo|without|no|minus|w/o|don'?t\s+(?:filter|limit)\s+(?:by|on)`;
/** "regardless of region", "any amount", "all stages", "in every region": no filter on it. */
const WHATEVER = String.raw`regardless\s+of|irrespective\s+of|whatever\s+the|any|all|every|of\s+any|in\s+any|at\s+any`;

const DETERMINER = String.raw`(?:the\s+|that\s+|this\s+|those\s+|my\s+|your\s+|our\s+)?`;

const ANY_NOUN = FILTER_NOUNS.map(([, noun]) => `(?:${noun})`).join('|');
/** "drop the region and amount filters": several filters named before one filter word. */
const SEVERAL_NAMED = new RegExp(
  String.raw`\b(?:${REMOVE})\s+${DETERMINER}((?:${ANY_NOUN})(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?(?:${ANY_NOUN}))+)\s*(?:${FILTER_WORD})\b`,
);

/**
 * Every pattern below holds one filter's nouns as a required part: a message without any of them
 * (most messages, read here on every turn) takes no filter away, and is not read further.
 */
const SOME_NOUN = new RegExp(ANY_NOUN);

/** Each filter's patterns, built once (a message is read against them on every turn). */
const FILTER_PATTERNS = FILTER_NOUNS.map(([filter, noun]) => ({
  filter,
  noun: new RegExp(String.raw`\b(?:${noun})\b`),
  withFilterWord: new RegExp(String.raw`\b(?:${REMOVE})\s+${DETERMINER}(?:${noun})\s*(?:${FILTER_WORD})\b`),
  // "drop the amount", "take off the region": a verb of taking away is enough ("without" is not).
  byVerb: new RegExp(
    String.raw`\b(?:drop|remove|take\s+(?:off|out|away)|${LOSE}|ditch|ignore|forget(?:\s+about)?|skip|get\s+rid\s+of|lift)\s+(?:the|that|this)\s+(?:${noun})(?:\s+(?:one|filter|limit|too|as\s+well|please|pls|then))*\s*[?.!]*$`,
  ),
  whatever: new RegExp(String.raw`(?:^|\b(?:but|and|with|for|in|at|,)\s+)(?:${WHATEVER})\s+(?:${noun})\b`),
}));

/**
 * The filters a follow-up takes off the list just shown: "and without the amount limit?", "drop
 * the region filter", "what if i take off the amount filter", "remove the 100k", "same but any
 * stage", "regardless of region". Undefined when none is taken away. A filter word ("filter",
 * "limit") or a verb of taking away ("drop", "remove") must be said: "deals without an amount" is a
 * question of its own (deals missing a field).
 */
export function filtersRemovedOf(message: string): RemovableFilter[] | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  // Long messages ask something of their own; a follow-up that loosens a list is short.
  if (text.split(/\s+/).filter(Boolean).length > 12) return undefined;
  if (!SOME_NOUN.test(text)) return undefined;
  const removed = new Set<RemovableFilter>();
  // "drop the region and amount filters": several filters named before one filter word.
  const several = SEVERAL_NAMED.exec(text)?.[1];
  if (several) for (const { filter, noun } of FILTER_PATTERNS) if (noun.test(several)) removed.add(filter);
  for (const { filter, withFilterWord, byVerb, whatever } of FILTER_PATTERNS) {
    // "all accounts", "any date" ask for other records or mean nothing taken away: only the others.
    const saysWhatever = filter !== 'account' && filter !== 'date' && whatever.test(text);
    if (withFilterWord.test(text) || byVerb.test(text) || saysWhatever) removed.add(filter);
  }
  return removed.size ? [...removed] : undefined;
}
