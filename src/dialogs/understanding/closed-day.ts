/** "deals closed yesterday", "anything closed last week": closed in the past (not closed-lost, not a close date). */
const CLOSED = /\bclosed\b(?!\s+(?:lost|dates?)\b)/;

/** Deals expected to close, not closed: "should have closed", "were supposed to have closed". */
const EXPECTED = /\b(?:should|supposed|meant|expected|due)\b/;

/** Records other than deals that are closed too ("cases closed yesterday", "tasks closed this week"). */
const OTHER_RECORDS = /\b(?:cases?|tickets?|issues?|tasks?|to-?dos?|leads?|campaigns?|accounts?)\b/;

/**
 * The one day a question about deals won or lost names ("did anyone close anything yesterday",
 * "deals won today", "what did we close on friday"), as a closed window; undefined when the day is
 * ahead. The day reader takes a weekday in a past question for the latest one (entities/day-tense.ts).
 */
export function closedDayOf(
  day: { text: string; date: string; instant?: string } | undefined,
  today: string,
  now?: Date,
): { from: string; to: string } | undefined {
  if (!day) return undefined;
  // "got a call with globex in an hour - what happened last time": a time still ahead today is when
  // the next thing happens, no day for what already did.
  if (now && day.instant && Date.parse(day.instant) > now.getTime()) return undefined;
  return day.date <= today ? { from: day.date, to: day.date } : undefined;
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
