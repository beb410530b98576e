import { createHash } from 'node:crypto';
import { crmMetrics } from '../../core/metrics';
import { DEFAULT_COMBINATION } from '../../ml/forecasting/combination-settings';
import { forecastSeries } from '../../ml/forecasting/combined-forecaster';

/** The forecaster's version on `/metrics`: a fingerprint of the shipped combination settings (it is fitted per call). */
const FORECASTER_VERSION = `combination-${createHash('sha256').update(JSON.stringify(DEFAULT_COMBINATION)).digest('hex').slice(0, 12)}`;

/** A month's bookings (won amount), or a forecast of one with its intervals. */
export interface BookingsMonth {
  month: string;
  amount: number;
}

export interface BookingsForecastMonth {
  month: string;
  forecast: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
}

/** Monthly bookings history and forecast of one currency. */
export interface BookingsForecast {
  currency: string;
  history: BookingsMonth[];
  forecast: BookingsForecastMonth[];
  /** Whether a yearly pattern was found (and used). */
  seasonal: boolean;
  method: string;
}

const MIN_MONTHS = 6;

/**
 * Forecasts monthly bookings (won amounts by close month) of one currency for `horizon` months from
 * the current month, with 80%/95% intervals: the product's forecaster, with a yearly pattern when
 * there are two years of history and the seasonal test finds one. Null when fewer than 6 months of
 * history exist. The current (unfinished) month is forecast, not counted as history.
 */
export async function bookingsForecast(
  won: readonly { amount: number; currency: string; closedAt?: Date }[],
  currency: string,
  now: Date,
  horizon: number,
): Promise<BookingsForecast | null> {
  crmMetrics.setModelVersion('forecast', FORECASTER_VERSION);
  const current = monthIndex(now);
  const amounts = new Map<number, number>();
  let first = current;
  for (const deal of won) {
    if (deal.currency !== currency || !deal.closedAt) continue;
    const index = monthIndex(deal.closedAt);
    if (index >= current) continue;
    amounts.set(index, (amounts.get(index) ?? 0) + deal.amount);
    first = Math.min(first, index);
  }
  const months = current - first;
  if (months < MIN_MONTHS) return null;
  const history = Array.from({ length: months }, (_, k) => ({
    month: monthName(first + k),
    amount: amounts.get(first + k) ?? 0,
  }));
  const period = months >= 24 ? 12 : 1;
  const result = forecastSeries(
    Float64Array.from(history, (h) => h.amount),
    period,
    horizon,
  );
  const clip = (value: number) => Math.max(0, value);
  const forecast = Array.from(result.forecast, (value, h) => ({
    month: monthName(current + h),
    forecast: clip(value),
    lo80: clip(result.lo80[h]!),
    hi80: clip(result.hi80[h]!),
    lo95: clip(result.lo95[h]!),
    hi95: clip(result.hi95[h]!),
  }));
  return {
    currency,
    history,
    forecast,
    seasonal: result.seasonal,
    method: `SES + damped trend + Theta, combined${result.seasonal ? ', on seasonally adjusted months' : ''}; 80%/95% intervals from the method's own past errors`,
  };
}

function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
