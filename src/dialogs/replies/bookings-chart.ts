import type { BookingsForecast } from '../../skills/forecast';
import type { ReplyChartSpec } from '../reply';

/** The bookings chart: the last two years of monthly bookings, the forecast and its 80%/95% bands. */
export function bookingsChartSpec(bookings: BookingsForecast): ReplyChartSpec {
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
  };
}
