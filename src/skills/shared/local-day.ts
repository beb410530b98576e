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
