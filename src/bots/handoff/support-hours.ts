import { CrmError, ErrorCode } from '../../core/errors';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * SUPPORT_HOURS as a test of a moment: 'Mon-Fri 09:00-17:00' (a day range or a comma list of days,
 * then a time range) in `timezone`. Unset means always. A value it cannot read stops start-up with
 * a message naming the variable.
 */
export function supportHoursCheck(spec: string | undefined, timezone: string): (now: Date) => boolean {
  if (!spec) return () => true;
  const match =
    /^\s*([A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3}|(?:\s*,\s*[A-Za-z]{3})*))\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(
      spec,
    );
  const invalid = () =>
    new CrmError(
      ErrorCode.InvalidInput,
      `SUPPORT_HOURS: "${spec}" is not like 'Mon-Fri 09:00-17:00' (days, then a time range in DEFAULT_TIMEZONE).`,
    );
  if (!match) throw invalid();
  const dayIndex = (name: string) => DAYS.indexOf(name.trim().toLowerCase() as (typeof DAYS)[number]);
  const days = new Set<number>();
  const dayPart = match[1]!;
  if (dayPart.includes('-')) {
    const [from, to] = dayPart.split('-').map(dayIndex) as [number, number];
    if (from < 0 || to < 0) throw invalid();
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === to) break;
    }
  } else {
    for (const name of dayPart.split(',')) {
      const day = dayIndex(name);
      if (day < 0) throw invalid();
      days.add(day);
    }
  }
  const start = Number(match[2]) * 60 + Number(match[3]);
  const end = Number(match[4]) * 60 + Number(match[5]);
  if (start >= end || end > 24 * 60) throw invalid();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (now) => {
    const fields = Object.fromEntries(parts.formatToParts(now).map((part) => [part.type, part.value]));
    const minute = Number(fields.hour) * 60 + Number(fields.minute);
    return days.has(dayIndex(String(fields.weekday))) && minute >= start && minute < end;
  };
}
