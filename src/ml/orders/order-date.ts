const DAY_MS = 86_400_000;

/** Milliseconds in a day; every age, recency and window in this feature is counted in days. */
export const MS_PER_DAY = DAY_MS;

/**
 * Parses an order timestamp to epoch milliseconds, or NaN when it is not a date. Accepts ISO dates
 * (`2011-12-09`, `2011-12-09 12:50:00`, `2011-12-09T12:50:00Z`, with an offset) and the US form
 * Excel writes for the original UCI file (`12/9/2011 12:50`). Wall-clock times without a zone are
 * read as UTC, so day arithmetic never meets a daylight-saving jump.
 */
export function parseOrderDate(text: string): number {
  const s = text.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      s,
    );
  if (iso) {
    return utcOf(
      +iso[1]!,
      +iso[2]!,
      +iso[3]!,
      +(iso[4] ?? 0),
      +(iso[5] ?? 0),
      +(iso[6] ?? 0),
      iso[7],
      iso[8],
    );
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (us)
    return utcOf(
      +us[3]!,
      +us[1]!,
      +us[2]!,
      +(us[4] ?? 0),
      +(us[5] ?? 0),
      +(us[6] ?? 0),
      undefined,
      undefined,
    );
  return Number.NaN;
}

function utcOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  zone: string | undefined,
): number {
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  )
    return Number.NaN;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (fraction) ms += Math.round(Number(`0.${fraction}`) * 1000);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of an epoch-milliseconds instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parses a cut or snapshot date given on a command line or in chat (`2011-09-01`); throws a
 * message naming the option when it is not a date.
 */
export function parseDayOption(name: string, text: string): number {
  const ms = parseOrderDate(text);
  if (Number.isNaN(ms)) throw new Error(`${name} must be a date such as 2011-09-01 (got '${text}')`);
  return ms;
}
