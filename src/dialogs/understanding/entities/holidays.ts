import type { CalendarDay } from './calendar-day';

/**
 * Days people name by their holiday ("before christmas", "by new year's eve"): fixed days of the
 * year, so the day is the next one (or, for a past question, the latest one) with that month and day.
 */
export const HOLIDAY =
  /\b(?:christmas\s+eve|xmas\s+eve|christmas(?:\s+day)?|xmas|new\s+year'?s\s+eve|new\s+year'?s(?:\s+day)?|halloween|valentine'?s(?:\s+day)?)\b/g;

/** Month and day of each holiday's words, by their first letters. */
function monthAndDay(words: string): [number, number] {
  const said = words.toLowerCase();
  if (/eve$/.test(said)) return said.startsWith('new') ? [12, 31] : [12, 24];
  if (said.startsWith('new')) return [1, 1];
  if (said.startsWith('halloween')) return [10, 31];
  if (said.startsWith('valentine')) return [2, 14];
  return [12, 25];
}

/** The holiday's day, as `YYYY-MM-DD`: the next on or after today, or the latest on or before it when `past`. */
export function holidayDate(words: string, today: CalendarDay, past: boolean): string {
  const [month, day] = monthAndDay(words);
  const thisYear = month * 100 + day;
  const todayKey = today.month * 100 + today.day;
  const year = past
    ? thisYear <= todayKey
      ? today.year
      : today.year - 1
    : thisYear >= todayKey
      ? today.year
      : today.year + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
