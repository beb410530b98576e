import { LEGAL_FORMS } from './entities/name-matcher';

/**
 * Where a field question names its deal. Asked outright, the deal follows the verb ("when is the
 * Initech renewal expected to close?"); asked inside a request ("could you let me know when the
 * Initech renewal is expected to close?", "would you tell me which stage the Hooli pilot is in?")
 * the question is indirect and the deal comes before its verb.
 */

/** A polite request around the question: "could you (please) let me know", "would you be so kind as to tell me". */
const REQUEST_FRAME =
  /^(?:(?:hi|hey|hello|so|ok|okay|please|pls|plz|kindly)[\s,]+)*(?:(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+|possibly\s+|just\s+)?|would\s+you\s+(?:be\s+so\s+kind\s+as\s+to|mind)\s+|please\s+|pls\s+|plz\s+|kindly\s+|i\s+was\s+wondering\s+|i(?:'d|\s+would)\s+like\s+to\s+|do\s+you\s+(?:happen\s+to\s+)?)(?:let\s+me\s+know|tell(?:ing)?\s+me|know|find\s+out|check|remind\s+me)?\s*)/i;

/** Courtesy after the question: ", thanks", " please", ", if I may ask". */
const CLOSING_COURTESY =
  /(?<![\s,])[\s,]+(?:thanks|thank\s+you|thx|ty|please|pls|if\s+i\s+may\s+ask)[\s!.?]*$/i;

/**
 * The words of an indirect question between its question words and its verb: "when THE INITECH
 * RENEWAL is expected to close", "which stage THE HOOLI PILOT is in". Asked outright the verb comes
 * first ("when is the …"), so "the" straight after the question words marks the indirect order.
 */
const INDIRECT =
  /\b(?:when|(?:which|what)\s+stage|how\s+(?:much|big))\s+the\s+(\S.{0,119}?)\s+(?:is|are|was|will|would|should|does|did|closes|closed)\b/i;

/** The message without a polite request around it. */
export function withoutRequestFrame(message: string): string {
  const framed = REQUEST_FRAME.exec(message);
  const rest = framed && framed[0].length > 0 ? message.slice(framed[0].length) : message;
  return rest.replace(CLOSING_COURTESY, '');
}

/** The deal's words of an indirect field question, or undefined when it is asked outright. */
export function indirectDealName(message: string): string | undefined {
  return INDIRECT.exec(message)?.[1];
}

/**
 * The deal's words when the closing verb comes straight after "when", as in a short or non-native
 * question: "when closing hooli pilot deal", "when closes the acme renewal", "when will close the
 * initech expansion".
 */
const CLOSING_VERB_FIRST =
  /^\s*when\s+(?:(?:is|will|does|do|would)\s+)?(?:clos(?:e|es|ing))\s+(?:the\s+|my\s+|our\s+)?(\S.{0,119}?)\s*[?.!]*$/i;

/** The deal's words after "when closing", or undefined when the verb does not come first. */
export function dealNameAfterClosingVerb(message: string): string | undefined {
  return CLOSING_VERB_FIRST.exec(message)?.[1];
}

/**
 * "who owns X", "owner of X", "who's the owner of X", "owner for X", "who is the opportunity owner
 * on X" (Salesforce's word for a deal's owner): the words X of an owner question.
 */
const OWNED =
  /(?:\b(?:who\s+owns|(?:who'?s|who\s+is)\s+the\s+(?:(?:deal|opportunity|opp|oppty)\s+)?owner\s+(?:of|on|for)|owner\s+of)|^\s*owner(?:\s+(?:for|on))?)\s+(?:the\s+|that\s+|this\s+)?(\S.{0,119}?)\s*[?.!]*$/;
/**
 * The owner asked after the words it is asked of: "acme owner", "hooli pilot whos the owner",
 * "the acme renewal - who owns it?", "stark industries account owner".
 */
const OWNER_AFTER =
  /^\s*(?:the\s+|our\s+|my\s+)?(\S.{0,119}?)[\s,:;–—-]*(?:(?:who'?s|who\s+is)\s+(?:the\s+)?owner(?:\s+(?:of\s+)?(?:it|that|this|there))?|who\s+owns\s+(?:it|that|this|them)|owner|owned\s+by\s+(?:who|whom))\s*[?.!]*$/;
/** Words that ask whether records have an owner at all ("deals with no owner"), not who one is. */
const NO_OWNER = /\b(?:no|without|missing|any|unassigned|lacking|lack)\b/;
/**
 * Another question after the owner's ("… and what's open there", ", and is anything closing"): not the
 * owned words. A match starts only where a run of spaces starts (the look-behinds), else a long run of
 * spaces is retried from each of its spaces.
 */
const NEXT_QUESTION =
  /(?<!\s)(?:\s*,\s*|\s+)(?:and|&|plus|also|\+)\s+(?:(?:what|what's|whats|which|who|who's|whos|how|when|where|is|are|any|anything|do|does|did|list|show|tell|give|can|could)\b).*$|(?<!\s)\s*[,;]\s+(?:what|which|how|when|is|are|any|anything)\b.*$/;

/**
 * The words an owner question asks the owner of ("who owns the hooli account and what's open" →
 * "hooli account"; "hooli pilot whos the owner" → "hooli pilot"), or undefined when none.
 */
export function ownedWordsOf(text: string): string | undefined {
  const asked = text.replace(NEXT_QUESTION, '');
  // "who owns it" asks of what came before it ("hooli pilot - who owns it?").
  const after = OWNED.exec(asked)?.[1];
  const owned =
    after && !/^(?:it|that|this|them|those|these|one)$/.test(after) ? after : OWNER_AFTER.exec(asked)?.[1];
  if (!owned || NO_OWNER.test(owned)) return undefined;
  return owned.replace(OWNED_TAIL, '').trim() || undefined;
}
/** Words after the name that keep an owner question about the account ("the hooli account"). */
const ACCOUNT_NOUN = /\b(?:account|acct|company|customer|client|logo|org|organi[sz]ation)s?$/;
const OWNED_TAIL = /(?:\s+(?:deal|deals|opp|opps|opportunity|please|pls|plz|thanks|thx|rn|now))+$/;
/** Words of an owner question that name neither a deal nor its account. */
const NOT_DEAL_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'at',
  'with',
  'for',
  'our',
  'my',
  'their',
  'its',
  's',
]);

/**
 * The deal named in an owner question when its words go past the account's name ("who owns the
 * hooli pilot" → "hooli pilot", "owner of the acme renewal deal" → "acme renewal"): a deal's owner,
 * not the account's. Undefined for the account said alone or as an account ("who owns hooli", "who
 * owns the acme logistics account"). `text` is lower case; `account` the words the account matched
 * and its stored name.
 */
export function dealNamedForOwner(text: string, account: { text: string; name: string }): string | undefined {
  const owned = ownedWordsOf(text);
  if (!owned || ACCOUNT_NOUN.test(owned)) return undefined;
  const said = account.text.toLowerCase();
  if (!` ${owned} `.includes(` ${said} `)) return undefined;
  const accountWords = new Set(`${said} ${account.name.toLowerCase()}`.split(/[^a-z0-9]+/));
  const rest = owned
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !accountWords.has(word) && !NOT_DEAL_WORDS.has(word) && !LEGAL_FORMS.has(word));
  return rest.length ? owned : undefined;
}
