/**
 * A correction of the last question ("no, I meant initech", "sorry - last quarter, not this one",
 * "wait, just the open deals", "not globex, initech"): the person re-asks what they asked with
 * another account, period or filter. Read as the follow-up it stands for ("what about initech",
 * "what about last quarter", "just the open deals"), which the conversation's follow-up readers
 * apply to the last answer.
 */
import type { MessageEntities } from '../understanding/entities/extract-entities';
import { correctedQuestion } from '../understanding/corrected-question';

/**
 * Words that start a correction: "no", "sorry", "wait", "actually", "oops", "my bad", "correction",
 * "wrong one", "scratch that", "my mistake".
 */
const LEAD_IN =
  /^(?:(?:no+|nope|nah|sorry|soz|oops|whoops|wait|hang on|hold on|actually|correction|my bad|my mistake|scratch that|i mean|wrong(?:\s+(?:one|account|company|customer|deal|period|month|quarter|week|year|person|name))?)\b[\s,.:;!–—-]*)+/i;
/**
 * "i meant", "meant", "i mean", "i was asking about", "i said", "make that", "change that to": what
 * the person meant instead.
 */
const MEANT =
  /^(?:(?:i\s+)?(?:meant|mean|said|was\s+asking\s+(?:about|for))\b(?:\s+to\s+say)?|(?:make|change|switch)\s+(?:that|this)(?:\s+to)?\b|should\s+(?:have\s+)?be(?:en)?\b)[\s,:]*/i;
/** What a correction word alone may be followed by without being a correction: a reply or a question of its own. */
const NO_CORRECTION =
  /^(?:thanks?|thank you|worries|problem|idea|yes|yeah|yep|no|ok|okay|cancel|stop|never ?mind|nothing|forget it|that(?:'s|s| is| was)|it|fine|all good|help|typo|my fault|sure|please|what|whats|what's|how|who|whos|who's|when|where|why|which|can|could|would|will|is|are|do|does|did|show|list|give|tell|i|i'm|im|let|lets|let's)\b/i;
/** Most words of what a correction word alone is followed by ("no wait, globex", "no, this quarter"). */
const MAX_BARE_CORRECTION_WORDS = 4;
/** ", not this one", "not this quarter", "- not acme": the part taken back, at the end. */
const NOT_TAIL = /[\s,;–—-]+(?:and\s+|but\s+)?not\s+(?:the\s+|this\s+|that\s+)?[\w\s'&.-]*$/i;
/** The same set apart by a comma or a dash ("initech, not globex"), which needs no correction word before it. */
const SET_APART_NOT = /\s*[,;–—-]\s*(?:and\s+|but\s+)?not\s+[\w\s'&.-]*$/i;
/** Most words of a correction said with no correction word ("initech, not globex"). */
const MAX_BARE_WORDS = 3;
/** "not globex, initech", "not globex but initech": the part taken back, first. */
const NOT_FIRST = /^not\s+[\w\s'&.-]+?(?:,|\s+but)\s+/i;
/** A correction that only narrows or widens: "just the open deals", "only mine", "and for olivia". */
const FOLLOW_UP_START = /^(?:just|only|what about|how about|and)\b/i;
/** Longest correction read (words): a longer message is a question of its own. */
const MAX_WORDS = 8;

/**
 * The follow-up a correction stands for, or undefined when the message corrects nothing: it starts
 * with a correction word or takes something back ("not this one"), and says what was meant instead
 * ("i meant …", a filter, a short name or period). "no thanks", "sorry, what can you do?" and a
 * whole question after "actually" are no corrections.
 */
export function correctionOf(message: string): string | undefined {
  const text = message.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const lead = LEAD_IN.exec(text)?.[0] ?? '';
  let rest = text.slice(lead.length);
  const meant = MEANT.exec(rest);
  if (meant) rest = rest.slice(meant[0].length);
  const notFirst = NOT_FIRST.exec(rest);
  if (notFirst) rest = rest.slice(notFirst[0].length);
  // Without a correction word, only a part set apart ("initech, not globex") is taken back:
  // "deals not closing this month" is a question of its own.
  const tail = (lead || meant ? NOT_TAIL : SET_APART_NOT).exec(rest);
  if (tail && tail.index > 0) rest = rest.slice(0, tail.index);
  if (!lead && !meant && !notFirst && rest.split(' ').length > MAX_BARE_WORDS) return undefined;
  rest = rest.replace(/[\s?.!,]+$/, '').trim();
  const marked = Boolean(meant || notFirst || tail);
  // A correction word alone before a filter ("wait, just the open deals"), or a marker of what was meant.
  if (!rest || (!marked && !(lead && FOLLOW_UP_START.test(rest)))) return undefined;
  if (!marked && !lead) return undefined;
  if (rest.split(' ').length > MAX_WORDS || /^(?:thanks?|thank you|worries|problem|idea)\b/i.test(rest))
    return undefined;
  return FOLLOW_UP_START.test(rest) ? rest : `what about ${rest}`;
}

/**
 * What a correction word alone is followed by ("no wait, globex", "oops, wrong one - initech",
 * "no, this quarter"): a few words that are no reply and no question of their own, which may name
 * another account, period or person (the caller checks that they do). Undefined for a message
 * `correctionOf` reads, and for "no thanks", "sorry, what can you do?", "oops, typo".
 */
export function bareCorrectionOf(message: string): string | undefined {
  if (correctionOf(message)) return undefined;
  const text = message.trim().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const lead = LEAD_IN.exec(text)?.[0] ?? '';
  if (!lead) return undefined;
  const rest = text
    .slice(lead.length)
    .replace(/[\s?.!,]+$/, '')
    .trim();
  if (!rest || NO_CORRECTION.test(rest) || rest.split(' ').length > MAX_BARE_CORRECTION_WORDS)
    return undefined;
  return rest;
}

/** "and for sam?", "what about sam", "how about for olivia": the last question for someone else. */
const FOR_SOMEONE_ELSE = /^(?:and|what|how)\s+(?:about\s+)?(?:for\s+)?(.+?)[\s?.!]*$/i;

/** Reads a message (the turn's understander): its intent and entities. */
type MessageReader = (text: string) => Promise<{ intent: string; entities?: MessageEntities }>;

/**
 * The last question with the one part changed, when it still reads as the same kind of question
 * ("how's globex looking" with initech read as a forecast is not the question asked again).
 */
async function askedAgain(
  last: string | undefined,
  meant: string,
  now: MessageEntities | undefined,
  read: MessageReader,
  shownAccount: string | undefined,
): Promise<string | undefined> {
  if (!last) return undefined;
  const before = await read(last);
  const again = correctedQuestion(
    { text: last, entities: before.entities },
    { text: meant, entities: now },
    shownAccount,
  );
  return again && (await read(again)).intent === before.intent ? again : undefined;
}

/**
 * The question to answer for a correction of the last question or a follow-up naming someone else:
 * the last question asked again with the one part changed ("open deals for wayne" → "no wait,
 * globex" → "open deals for globex"), else the follow-up the correction stands for ("what about
 * globex") when it names an account, period or person. Undefined when the message is neither, or
 * `last` (the last question, when there is one) has no such part and the message names nothing.
 * `shownAccount`: the id of the account the last answer was about (only that account is changed).
 */
export async function correctedQuestionOf(
  said: string,
  last: string | undefined,
  read: MessageReader,
  shownAccount?: string,
): Promise<string | undefined> {
  const marked = correctionOf(said);
  const bare = marked ? undefined : bareCorrectionOf(said);
  const meant = marked ? marked.replace(/^what about\s+/i, '') : bare;
  if (meant) {
    const now = (await read(meant)).entities;
    const again = await askedAgain(last, meant, now, read, shownAccount);
    if (again || marked) return again ?? marked;
    const names =
      (now?.accounts[0]?.score ?? 0) >= 0.8 ||
      Boolean(now?.periods.length) ||
      Boolean(now?.people.some((person) => person.kind === 'rep'));
    return names ? `what about ${meant}` : undefined;
  }
  const someone = FOR_SOMEONE_ELSE.exec(said.trim())?.[1];
  if (!last || !someone || someone.split(' ').length > MAX_BARE_CORRECTION_WORDS) return undefined;
  const now = (await read(someone)).entities;
  if (!now?.people.some((person) => person.kind === 'rep') || now.accounts.length || now.periods.length)
    return undefined;
  return askedAgain(last, someone, now, read, shownAccount);
}
