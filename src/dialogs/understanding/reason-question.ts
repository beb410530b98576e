/** Words that only lead up to the question ("and", "so", "ok"). */
const LEAD_IN = /^(?:(?:and|so|ok|okay|then|hmm|right)\b[\s,]*)*/;

/** "what was the main reason", "the top reasons?", "what were the loss reasons", "reasons why we lost them", "tell me the main reasons i lost them". */
const REASON_ASKED =
  /^(?:(?:tell|give|show) me\s+|list\s+)?(?:(?:what|which)(?:'s|s| is| was| were| are)?\s+)?(?:the\s+)?(?:(?:main|top|biggest|most common|commonest|primary|number one|#1|key|usual|common|leading|overall)\s+)?(?:loss\s+|lost\s+|losing\s+)?reasons?(?:\s+(?:why\s+)?(?:for (?:losing (?:them|those|these|it)|the losses|that|those|them|it)|(?:we|i) lost(?: them| those| these| it)?|they were lost|behind (?:it|that|them|those)))?$/;
/** "why?", "why did we lose them", "why were they lost", "why did they fall through". */
const WHY_LOST =
  /^why(?:\s+(?:did|do|were|was|are|have|has)\s+(?:we|they|i|the team|you|those|these|them|it|that one)(?:\s+(?:lose|lost|losing|been lost|get lost|fall through|fell through))?(?:\s+(?:them|those|these|it|that one))?(?:\s+so\s+many)?)?$/;
/** "by reason?", "break them down by reason", "split it by loss reason". */
const BY_REASON =
  /^(?:(?:break|split|group)\s+(?:it|them|that|those|these)\s+(?:down\s+|up\s+)?|(?:can you\s+)?(?:show|give)\s+(?:me\s+)?(?:them|those|it)\s+)?by\s+(?:loss\s+|lost\s+)?reasons?$/;

/**
 * Whether a message asks why the deals just shown were lost, and nothing else: "what was the main
 * reason", "why did we lose them", "why?", "break them down by reason". A question naming its own
 * subject ("what's the reason for the price increase", "why is acme at 35%") is not one.
 */
export function asksForLossReasons(message: string): boolean {
  const text = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?.!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .trim();
  return REASON_ASKED.test(text) || WHY_LOST.test(text) || BY_REASON.test(text);
}

/** Cheap guard: a reason or a "why" is said at all. */
const REASON_WORD = /\b(?:reasons?|why)\b/;
/**
 * The reasons deals were lost asked as the question's subject: "lost reasons this year", "top loss
 * reasons q3", "most common reason we lose deals", "reasons why we lost deals this quarter", "why did
 * we lose deals this year", "why are we losing so many deals". Not a list of deals that shows the
 * reasons beside them ("lost deals with their reasons", "as a table with the reasons").
 */
const LOSS_REASONS_SUBJECT =
  /\b(?:loss|lost|losing)\s+reasons?\b|\breasons?\s+(?:why\s+|for\s+)?(?:(?:we|i|they|the\s+team|my\s+team|our\s+team|deals)\s+(?:(?:are|were|keep|kept|have|has|did|do)\s+)?(?:lose|lost|losing)|losing\s+(?:deals|opps|opportunities)|(?:the\s+)?(?:deal\s+)?losses)\b|\bwhy\s+(?:did|do|does|are|were|have|has)\s+(?:we|i|they|the\s+team|my\s+team|our\s+team|(?:so\s+many\s+)?deals)\s+(?:(?:been|keep|kept|still)\s+)?(?:los[et]|losing|get\s+lost)\b/;
const REASONS_BESIDE_DEALS = /\bwith\s+(?:the\s+|their\s+|its\s+)?reasons?\b/;

/** Whether a question about lost deals asks why they were lost rather than for the deals themselves. */
export function asksWhyDealsWereLost(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (!REASON_WORD.test(lower)) return false;
  return LOSS_REASONS_SUBJECT.test(lower) && !REASONS_BESIDE_DEALS.test(lower);
}
