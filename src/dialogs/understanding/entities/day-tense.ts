import { addDays, isoDay, weekday, type CalendarDay } from './calendar-day';

/** A weekday named ("friday", "last tue"). */
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:wednes|thurs|satur)day\b/i;
/** "last friday", "this past monday", "previous tuesday": the one before today. */
const BEFORE_TODAY = /\b(?:last|past|previous)\s+$/i;
/** "next friday", "this coming monday", a deadline "by friday": ahead, whatever the tense. */
const AHEAD = /\b(?:next|coming|upcoming|by|until|till|before|due)\s+(?:on\s+|this\s+)?$/i;
/**
 * A day of a month said ahead, whatever the tense ("by dec 1", "next 2 december"). "due" is not
 * among them: "tasks due on dec 1" asked on 4 December are the ones just past (issue 19, w19t).
 */
const MONTH_DAY_AHEAD = /\b(?:next|coming|upcoming|by|until|till|before)\s+(?:on\s+|this\s+)?$/i;
/** Verbs of something done ("what did we close", "who was called", "calls i logged"). */
const PAST_TENSE =
  /\b(?:did|didn'?t|was|wasn'?t|were|weren'?t|had|happened|went|met|sent|spoke|talked|won|lost|closed|called|emailed|logged|signed|came|slipped|moved|changed|updated|created|added|converted|resolved|opened|replied|heard|made|held|booked|visited|phoned|rang|attended)\b/i;
/** Words of something still to come, which a past verb elsewhere does not turn back ("remind me what i sent, on friday"). */
const FUTURE_TENSE = /\b(?:will|won'?t|going to|gonna|remind|schedule|plan)\b|'ll\b/i;

/**
 * Whether days in a message are read back in time: the caller asks for past days, or asks nothing
 * and the message is about something done. A caller asking for future days (a task's due day, a
 * deal's new close date) keeps them ahead whatever verbs the message has ("get the signed order
 * form, due dec 11" is due this 11 December, not last year's).
 */
export function readsBack(prefer: 'future' | 'past' | undefined, text: string): boolean {
  return prefer === 'past' || (prefer !== 'future' && asksAboutThePast(text));
}

/** Whether a message asks about something already done ("what did we close on friday"). */
export function asksAboutThePast(text: string): boolean {
  return PAST_TENSE.test(text) && !FUTURE_TENSE.test(text);
}

/**
 * The day a weekday said alone means, when the reader took it forward (the next one): "last friday"
 * (or "past", "previous") is the latest before today; in a question about the past, or when the
 * caller asks for past days, a bare one is today or the latest before it; "next friday" and a
 * question about what is coming keep the day as read. `before`: the message up to the weekday.
 */
function weekdayByTense(
  day: CalendarDay,
  today: CalendarDay,
  said: { before: string; pastQuestion: boolean },
): CalendarDay {
  if (AHEAD.test(said.before)) return day;
  const back = (weekday(today) - weekday(day) + 7) % 7;
  if (BEFORE_TODAY.test(said.before)) return addDays(today, -(back || 7));
  return said.pastQuestion ? addDays(today, -back) : day;
}

/**
 * Where in `said` (a day the reader found) a weekday alone is named, or -1 when the day has a month
 * or a number ("dec 1", "the 10th") or names no weekday ("tomorrow").
 */
function weekdayIndexIn(said: string): number {
  if (/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(said)) return -1;
  return said.search(WEEKDAY);
}

/** A day of a month with no year read forward ("dec 1" in December 2026 as 2027): in a past question, the latest not after today. */
function monthDayByTense(day: CalendarDay, today: CalendarDay): CalendarDay {
  return isoDay(day) > isoDay(today) ? { ...day, year: day.year - 1 } : day;
}

/**
 * A single day as the tense of the message means it: the reader takes a weekday or a day of a month
 * forward, but "last friday", or "friday" / "dec 1" in a question about what was done, is the latest
 * one. `index`: where the reader found `said` in `text`.
 */
export function dayByTense(
  day: CalendarDay,
  today: CalendarDay,
  mention: {
    text: string;
    index: number;
    said: string;
    prefer?: 'future' | 'past';
    yearSaid: boolean;
    monthSaid: boolean;
  },
): CalendarDay {
  const pastQuestion = readsBack(mention.prefer, mention.text);
  const at = weekdayIndexIn(mention.said);
  if (at >= 0) {
    const before = mention.text.slice(0, mention.index + at);
    return weekdayByTense(day, today, { before, pastQuestion });
  }
  const forward = MONTH_DAY_AHEAD.test(mention.text.slice(0, mention.index));
  if (!mention.monthSaid || mention.yearSaid || forward) return day;
  if (pastQuestion) return monthDayByTense(day, today);
  // "meetings on dec 2" asked on 4 December: with no verb either way, a day just past is this year's.
  return FUTURE_TENSE.test(mention.text) ? day : recentDayOrForward(day, today);
}

/** How many days back a day of a month said with no tense still reads as the one just past. */
const RECENT_DAYS = 31;

/** A day of a month read forward into next year, as this year's when that one is within the last month. */
function recentDayOrForward(day: CalendarDay, today: CalendarDay): CalendarDay {
  if (day.year <= today.year) return day;
  const thisYears = { ...day, year: day.year - 1 };
  const earliest = isoDay(addDays(today, -RECENT_DAYS));
  return isoDay(thisYears) >= earliest && isoDay(thisYears) <= isoDay(today) ? thisYears : day;
}
