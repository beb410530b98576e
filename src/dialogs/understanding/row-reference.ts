/**
 * A row of the last answer's list, as a message points at it: by position ("the second one", "the
 * last deal", "number 3", "who's last?") or next to the row picked before ("the one after that",
 * "the next one", "the previous one").
 */
export type RowReference = { index: number } | { step: 1 | -1 };

/**
 * A message that points at one row of the last list: which row, and what it asks of that row, said
 * with "it" in place of the row ("who owns the first one?" asks "who owns it?"); no question when
 * the message only points ("the second one", "and the one after that?").
 */
export interface RowQuestion {
  row: RowReference;
  question?: string;
}

/** Ordinal words and numbers that pick a row, from 0 (-1: the last). */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  top: 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
  '5th': 4,
  sixth: 5,
  '6th': 5,
  seventh: 6,
  '7th': 6,
  eighth: 7,
  '8th': 7,
  ninth: 8,
  '9th': 8,
  tenth: 9,
  '10th': 9,
  last: -1,
  bottom: -1,
};

const ORDINAL = Object.keys(ORDINAL_WORDS).join('|');
/** Nouns a row is called by ("the second deal", "the third rep"). */
const ROW_NOUN = String.raw`(?:one|deal|opp|opportunity|account|task|row|item|entry|rep|person|contact|lead|case|ticket|name|guy|on (?:the|that|this) list)`;

/**
 * The row a message points at, with the span that says it. An ordinal needs "the" before it (or
 * starts the message) and a row noun or the end of the message after it, so "the first quarter", "the second week of january"
 * or "which one closes first" point at no row; "number 3", "#3" and "no. 3" always do.
 */
const ROW_PATTERNS: Array<[RegExp, (match: RegExpExecArray) => RowReference | undefined]> = [
  // "the one after that", "the deal right after it", "and after that?", "what's next after that".
  [
    new RegExp(
      String.raw`\b(?:(?:the\s+)?(?:one|deal|opp|rep|person)\s+(?:right\s+|just\s+)?|what'?s\s+)?(after|before)\s+(?:that|it|this)(?:\s+one)?\b`,
    ),
    (m) => ({ step: m[1] === 'after' ? 1 : -1 }),
  ],
  // "the next one", "the previous deal", "next one?" (not "the next one to close": the soonest deal).
  [
    new RegExp(
      String.raw`\b(?:the\s+)?(next|previous|prior)\s+(?:one|deal|opp|rep|person)\b(?!\s+(?:to\s+close|closing|that\s+closes?|due))`,
    ),
    (m) => ({ step: m[1] === 'next' ? 1 : -1 }),
  ],
  // "the one at the bottom", "the one on top".
  [/\bthe\s+one\s+(?:at\s+the|on)\s+(top|bottom)\b/, (m) => ({ index: m[1] === 'top' ? 0 : -1 })],
  // "the second one", "the last deal", "the 3rd", "the bottom one".
  [
    new RegExp(String.raw`(?:^|\bthe\s+)(${ORDINAL})(?:\s+${ROW_NOUN}\b|(?=\s*[?.!]*$))`),
    (m) => ({ index: ORDINAL_WORDS[m[1]!]! }),
  ],
  // "number 3", "#2", "no. 4".
  [
    /(?:\bnumber|\bno\.?|#)\s*(\d{1,2})\b/,
    (m) => (Number(m[1]) >= 1 ? { index: Number(m[1]) - 1 } : undefined),
  ],
];

/** A ranking's ends said as a person's standing ("who's lowest", "who was highest"): its last or first row. */
const STANDING_WORDS: Readonly<Record<string, number>> = { ...ORDINAL_WORDS, highest: 0, lowest: -1 };

/** "who's last?", "who came second", "who is in third place", "and who's lowest": a person by rank. */
const WHO_AT = new RegExp(
  String.raw`^(?:(?:and|ok|okay|so|then|now)[\s,]+)*who(?:'s|s|\s+is|\s+was|\s+came|\s+comes|\s+finished|\s+ended\s+up)\s+(?:in\s+|at\s+(?:the\s+)?)?(?:the\s+)?(${ORDINAL}|highest|lowest)(?:\s+(?:place|one|on (?:the|that|this) list))?\s*[?.!]*$`,
);

/** Words that start a follow-up ("and", "ok", "so"). */
const LEAD_IN = /^(?:(?:and|ok|okay|so|then|now|also)\b[\s,]*)*/;
/** Words that only point at the row ("what about", "tell me more about", "show me", "what's"). */
const POINTING =
  /^(?:(?:what about|how about|tell me(?: more)? about|more (?:on|about)|details (?:on|of|for|about)|show me|give me|open|pull up|what'?s|what is|which is)\b[\s,]*)*/;

/**
 * Reads a message as pointing at one row of the list just shown, and what it asks of that row:
 * "the second one" and "and the one after that?" only point; "who owns the first one?" asks "who
 * owns it?", "when does the last deal close" asks "when does it close". Undefined when the message
 * points at no row.
 */
export function rowQuestionOf(message: string): RowQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');
  const who = WHO_AT.exec(text);
  if (who) return { row: { index: STANDING_WORDS[who[1]!]! } };
  for (const [pattern, rowOf] of ROW_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const row = rowOf(match);
    if (!row) return undefined;
    const before = text.slice(0, match.index).trim();
    const after = text.slice(match.index + match[0].length).trim();
    if (!before.replace(POINTING, '') && /^[?.!]*$/.test(after)) return { row };
    const question = `${before} it ${after}`.replace(/\s+/g, ' ').trim();
    return { row, question };
  }
  return undefined;
}

/** Words that say which row by rank or kind, not by its name ("the next one", "the biggest deal"). */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:${ORDINAL}|next|previous|prior|biggest|largest|smallest|highest|lowest|other|same|new|big|small|latest|oldest|earliest|soonest|cheapest|right|only|that|this|which|each|every|any|one|ones|my|your|our|their|his|her|its|open|won|lost|closed|whole|entire|\d+)$`,
);
/** "the data integration one", "that analytics suite deal", "the renewal opp": a row named by words of its title. */
const NAMED_ROW =
  /\b(?:the|that|this)\s+((?:[a-z0-9&'-]+\s+){0,3}?[a-z0-9&'-]+)\s+(?:one|deal|opp)\b(?!\s+(?:to|that|which|closing))/;

/**
 * A row of the last list named by words of its title ("who is owner of the data integration one",
 * "the analytics suite deal?"): those words, and what the message asks of that row said with "it"
 * ("who is owner of it"); no question when it only names the row. Undefined when the words say a
 * rank or kind ("the next one", "the biggest deal") rather than a name.
 */
export function namedRowOf(message: string): { words: string; question?: string } | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');
  const match = NAMED_ROW.exec(text);
  if (!match) return undefined;
  const words = match[1]!.split(' ');
  if (words.some((word) => NOT_A_NAME.test(word))) return undefined;
  const before = text.slice(0, match.index).trim();
  const after = text.slice(match.index + match[0].length).trim();
  if (!before.replace(POINTING, '') && /^[?.!]*$/.test(after)) return { words: match[1]! };
  return { words: match[1]!, question: `${before} it ${after}`.replace(/\s+/g, ' ').trim() };
}
