/**
 * Deals set against the one deal just shown ("any of my opps in negotiation bigger than that one?",
 * "anything larger than this deal", "which are worth more than it", "smaller than that one",
 * "older than that one"): how they compare, and the words that said it (taken out before the rest
 * of the question is read). Undefined when no deal just shown is pointed at.
 */
export interface ThanShownDeal {
  than: 'bigger' | 'smaller' | 'older' | 'newer';
  words: string;
}

const COMPARED =
  /\b(bigger|larger|greater|higher|more valuable|worth more|more|smaller|lower|cheaper|less valuable|worth less|less|older|newer|younger|more recent|earlier|later)\s+(?:in\s+(?:value|amount|size)\s+)?(?:than|then)\s+(?:(?:that|this|it)(?:\s+(?:one|deal|opp|opportunity))?|the\s+(?:(?:last|previous|same|(?!average|typical|median|mean|usual|biggest|largest|smallest|avg)[a-z]+)\s+)?(?:one|deal|opp|opportunity))\b(?!\s+(?:of|at|for|in)\b)/;

/** How deals compare with the one pointed at, from the word said. */
function thanOf(word: string): ThanShownDeal['than'] {
  if (/^(?:older|earlier)$/.test(word)) return 'older';
  if (/^(?:newer|younger|more recent|later)$/.test(word)) return 'newer';
  if (/^(?:smaller|lower|cheaper|less valuable|worth less|less)$/.test(word)) return 'smaller';
  return 'bigger';
}

export function thanShownDealOf(message: string): ThanShownDeal | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  const match = COMPARED.exec(text);
  if (!match) return undefined;
  return { than: thanOf(match[1]!), words: match[0] };
}
