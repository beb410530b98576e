import { POLITE } from './task-words';

/**
 * Changing a deal's terms in everyday words: "change the amount on the bennett medical renewal to
 * 30k", "set the value of the acme expansion to $45,000", "bump the globex deal's amount to 50k",
 * "push the close date of Initech - Multi-year renewal Q1 2027 to 15 feb", "move the acme renewal
 * close date out to end of march", "slip the hooli deal to next month". The field is named ("amount",
 * "value", "close date"), or the verb says it ("slip", "push out" a deal: its close date). Tasks keep
 * their own words ("push my acme task to monday" is a task's due day), stages theirs ("move the acme
 * deal to negotiation"), and questions stay questions ("what's the amount on the acme deal").
 */

/** Which term of a deal a request changes. */
export type DealTerm = 'amount' | 'closeDate';

/** A change of a deal's term as asked. */
export interface DealTermChange {
  term: DealTerm;
  /** The words that name the deal ("the bennett medical multi-year renewal"). */
  dealWords: string;
  /** The words of the new value ("30k", "15 feb"). */
  valueWords: string;
}

/** Longest message read as a change of a deal's terms (a longer one is a note or several requests). */
const MAX_LENGTH = 300;
const VERB = String.raw`(?:change|update|set|make|move|push(?:\s+(?:out|back))?|pull(?:\s+in)?|bump(?:\s+up)?|slip|shift|adjust|revise|edit|correct|fix|lower|raise|increase|decrease|reduce|drop|up|cut)`;
const AMOUNT = String.raw`(?:amount|value|deal\s+(?:size|value|amount)|size|price|figure)`;
const CLOSE = String.raw`(?:(?:expected\s+|target\s+|estimated\s+)?clos(?:e|ing)(?:\s+date|\s+day)?|close-?date)`;
const END = String.raw`\s*[.!]*(?:[\s,]+(?:thanks|thank\s+you|thx|ty|pls|please))?[.!]*\s*$`;
/** The words of a deal: never a task's, a case's or a lead's. */
const NOT_A_DEAL = /\b(?:tasks?|to-?dos?|reminders?|cases?|tickets?|leads?|digests?|meetings?|calls?)\b/i;
/** A deal named without a field ("slip the hooli deal to next month") must say it is a deal. */
const DEAL_NOUN = /\b(?:deal|opp|opportunity|renewal|expansion|upsell)\b/i;
const STAGE_WORDS =
  /\b(?:prospecting|qualification|qualified|proposal|negotiation|closed?[\s_-]*(?:won|lost)|won|lost)\b/i;

interface Pattern {
  term?: DealTerm;
  pattern: RegExp;
}

const FIELD = String.raw`(?:(?<amount>${AMOUNT})|(?<close>${CLOSE}))`;
const PATTERNS: readonly Pattern[] = [
  // "change the amount on the bennett medical renewal to 30k", "push the close date of X to 15 feb"
  {
    pattern: new RegExp(
      String.raw`^\s*${POLITE}${VERB}\s+(?:the\s+)?${FIELD}\s+(?:on|of|for|in)\s+(?<deal>.+?)\s+(?:out\s+|back\s+|up\s+|down\s+)?(?:to|till|until|->|=)\s+(?<value>[^?]+?)${END}`,
      'i',
    ),
  },
  // "push the acme renewal's close date to friday", "change globex expansion amount to 45k"
  {
    pattern: new RegExp(
      String.raw`^\s*${POLITE}${VERB}\s+(?<deal>.+?)(?:'s|’s)?\s+${FIELD}\s+(?:out\s+|back\s+|up\s+|down\s+)?(?:to|till|until|->|=)\s+(?<value>[^?]+?)${END}`,
      'i',
    ),
  },
  // "the amount on the acme expansion should be 45k", "close date for the hooli deal is now 3 march"
  {
    pattern: new RegExp(
      String.raw`^\s*(?:the\s+)?${FIELD}\s+(?:on|of|for)\s+(?<deal>.+?)\s+(?:should\s+be|is\s+now|needs\s+to\s+be|must\s+be|becomes)\s+(?<value>[^?]+?)${END}`,
      'i',
    ),
  },
  // "slip the hooli deal to next month", "push the acme renewal out to march"
  {
    term: 'closeDate',
    pattern: new RegExp(
      String.raw`^\s*${POLITE}(?:slip|push(?:\s+out|\s+back)?|pull\s+in|delay|postpone)\s+(?<deal>.+?)\s+(?:out\s+|back\s+|in\s+)?(?:to|till|until)\s+(?<value>[^?]+?)${END}`,
      'i',
    ),
  },
];

/** The change of a deal's amount or close date a message asks for, or undefined. */
export function dealTermChangeOf(text: string): DealTermChange | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const message = text.replace(/[’‘]/g, "'");
  for (const { term, pattern } of PATTERNS) {
    const groups = pattern.exec(message)?.groups;
    if (!groups) continue;
    const dealWords = groups.deal!.trim();
    const valueWords = groups.value!.trim();
    if (!dealWords || !valueWords || NOT_A_DEAL.test(dealWords)) continue;
    const said: DealTerm | undefined = groups.amount ? 'amount' : groups.close ? 'closeDate' : term;
    if (!said) continue;
    // "slip the acme deal to proposal" is no day; a named field's value is read by the dialog.
    if (!groups.amount && !groups.close && (!DEAL_NOUN.test(dealWords) || STAGE_WORDS.test(valueWords)))
      continue;
    return { term: said, dealWords, valueWords };
  }
  return undefined;
}
