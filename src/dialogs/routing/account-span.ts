/**
 * Where the account's name ends in the words a phrasing gave for it ("brief me on <acme before my
 * call>"): the words after a name that say when or why ("before my call", "ahead of the meeting on
 * friday", "tmrw", "for my 3pm") are not part of it.
 */

/** Words that start what follows a name rather than continue it ("and what are their titles" asks on). */
const TAIL_START =
  /^(?:and\s+(?:what|whats|what's|who|whom|whose|which|when|where|how|why|their|its|is|are|was|were|do|does|did|can|could|show|list|tell|give)|before|ahead|prior|for|on|at|in|by|this|next|open|won|lost|tomorrow|tmrw|tmr|tmrow|tonight|today|these\s+days|nowadays|currently|lately|recently|anymore|later|asap|please|pls|plz|when|so|because|since|after|during|re|regarding|about|meeting|call|demo|mtg|pitch|visit|qbr|presentation|chat|sync|[-–—,;:(!?.])(?![\p{L}\p{N}])/iu;

const MAX_SPAN = 160;

/** Words of an occasion before a name ("my call with", "our upcoming meeting at", "tomorrow's demo for"). */
const OCCASION_WORDS =
  /^(?:(?:my|our|the|a|an|this|that|next|upcoming|tomorrow'?s?|today'?s?|first|big|intro|kickoff|kick-off|renewal|discovery|call|calls|meeting|meetings|mtg|demo|pitch|visit|qbr|presentation|sync|chat|with|at|for|to|w\/)\s+)+$/i;

/** Where `words` starts in `text` as whole words, or -1. */
function wordIndex(text: string, words: string): number {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** A closing phrase of time or occasion, read from the end of the words. */
const TRAILING_OCCASION = new RegExp(
  String.raw`\s+(?:` +
    [
      // "before my call", "ahead of tomorrow's meeting", "prior to the demo on friday", "for my 3pm"
      String.raw`(?:before|ahead\s+of|prior\s+to|for|in\s+prep\s+for)\s+(?:my|our|the|a|an|this|that|tomorrow'?s?|today'?s?|tonight'?s?|monday'?s?|tuesday'?s?|wednesday'?s?|thursday'?s?|friday'?s?|next|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\b.*`,
      // "tmrw", "tomorrow", "this afternoon", "next week", "on friday", "at 3pm"
      String.raw`(?:tomorrow|tmrw|tmr|tmrow|today|tonight|later|asap)`,
      // "these days", "right now", "at the moment", "again": when the question holds, never a name's
      String.raw`(?:these\s+days|nowadays|(?:right\s+)?now|currently|at\s+(?:the\s+)?(?:moment|minute|present)|lately|recently|again|any\s?more|still)`,
      // "pls", "thanks", "for me": chat courtesy, never part of a name
      String.raw`(?:please|pls|plz|thanks|thank\s+you|thx|ty|cheers|for\s+me)`,
      String.raw`(?:this|next)\s+(?:morning|afternoon|evening|week|month|quarter)`,
      String.raw`(?:on|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day`,
      String.raw`at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?`,
      // "Hooli meeting", "Acme call": the occasion named after the account
      String.raw`(?:meeting|call|demo|mtg|pitch|visit|qbr|presentation|sync)`,
    ].join('|') +
    String.raw`)\s*$`,
  'i',
);

/**
 * The account words of `phrased` (the words a phrasing took for the account, up to the end of the
 * message): the longest candidate the name matcher found at its start, when what follows it starts
 * like a tail (a preposition, a time word, an occasion); without such a candidate, the words with
 * closing phrases of time and occasion taken off. Unchanged when nothing is to be cut.
 */
export function accountSpanOf(
  phrased: string,
  candidates: ReadonlyArray<{ text: string; score: number }>,
): string {
  const lower = phrased.toLowerCase();
  const whole = candidates.some((c) => c.text.toLowerCase() === lower);
  if (whole) return phrased;
  const prefixes = candidates
    .filter((c) => c.score >= 0.9 && c.text.length < lower.length && lower.startsWith(c.text.toLowerCase()))
    .map((c) => c.text.length)
    .sort((a, b) => b - a);
  for (const length of prefixes) {
    const tail = phrased.slice(length);
    // "acme's profile": the account's, whatever of it is asked.
    if (/^['’]s(?![\p{L}\p{N}])/u.test(tail)) return phrased.slice(0, length).trim();
    if (/^\s/.test(tail) || /^[,;:(!?.-]/.test(tail)) {
      if (TAIL_START.test(tail.trimStart())) return phrased.slice(0, length).trim();
    }
  }
  // "my call with globex tomorrow", "the meeting at Hooli": a name inside words of an occasion.
  const inner = candidates.find((c) => {
    if (c.score < 0.9) return false;
    const at = wordIndex(lower, c.text.toLowerCase());
    return at > 0 && OCCASION_WORDS.test(lower.slice(0, at));
  });
  if (inner) return phrased.substr(wordIndex(lower, inner.text.toLowerCase()), inner.text.length);
  return withoutClosingPhrases(phrased);
}

/**
 * Words read as a name without the closing phrases of time, courtesy and occasion after it ("stark
 * industries at the moment" → "stark industries", "acme before my call" → "acme"); unchanged when
 * nothing is to be cut, or when the words are too long to be a name.
 */
export function withoutClosingPhrases(words: string): string {
  let span = words.trim();
  // Names are short; a long capture is no name to trim (and the closing pattern stays cheap).
  if (span.length > MAX_SPAN) return words;
  for (let cut = TRAILING_OCCASION.exec(span); cut && cut.index > 0; cut = TRAILING_OCCASION.exec(span))
    span = span.slice(0, cut.index).trim();
  return span.replace(/[,;:]+$/, '').trim() || words;
}
