/**
 * "and the month after that?", "the quarter before?": the period next to the one the last answer
 * was drawn by, one unit on or back.
 */

export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

export interface PeriodShift {
  unit: PeriodUnit;
  by: 1 | -1;
}

const SHIFT =
  /\bthe\s+(week|month|quarter|year)\s+(after|before)(?:\s+(?:that|this|it|then))?\b|\bthe\s+(following|previous|prior)\s+(week|month|quarter|year)\b/;

/** The shift a follow-up asks for, with the words that said it; undefined when it asks none. */
export function periodShiftIn(text: string): { shift: PeriodShift; words: string } | undefined {
  const match = SHIFT.exec(text);
  if (!match) return undefined;
  const unit = (match[1] ?? match[4]) as PeriodUnit;
  const after = match[2] ? match[2] === 'after' : match[3] === 'following';
  return { shift: { unit, by: after ? 1 : -1 }, words: match[0] };
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTHS_PER_UNIT: Record<Exclude<PeriodUnit, 'week'>, number> = { month: 1, quarter: 3, year: 12 };

/** The whole unit (Monday-to-Sunday week, month, quarter, year) the day falls in. */
function unitAround(day: Date, unit: PeriodUnit): { from: Date; to: Date } {
  if (unit === 'week') {
    const from = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    return { from, to: new Date(from.getTime() + 6 * 86_400_000) };
  }
  const months = MONTHS_PER_UNIT[unit];
  const firstMonth = Math.floor(day.getUTCMonth() / months) * months;
  const from = new Date(Date.UTC(day.getUTCFullYear(), firstMonth, 1));
  return { from, to: new Date(Date.UTC(day.getUTCFullYear(), firstMonth + months, 0)) };
}

function labelOf(from: Date, unit: PeriodUnit): string {
  const year = from.getUTCFullYear();
  if (unit === 'year') return String(year);
  if (unit === 'quarter') return `Q${Math.floor(from.getUTCMonth() / 3) + 1} ${year}`;
  if (unit === 'month') return `${from.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
  return `week of ${iso(from)}`;
}

/**
 * The whole unit after the one the window ends in (or before the one it starts in): after 1–31
 * January "the month after" is February, after Q1 "the month after" is April, after February "the
 * quarter after" is Q2.
 */
export function shiftedPeriod(
  window: { from: string; to: string },
  shift: PeriodShift,
): { from: string; to: string; label: string } {
  const edge =
    shift.by === 1
      ? new Date(unitAround(utcDay(window.to), shift.unit).to.getTime() + 86_400_000)
      : new Date(unitAround(utcDay(window.from), shift.unit).from.getTime() - 86_400_000);
  const { from, to } = unitAround(edge, shift.unit);
  return { from: iso(from), to: iso(to), label: labelOf(from, shift.unit) };
}
