/**
 * Words that put what follows them outside the records asked for: "deals not in negotiation", "my
 * open deals except acme", "over 100k that aren't in prospecting", "other than globex", "excluding
 * the acme ones", "without wayne", "besides initech", "everything but hooli".
 */
const NEGATION =
  /\b(?:not|except(?:\s+for)?|excepting|other\s+than|excluding|exclude|apart\s+from|aside\s+from|besides|but|without|minus|leav(?:e|ing)\s+out|ignor(?:e|ing)|no\s+longer|outside\s+of)\b|n't\b|\b(?:aren|isn|wasn|weren|don|doesn|didn|haven|hasn)t\b/g;

/**
 * What may stand between the negation and the name it negates: articles, prepositions, record nouns,
 * "the ... ones", and the other names of a list ("not at acme or wayne"), written here as `§`.
 */
const BETWEEN =
  /^(?:[\s,/&§]|'s\b|\b(?:the|a|an|in|at|of|from|for|with|on|by|to|any|anything|anyone|those|these|that|ones?|deals?|opps?|opportunit(?:y|ies)|stages?|accounts?|yet|still|currently|already|being|be|is|are|was|were|or|nor|and|either|even|also)\b)*$/;

/**
 * A name said right after another name through a preposition, no "or"/"and" between, narrows the
 * records rather than joining the list negated: "not in prospecting or qualification at globex"
 * leaves the two stages out of globex's deals ("at" follows a name), where "not at acme or at wayne"
 * leaves out both accounts ("or" comes first).
 */
const NAME_THEN_PREPOSITION = /§[\s,]*\b(?:at|for|with|from|of|by|on|in)\b[^§]*$/;

/**
 * "same but proposal", "same thing but for globex", "ditto, but negotiation": the last question again
 * with what follows "but" in its place. That "but" swaps a name in; it leaves nothing out.
 */
const SAME_BEFORE =
  /\b(?:same|ditto|likewise)(?:\s+(?:thing|list|question|query|again|here|please|one|ones))*\s*[,.;:-]?\s*$|\bthe\s+same\s*[,.;:-]?\s*$/;

/** Where a name was said in the message: its first place as typed, case aside. */
export interface SaidSpan {
  readonly start: number;
  readonly end: number;
}

/** The places of `words` in `text` as whole words (case aside), each place taken once, in the order given. */
export function spansOf(text: string, words: readonly string[]): Array<SaidSpan | undefined> {
  const lower = text.toLowerCase();
  const taken: SaidSpan[] = [];
  return words.map((word) => {
    const wanted = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not in the message at all (the usual case): no pattern to build.
    if (!wanted || !lower.includes(word.toLowerCase())) return undefined;
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${wanted}(?![\p{L}\p{N}])`, 'gu');
    for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      return span;
    }
    return undefined;
  });
}

/**
 * Which of the spans said are negated: a negation word before it with nothing between but articles,
 * prepositions, record nouns and the other names said ("not at acme or wayne": both). The rule is
 * the words' order, not a list of phrases: "acme deals not in negotiation" negates the stage only,
 * "deals not closing this month in negotiation" neither ("closing" stands between).
 */
export function negatedSpans(text: string, spans: ReadonlyArray<SaidSpan | undefined>): boolean[] {
  if (spans.every((span) => !span)) return spans.map(() => false);
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  let masked = lower;
  for (const span of spans)
    if (span)
      masked = masked.slice(0, span.start) + '§'.repeat(span.end - span.start) + masked.slice(span.end);
  const cues: number[] = [];
  NEGATION.lastIndex = 0;
  for (let match = NEGATION.exec(lower); match; match = NEGATION.exec(lower))
    if (!(match[0] === 'but' && SAME_BEFORE.test(lower.slice(0, match.index))))
      cues.push(match.index + match[0].length);
  return spans.map((span) => {
    if (!span) return false;
    const cue = cues.filter((end) => end <= span.start).at(-1);
    if (cue === undefined) return false;
    const between = masked.slice(cue, span.start);
    return BETWEEN.test(between) && !NAME_THEN_PREPOSITION.test(between);
  });
}
