import { dateTimeFormat } from '../../core/date-formats';

/** Minutes the zone is ahead of UTC at `at` (e.g. -420 for America/Denver in winter). */
function offsetMinutes(at: Date, timezone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant the caller's day ends (the next local midnight) in an IANA time zone: "by the end of
 * today" for someone in Denver is 07:00 UTC the next morning in winter.
 */
export function endOfLocalDay(now: Date, timezone: string): Date {
  const local = new Date(now.getTime() + offsetMinutes(now, timezone) * 60_000);
  const nextMidnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  // The offset at the local midnight itself (a DST change during the day moves it by an hour).
  const guess = new Date(nextMidnightAsUtc - offsetMinutes(now, timezone) * 60_000);
  return new Date(nextMidnightAsUtc - offsetMinutes(guess, timezone) * 60_000);
}

/**
 * The reader's calendar day of an instant (`YYYY-MM-DD`): "today" for someone in Auckland is
 * already tomorrow in UTC for half the day. Calendar dates are compared with this day, never with
 * the UTC day of "now".
 */
export function localDayIn(instant: Date, timezone: string): string {
  return dateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The day of a stored calendar date (a close date, a due day), `YYYY-MM-DD`. Calendar dates are
 * stored as an instant of that day in UTC (00:00 for close dates, 12:00 for due days given as a
 * day) and always read as that UTC day, in every time zone.
 */
export function calendarDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from calendar day `from` to calendar day `to` (both `YYYY-MM-DD`; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) starts in an IANA time zone: "this week" for someone in
 * Denver starts at 07:00 UTC on its Monday in winter.
 */
export function startOfLocalDay(day: string, timezone: string): Date {
  const midnightAsUtc = Date.parse(`${day}T00:00:00Z`);
  const guess = new Date(midnightAsUtc - offsetMinutes(new Date(midnightAsUtc), timezone) * 60_000);
  return new Date(midnightAsUtc - offsetMinutes(guess, timezone) * 60_000);
}

/** The calendar day after `day` (both `YYYY-MM-DD`). */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
