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
const CLOSING_COURTESY = /[\s,]+(?:thanks|thank\s+you|thx|ty|please|pls|if\s+i\s+may\s+ask)[\s!.?]*$/i;

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
