/**
 * Questions about one's day and about each team member's work (issue 19, ninth round): "what's on
 * my plate today", accounts that have not heard from us, deals stuck in their stage, who on the team
 * logged no activity, which rep has the most overdue tasks. Each is a reading of the record query;
 * the record-question parser adds the owner, stages and period. `text` is lower case throughout.
 */
import { SPAN_COUNT, spanDays } from './sales-metrics';

/**
 * The caller's own day: "my day", "what's on my agenda", "what should i do first today", and with
 * "today" said: "what's on my plate today", "what do i have today", "anything due today". Without a
 * day, "what's on my plate" and "my to-do list" are all of one's open tasks; "next week" is a window.
 */
const OWN_DAY =
  /\bmy\s+(?:day|agenda|schedule)\b(?!\s+off\b)|\bon\s+my\s+(?:agenda|schedule|calendar)\b|\bwhat\s+should\s+i\s+(?:do|tackle|start\s+with|work\s+on)\s+first\b/;
const TODAY = /\btoday'?s?\b/;
/** Asking what one has to do, said with "today". */
const ASKS_FOR_TODAY =
  /\bon\s+my\s+(?:plate|list|to-?do\s+list)\b|\bwhat\s+(?:do|have|should|must|shall)\s+i\b|\bwhat\s+i\s+(?:have|need|should)\b|\bdue\b|\bmy\s+(?:tasks|to-?dos?)\b|\bfor\s+me\b/;
/** Not one's day: cases, deals, small talk about a day, another day or period. */
const NOT_OWN_DAY =
  /\b(?:cases?|tickets?|deals?|opps?|opportunit\w+|pipeline|leads?|how\s+(?:was|is)\s+(?:my|your)\s+day|tomorrow|yesterday|next|last|week|month|quarter)\b/;

export function isOwnDayQuestion(text: string): boolean {
  return (OWN_DAY.test(text) || (TODAY.test(text) && ASKS_FOR_TODAY.test(text))) && !NOT_OWN_DAY.test(text);
}

/**
 * Nobody from us in touch with an account or a person for a while: "haven't heard from us", "not
 * contacted", "haven't talked to", "not reached out to", "gone quiet", "no touch", "no activity".
 */
const NOT_IN_TOUCH =
  /(?:\b(?:not|never)|n't)\s+(?:(?:we|i|you|they|anyone|anybody|been|yet)\s+)*(?:heard\s+from|contacted|touched|talked\s+to|spoken\s+(?:to|with)|spoke\s+(?:to|with)|reached\s+out\s+to|called|emailed|met(?:\s+with)?|engaged(?:\s+with)?|followed\s+up\s+with|had\s+(?:any\s+)?(?:contact|activity|interactions?|a\s+touch)\s+with)\b|\b(?:nobody|no\s+one)(?:\s+(?:has|have|had))?\s+(?:heard\s+from|contacted|touched|talked\s+to|spoken\s+(?:to|with)|reached\s+out\s+to|called|emailed|met(?:\s+with)?)\b|\bno\s+(?:touch(?:es|points?)?|contact|activity|activities|interactions?|calls?|emails?|meetings?)\b|\b(?:gone|went|going)\s+(?:quiet|cold|dark|silent)\b|\bneglected\b|\bdormant\b|\buntouched\b/;
const ACCOUNT_NOUN = /\b(?:accounts?|customers?|clients?|prospects?|companies)\b/;
const CONTACT_NOUN = /\b(?:contacts?|people|persons?)\b/;
/** A quiet question of deals is the sales metric's (`quietDays` of deals). */
const DEAL_NOUN = /\b(?:deals?|opps?|opportunit\w+|pipeline)\b/;
/** How long "gone quiet" means when no span is said. */
export const DEFAULT_QUIET_RECORD_DAYS = 30;

/** A span said with a number: "60 days", "two weeks", "a month", "a fortnight". */
const COUNTED_SPAN = new RegExp(
  String.raw`\b(?:${SPAN_COUNT})\s*(?:\+\s*)?(?:days?|d|weeks?|wks?|months?|mos?)\b|\bfortnight\b`,
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SINCE_MONTH =
  /\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;

function daysFrom(from: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Accounts or contacts nobody has been in touch with for a while, and for how many days: "which of
 * my accounts haven't heard from us in 60 days", "customers i haven't talked to since october",
 * "contacts with no touch in 2 months", "accounts with no activity this quarter" (`periodFrom`: the
 * start of a period the question names). Undefined for deals (the sales metric) and other questions.
 */
export function quietRecordsOf(text: string, today: string, periodFrom?: string): QuietRecords | undefined {
  if (!NOT_IN_TOUCH.test(text) || DEAL_NOUN.test(text)) return undefined;
  const noun = ACCOUNT_NOUN.exec(text)?.[0];
  // "contact" inside the words of silence ("no contact in 3 months", "had no contact with") names no record.
  const nouns = text.replace(new RegExp(NOT_IN_TOUCH.source, 'g'), ' ');
  const record = CONTACT_NOUN.test(nouns) ? 'contact' : noun ? 'account' : undefined;
  if (!record) return undefined;
  // "which of my customers have gone quiet": customers only, not prospects.
  const status =
    record === 'account' && noun && /^(?:customer|client)/.test(noun)
      ? 'customer'
      : record === 'account' && /\bprospects?\b/.test(text)
        ? 'prospect'
        : undefined;
  return { record, days: quietDaysOf(text, today, periodFrom), ...(status ? { accountStatus: status } : {}) };
}

/** Accounts or contacts gone quiet, for how many days; accounts maybe of one status. */
export interface QuietRecords {
  record: 'account' | 'contact';
  days: number;
  accountStatus?: 'customer' | 'prospect';
}

function quietDaysOf(text: string, today: string, periodFrom: string | undefined): number {
  const month = SINCE_MONTH.exec(text)?.[1];
  if (month) {
    const [year, current] = today.split('-').map(Number) as [number, number];
    const index = MONTHS.indexOf(month) + 1;
    // The month most recently begun: "since october" in December is this year's, "since december" too.
    const from = `${index <= current ? year : year - 1}-${String(index).padStart(2, '0')}-01`;
    return Math.max(1, daysFrom(from, today));
  }
  // "in 60 days", "2 months": that span; "this quarter": since the period began.
  if (COUNTED_SPAN.test(text)) return spanDays(text)!;
  if (periodFrom && periodFrom < today) return daysFrom(periodFrom, today);
  return spanDays(text) ?? DEFAULT_QUIET_RECORD_DAYS;
}

/**
 * Deals by how long they have sat in their current stage: "stuck in proposal for a long time",
 * "sitting in negotiation for over 30 days", "haven't moved in 30 days", "in the same stage for 2
 * months", "in proposal the longest". `days`: the least time in the stage said, if any.
 */
const IN_STAGE =
  /\bstuck\b|\b(?:sitting|sat)\s+(?:in|at)\b.*\b(?:for\s+(?:over\s+|more\s+than\s+|at\s+least\s+)?(?:\d+|a|an|one|two|three|four|five|six|ages|weeks|months|too|so|long)|since|longest|a\s+while|ages)\b|(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?(?:moved|progressed|advanced|budged)\b|\bsame\s+stage\b|\b(?:in|at)\s+(?:\w+\s+)?(?:stage\s+)?(?:the\s+)?longest\b|\blongest\s+(?:in|at)\s+(?:\w+\s+)?stage\b|\bbeen\s+in\s+(?:prospecting|qualification|proposal|negotiation|discovery|stage)\s+(?:for|since)\b/;

/** Stuck, or not moving, said outright: with no time said, only deals past the stall rule are meant. */
const STUCK = /\bstuck\b|(?:\bnot|n't|\bnever)\b|\blong\b|\bages\b|\bwhile\b/;

export function timeInStageOf(text: string): { days?: number } | undefined {
  if (!IN_STAGE.test(text)) return undefined;
  const days = spanDays(text);
  if (days !== undefined) return { days };
  // "which deals have been in proposal the longest": all of them, the longest first.
  return STUCK.test(text) ? {} : { days: 0 };
}

/**
 * Per team member: "who on my team …", "which rep …", "by rep", "each rep", "per person". The
 * question counts something for each member (their tasks, their logged activity), not the caller's.
 */
const PER_MEMBER =
  /\b(?:who|who's|whose|which\s+(?:of\s+(?:my|our|the)\s+)?(?:reps?|sellers?|people|person|members?|team\s*members?|one\s+of\s+(?:us|my\s+reps|the\s+reps))|(?:by|per|for\s+each|each|every)\s+(?:rep|owner|seller|salesperson|person|team\s*member|member)|each\s+of\s+(?:my|our|the)\s+(?:reps|team)|anyone|anybody|nobody|no\s+one)\b/;
/** Logged work: activity, interactions, calls, meetings, emails, or "logged" itself. */
const LOGGED =
  /\b(?:log|logged|logging|activit(?:y|ies)|interactions?|touch-?points|calls|meetings|e-?mails|notes)\b/;

/** Tasks counted per member ("which rep has the most overdue tasks", "overdue tasks by rep"). */
export function asksTasksPerMember(text: string): boolean {
  return PER_MEMBER.test(text);
}

/**
 * Logged activity counted per member: "who on my team hasn't logged any activity this week", "which
 * reps logged no calls this week", "activity by rep", "how many calls did each rep log this month".
 */
export function asksActivityPerMember(text: string): boolean {
  return PER_MEMBER.test(text) && LOGGED.test(text) && !/\bwho\s+(?:is|are)\s+on\b/.test(text);
}
