/**
 * Asking which of one's accounts to call: "which accounts should i call today", "which customers
 * should i reach out to", "which of my accounts need a call", "give me my call list", asked
 * indirectly too ("i was wondering which accounts i ought to call"). Not a digest
 * subscription ("send me my accounts to call every monday"), not how the digest works, not leads.
 */
const CALL_LIST = [
  /\b(?:which|what)\s+(?:of\s+my\s+)?(?:accounts|customers|clients)\s+(?:(?:should|do|must|ought\s+to)\s+i|i\s+(?:should|must|ought\s+to|need\s+to|have\s+to))\s+(?:be\s+)?(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|reach(?:ing)?\s+out\s+to|check(?:ing)?\s+in\s+(?:with|on)|contact(?:ing)?)\b/i,
  /\b(?:which|what)\s+(?:of\s+my\s+)?(?:accounts|customers|clients)\s+(?:need|needs|deserve|want)\s+a\s+call\b/i,
  /^\s*(?:my\s+)?(?:accounts|customers)\s+i\s+should\s+(?:call|ring|phone|contact)\b/i,
  /^\s*(?:(?:give|show|get)\s+me\s+)?my\s+call\s+list\s*[?.!]*\s*$/i,
];
const NOT_CALL_LIST = /\b(?:digest|every|subscribe|set\s+up|how\s+do)\b/i;

export function isCallListRequest(text: string): boolean {
  return !NOT_CALL_LIST.test(text) && CALL_LIST.some((pattern) => pattern.test(text));
}
