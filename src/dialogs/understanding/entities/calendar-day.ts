import { dateTimeFormat } from '../../../core/date-formats';

/** A calendar date in the user's time zone, as `YYYY-MM-DD` parts. */
export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/**
 * Since 1973 every time zone's offset from UTC is a whole number of minutes (the last with seconds,
 * Africa/Monrovia's -0:44:30, ended in 1972), so a zone's calendar day and offset stay the same
 * for a whole UTC minute. A message reads the day of "now" and of each date it names; keeping each
 * zone's last minute saves formatting the same instant again (`formatToParts` costs microseconds).
 */
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);

/** Per time zone, the last minute (since the epoch) asked about and its answer. */
class LastMinuteMemo<T> {
  private readonly last = new Map<string, { minute: number; value: T }>();

  get(now: Date, timeZone: string, compute: () => T): T {
    const time = now.getTime();
    if (!(time >= WHOLE_MINUTE_OFFSETS_FROM)) return compute();
    const minute = Math.floor(time / 60_000);
    const kept = this.last.get(timeZone);
    if (kept?.minute === minute) return kept.value;
    const value = compute();
    this.last.set(timeZone, { minute, value });
    return value;
  }
}

const dayMemo = new LastMinuteMemo<CalendarDay>();
const offsetMemo = new LastMinuteMemo<number>();

/** The calendar day of instant `now` in IANA time zone `timeZone`. */
export function calendarDayIn(now: Date, timeZone: string): CalendarDay {
  return dayMemo.get(now, timeZone, () => formattedDayIn(now, timeZone));
}

function formattedDayIn(now: Date, timeZone: string): CalendarDay {
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
  return offsetMemo.get(now, timeZone, () => formattedOffsetMinutes(now, timeZone));
}

function formattedOffsetMinutes(now: Date, timeZone: string): number {
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
