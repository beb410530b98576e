import type { Lead } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { yearPeriodsIn } from '../understanding/entities/year-periods';
import { leadSourceOf, withoutLeadSources } from '../routing/lead-words';
import { leadShareOf } from '../routing/marketing-questions';

type LeadStatus = Lead['status'];

/** Words pointing back at the leads just listed ("which of those", "the ones", "them"). */
const POINTS_BACK = /\b(?:those|these|them|they|ones?|which)\b/i;

/** Lead statuses in a follow-up's words: "still open", "the qualified ones", "which converted". */
const STATUS_WORDS: ReadonlyArray<[RegExp, LeadStatus[]]> = [
  [
    /\b(?:open|still\s+(?:in\s+play|going|live|active)|not\s+(?:yet\s+)?(?:converted|closed|resolved))\b/i,
    ['new', 'working', 'qualified'],
  ],
  [/\b(?:disqualified|dropped|lost|dead)\b/i, ['disqualified']],
  // "did any of them convert": asked of the past, the ones that converted.
  [/\bconverted\b|\b(?:did|have|has)\b.*\bconvert\b/i, ['converted']],
  [/\bqualified\b/i, ['qualified']],
  [/\bworking\b|\bbeing\s+worked\b|\bin\s+progress\b/i, ['working']],
  [/\bnew\b|\buntouched\b/i, ['new']],
];

/** The lead statuses a follow-up on a lead list asks for ("which of those are still open" → new, working, qualified). */
export function leadStatusesOfFollowUp(text: string): LeadStatus[] | undefined {
  return STATUS_WORDS.find(([words]) => words.test(text))?.[1];
}

/** Words around a period asked about again ("just this year", "what about last quarter", "and 2025?"). */
const AGAIN_WORDS = /^(?:ok|okay|so|and|but|now|what|about|how|for|then|same|just|only|in|during|over)$/;

/**
 * True when the message only names a period ("just this year", "what about last quarter", "for
 * 2025 then"): asked right after a breakdown of leads, the same breakdown for that period.
 */
export function isPeriodAgain(text: string): boolean {
  // Whether a period is named does not depend on today (the handler reads it on the caller's clock).
  const period =
    extractPeriodsAndDates(text, { now: new Date(), timeZone: 'UTC', prefer: 'past' }).periods[0] ??
    yearPeriodsIn(text.toLowerCase())[0];
  if (!period) return false;
  const rest = text.toLowerCase().replace(period.text.toLowerCase(), ' ');
  return (rest.match(/[a-z']+/g) ?? []).every((word) => AGAIN_WORDS.test(word));
}

/** A short narrowing said without pointing back: "still being worked?", "only converted", "any disqualified?". */
const BARE_NARROWING = /^\s*(?:and\s+)?(?:still|only|just|any|are\s+any)\b/i;

/** Words narrowing leads to one source ("just the ones from events", "only the referral ones"). */
const NARROWS_TO = /\b(?:just|only)\b|\bwhich\s+(?:of\s+)?(?:those|these|them)\b/i;

/**
 * The source a message narrows the leads just counted by source to ("just the ones from events" →
 * event), when it points back at them and names a source.
 */
export function sourceNarrowingOf(text: string): Lead['source'] | undefined {
  return POINTS_BACK.test(text) && NARROWS_TO.test(text) ? leadSourceOf(text) : undefined;
}

/** Words around a source asked about again ("and from chat?", "what about referrals", "how about web leads then"). */
const SOURCE_AGAIN_WORDS =
  /^(?:ok|okay|so|and|but|now|what|about|how|same|for|from|via|through|by|the|our|leads?|ones?|then|too|please|pls)$/;

/**
 * The source a message asks about again in a few words ("and from chat?", "what about referrals",
 * "web leads too?"): right after a count of leads, the same count for that source.
 */
export function sourceAgainOf(text: string): Lead['source'] | undefined {
  const source = leadSourceOf(text);
  if (!source) return undefined;
  const rest = withoutLeadSources(text.toLowerCase()).match(/[a-z']+/g) ?? [];
  return rest.length <= 5 && rest.every((word) => SOURCE_AGAIN_WORDS.test(word)) ? source : undefined;
}

/** A share of all leads that names no source or status ("what % of all leads is that"): of the leads just shown. */
export function isShareOfThoseLeads(text: string): boolean {
  const share = leadShareOf(text);
  return share !== undefined && !share.source && !share.status;
}

/**
 * True when, right after a campaign's or a source's leads were listed or counted, the message narrows
 * them by status in words pointing back at them ("which of those are still open", "only the
 * converted ones", "how many of those converted") or in a few words of status alone ("still being
 * worked?"); or, right after leads were counted by source, status or campaign, it names only another
 * period or narrows them to one source ("just the ones from events").
 */
export function isLeadFollowUp(text: string, memory: ConversationMemory): boolean {
  if (memory.lastFocus !== 'leads') return false;
  // "and from chat?" right after leads were counted; "what % of all leads is that" after a source's leads.
  if (memory.lastLeadCount !== undefined && sourceAgainOf(text) !== undefined) return true;
  // "and converted?" right after "how many leads are qualified": the same count for that status.
  if (memory.lastLeadCount !== undefined && statusAgainOf(text) !== undefined) return true;
  if ((memory.lastLeadCount ?? memory.lastLeadSource) !== undefined && isShareOfThoseLeads(text)) return true;
  // "just this year" right after leads counted by source: that breakdown again for the year.
  if (memory.lastLeadBreakdown !== undefined)
    return isPeriodAgain(text) || sourceNarrowingOf(text) !== undefined;
  return (
    (memory.lastLeadCampaign !== undefined || memory.lastLeadSource !== undefined) &&
    (POINTS_BACK.test(text) || (BARE_NARROWING.test(text) && text.split(/\s+/).length <= 5)) &&
    leadStatusesOfFollowUp(text) !== undefined
  );
}

/** One lead status by its word, asked about again ("and converted?", "what about the disqualified ones"). */
const STATUS_AGAIN: ReadonlyArray<[RegExp, LeadStatus]> = [
  [/\bdisqualified\b|\bdq(?:'?d)?\b/i, 'disqualified'],
  [/\b(?<!dis)qualified\b|\bmqls?\b/i, 'qualified'],
  [/\bconverted\b|\bconversions\b/i, 'converted'],
  [/\bworking\b|\bbeing\s+worked\b/i, 'working'],
  [/\bnew\b/i, 'new'],
];
/** Words around a status asked about again ("and converted?", "what about the new ones", "how about disqualified then"). */
const STATUS_AGAIN_WORDS =
  /^(?:ok|okay|so|and|but|now|what|about|how|same|for|the|ones?|leads?|then|too|please|pls|many|are|were|is)$/;

/**
 * The status a message asks about again in a few words ("and converted?", "what about disqualified",
 * "the new ones?"): right after a count of leads, the same count for that status.
 */
export function statusAgainOf(text: string): LeadStatus | undefined {
  const found = STATUS_AGAIN.find(([words]) => words.test(text));
  if (!found) return undefined;
  const rest =
    text
      .toLowerCase()
      .replace(found[0], ' ')
      .match(/[a-z']+/g) ?? [];
  return rest.length <= 5 && rest.every((word) => STATUS_AGAIN_WORDS.test(word)) ? found[1] : undefined;
}

/** The filters of the last list or count of leads (`ConversationMemory.lastLeadList`). */
export interface LastLeadList {
  period?: string;
  source?: Lead['source'];
  statuses?: LeadStatus[];
}

/** Another kind of record named: the message is not about the leads just listed ("only the open deals"). */
const OTHER_RECORDS =
  /\b(?:deals?|accounts?|contacts?|cases?|tickets?|tasks?|opportunit(?:y|ies)|opps?|customers?|segments?|audiences?|campaigns?|products?)\b/i;

/** "how many is that", "how many are there", "how many of them", "count them": the leads just listed, counted. */
const COUNT_THOSE =
  /^\s*(?:(?:and|so|ok|okay)\s+)?(?:how\s+many\s+(?:is\s+that|are\s+(?:there|they|those|these|that)|were\s+(?:there|they|those|these)|of\s+(?:them|those|these)|in\s+(?:total|all)|total|altogether)|(?:count|total)\s+(?:them|those|these)|what(?:'s|\s+is)\s+the\s+(?:count|total|number))\b/i;

/** Words that narrow what was just shown rather than ask afresh ("only", "just", "which of them"). */
const NARROWING = /\b(?:only|just|those|these|them|they|ones?|which)\b/i;

/**
 * The lead question a follow-up on a list or count of leads stands for, with the filters of that
 * list kept and the ones it names put in ("leads from last month" → "only the chat ones" → "chat
 * leads that came in last month"; → "how many is that" → "how many chat leads came in last month";
 * "qualified leads" → "which of them came from the web" → "qualified web leads"). Undefined when
 * there is no such list or the message does not narrow it (names another kind of record, or
 * neither points back nor counts).
 */
export function leadListNarrowingOf(text: string, last: LastLeadList | undefined): string | undefined {
  if (!last || text.length > 120 || (!NARROWING.test(text) && !COUNT_THOSE.test(text))) return undefined;
  if (OTHER_RECORDS.test(text) || text.split(/\s+/).length > 10) return undefined;
  const count = COUNT_THOSE.test(text);
  const source = leadSourceOf(text);
  const statuses = leadStatusesOfFollowUp(text.replace(/\bwhich\b/gi, ' '));
  // Whether a period is named does not depend on today (the handler reads it on the caller's clock).
  const period =
    extractPeriodsAndDates(text, { now: new Date(), timeZone: 'UTC', prefer: 'past' }).periods[0]?.text ??
    yearPeriodsIn(text.toLowerCase())[0]?.text;
  if (!count && !source && !statuses && !period) return undefined;
  const status = statuses ?? last.statuses;
  const statusWords = !status
    ? ''
    : status.length === 3 && !status.some((one) => one === 'converted' || one === 'disqualified')
      ? 'open'
      : status.join(' or ');
  const which = [statusWords, source ?? last.source ?? '', 'leads'].filter(Boolean).join(' ');
  const when = period ?? last.period;
  if (count) return when ? `how many ${which} came in ${when}` : `how many ${which}`;
  return when ? `${which} that came in ${when}` : which;
}
