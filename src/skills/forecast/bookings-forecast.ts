import { forecastSeries } from '../../ml/forecasting/combined-forecaster';
import { renderChartPng, type ChartSpec } from '../../reports/chart';

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

/** Monthly bookings history and forecast of one currency, with a chart. */
export interface BookingsForecast {
  currency: string;
  history: BookingsMonth[];
  forecast: BookingsForecastMonth[];
  /** Whether a yearly pattern was found (and used). */
  seasonal: boolean;
  method: string;
  /** The chart as a PNG, base64-encoded. */
  chartPng?: string;
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
  options: { chart?: boolean } = {},
): Promise<BookingsForecast | null> {
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
  const bookings: BookingsForecast = {
    currency,
    history,
    forecast,
    seasonal: result.seasonal,
    method: `SES + damped trend + Theta, combined${result.seasonal ? ', on seasonally adjusted months' : ''}; 80%/95% intervals from the method's own past errors`,
  };
  if (options.chart !== false)
    bookings.chartPng = (await renderChartPng(bookingsChartSpec(bookings))).toString('base64');
  return bookings;
}

/** The bookings chart: the last two years of monthly bookings, the forecast and its 80%/95% bands. */
export function bookingsChartSpec(bookings: BookingsForecast): ChartSpec {
  const recent = bookings.history.slice(-24).map((h) => ({ month: h.month, amount: h.amount }));
  const x = {
    field: 'month',
    type: 'temporal',
    timeUnit: 'yearmonth',
    title: null,
    axis: { format: '%b %Y' },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 560,
    height: 240,
    title: `Monthly bookings (${bookings.currency}) and forecast`,
    layer: [
      {
        data: { values: bookings.forecast },
        mark: { type: 'area', color: '#9ecae1', opacity: 0.5 },
        encoding: {
          x,
          y: { field: 'lo95', type: 'quantitative', title: bookings.currency },
          y2: { field: 'hi95' },
        },
      },
      {
        data: { values: bookings.forecast },
        mark: { type: 'area', color: '#4292c6', opacity: 0.5 },
        encoding: { x, y: { field: 'lo80', type: 'quantitative' }, y2: { field: 'hi80' } },
      },
      {
        data: { values: bookings.forecast },
        mark: { type: 'line', color: '#08306b', strokeDash: [5, 3], point: true },
        encoding: { x, y: { field: 'forecast', type: 'quantitative' } },
      },
      {
        data: { values: recent },
        mark: { type: 'line', color: '#333333', point: true },
        encoding: { x, y: { field: 'amount', type: 'quantitative' } },
      },
    ],
  } as ChartSpec;
}

function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
