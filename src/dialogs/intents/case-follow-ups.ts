import type { CasePriority } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';

/** Words about deals and the sales pipeline: a role that may not see them is refused, not shown cases. */
export const SALES_WORDS =
  /\b(?:deals?|pipeline|opportunit(?:y|ies)|opps?|forecast\w*|quota|revenue|win\s+(?:rate|chance|probability)|leads?)\b/i;
/** Words pointing back at the account or person just shown ("any open cases for them?", "anything there?"). */
const POINTS_BACK =
  /\b(?:them|they|their|there|her|him|his|it|its|that\s+(?:account|customer|company|one)|this\s+(?:account|customer|company))\b/i;
/** Words of a support case. */
const CASE_WORDS = /\b(?:cases?|tickets?|issues?|problems?|escalations?)\b/i;
/**
 * Asking about the cases just listed: which one, the first, the most urgent, how many. A first
 * response or reply ("avg first response time") is a measure of support, not the first case.
 */
const ABOUT_SHOWN =
  /\b(?:which|what)\s+(?:one|ones|of\s+(?:them|those|these))\b|\bfirst(?!\s+(?:response|reply|answer|contact|touch))\b|\b(?:soonest|next|earliest|oldest|newest|latest|most\s+urgent|highest\s+priority|urgent\s+ones?|that\s+one|this\s+one|those|these|them|how\s+many)\b/i;
/** "who's the contact on that one?", "who raised it": the person behind a case just listed. */
const WHO_ON_IT =
  /\bwho(?:'s|\s+is|\s+was)?\s+(?:the\s+)?(?:contact|customer|person|requester|reporter|raised|opened|logged|filed|behind)\b/i;
/** "which account is that", "what company is it for", "who is that case from": the account of a case just shown. */
const WHOSE_CASE =
  /\b(?:which|what)\s+(?:account|customer|company|client|org(?:ani[sz]ation)?)(?:\s+is)?\s+(?:it|that|this)\b|\bwhose\s+(?:case|ticket|one)\b|\b(?:for|from)\s+(?:which|what)\s+(?:account|customer|company|client)\b|\bwho(?:'s|\s+is)\s+(?:it|that|this)(?:\s+(?:one|case|ticket))?\s+(?:for|from)\b/i;
/**
 * "who's it assigned to", "who owns it", "which agent has that one", "who is handling that case",
 * "who's on it?", "who's got that one":
 * the support agent working the case just shown.
 */
const WHO_OWNS =
  /\bwho(?:'s|s|\s+is|\s+was)?\s+(?:on|got|looking\s+at|dealing\s+with)\s+(?:it|that|this|them|those|these)(?:\s+(?:one|case|ticket))?\s*[?.!]*\s*$|\bwho(?:'s|s|\s+is)?\s+(?:it|that|this)(?:\s+(?:one|case|ticket))?\s+(?:assigned\s+to|with|owned\s+by)\b|\bwho\s+(?:owns|has)\s+(?:it|that|this)\b|\bwho(?:'s|s|\s+is)\s+(?:working|handling)\s+(?:on\s+)?(?:it|that|this)\b|\bwho(?:'s|s|\s+is)\s+(?:the\s+)?(?:owner|assignee|agent)\b|\b(?:which|what)\s+(?:agent|person|one\s+of\s+us)\s+(?:has|owns|is\s+(?:on|handling|working))\s+(?:it|that|this)\b|\bassigned\s+to\s+whom\b|\bwho(?:'s|s|\s+is|\s+are)?\s+(?:they|those|these|them)(?:\s+(?:ones|cases|tickets))?\s+(?:assigned\s+to|with|owned\s+by)\b|\bwho\s+(?:owns|has|own|have|is\s+on|'s\s+on)\s+(?:them|those|these|each(?:\s+(?:one|of\s+them))?|the(?:se|m)?\s+(?:ones|cases|tickets))\b|\bwho(?:'s|s|\s+is|\s+are)\s+(?:working|handling)\s+(?:on\s+)?(?:them|those|these)\b|\b(?:which|what)\s+(?:agents?|people|person)\s+(?:have|has|own|owns|are\s+(?:on|handling|working))\s+(?:them|those|these)\b|\b(?:their|the)\s+(?:owners|assignees|agents)\b|\bwho\s+(?:are\s+)?(?:the|their)\s+(?:owners?|assignees?|agents?)\b/i;
/** "tell me about that customer", "pull up that account": the customer of the case just shown. */
const ABOUT_ITS_CUSTOMER =
  /\b(?:tell\s+me\s+(?:more\s+)?about|more\s+(?:on|about)|what\s+about|pull\s+up|show\s+me|look\s+up|details\s+(?:on|of|for)|info\s+(?:on|about)|who\s+(?:are|is))\s+(?:that|this|the|their)\s+(?:customer|account|company|client)\b/i;

/** True when a follow-up asks who works the case just shown ("who's it assigned to"). */
export function asksWhoOwns(text: string): boolean {
  return WHO_OWNS.test(text);
}

/** The owner of each case shown, not of the first alone ("who owns them", "who's handling those"). */
const EACH_OWNER = /\b(?:them|they|those|these|each|their|owners|assignees|agents|ones|cases|tickets)\b/i;

/** True when a follow-up asks who works each case just shown ("who owns them"), not the first one's. */
export function asksEachOwner(text: string): boolean {
  return EACH_OWNER.test(text);
}

/** True when a follow-up asks about the customer of the case just shown ("tell me about that customer"). */
export function asksAboutItsCustomer(text: string): boolean {
  return ABOUT_ITS_CUSTOMER.test(text);
}

/** What a role without the sales records may be asking of its own work: what is due, open or waiting. */
const OWN_WORK =
  /\b(?:due|overdue|on\s+my\s+(?:plate|agenda)|my\s+(?:day|agenda)|do\s+first|open|pending|waiting|outstanding|backlog|queue|assigned\s+to\s+me|what\s+do\s+i\s+have)\b/i;

/**
 * Narrowing the cases just listed to the caller's own: "only mine", "just my ones", "which of those
 * are mine", "the ones assigned to me".
 */
const ONLY_MINE =
  /\b(?:only|just)\s+(?:mine|my\s+own|my\s+ones|the\s+ones\s+(?:assigned\s+to|on|with)\s+me)\b|\b(?:are|is)\s+(?:mine|my\s+own|assigned\s+to\s+me|on\s+me)\s*[?.!]*\s*$|^\s*(?:and\s+)?(?:mine|my\s+own|my\s+ones)(?:\s+only)?\s*[?.!]*\s*$|^\s*(?:(?:only|just)\s+)?(?:the\s+)?ones\s+(?:assigned\s+to|on|with)\s+me\b/i;

/**
 * Narrowing the cases just listed to one agent's: "only annas", "just anna's", "only the ones
 * assigned to riley", "and annas?". Group 1 the name as typed; words of a filter are no name.
 */
const ONLY_AGENT =
  /^\s*(?:and\s+)?(?:only|just)\s+(?:the\s+ones\s+(?:of|for|assigned\s+to|owned\s+by|with)\s+)?(?!(?:mine|my|me|the|those|these|them|ones?|open|pending|new|old|oldest|newest|latest|high|low|urgent|normal|breach\w*|overdue|late|today|email|e-mail|phone|chat|web|widget|emails|phones|chats|cases|tickets)\b)([a-z][\w-]*(?:'s|’s)?)(?:\s+(?:ones?|cases|tickets))?\s*[?.!]*\s*$/i;

/** The agent a follow-up narrows the cases just listed to ("only annas": "annas"), if any. */
export function onlyAgentOf(text: string): string | undefined {
  return ONLY_AGENT.exec(text)?.[1]?.toLowerCase();
}

/** True when a follow-up narrows the cases just listed to the caller's own ("only mine", "which are mine"). */
export function asksOnlyMine(text: string): boolean {
  return ONLY_MINE.test(text);
}

/** Requests a follow-up reading never overrides: writes, a reply to suggest, small talk. */
const KEPT = new Set([
  'case_open',
  'case_close',
  'case_update',
  'agent_assist',
  'thanks',
  'greeting',
  'help',
  'cancel',
  'start_over',
]);

/** Ages the remembered case list by one turn (called once per message, before routing). */
export function ageLastCases(memory: ConversationMemory): void {
  if (memory.lastCases) memory.lastCases.turnsAgo += 1;
}

/** True when the case list was shown on the turn just before this one. */
export function casesJustShown(memory: ConversationMemory): boolean {
  return memory.lastCases?.turnsAgo === 1;
}

/**
 * The intent of a follow-up on support cases, read against the conversation: right after a case
 * list, "which one is due first?" re-orders that list and "who's the contact on that one?" is the
 * customer view of its case; after an account or person was shown, "any open cases for them?"
 * lists that account's cases. Undefined when the message is not such a follow-up.
 */
export function caseFollowUpIntent(
  text: string,
  memory: ConversationMemory,
  read: { intent: string; account?: string },
): 'case_list' | 'customer_view' | undefined {
  const namesAnother = read.account !== undefined && !POINTS_BACK.test(read.account);
  if (namesAnother || SALES_WORDS.test(text) || KEPT.has(read.intent)) return undefined;
  if (casesJustShown(memory)) {
    // After the SLAs breached in a period, only "only mine" is read against them.
    if (memory.lastCases?.breachPeriod) return asksOnlyMine(text) ? 'case_list' : undefined;
    if (WHO_ON_IT.test(text) || asksWhoseCase(text) || asksAboutItsCustomer(text)) return 'customer_view';
    if (asksWhoOwns(text)) return 'case_list';
    if (asksOnlyMine(text) || onlyAgentOf(text) || onlyPriorityOf(text)) return 'case_list';
    if (ABOUT_SHOWN.test(text) || /\b(?:due|breach\w*|sla|priority|urgent)\b/i.test(text)) return 'case_list';
  }
  if (memory.lastAccount && CASE_WORDS.test(text) && POINTS_BACK.test(text)) return 'case_list';
  return undefined;
}

/** True when a role refused the sales records asks about its own work ("what do i have due by end of day"). */
export function asksAboutOwnWork(text: string): boolean {
  return OWN_WORK.test(text) && !SALES_WORDS.test(text);
}

/** How a follow-up wants the listed cases: the one due first, the most urgent, the newest or oldest. */
export type CaseOrder = 'due' | 'priority' | 'newest' | 'oldest';

/** The order a follow-up asks for, if any ("which one is due first?" → due). */
export function caseOrderOf(text: string): CaseOrder | undefined {
  if (/\b(?:due|breach\w*|sla|soonest|earliest|deadline)\b/i.test(text)) return 'due';
  if (/\b(?:urgent|priority|critical|important|severe)\b/i.test(text)) return 'priority';
  if (/\b(?:newest|latest|most\s+recent|last\s+opened)\b/i.test(text)) return 'newest';
  if (/\b(?:oldest|longest|first\s+opened)\b/i.test(text)) return 'oldest';
  if (/\b(?:first|next)\b/i.test(text)) return 'due';
  return undefined;
}

/** True when a back-reference stands for the conversation's account ("them", "there", "that customer"). */
export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text);
}

/** True when a follow-up asks whose case was just shown: its account ("which account is that"). */
export function asksWhoseCase(text: string): boolean {
  return WHOSE_CASE.test(text) && !/\bcases\b/i.test(text);
}

/**
 * Narrowing the cases just listed to one priority: "only the high ones", "just the urgent ones",
 * "high priority only", "which of them are urgent". A priority word alone ("high") is too little.
 */
const ONLY_PRIORITY =
  /^\s*(?:(?:and|ok|okay|now)\s+)?(?:(?:(?:show|give)\s+me\s+)?(?:only|just)\s+(?:the\s+)?(urgent|critical|high|medium|normal|low)(?:[-\s]priority)?(?:\s+(?:ones?|cases|tickets))?|(?:the\s+)?(urgent|critical|high|medium|normal|low)(?:(?:[-\s]priority)?\s+(?:ones|cases|tickets)|[-\s]priority)(?:\s+only)?|(?:the\s+)?(urgent|critical|high|medium|normal|low)(?:[-\s]priority)?\s+only|(?:which|what)\s+(?:ones|of\s+(?:them|those|these))\s+(?:are|is)\s+(urgent|critical|high|medium|normal|low)(?:[-\s]priority)?)\s*[?.!]*\s*$/i;

/** The priority a follow-up narrows the cases just listed to ("only the high ones": high), if any. */
export function onlyPriorityOf(text: string): CasePriority | undefined {
  const found = ONLY_PRIORITY.exec(text);
  const said = (found?.[1] ?? found?.[2] ?? found?.[3] ?? found?.[4])?.toLowerCase();
  if (!said) return undefined;
  return said === 'critical' ? 'urgent' : said === 'medium' ? 'normal' : (said as CasePriority);
}
