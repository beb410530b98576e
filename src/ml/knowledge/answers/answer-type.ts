/**
 * What kind of fact a question asks for, read from its wording: "how many users…" wants a number,
 * "how long / how often / when…" a duration, frequency or time, "who do I email…" an address,
 * "how much / what does it cost…" a price, "which plan…" a plan. The extract then prefers, among
 * the sentences that cover the question equally, the one that states such a fact, so the answer
 * gives the number rather than the sentence that only repeats the question's words.
 */
const ANSWER_TYPES: ReadonlyArray<{ readonly asks: RegExp; readonly states: RegExp }> = [
  {
    asks: /\bhow (?:many|much)\b|\b(?:max|maximum|minimum|min|limit|cap|most|least)\b|\bhow (?:big|large|small)\b/i,
    states: /\d|\bno (?:upper )?limit\b|\bunlimited\b/i,
  },
  {
    asks: /\bhow (?:long|soon|quickly|fast|often)\b|\bwhen\b|\bwhat time\b|\bhow frequently\b/i,
    states:
      /\d|\b(?:every|each|daily|weekly|monthly|yearly|annually|nightly|immediately|at once|once|twice|automatically|at any time|minutes?|hours?|days?|weeks?|months?|years?)\b/i,
  },
  { asks: /\b(?:e-?mail|contact|write to|reach|phone|call)\b/i, states: /@|\bphone\b|\bin the app\b/i },
  { asks: /\bhow much\b|\b(?:cost|costs|price|prices|pricing|pay|charge|charged|cheap\w*|expensive|fee)\b/i, states: /[$€£]\s?\d|\d+\s?%|\bfree\b/i },
  { asks: /\b(?:which|what) (?:plans?|tiers?|editions?)\b|\bon the \w+ plan\b|\bincluded\b/i, states: /\b(?:Free|Team|Business|Enterprise) (?:plans?|and)\b|\bplans?\b/ },
  { asks: /\bwhere (?:do|can|is|are) (?:i|we|you)\b.*\b(?:find|download|change|set|turn|see|get)\b/i, states: /›|\bpage\b|\bmenu\b|\btab\b/ },
];

/** Patterns a sentence stating the asked kind of fact matches (empty when the wording asks none). */
export function answerTypesOf(question: string): RegExp[] {
  return ANSWER_TYPES.filter((type) => type.asks.test(question)).map((type) => type.states);
}
