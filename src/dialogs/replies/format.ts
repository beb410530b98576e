import { dateTimeFormat } from '../../core/date-formats';

/** Shared wording for replies: money, dates, percentages, stage names. */

/** "$1.2M", "€85k", "£950": compact amounts for chat. */
export function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const abs = Math.abs(amount);
  const compact =
    abs >= 1_000_000
      ? `${trim(abs / 1_000_000)}M`
      : abs >= 10_000
        ? `${trim(abs / 1_000, 0)}k`
        : abs >= 1_000
          ? `${trim(abs / 1_000)}k`
          : `${Math.round(abs)}`;
  const sign = amount < 0 ? '-' : '';
  return symbol ? `${sign}${symbol}${compact}` : `${sign}${compact} ${currency}`;
}

/** Amounts in several currencies, never added together: "$1.2M + €300k". */
export function formatMoneyList(totals: ReadonlyArray<{ amount: number; currency: string }>): string {
  return totals.length ? totals.map((t) => formatMoney(t.amount, t.currency)).join(' + ') : 'none';
}

/**
 * Amounts as `formatMoneyList` gives them, with the figure to the unit beside a rounded total in one
 * currency: "$659k ($658,500)". Totals are read out and copied into plans, where "$659k" is not the number.
 */
export function formatMoneyListWithExact(
  totals: ReadonlyArray<{ amount: number; currency: string }>,
): string {
  const rounded = formatMoneyList(totals);
  if (totals.length !== 1) return rounded;
  const exact = formatMoneyExact(totals[0]!.amount, totals[0]!.currency);
  return exact === rounded ? rounded : `${rounded} (${exact})`;
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** To the unit, with thousands separators: "$1,028,900" (a sum asked for, beside its rounded form). */
export function formatMoneyExact(amount: number, currency: string): string {
  const digits = Math.round(Math.abs(amount)).toLocaleString('en-US');
  const symbol = CURRENCY_SYMBOLS[currency];
  const sign = amount < 0 ? '-' : '';
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${currency}`;
}

function trim(value: number, digits = 1): string {
  return value.toFixed(digits).replace(/\.0+$/, '');
}

/** "12 Mar 2026" in the reader's time zone. */
export function formatDate(date: Date, timeZone = 'UTC'): string {
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date);
}

/**
 * A calendar day (a close date, a due date) as people read it: "22 Dec 2026". It is stored as
 * midnight UTC of that day (or as `YYYY-MM-DD`) and shown as that day in every time zone; only
 * instants (interactions) are converted to the reader's zone, with `formatDate`.
 */
export function formatCalendarDay(day: Date | string): string {
  const date = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day;
  return formatDate(date, 'UTC');
}

/** "3 days ago", "in 2 weeks", "today". */
export function formatRelative(date: Date, now: Date): string {
  const days = Math.round((date.getTime() - now.getTime()) / 86_400_000);
  if (days === 0) return 'today';
  const abs = Math.abs(days);
  const [n, unit] =
    abs >= 60 ? [Math.round(abs / 30), 'month'] : abs >= 14 ? [Math.round(abs / 7), 'week'] : [abs, 'day'];
  const text = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return days < 0 ? `${text} ago` : `in ${text}`;
}

/** "closed_won" → "closed won". */
export function formatStage(stage: string): string {
  return stage.replace(/_/g, ' ');
}

/** 0.354 → "35%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
