/**
 * What a website visitor needs from support or sales rather than from a page of the documentation:
 *
 * - `own-ticket`: the state of their own support ticket ("whats the status of my ticket 1207", "any
 *   update on my support request?"). The bot sees no tickets from the website chat, so it says so
 *   and where an update comes from, instead of quoting the status page on the word "status".
 * - `billing-problem`: a charge that looks wrong ("we got charged twice this month??", "you
 *   overcharged us", "duplicate payment on our card"). The bot cannot see the workspace's payments:
 *   where invoices are and how to reach support, not a price list matched on "charged".
 * - `failed-payment`: their card or payment was declined ("my card got declined, what happens now",
 *   "payment bounced, do we lose access"): the documentation's failed-payment section, which says
 *   it in other words. A card declined somewhere else ("at the supermarket") is not ours.
 * - `problem-report`: something wrong with the product, or how to report it ("how do i report a
 *   bug", "the app has been super slow for our whole team since this morning", "crmpro keeps
 *   crashing"). Used only when the documentation has no answer of its own (a troubleshooting page
 *   answers the problems it knows): how to reach support, what to include and the status page.
 * - `sales-contact`: who to talk to about buying ("i'd like to upgrade to enterprise, who do i talk
 *   to", "who can i speak with about a quote"): the documentation's way to sales.
 *
 * Each test first checks a cheap keyword, so messages none can apply to pay one `includes` each.
 */
export type VisitorSupportRequest =
  'own-ticket' | 'billing-problem' | 'failed-payment' | 'problem-report' | 'sales-contact';

/** The visitor's own ticket, case or support request. */
const OWN_TICKET =
  /\b(?:my|our)\s+(?:support\s+)?(?:ticket|case|request|support\s+request|issue)s?\b|\b(?:ticket|case)\s*(?:(?:#|no\.?|number)\s*)?\d{2,}\b/i;
/** Asking how it stands: its status, an update, whether it was fixed or closed. */
const HOW_IT_STANDS =
  /\b(?:status|update|updates|progress|news|happening|going\s+on|where\s+(?:is|are)|been\s+(?:fixed|resolved|closed|looked\s+at)|(?:is|was)\s+(?:it\s+)?(?:fixed|resolved|closed)|any\s+word|heard\s+anything)\b/i;

/** A charge the visitor thinks is wrong. */
const WRONG_CHARGE =
  /\b(?:charged|billed|paid|debited)\s+(?:us\s+|me\s+)?(?:twice|two\s+times|double|2x|more\s+than\s+once|too\s+much|the\s+wrong\s+amount|again)\b|\bdouble[-\s]?(?:charged|charge|billed|billing|payment)\b|\bduplicate\s+(?:charges?|payments?|billing)\b|\bover-?charg\w*|\b(?:unexpected|unknown|strange|wrong|extra)\s+(?:charges?|payments?)\b|\bcharges?\s+(?:i|we)\s+(?:don'?t|do\s+not)\s+recogni[sz]e\b/i;

/** A card or payment the bank did not take. */
const DECLINED =
  /\b(?:card|payment|direct\s+debit|debit|transaction)\s+(?:(?:got|was|has\s+been|had\s+been|is|keeps\s+getting|just\s+got)\s+)?(?:declined|bounced|rejected|refused|denied)\b|\b(?:declined|bounced|rejected|refused)\s+(?:my|our|the)\s+(?:card|payment)\b/i;
/** Declined somewhere else: at a shop, in a restaurant (not by the bank). */
const ELSEWHERE =
  /\b(?:declined|bounced|rejected|refused|denied)\s+(?:at|in|by)\s+(?:the|a|an|my)\s+(?!bank\b)/i;

/** Reporting a bug or problem ("how do i report a bug", "where can we report an issue"). */
const REPORT_A_PROBLEM =
  /\breport(?:ing)?\s+(?:(?:a|an|the|this|some)\s+)?(?:bugs?|problems?|issues?|errors?|glitch(?:es)?|crash(?:es)?|outage)\b|\b(?:found|spotted|hit|there'?s|there\s+is)\s+(?:a|an)\s+(?:bug|glitch)\b/i;
/** The product misbehaving: slow, down, crashing, not loading. */
const MISBEHAVING =
  /\b(?:super\s+|really\s+|very\s+|so\s+|extremely\s+|painfully\s+)?(?:slow|sluggish|laggy|lagging|unusable|unresponsive)\b|\b(?:keeps|kept)\s+(?:crashing|freezing|hanging|timing\s+out|logging\s+(?:me|us)\s+out)\b|\b(?:crash(?:es|ed|ing)?|froze|frozen|freezes|buggy|glitch(?:es|y)?)\b|\b(?:won'?t|doesn'?t|isn'?t|not|will\s+not|does\s+not|is\s+not)\s+(?:load|loading|open|opening|working|work)\b|\bis\s+(?:down|broken)\b/i;
/** A question about what the product can do, not a report ("does it slow down with a million contacts"). */
const CAPABILITY_QUESTION = /^\s*(?:does|do|can|could|will|would|should|is\s+there|are\s+there)\b/i;

/** Who to talk to, asked of buying or a plan. */
const WHO_TO_TALK_TO =
  /\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:talk|speak|chat|reach\s+out|write|contact|email|call|get\s+in\s+touch)\b|\bwho\s+(?:do|should|can|could)\s+(?:i|we)\s+(?:talk|speak)\s+(?:to|with)\b|\b(?:talk|speak)\s+(?:to|with)\s+(?:someone|somebody|a\s+person|anyone)\s+about\b|\bhow\s+(?:do|can)\s+(?:i|we)\s+(?:get\s+in\s+touch|contact\s+(?:someone|sales|you))\b/i;
const BUYING =
  /\b(?:enterprise|upgrade|upgrading|buy|buying|purchase|purchasing|quote|quotes|pricing|price|plans?|contract|licen[cs]es?|discount|seats)\b/i;

/** True when the lower-cased message holds one of the words (the cheap test before a pattern). */
function mentionsAny(lower: string, words: readonly string[]): boolean {
  return words.some((word) => lower.includes(word));
}

/** The visitor request a message makes of support or sales, if it makes one. */
export function visitorSupportRequestOf(text: string): VisitorSupportRequest | undefined {
  const lower = text.toLowerCase();
  if (
    mentionsAny(lower, ['ticket', 'case', 'request', 'issue']) &&
    OWN_TICKET.test(text) &&
    HOW_IT_STANDS.test(text)
  )
    return 'own-ticket';
  if (mentionsAny(lower, ['charg', 'bill', 'paid', 'payment', 'debit']) && WRONG_CHARGE.test(text))
    return 'billing-problem';
  if (
    mentionsAny(lower, ['declin', 'bounce', 'reject', 'refuse', 'denied']) &&
    DECLINED.test(text) &&
    !ELSEWHERE.test(text)
  )
    return 'failed-payment';
  if (
    mentionsAny(lower, ['who', 'talk', 'speak', 'contact']) &&
    WHO_TO_TALK_TO.test(text) &&
    BUYING.test(text)
  )
    return 'sales-contact';
  return undefined;
}

/**
 * Whether the message reports a problem with the product or asks how to report one. The front desk
 * uses it only when the documentation found no answer.
 */
export function reportsProductProblem(text: string): boolean {
  if (REPORT_A_PROBLEM.test(text)) return true;
  return !CAPABILITY_QUESTION.test(text) && MISBEHAVING.test(text);
}
