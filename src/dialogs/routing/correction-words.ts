/**
 * A correction of the last question ("no, I meant initech", "sorry - last quarter, not this one",
 * "wait, just the open deals", "not globex, initech"): the person re-asks what they asked with
 * another account, period or filter. Read as the follow-up it stands for ("what about initech",
 * "what about last quarter", "just the open deals"), which the conversation's follow-up readers
 * apply to the last answer.
 */

/** Words that start a correction: "no", "sorry", "wait", "actually", "oops", "my bad", "correction". */
const LEAD_IN =
  /^(?:(?:no+|nope|nah|sorry|soz|oops|whoops|wait|hang on|hold on|actually|correction|my bad|i mean)\b[\s,.:;!–—-]*)+/i;
/** "i meant", "meant", "i mean", "i was asking about", "i wanted": what the person meant instead. */
const MEANT = /^(?:i\s+)?(?:meant|mean|was\s+asking\s+(?:about|for))\b(?:\s+to\s+say)?[\s,:]*/i;
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
