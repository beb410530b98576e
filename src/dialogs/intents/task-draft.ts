import { isBackReference, type ConversationMemory } from '../conversation-memory';
import { taskRequestOf } from '../routing/task-requests';
import type { Understanding } from '../routing/understanding';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import type { RequestClock } from './crm-write-requests';

/** What the person asked to be reminded of, filled over the turns of the dialog (plain JSON). */
export interface TaskDraft {
  title?: string;
  /** The due day, `YYYY-MM-DD`. */
  due?: string;
  /** The account as written, not yet resolved. */
  accountMention?: string;
  account?: { id: string; name: string };
  accountChoices?: Array<{ id: string; label: string }>;
  /** The contact's name as written (a whole name the CRM knows), not yet resolved at the account. */
  contactMention?: string;
  contact?: { id: string; name: string };
}

/** Words that lead up to a day and belong with it ("by", "on", "due", "for", "before"). */
const DAY_LEAD =
  /(?:^|(?:\s*,)?\s+)(?:by|on|due|for|before|until|no\s+later\s+than|sometime|some\s+time)\s*$/i;
const TITLE_LEAD = /^(?:(?:to|that\s+i\s+(?:need|have|must)\s+to|about|re)\b|[:,\-–—\s])+/i;
/** A weekday named alone ("friday", "on friday"): said on that weekday, it means next week's. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$/i;
const TITLE_TAIL = /(?<![\s,;:.!?-])[\s,;:.!?-]+$/;
const MAX_TITLE = 500;

/** The day `days` after a `YYYY-MM-DD` day. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day a task is due, from the words of the request: a day named ("next tuesday", "on monday",
 * "10 Dec"), else a week or month ("next week": its first day; "this week": its last, the first being
 * past). Quarters and years ("Sophie's Q1 commit") are what the task is about, not when it is due.
 */
export function dueDayOf(words: string, clock: RequestClock): { due: string; text: string } | undefined {
  // A due day is ahead, whatever verbs the task has ("get the signed order form, due dec 11").
  const calendar = { now: clock.now, timeZone: clock.timezone, prefer: 'future' as const };
  const { dates, periods } = extractPeriodsAndDates(words, calendar);
  const today = extractPeriodsAndDates('today', calendar).dates[0]?.date ?? '';
  const day = dates.find((d) => d.date >= today);
  if (day && day.date === today && BARE_WEEKDAY.test(day.text.trim()))
    return { due: shiftDay(day.date, 7), text: day.text };
  if (day) return { due: day.date, text: day.text };
  const period = periods.find(
    (p) => p.granularity === 'week' || p.granularity === 'month' || p.granularity === 'span',
  );
  if (!period || period.end < today) return undefined;
  // "by the end of the month", "end of next week": a span ending then is due on its last day.
  if (period.granularity === 'span') return { due: period.end, text: period.text };
  return { due: period.start >= today ? period.start : period.end, text: period.text };
}

/** The request's words with the day's words (and what leads up to them) taken out, as a task title. */
export function taskTitleOf(words: string, dayText: string | undefined): string | undefined {
  // "for Globex next monday: send pricing": what to do is after the colon when what is before it
  // says for whom or when ("call Acme re: renewal" is one title).
  const colon = words.indexOf(':');
  const before = colon > 0 ? words.slice(0, colon) : '';
  const forWhomOrWhen =
    /^\s*(?:for|about)\b/i.test(before) ||
    // "Acme: prepare the QBR deck": a name before the colon ("call Acme re: …" is not one).
    (/^\s*\p{Lu}\S*(?:\s+\S+){0,2}\s*$/u.test(before) && !/\b(?:re|fw|fwd|subject|note)\s*$/i.test(before)) ||
    (dayText !== undefined && before.toLowerCase().includes(dayText.toLowerCase()));
  const after = forWhomOrWhen ? words.slice(colon + 1).trim() : '';
  let title = after || words;
  if (dayText) {
    const at = title.toLowerCase().lastIndexOf(dayText.toLowerCase());
    if (at >= 0) {
      const before = title.slice(0, at).replace(DAY_LEAD, '');
      title = `${before} ${title.slice(at + dayText.length)}`;
    }
  }
  title = title.replace(/\s+/g, ' ').replace(TITLE_LEAD, '').replace(TITLE_TAIL, '').trim();
  if (!title) return undefined;
  return (title[0]!.toUpperCase() + title.slice(1)).slice(0, MAX_TITLE);
}

/** The title with "them"/"they" as the account's name and "their" as its possessive. */
function withAccountForPronouns(title: string, accountName: string): string {
  return title.replace(/\btheir\b/gi, `${accountName}'s`).replace(/\b(?:them|they)\b/gi, accountName);
}

/**
 * Reads "remind me to send the MSA to Kevin Adams at Acme next tuesday" into a draft: the title
 * (what to do, without the day), the due day, the account named (or the conversation's for
 * "them"), and a contact named by their whole name.
 */
export function taskDraftFrom(
  text: string,
  understanding: Understanding,
  memory: ConversationMemory,
  clock: RequestClock,
): TaskDraft {
  const words = taskRequestOf(text) ?? text;
  const day = dueDayOf(words, clock);
  const title = taskTitleOf(words, day?.text);
  const draft: TaskDraft = {
    ...(title ? { title } : {}),
    ...(day ? { due: day.due } : {}),
  };
  const mention = understanding.accountMention;
  const named = (understanding.entities?.accounts ?? []).filter((a) => a.score >= 0.9);
  if (
    mention &&
    !isBackReference(mention) &&
    named.some((a) => a.text.toLowerCase() === mention.toLowerCase())
  )
    draft.accountMention = mention;
  else if (named[0]) draft.accountMention = named[0].text;
  else if (/\b(?:them|their|they)\b/i.test(words) && memory.lastAccount) {
    draft.account = memory.lastAccount;
    // "follow up with them" reads as "Follow up with Wayne Enterprises" in the task list, weeks later.
    if (draft.title) draft.title = withAccountForPronouns(draft.title, memory.lastAccount.name);
  }
  // A contact by their whole name ("Kevin Adams"); a first name alone may be a rep or anyone.
  const contact = (understanding.entities?.contacts ?? []).find(
    (c) => c.score >= 0.99 && /\s/.test(c.text.trim()),
  );
  if (contact) draft.contactMention = contact.text;
  return draft;
}
