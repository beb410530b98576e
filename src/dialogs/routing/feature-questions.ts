/**
 * Questions about a feature versus requests to use it. "when does the forecast digest arrive in
 * teams", "does crmpro log my calls automatically" and "how do i unsubscribe from the digest" ask
 * about a write; "send me the forecast digest", "can you log a call with Initech" and "could I get
 * the digest in Slack" ask for one. Only a request may write.
 */

/** A question's opening word, after any chat lead-in ("so", "hey", "quick question:"). */
const QUESTION_OPENING =
  /^\s*(?:(?:so|and|but|hey|hi|ok|okay|also|quick\s+question|qq|btw|just\s+wondering)[\s,:;!-]+)*(?:when|what|what's|whats|how|how's|hows|why|where|where's|which|who|who's|whos|whose|does|do|did|is|isn't|are|aren't|was|were|will|won't|would|can|can't|could|should|shall|may|might|has|have|if)\b/i;

/**
 * A request worded as a question: "can you send me …", "could you please log …", "would you mind
 * …", "can I get / have / receive …". Asking to be told something ("can you tell me when …") stays
 * a question.
 */
const POLITE_REQUEST =
  /^\s*(?:(?:so|hey|hi|ok|okay|please)[\s,]+)*(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|kindly\s+|just\s+)?(?!tell\b|explain\b|say\b|describe\b|remind\s+me\s+(?:how|what|when|why|where|whether|if)\b|show\s+me\s+how\b|help\s+me\s+understand\b)[a-z]|would\s+you\s+mind\b|(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|receive|be\s+(?:subscribed|added|signed\s+up))\b)/i;

/** True when the message asks about something (a question) rather than asking for it to be done. */
export function asksAboutRatherThanRequests(text: string): boolean {
  return QUESTION_OPENING.test(text) && !POLITE_REQUEST.test(text);
}

/** The caller's own subscriptions, settings or records: "my digest", "am I subscribed", "do I get". */
const OWN = /\b(?:my|mine|am\s+i|i'm|i\s+am|do\s+i\s+(?:get|receive|have)|will\s+i\s+get|did\s+i\s+get)\b/i;

/** True when a question about a feature asks about the caller's own use of it ("when do i get my digest"). */
export function asksAboutOwnUse(text: string): boolean {
  return OWN.test(text);
}
