/**
 * Why one named deal is at risk ("why is the bennett medical deal at risk", "whats wrong with the
 * acme multi-year renewal q4 2026 (3)", "what are the risks on the globex pilot"): the deal's words,
 * for at-risk-deals to find and give that deal's own reasons (close date passed, days in its stage,
 * no meeting …). A deal must be said (a deal word, a quarter or a year): "why is acme at risk" is
 * the account's churn risk, "why are my deals at risk" the list.
 */

const LEAD_IN = String.raw`^\s*(?:(?:so|and|ok|okay|hey|hmm+)[\s,]+)*`;
const THE = String.raw`(?:(?:the|our|my|that|this|his|her|their)\s+)?`;

const WHY_AT_RISK = new RegExp(
  String.raw`${LEAD_IN}(?:why|how\s+come)\s+(?:(?:is|are|was|has|does|did)\s+)?${THE}(.+?)\s+(?:(?:is|are|was|been|being|getting|got|still)\s+)*(?:at[\s-]risk|flagged(?:\s+(?:as\s+)?(?:at[\s-]risk|risky|red))?|risky|in\s+trouble|(?:showing|marked|listed|shown)\s+(?:as\s+|on\s+)?(?:at[\s-]risk|risky|red))\b`,
  'i',
);
const WHATS_WRONG = new RegExp(
  String.raw`${LEAD_IN}what(?:'s|’s|s|\s+is)\s+(?:wrong|the\s+(?:problem|issue|matter|risk|concern|worry))\s+with\s+${THE}(.+?)\s*[?.!]*\s*$`,
  'i',
);
const RISKS_ON = new RegExp(
  String.raw`${LEAD_IN}(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:risks?|red\s+flags?|warning\s+signs?)\s+(?:on|for|with|of|to|in)\s+${THE}(.+?)\s*[?.!]*\s*$`,
  'i',
);

/** Words that make the words a deal's: a deal word, a kind of deal, a quarter or a year. */
const DEAL_WORD =
  /\b(?:deal|opp|oppty|opportunity|renewal|expansion|upsell|contract|pilot|licen[cs]es?|rollout|package|subscription|q[1-4]|20\d\d)\b/i;
/**
 * Words no single deal is ("my deals", "the pipeline", "this quarter's forecast"), or a second
 * question after the deal ("… their deal and who do i talk to there" is a briefing).
 */
const NOT_ONE_DEAL =
  /\b(?:deals|opps|opportunities|renewals|pipeline|forecast|quota|target|team|my|our|all|every|any|which|these|those|them|it|their|and|who|what|how|where|when|i|we)\b/i;

/** The words of the one deal a message asks the risks of, without the word "deal"; undefined otherwise. */
export function namedDealRiskOf(text: string): string | undefined {
  const said = (WHY_AT_RISK.exec(text) ?? WHATS_WRONG.exec(text) ?? RISKS_ON.exec(text))?.[1]?.trim();
  if (!said || !DEAL_WORD.test(said) || NOT_ONE_DEAL.test(said)) return undefined;
  const words = said
    .replace(/\b(?:deal|opp|oppty|opportunity)\b/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return words || undefined;
}
