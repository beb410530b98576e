import type { MessageEntities } from '../understanding/entities/extract-entities';

/**
 * Asking to be readied for an account ("prep me for the Hooli meeting tmrw", "get me ready for my
 * call with globex", "what should I know before my call with Initech"): a briefing on that account.
 * The intent model reads some of these as advice ("should I … call") or is unsure of them.
 */

/** Asking to be prepared or briefed, whatever follows. */
const PREPARE =
  /\b(?:prep(?:are)?\s+me|get\s+me\s+(?:ready|prepped|up\s+to\s+speed)|bring\s+me\s+up\s+to\s+speed|brief\s+me|catch\s+me\s+up|fill\s+me\s+in|refresh\s+my\s+memory|(?:a\s+)?refresher|(?:prepping|preparing|getting\s+ready|gearing\s+up)\s+for|(?:give|get)\s+me\s+the\s+(?:rundown|run-down|lowdown|low-down|skinny)|(?:quick\s+|short\s+)?(?:briefing|brief|rundown|run-down|lowdown|low-down|background|prep|talking\s+points|cheat\s+sheet)\s+(?:on|for|about|of|re))\b/i;
/** Asking what to know ("what should I know", "anything we should know"). */
const WHAT_TO_KNOW =
  /\b(?:what\s+(?:should|do|must|would)\s+(?:i|we)\s+(?:need\s+to\s+)?know|anything\s+(?:i|we)\s+(?:should|need\s+to)\s+know|what\s+(?:i|we)\s+(?:should|need\s+to)\s+know)\b/i;
/** An occasion ahead ("before my call", "ahead of the meeting", "going into tomorrow's demo") or "about". */
const OCCASION_OR_ABOUT =
  /\b(?:before|ahead\s+of|prior\s+to|going\s+into|heading\s+into|for)\s+(?:my|our|the|a|an|this|tomorrow'?s?|today'?s?|next|upcoming)\b|\b(?:about|on|re)\s+\S|\b(?:call|meeting|mtg|demo|pitch|visit|qbr|presentation)\b/i;
/** "what's the latest with globex", "what's new at acme", "what's going on with Initech": the account's news. */
const LATEST_WITH =
  /\bwhat(?:'s|s|\s+is)\s+(?:the\s+)?(?:latest|new|newest|up|happening|going\s+on|the\s+story)\s+(?:with|at|on|over\s+at)\s+\S/i;
/** Words that make it a question about records of the account rather than a briefing. */
const RECORD_WORDS =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|tasks?|to-?dos?|cases?|tickets?|forecast|contacts?|orders?|invoices?|segment|churn|pitch\s+to|sell|upsell|cross-?sell)\b/i;

/** The account's deals asked after. */
const DEAL_WORDS = /\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|renewals?)\b/i;
/** Its people asked after: "who do i talk to there", "the contacts", "who signs". */
const PEOPLE_ASKED =
  /\bwho\s+(?:(?:do|should|can|would)\s+(?:i|we)|(?:i|we)\s+(?:should|need\s+to|can))\s+(?:talk|speak|reach\s+out|go|call|e-?mail|deal\s+with)\b|\bcontacts?\b|\bwho(?:'s|s|\s+is|\s+are)\s+(?:my|our|the)?\s*(?:contacts?|people|point\s+of\s+contact|decision\s+makers?)\b|\bwho\s+signs\b|\bpeople\s+(?:there|at)\b/i;
/** Records of other kinds, which make it another question. */
const OTHER_RECORD_WORDS =
  /\b(?:tasks?|to-?dos?|cases?|tickets?|forecast|orders?|invoices?|segment|churn|pitch\s+to|sell|upsell|cross-?sell)\b/i;

/**
 * Two needs in one sentence, the deals and the people ("whats going on with wayne enterprises their
 * deal and who do i talk to there", "acme's deals and contacts"): the briefing has both. One need
 * ("who do i talk to about the acme deal", "contacts on the globex deal") has no "and" between them.
 */
function asksDealsAndPeople(text: string): boolean {
  return (
    DEAL_WORDS.test(text) &&
    PEOPLE_ASKED.test(text) &&
    /\band\b|&/i.test(text) &&
    !OTHER_RECORD_WORDS.test(text)
  );
}

/**
 * True when the message asks to be briefed or readied for something (the caller checks that it
 * names an account): "brief me on acme before my call", "prep me for Hooli", "what should I know
 * before my call with Initech". Questions about the account's records ("brief me on acme's deals
 * closing this month") and what to sell are left to their own readings.
 */
export function isBriefingRequest(text: string): boolean {
  if (asksDealsAndPeople(text)) return true;
  if (RECORD_WORDS.test(text)) return false;
  return (
    PREPARE.test(text) || LATEST_WITH.test(text) || (WHAT_TO_KNOW.test(text) && OCCASION_OR_ABOUT.test(text))
  );
}

/** The least score of an account called by the leading words of its name ("wayne" for Wayne Enterprises scores 0.85). */
const LEADING_WORDS_SCORE = 0.8;

/**
 * The words naming an account in a briefing request when they are only the first word(s) of its
 * name ("prep me for my wayne meeting": "wayne"), which the name matcher scores below a whole name.
 * The account resolver reads them: one account by that start is briefed, several are asked about.
 */
export function leadingAccountWordsOf(entities: MessageEntities | undefined): string | undefined {
  return entities?.accounts.find((account) => account.score >= LEADING_WORDS_SCORE)?.text;
}
