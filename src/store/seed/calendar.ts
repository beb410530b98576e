import type { Random } from './random';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** `date` moved by `days` (fractions allowed). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole and fractional days from `from` to `to`. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** Midnight UTC of the day `date` falls on: the default anchor of the demo data. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The first day (00:00 UTC) of the quarter `date` falls in, moved by `offset` quarters. */
export function quarterStart(date: Date, offset = 0): Date {
  const quarter = Math.floor(date.getUTCMonth() / 3) + offset;
  return new Date(Date.UTC(date.getUTCFullYear(), quarter * 3, 1));
}

/**
 * How much more likely a deal is to close (or an order to be placed) on `date` than on an average
 * day: quarter-end months and the last ten days of a quarter peak, Q4 is the strongest quarter.
 */
export function seasonalWeight(date: Date, quarterEndPull: number): number {
  const month = date.getUTCMonth();
  const monthInQuarter = month % 3;
  let weight = [1, 1.15, 1 + 0.6 * quarterEndPull][monthInQuarter]!;
  if (monthInQuarter === 2 && date.getUTCDate() >= 20) weight *= 1 + 0.8 * quarterEndPull;
  if (month >= 9) weight *= 1.35;
  if (month === 7) weight *= 0.85; // August holidays
  return weight;
}

/** The largest value `seasonalWeight` can take, for rejection sampling. */
export function maxSeasonalWeight(quarterEndPull: number): number {
  return (1 + 0.6 * quarterEndPull) * (1 + 0.8 * quarterEndPull) * 1.35;
}

/**
 * A date in [from, to) drawn with the seasonal weights and a growth trend (the business grows about
 * `growthPerYear` a year, so later dates are more likely).
 */
export function seasonalDate(
  random: Random,
  from: Date,
  to: Date,
  options: { quarterEndPull?: number; growthPerYear?: number } = {},
): Date {
  const pull = options.quarterEndPull ?? 1;
  const growth = options.growthPerYear ?? 0.2;
  const span = to.getTime() - from.getTime();
  if (span <= DAY_MS) return new Date(from.getTime() + random.next() * Math.max(span, 0));
  const years = span / (365 * DAY_MS);
  const ceiling = maxSeasonalWeight(pull) * (1 + growth * years);
  for (let attempt = 0; attempt < 200; attempt++) {
    const at = new Date(from.getTime() + random.next() * span);
    const trend = 1 + growth * ((at.getTime() - from.getTime()) / (365 * DAY_MS));
    if (random.next() * ceiling < seasonalWeight(at, pull) * trend) return at;
  }
  return new Date(from.getTime() + random.next() * span);
}

/** The same day at a business hour for the region (in UTC), moved off weekends. */
export function atBusinessHour(random: Random, day: Date, utcStartHour: number): Date {
  let date = startOfUtcDay(day);
  const weekday = date.getUTCDay();
  if (weekday === 6) date = addDays(date, random.chance(0.5) ? -1 : 2);
  else if (weekday === 0) date = addDays(date, random.chance(0.5) ? 1 : -2);
  const minutes = random.int(0, 9 * 60) + utcStartHour * 60;
  return new Date(date.getTime() + minutes * 60_000);
}
