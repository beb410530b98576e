/** A weekday said alone ("on friday", "last tuesday"): a past event's is the latest one, not the next. */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** "deals closed yesterday", "anything closed last week": closed in the past (not closed-lost, not a close date). */
const CLOSED = /\bclosed\b(?!\s+(?:lost|dates?)\b)/;

/** Deals expected to close, not closed: "should have closed", "were supposed to have closed". */
const EXPECTED = /\b(?:should|supposed|meant|expected|due)\b/;

/** Records other than deals that are closed too ("cases closed yesterday", "tasks closed this week"). */
const OTHER_RECORDS = /\b(?:cases?|tickets?|issues?|tasks?|to-?dos?|leads?|campaigns?|accounts?)\b/;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The one day a question about deals won or lost names ("did anyone close anything yesterday",
 * "deals won today", "what did we close on friday"), as a closed window; undefined when the day is
 * ahead. A bare weekday is the latest one up to today (the day reader takes it for the next one).
 */
export function closedDayOf(
  day: { text: string; date: string } | undefined,
  today: string,
): { from: string; to: string } | undefined {
  if (!day) return undefined;
  const date = day.date > today && WEEKDAY.test(day.text) ? addDays(day.date, -7) : day.date;
  return date <= today ? { from: date, to: date } : undefined;
}

/**
 * "any deals closed yesterday", "deals closed last week": "closed" with a time already past is
 * winning then (as "what did we close last month" is). `whenPast`: the message names a day or period
 * that has begun.
 */
export function closedInThePast(text: string, whenPast: boolean): boolean {
  // "which deals should have closed last week" are deals expected then, not deals won.
  return whenPast && CLOSED.test(text) && !EXPECTED.test(text) && !OTHER_RECORDS.test(text);
}
