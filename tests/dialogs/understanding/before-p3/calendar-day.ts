import { dateTimeFormat } from '../../../../src/core/date-formats';

/** A calendar date in the user's time zone, as `YYYY-MM-DD` parts. */
export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** The calendar day of instant `now` in IANA time zone `timeZone`. */
export function calendarDayIn(now: Date, timeZone: string): CalendarDay {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Offset of `timeZone` from UTC at `now`, in minutes (e.g. 60 for Berlin in winter). */
export function utcOffsetMinutes(now: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(now.getTime() / 1000) * 1000) / 60000);
}

/** Day arithmetic on calendar days (proleptic Gregorian, no time zone involved). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The first day of the month `months` after the month of `day`. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1 + months, 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: CalendarDay): number {
  return ((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) + 1;
}

/** `YYYY-MM-DD`. */
export function isoDay(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
