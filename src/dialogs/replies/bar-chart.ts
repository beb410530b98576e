import type { ReplyImage } from '../reply';

/** One bar: its label on the axis and its value. */
export interface Bar {
  label: string;
  value: number;
}

/**
 * A bar per label in the order given (Vega-Lite; the channel's renderer draws it), or nothing when
 * fewer than two bars would be drawn. `valueWords` says a value in the picture's text alternative.
 */
export function barChart(
  title: string,
  bars: readonly Bar[],
  axisTitle: string,
  valueWords: (value: number) => string,
): ReplyImage[] {
  if (bars.length < 2) return [];
  return [
    {
      alt: `${title}, ${bars.map((b) => `${b.label}: ${valueWords(b.value)}`).join('; ')}`,
      chart: {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        width: 560,
        height: 240,
        title,
        data: { values: bars },
        mark: { type: 'bar', color: '#4292c6' },
        encoding: {
          x: { field: 'label', type: 'ordinal', sort: null, title: null },
          y: { field: 'value', type: 'quantitative', title: axisTitle },
        },
      },
    },
  ];
}

/** The currency most of the money is in (a chart draws one currency: amounts are never added across). */
export function mainCurrencyOf(
  rows: ReadonlyArray<{ totals: ReadonlyArray<{ amount: number; currency: string }> }>,
): string | undefined {
  const seen = new Map<string, number>();
  for (const row of rows)
    for (const total of row.totals) seen.set(total.currency, (seen.get(total.currency) ?? 0) + total.amount);
  return [...seen].sort((a, b) => b[1] - a[1])[0]?.[0];
}
