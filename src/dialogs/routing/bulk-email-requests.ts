import { segmentNameIn } from './segment-questions';

/**
 * Asking the bot to e-mail a group: the segment or audience just shown ("send them an email",
 * "send these a newsletter", "add them to a campaign") or one named ("email the champions"). CRMPro
 * sends no marketing e-mail; the reply says so and offers the lists an e-mail tool can load. Without
 * this "send them an email" offered the forecast digest (its word "email") and "email them" asked
 * which account. `segment` is the segment named, if any.
 */
export interface BulkEmailRequest {
  segment?: string;
}

const POLITE = String.raw`(?:(?:hey|hi|ok|okay|so|then|now|great|cool|please|pls|can\s+you|could\s+you|would\s+you|will\s+you|i\s+(?:need|want)\s+(?:you\s+)?to|i'?d\s+like\s+(?:you\s+)?to|let'?s|go\s+ahead\s+and)[,\s]+)*`;
/** A group of people or accounts: the ones just shown, a segment, an audience, a list. */
const GROUP = String.raw`(?:them|these|those|(?:all|each|every\s*one|both)\s+of\s+(?:them|these|those)|every(?:one|body)(?:\s+(?:in|on|from)\s+(?:(?:this|that|the)\s+)?(?:list|segment|audience))?|(?:the|these|those|this|that|our|all\s+(?:the\s+)?)\s*(?:[\w'’-]+\s+){0,3}?(?:accounts|customers|clients|companies|contacts|people|ones|list|segment|audience|champions?|loyalists))`;
const MAIL = String.raw`(?:e-?mails?|newsletters?|(?:e-?mail\s+)?campaigns?|mailings?|(?:e-?mail\s+)?blasts?|mailshots?|(?:e-?mail\s+)?sequences?|drips?)`;
const REQUESTS: readonly RegExp[] = [
  // "send them an email", "shoot those an email", "send these a newsletter"
  new RegExp(
    String.raw`^\s*${POLITE}(?:send|shoot|drop|fire\s+off)\s+${GROUP}\s+(?:an?\s+|our\s+|the\s+)?(?:quick\s+)?${MAIL}\b`,
    'i',
  ),
  // "email them", "mail everyone in that segment", "blast the at risk customers with an email"
  new RegExp(
    String.raw`^\s*${POLITE}(?:e-?mail|mail|blast|newsletter)\s+${GROUP}(?=\s*(?:$|[?.!,]|with\b|about\b|an?\b|the\b|our\b))`,
    'i',
  ),
  // "send a newsletter to the champions segment", "do an email campaign for them"
  new RegExp(
    String.raw`^\s*${POLITE}(?:send|do|run|start|launch|set\s+up)\s+(?:out\s+)?(?:an?\s+|the\s+|our\s+)?(?:\w+\s+)?${MAIL}\s+(?:out\s+)?(?:to|for)\s+${GROUP}`,
    'i',
  ),
  // "add them to a campaign", "put these accounts into an email campaign", "add everyone on this list to our newsletter"
  new RegExp(
    String.raw`^\s*${POLITE}(?:add|put|enrol+|enter|sign\s+up|subscribe)\s+${GROUP}\s+(?:to|in|into|on|for)\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?:e-?mail\s+)?(?:campaigns?|newsletters?|mailing\s+lists?|drips?|sequences?|nurture(?:\s+\w+)?|mailings?)\b`,
    'i',
  ),
];
/** "can crmpro send our newsletter": a question about the product, for the documentation. */
const ABOUT_THE_PRODUCT = /\b(?:crm\s*pro|the\s+(?:bot|product|tool|app))\b/i;

/** The request to e-mail a group, or undefined when the message asks no such thing. */
export function bulkEmailRequestOf(text: string): BulkEmailRequest | undefined {
  if (ABOUT_THE_PRODUCT.test(text) || !REQUESTS.some((pattern) => pattern.test(text))) return undefined;
  const segment = segmentNameIn(text);
  return segment ? { segment } : {};
}
