import type { InteractionType } from '../../vocabulary';

/** Nouns of interactions, plural or as activity words, and the type each means (none: every type). */
const NOUNS: Array<[RegExp, InteractionType | undefined]> = [
  [/\b(?:phone\s+)?calls\b|\bdials\b/, 'call'],
  [/\bmeetings\b|\bmtgs\b|\bvisits\b/, 'meeting'],
  [/\be-?mails\b/, 'email'],
  [/\bnotes\b/, 'note'],
  [/\bchats\b/, 'chat'],
  [/\binteractions\b|\btouch-?points\b|\btouches\b|\bactivit(?:y|ies)\b|\bconversations\b/, undefined],
];
/**
 * The kinds of interaction a message names in the plural ("and meetings?", "what about emails"):
 * each with the words that said it, for a follow-up that asks the last count or list of another kind.
 */
export function interactionKindsIn(text: string): Array<{ type: InteractionType; words: RegExp }> {
  return NOUNS.flatMap(([pattern, type]) => (type && pattern.test(text) ? [{ type, words: pattern }] : []));
}

/** Asking how many, or which: the interactions are counted or listed. */
const ASKED =
  /\bhow many\b|\bcount\b|\bnumber of\b|\btotal\b|^(?:list|show|which|what|any|pull up|give me|get me)\b|\b(?:did|have|has)\s+(?:i|we|you|he|she|they|\w+)\s+(?:have|had|log|logged|make|made|send|sent|hold|held|book|booked|do|done)\b|\b(?:i|we|\w+)\s+(?:had|logged|made|sent|held|did)\b|\b(?:my|our|team'?s?|his|her)\s+(?:\w+\s+)?(?:calls|meetings|e-?mails|notes|chats|interactions|touch-?points|activit(?:y|ies))\b/;
/** A request to do something (log a call, schedule a meeting, send emails), not a question about what happened. */
const WRITE =
  /^(?:please\s+|can you\s+|could you\s+)?(?:log|schedule|book|set up|create|add|remind|send|draft|write|email|e-mail|call|ring|phone|plan)\b|\b(?:when|what time)\b.*\bnext\b|\bupcoming\b/;

/**
 * E-mails that are people's addresses, not messages sent: "emails of the contacts at globex", "email
 * addresses for everyone at acme" (the record-question parser reads them as the people's field).
 */
const ADDRESSES =
  /\be-?mail\s+addresses\b|\be-?mails\s+(?:of|for)\s+(?:all\s+)?(?:the\s+|our\s+|their\s+|its\s+)?(?:contacts|people|persons|folks|stakeholders|staff|employees|everyone|everybody)\b/;

/** A question about interactions by type: which types (none = all of them). */
export interface ActivityQuestion {
  types?: InteractionType[];
  counting: boolean;
}

/**
 * Interactions counted or listed by type: "how many meetings did i have in november", "calls I
 * logged last week", "emails to Acme this month", "my activity this week". Undefined for a request to
 * log, schedule or send something, and for questions without a plural interaction noun ("can we
 * email her?"). The period and the account are read by the record-question parser.
 */
export function activityQuestionOf(text: string): ActivityQuestion | undefined {
  if (WRITE.test(text) || ADDRESSES.test(text)) return undefined;
  const found = NOUNS.filter(([pattern]) => pattern.test(text));
  if (!found.length) return undefined;
  const startsWithNoun = NOUNS.some(([pattern]) => new RegExp(`^(?:${pattern.source})`).test(text));
  if (!ASKED.test(text) && !startsWithNoun) return undefined;
  const types = found.map(([, type]) => type);
  return {
    ...(types.every((type): type is InteractionType => type !== undefined) ? { types } : {}),
    counting: /\bhow many\b|\bcount\b|\bnumber of\b|\btotal\b/.test(text),
  };
}

/** The verb or noun of one kind of interaction in a question about the latest one. */
const LAST_OF_TYPE: Array<[RegExp, InteractionType]> = [
  [/\be-?mail(?:s|ed)?\b|\bwrote\b|\bwrit(?:e|ten)\s+to\b/, 'email'],
  [/\bcall(?:s|ed)?\b|\bran[gk]\b|\brung\b|\bphoned?\b|\bdialed\b/, 'call'],
  [/\bmeet(?:ing|ings)?\b|\bmet\b|\bvisit(?:ed)?\b/, 'meeting'],
];

/**
 * The one kind of interaction a question about the latest one asks for: "when did i last email
 * them" (email), "last call with globex" (call), "when did we last meet" (meeting); undefined for
 * any kind ("when did we last talk to them") or when it names two.
 */
export function lastInteractionTypeOf(text: string): InteractionType | undefined {
  const found = LAST_OF_TYPE.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether someone contacted an account, asked yes or no: "has anyone called initech this month?",
 * "have i called globex recently?", "did we email acme last week", "have we spoken to hooli lately",
 * "has anybody met with stark this quarter". Group 1 who: anyone, we, the team, or I.
 */
const WHETHER_CONTACTED =
  /\b(?:has|have|hav|had|did)\s+(any(?:one|body)|some(?:one|body)|we|i|you|the\s+team|my\s+team|any\s+of\s+us)\s+(?:ever\s+|already\s+|actually\s+|even\s+|yet\s+)?(?:been\s+in\s+touch|reached\s+out|touched\s+base|heard\s+from|(?:call|called|ring|rang|rung|phone|phoned|e-?mail|e-?mailed|mail|mailed|contact|contacted|meet|met|visit|visited|speak|spoke|spoken|talk|talked)\b)/;

/**
 * Who a yes-or-no question about contacting an account asks about: `mine` for "have i called …",
 * `anyone` for "has anyone / have we / did the team …"; undefined when it asks no such thing.
 */
export function whetherContactedOf(text: string): 'anyone' | 'mine' | undefined {
  const found = WHETHER_CONTACTED.exec(text);
  if (!found) return undefined;
  return found[1] === 'i' ? 'mine' : 'anyone';
}

/** "recently", "lately", "of late", "in a while": the last 30 days, today included. */
export const RECENTLY = /\b(?:recently|lately|of\s+late|in\s+a\s+while|in\s+the\s+last\s+while)\b/;
