import { CrmError, ErrorCode } from '../../core/errors';
import { MONTH_NAMES } from '../../core/month-names';

/** A span of time a forecast is for: [from, to) in UTC, with a name people say. */
export interface ForecastPeriod {
  label: string;
  from: Date;
  to: Date;
}

/**
 * Reads a period as people say it, relative to `now` (UTC): "this quarter" (the default), "next
 * quarter", "last quarter", "Q3", "Q3 2026", "2026-Q3", "this month", "next month", "March",
 * "2026-03", "this year", "next year", "2026", "H2". A quarter or month without a year is the next
 * one that has not ended yet (this year's Q1 in February, next year's Q1 in December).
 */
export function parseForecastPeriod(text: string | undefined, now: Date): ForecastPeriod {
  const said = (text ?? 'this quarter').trim().toLowerCase().replace(/\s+/g, ' ');
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const quarter = Math.floor(month / 3);
  const quarterOf = (y: number, q: number): ForecastPeriod => {
    const yy = y + Math.floor(q / 4);
    const qq = ((q % 4) + 4) % 4;
    return { label: `Q${qq + 1} ${yy}`, from: utc(yy, qq * 3), to: utc(yy, qq * 3 + 3) };
  };
  const monthOf = (y: number, m: number): ForecastPeriod => {
    const start = utc(y, m);
    return {
      label: `${MONTH_NAMES[start.getUTCMonth()]![0]!.toUpperCase()}${MONTH_NAMES[start.getUTCMonth()]!.slice(1)} ${start.getUTCFullYear()}`,
      from: start,
      to: utc(y, m + 1),
    };
  };
  const yearOf = (y: number): ForecastPeriod => ({ label: String(y), from: utc(y, 0), to: utc(y + 1, 0) });

  const relative = /^(this|current|next|last|previous) (quarter|month|year)$/.exec(said);
  if (relative) {
    const step = relative[1] === 'next' ? 1 : relative[1] === 'last' || relative[1] === 'previous' ? -1 : 0;
    if (relative[2] === 'quarter') return quarterOf(year, quarter + step);
    if (relative[2] === 'month') return monthOf(year, month + step);
    return yearOf(year + step);
  }
  const q = /^(?:(\d{4})[ -]?)?q([1-4])(?:[ -]?(?:fy)?(\d{4}))?$/.exec(said);
  if (q) {
    const n = Number(q[2]) - 1;
    const explicit = q[1] ?? q[3];
    if (explicit) return quarterOf(Number(explicit), n);
    return quarterOf(n < quarter ? year + 1 : year, n);
  }
  const half = /^h([12])(?: (\d{4}))?$/.exec(said);
  if (half) {
    const h = Number(half[1]) - 1;
    const y = half[2] ? Number(half[2]) : h * 6 + 6 <= month ? year + 1 : year;
    return { label: `H${h + 1} ${y}`, from: utc(y, h * 6), to: utc(y, h * 6 + 6) };
  }
  const isoMonth = /^(\d{4})-(\d{2})$/.exec(said);
  if (isoMonth && Number(isoMonth[2]) >= 1 && Number(isoMonth[2]) <= 12)
    return monthOf(Number(isoMonth[1]), Number(isoMonth[2]) - 1);
  const named = /^([a-z]+)(?: (\d{4}))?$/.exec(said);
  if (named) {
    const m = MONTH_NAMES.findIndex(
      (name) => name === named[1] || (named[1]!.length >= 3 && name.startsWith(named[1]!)),
    );
    if (m >= 0) return monthOf(named[2] ? Number(named[2]) : m < month ? year + 1 : year, m);
  }
  if (/^\d{4}$/.test(said)) return yearOf(Number(said));
  throw new CrmError(
    ErrorCode.InvalidInput,
    `I can't tell which period "${text}" is. Try "this quarter", "next month", "Q3", "Q3 2026", "March" or "2026".`,
    { period: text },
  );
}

function utc(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}
