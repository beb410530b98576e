/**
 * A follow-up that asks the other outcome of the deals just shown over the same period ("and which
 * ones did we lose?" after the wins since 20 november, "did we lose anything there?" after what
 * happened on Globex, "what about the ones we won", "any losses?"): `lost` or `won`. Undefined for
 * anything more: a reason ("which ones did we lose on price" narrows lost deals), a period or an
 * account of its own, or another question ("did we lose the acme deal?").
 */
export function otherOutcomeOf(message: string): 'won' | 'lost' | undefined {
  const text = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Words around the question that change nothing: "and", "ok so", "what about", "also", "then".
    .replace(/^(?:(?:and|ok|okay|so|also|but|then|right|hmm|cool|thanks|great|now)\s+)*/, '')
    .replace(
      /\s+(?:then|too|as well|there|in that time|in that period|over that period|during that time|in the same period|meanwhile)$/g,
      '',
    )
    .replace(/\s+(?:then|too|as well|there)$/g, '')
    .trim();
  for (const [pattern, outcome] of OUTCOMES) {
    const match = pattern.exec(text);
    if (match) return outcome(match);
  }
  return undefined;
}

/**
 * The figure a follow-up for the other outcome asks: "how much did i lose" the total, "how many did
 * we lose" the count; undefined for the list ("which ones did we lose").
 */
export function otherOutcomeFigureOf(message: string): 'sum' | 'count' | undefined {
  const asks =
    /^\W*(?:(?:and|ok|okay|so|also|but|then)\s+)*(?:what about\s+|how about\s+)?how\s+(much|many)\b/i.exec(
      message,
    );
  if (!asks || !otherOutcomeOf(message)) return undefined;
  return asks[1]!.toLowerCase() === 'much' ? 'sum' : 'count';
}

const WE = '(?:we|i|you|they|the team|my team)';
const LOSE = '(?:lose|lost|loose|loosing|losing|drop|dropped)';
const WIN = '(?:win|won|close|closed|land|landed|sign|signed|book|booked)';
const DEAL = '(?:ones?|deals?|opps?|opportunities|of them|of those|of these)';

/** Which verb was said: any form of losing is `lost`, else `won`. */
const outcomeOfVerb = (match: RegExpExecArray): 'won' | 'lost' =>
  new RegExp(`\\b${LOSE}\\b|\\bloss(?:es)?\\b`).test(match[0]) ? 'lost' : 'won';

const OUTCOMES: Array<[RegExp, (match: RegExpExecArray) => 'won' | 'lost']> = [
  // "which ones did we lose", "what did we win", "which deals have we lost", "what did i lose"
  [
    new RegExp(
      `^(?:what about |how about )?(?:which|what)(?: ${DEAL})? (?:did|have|has) ${WE} (?:${LOSE}|${WIN})(?: any(?:thing)?)?$`,
    ),
    outcomeOfVerb,
  ],
  // "how much did i lose", "how many have we lost", "how much did we win" (after the other outcome's figure)
  [
    new RegExp(
      `^(?:what about |how about )?how (?:much|many)(?: ${DEAL})? (?:did|have|has) ${WE} (?:${LOSE}|${WIN})(?: in total| overall)?$`,
    ),
    outcomeOfVerb,
  ],
  // "how much was lost", "how many were won"
  [
    new RegExp(`^how (?:much|many)(?: ${DEAL})? (?:was|were|got|has been|have been) (?:lost|won)$`),
    (match) => (/\blost\b/.test(match[0]) ? 'lost' : 'won'),
  ],
  // "did we lose anything", "did we lose any", "have we lost any deals", "did we win any of them"
  [
    new RegExp(
      `^(?:did|have|has) ${WE} (?:${LOSE}|${WIN}) (?:any(?:thing)?|some(?:thing)?)(?: ${DEAL}| deals?)?$`,
    ),
    outcomeOfVerb,
  ],
  // "what about the lost ones", "the won deals", "and lost?", "lost ones"
  [
    new RegExp(
      `^(?:what about |how about |show me |and )?(?:the )?(?:lost|won|closed lost|closed won)(?: ${DEAL})?$`,
    ),
    (match) => (/\blost\b/.test(match[0]) ? 'lost' : 'won'),
  ],
  // "what about the ones we lost", "the ones we won", "the deals i lost"
  [
    new RegExp(`^(?:what about |how about |show me |and )?(?:the )?${DEAL} ${WE} (?:${LOSE}|${WIN})$`),
    outcomeOfVerb,
  ],
  // "any losses", "and the losses", "what about losses", "any wins"
  [
    /^(?:what about |how about |and )?(?:any |the |our |my )?(?:losses|wins)$/,
    (match) => (/loss/.test(match[0]) ? 'lost' : 'won'),
  ],
  // "anything lost", "anything we lost", "what was lost", "which ones were lost", "what got lost"
  [
    new RegExp(
      `^(?:anything|what|which(?: ${DEAL})?)(?: ${WE})? (?:(?:was|were|got|have been|has been) )?(?:lost|won)$`,
    ),
    (match) => (/\blost\b/.test(match[0]) ? 'lost' : 'won'),
  ],
];
