import type { NameCandidate } from '../understanding/entities/name-matcher';
import type { Understander, Understanding, UnderstandingContext } from './understanding';

/**
 * Two accounts or two deals set side by side in one message ("acme vs globex open pipeline", "who has
 * the better win rate this year, acme or umbrella?", "compare hooli and wayne - how much did we win
 * from each this year", "biggest open deal at acme vs biggest open deal at hooli", "the acme analytics
 * suite deal or the globex renewal - which is more likely to close?"): the same question asked once
 * for each side, so each is answered as if asked alone (under the caller's own visibility) and the
 * answers are shown one after the other. "same for globex" over two turns is the list follow-ups'.
 */
export interface ComparedSides {
  /** The question for each side, in the order the message named them. */
  texts: [string, string];
  /** What the message calls each side (an account's name, or the deal's words as said). */
  names: [string, string];
  /** True when the sides are accounts (by their names), not deals. */
  accounts: boolean;
}

/** Words that set two names against each other when said between them. */
const CONNECTOR = String.raw`(?:vs\.?|versus|v\.?|or|and|compared\s+(?:to|with)|against)`;
/** The two names next to each other: "acme vs globex", "hooli and wayne", "acme, or umbrella". */
const NEXT_TO = new RegExp(String.raw`^\s*,?\s*${CONNECTOR}\s*$`);
/** The same words said again before the second name: " vs biggest open deal at ", ", and at ". */
const SAID_AGAIN = new RegExp(String.raw`^\s*,?\s*${CONNECTOR}\s+(.+?)\s*$`);
/** After a deal's words, the connector and maybe "the": " analytics suite q1 2027 deal or the ". */
const DEAL_WORDS_THEN = new RegExp(String.raw`^([a-z0-9 '&./-]*?)\s*,?\s+${CONNECTOR}\s+(?:the\s+)?$`);
/** Where the second deal's words end: a comma, colon, dash, question mark or a question word. */
const DEAL_END = /\s*(?:[?,:;!]|\s-\s|\s–\s|\s—\s|$)|\s+(?=(?:which|who|what|how|is|are|does|do)\b)/;
/** Legal forms and a possessive said after an account's name ("acme corp", "globex's"). */
const NAME_TAIL =
  /^(?:'s|\s+(?:inc|corp|corporation|co|ltd|llc|plc|gmbh|group|industries|enterprises)\b\.?)*/;
/** The words that point at each side in the rest of the question ("from each", "they each", "each one", "both"). */
const EACH =
  /\b(?:(?:they|them|those|these|the two)\s+each|each\s+of\s+(?:them|those|these|the\s+two)|each(?:\s+one)?|both(?:\s+of\s+them)?|either(?:\s+one)?)\b/;
/** "compare", "which of these two", "side by side": words that ask to compare, left out of each side's question. */
const COMPARE_WORDS =
  /\b(?:compare|side\s+by\s+side|head\s+to\s+head)\b|\bwhich\s+of\s+(?:these|those|the)\s+(?:two|2)\s+(?:is|has)\b/g;
/** A wording that asks which side is ahead, and the neutral question it stands for on each side. */
const WHICH_IS_AHEAD: ReadonlyArray<[RegExp, string]> = [
  [/\bwhich(?:\s+one)?(?:'s|\s+is)?\s+worth\s+more\b|\bworth\s+more\b/, "what's {} worth"],
  [
    /\b(?:which(?:\s+one)?(?:'s|\s+is)?|who(?:'s|\s+is)?)\s+(?:more\s+likely|likelier)\s+to\s+(?:close|win|land)\b|\bmore\s+likely\s+to\s+(?:close|win|land)\b/,
    'win chance of {}',
  ],
  [/\bwhich(?:\s+one)?(?:'s|\s+is)\s+(?:bigger|larger|better|higher|more|greater)\b,?/, ''],
  [
    /\b(?:who|which(?:\s+one)?)\s+(?:has|have|had|got|'s)\s+(?:the\s+)?(?:better|higher|bigger|larger|best|highest|biggest|more|most)\b/,
    '',
  ],
];

interface Occurrence {
  start: number;
  end: number;
  /** How many letters of the account's own words matched (the legal form after them not counted). */
  said: number;
  account: NameCandidate;
}

/** Where the message names accounts: every place an account's words stand, with a legal form after them. */
function occurrencesIn(text: string, accounts: readonly NameCandidate[]): Occurrence[] {
  const found: Occurrence[] = [];
  const best = new Map<string, NameCandidate>();
  for (const account of accounts) {
    const words = account.text.toLowerCase();
    const held = best.get(words);
    if (account.score >= 0.85 && (!held || account.score > held.score)) best.set(words, account);
  }
  for (const [words, account] of best) {
    const pattern = new RegExp(String.raw`\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g');
    for (const match of text.matchAll(pattern)) {
      const tail = NAME_TAIL.exec(text.slice(match.index + words.length))?.[0] ?? '';
      found.push({
        start: match.index,
        end: match.index + words.length + tail.length,
        said: words.length,
        account,
      });
    }
  }
  // The longest reading of words read twice ("acme logistics" over "acme" with "logistics" after it).
  found.sort((a, b) => a.start - b.start || b.said - a.said || b.end - a.end);
  return found.filter((o, i) => !found.slice(0, i).some((p) => p.start <= o.start && p.end > o.start));
}

/** The question with one side's name in place of the pair, pointed at by "each" when the question says it. */
function questionFor(frame: string, name: string): string {
  let text = frame;
  for (const [pattern, neutral] of WHICH_IS_AHEAD) {
    if (!pattern.test(text)) continue;
    if (neutral) return neutral.replace('{}', name);
    text = text.replace(pattern, ' ');
  }
  text = text.replace(COMPARE_WORDS, ' ');
  if (EACH.test(text)) text = text.replace('{}', ' ').replace(EACH, name);
  else text = text.replace('{}', name);
  return text
    .replace(/^[\s,:;–—-]+/, '')
    .replace(/\s+([?,:;!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The two sides as the message says them, or undefined when it does not set two names against each other. */
export function sidesOf(message: string, accounts: readonly NameCandidate[]): ComparedSides | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const names = occurrencesIn(text, accounts);
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i]!, names[i + 1]!];
    const between = text.slice(a.end, b.start);
    const before = text.slice(0, a.start);
    const after = text.slice(b.end);
    // "acme vs globex open pipeline": the rest of the message is the question.
    if (NEXT_TO.test(between) && a.account.id !== b.account.id) {
      const frame = `${before}{}${after}`;
      return sides(frame, a.account.name, b.account.name, true);
    }
    // "biggest open deal at acme vs biggest open deal at hooli", "champion at acme, and at hooli".
    const again = SAID_AGAIN.exec(between);
    if (again && before.trimEnd().endsWith(again[1]!) && a.account.id !== b.account.id) {
      return sides(`${before}{}${after}`, a.account.name, b.account.name, true);
    }
    // Two deals: "the acme analytics suite deal or the globex renewal q1 2027 - which is worth more".
    const dealWords = DEAL_WORDS_THEN.exec(between);
    if (dealWords && /[a-z0-9]/.test(dealWords[1]!)) {
      const from = /\bthe\s+$/.test(before) ? before.length - before.match(/\bthe\s+$/)![0].length : a.start;
      const end = DEAL_END.exec(after);
      const to = b.end + (end ? end.index : after.length);
      const sayFirst = `the ${text.slice(a.start, a.end + dealWords[1]!.length).trim()}`;
      const saySecond = `the ${text.slice(b.start, to).trim()}`;
      if (sayFirst === saySecond) return undefined;
      return sides(`${text.slice(0, from)}{}${text.slice(to)}`, sayFirst, saySecond, false);
    }
  }
  return undefined;
}

function sides(frame: string, first: string, second: string, accounts: boolean): ComparedSides {
  return { texts: [questionFor(frame, first), questionFor(frame, second)], names: [first, second], accounts };
}

/** Readings a side may have: a question answered at once from the CRM (no write, dialog or documentation). */
const ANSWERED_FROM_THE_CRM = new Set([
  'record_query',
  'pipeline_summary',
  'customer_view',
  'lead_score',
  'at_risk_deals',
  'forecast',
  'case_list',
  'churn_account',
  'account_segment',
  'recommendations',
]);

/**
 * A comparison is a short question; each connector in it costs two more readings, so a long message or
 * one full of "and"s (a pasted list, hostile input) is read as it is, not split.
 */
const LONGEST_COMPARISON = 300;
const MOST_CONNECTORS = 3;

/**
 * The two sides of a message that sets two accounts or deals against each other, each a question the
 * bot reads surely on its own; undefined when the message does not, or a side would not be answered
 * (the whole message is then read as it was).
 */
export async function comparedSidesIn(
  text: string,
  whole: Understanding,
  understander: Pick<Understander, 'understand'>,
  context: UnderstandingContext,
): Promise<ComparedSides | undefined> {
  const accounts = [...(whole.entities?.accounts ?? [])];
  if (accounts.length === 0 || text.length > LONGEST_COMPARISON) return undefined;
  // A name the whole message's reading dropped for a longer one like it ("acme corp vs acme
  // logistics" reads Acme Logistics alone): the words on each side of the connector read apart.
  const connectors = [...text.matchAll(new RegExp(String.raw`\s${CONNECTOR}\s`, 'gi'))];
  if (connectors.length > MOST_CONNECTORS) return undefined;
  for (const match of connectors) {
    for (const part of [text.slice(0, match.index), text.slice(match.index + match[0].length)]) {
      if (part.trim())
        accounts.push(...((await understander.understand(part, context)).entities?.accounts ?? []));
    }
  }
  const found = sidesOf(text, accounts);
  if (!found) return undefined;
  const texts = [...found.texts] as [string, string];
  for (const [i, side] of texts.entries()) {
    const reading = await understander.understand(side, context);
    // An account's deals ("acme open pipeline") is a briefing, a dialog of its own: side by side, the
    // same deals as a record question, whose answer counts and adds them up.
    if (reading.intent === 'deal_lookup' && reading.confidence >= 0.85 && found.accounts) {
      texts[i] = `how many open deals at ${found.names[i]}`;
      continue;
    }
    if (!ANSWERED_FROM_THE_CRM.has(reading.intent) || reading.confidence < 0.85) return undefined;
  }
  return { ...found, texts };
}
