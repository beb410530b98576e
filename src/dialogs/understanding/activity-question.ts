import type { InteractionType } from '../../vocabulary';
import { patternOf } from '../../core/patterns';

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

/**
 * Kinds listed and then left open ("calls, meetings etc", "calls and so on", "emails and stuff"):
 * every kind of interaction, not only the ones named.
 */
const KINDS_LEFT_OPEN =
  /(?:\betc\b\.?|\bet\s+cetera\b|\band\s+so\s+(?:on|forth)\b|\band\s+(?:the\s+like|such|stuff|everything(?:\s+else)?|all\s+that)\b|\bor\s+whatever\b|\b(?:and|or)\s+anything\s+else\b)/;

/** A question about interactions by type: which types (none = all of them). */
export interface ActivityQuestion {
  types?: InteractionType[];
  counting: boolean;
  /**
   * Asked with a verb and no interaction noun ("what did i do yesterday", "who did i meet on
   * tuesday"): an interaction question only when a day, a period or an account says which ones.
   */
  byVerb?: true;
}

/** The kinds of contact a verb of doing means ("call" a call, "met" a meeting; "talk" any kind). */
const VERB_TYPES: Array<[RegExp, InteractionType[] | undefined]> = [
  [/^(?:call|called|ring|rang|rung|phone|phoned|dial|dialed|dialled)$/, ['call']],
  [/^(?:meet|met|see|saw|seen|visit|visited|sit down with|sat down with)$/, ['meeting']],
  [/^(?:e-?mail|e-?mailed|mail|mailed|write to|wrote to|written to)$/, ['email']],
];
const CONTACT_VERB = String.raw`call|called|ring|rang|rung|phone|phoned|dial|dialed|dialled|meet|met|see|saw|seen|visit|visited|sit down with|sat down with|e-?mail|e-?mailed|mail|mailed|write to|wrote to|written to|talk|talked|speak|spoke|spoken|chat|chatted|contact|contacted|reach out to|reached out to|get in touch with|got in touch with|touch base with|touched base with`;

/**
 * The caller's (or a colleague's) own doings asked with a verb: "what did i do yesterday", "what
 * have i been up to this week", "what was i working on last week", "what i did on monday", "what did
 * marcus get done last week". Group 1: who.
 */
const WHAT_DONE = new RegExp(
  String.raw`\bwhat\s+(?:(?:did|have|had|has)\s+(i|we|you|he|she|they|the\s+team|my\s+team|\w+)\s+(?:actually\s+|even\s+)?(?:do|done|get\s+done|got\s+done|get\s+up\s+to|got\s+up\s+to|been\s+up\s+to|been\s+doing|work(?:ed)?\s+on|been\s+working\s+on|get\s+through|got\s+through)|(?:was|were|is)\s+(i|we|he|she|they|\w+)\s+(?:up\s+to|doing|working\s+on)|(i|we|he|she|they)\s+(?:did|got\s+done|worked\s+on|was\s+up\s+to|were\s+up\s+to))\b(?!\s+(?:wrong|right|about|to|with|for|if|when|now|next)\b)`,
);
/**
 * Whom or which records the caller contacted: "who did i meet with on tuesday", "which accounts did
 * i call yesterday", "customers i emailed last week", "people we talked to this week". Group 1: the verb.
 */
const WHOM_CONTACTED = new RegExp(
  String.raw`\b(?:who(?:m)?|which\s+(?:\w+\s+)?(?:accounts?|customers?|clients?|companies|contacts?|people|persons|folks|prospects?)|what\s+(?:accounts?|customers?|clients?|companies|contacts?|people|prospects?)|(?:accounts?|customers?|clients?|companies|contacts?|people|folks|prospects?)(?:\s+that|\s+who)?(?=\s+(?:i|we)\s))\s+(?:(?:did|have|had)\s+)?(?:i|we)\s+(?:actually\s+|already\s+)?(${CONTACT_VERB})\b`,
);
/**
 * What happened, or what was logged, in a period or at an account: "what happened on 2 december",
 * "what happened with acme since monday", "anything logged on tuesday", "what got logged this week",
 * "what's been going on at globex this week".
 */
const HAPPENED =
  /\b(?:what(?:'s|\s+has)?|anything|everything|something)\s+(?:\w+\s+)?(?:happened|happen|been\s+happening|went\s+on|been\s+going\s+on|going\s+on|(?:got\s+|been\s+|was\s+|were\s+|did\s+(?:i|we|you)\s+|have\s+(?:i|we)\s+|i\s+|we\s+)?logged|(?:did\s+(?:i|we)|have\s+(?:i|we))\s+log)\b/;
/** Records other than interactions the same words could ask about ("what happened to the hooli deal"). */
const OTHER_RECORDS =
  /\b(?:deals?|opportunit(?:y|ies)|opps?|pipeline|cases?|tickets?|tasks?|to-?dos?|leads?|campaigns?|orders?|forecast|quota|targets?|stages?|won|lost|closed|closing|miss|missed)\b/;

/**
 * A question about interactions asked with a verb instead of a noun (see `ActivityQuestion.byVerb`),
 * with the kind the verb says: "who did i call" calls, "who did i meet" meetings.
 */
export function activityByVerbOf(text: string): ActivityQuestion | undefined {
  if (OTHER_RECORDS.test(text)) return undefined;
  const whom = WHOM_CONTACTED.exec(text);
  if (whom) {
    const verb = whom[1]!.replace(/\s+/g, ' ');
    const types = VERB_TYPES.find(([pattern]) => pattern.test(verb))?.[1];
    return { ...(types ? { types } : {}), counting: /\bhow many\b/.test(text), byVerb: true };
  }
  if (WHAT_DONE.test(text) || HAPPENED.test(text)) return { counting: false, byVerb: true };
  return undefined;
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
  if (!found.length) return activityByVerbOf(text);
  const startsWithNoun = NOUNS.some(([pattern]) => patternOf(`^(?:${pattern.source})`).test(text));
  if (!ASKED.test(text) && !startsWithNoun) return undefined;
  const types = found.map(([, type]) => type);
  const allKinds = KINDS_LEFT_OPEN.test(text);
  return {
    ...(!allKinds && types.every((type): type is InteractionType => type !== undefined) ? { types } : {}),
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
