import { renderChartPng, type ChartSpec } from '../../reports/chart';

/** The figures the forecast chart draws. */
export interface ForecastChartFigures {
  currency: string;
  closedWon: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  weighted: number;
  target: number | null;
  period: string;
}

/** Width and height of the chart's plot in CSS pixels; the PNG is drawn at 1x (about 600x300 px with axes). */
export const FORECAST_CHART_SIZE = { width: 520, height: 220 } as const;

/**
 * The forecast digest's chart: won, commit, best case, pipeline and the weighted forecast as bars,
 * the team's target as a red rule. Drawn server-side (Vega-Lite → SVG → PNG), no browser.
 */
export function forecastChartSpec(figures: ForecastChartFigures): ChartSpec {
  const bars = [
    { label: 'Won', amount: figures.closedWon, colour: '#2ca02c' },
    { label: 'Commit', amount: figures.commit, colour: '#1f77b4' },
    { label: 'Best case', amount: figures.bestCase, colour: '#9ecae1' },
    { label: 'Pipeline', amount: figures.pipeline, colour: '#c6dbef' },
    { label: 'Weighted forecast', amount: figures.weighted, colour: '#08306b' },
  ];
  const order = bars.map((b) => b.label);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...FORECAST_CHART_SIZE,
    title: `Forecast ${figures.period} (${figures.currency})`,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'label', type: 'nominal', sort: order, title: null, axis: { labelAngle: 0 } },
          y: { field: 'amount', type: 'quantitative', title: figures.currency },
          color: { field: 'colour', type: 'nominal', scale: null },
        },
      },
      ...(figures.target !== null
        ? [
            {
              data: { values: [{ target: figures.target }] },
              mark: { type: 'rule' as const, color: '#d62728', strokeWidth: 2, strokeDash: [6, 3] },
              encoding: { y: { field: 'target', type: 'quantitative' as const } },
            },
          ]
        : []),
    ],
  } as ChartSpec;
}

/** Draws the forecast chart as a PNG. */
export function renderForecastChart(figures: ForecastChartFigures): Promise<Buffer> {
  return renderChartPng(forecastChartSpec(figures), 1);
}
