import { renderChartPng, type ChartSpec } from '../../reports/chart';

/** Plot size of the weekly digests' charts (CSS pixels, drawn at 1x: about 600 px wide with axes). */
export const DIGEST_CHART_SIZE = { width: 520, height: 220 } as const;

/**
 * A horizontal bar per reason with its count (the accounts-to-call digest's "list by reason").
 * Drawn server-side like the forecast chart (Vega-Lite → SVG → PNG).
 */
export function reasonChartSpec(title: string, bars: { label: string; count: number }[]): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...DIGEST_CHART_SIZE,
    title,
    data: { values: bars },
    layer: [
      {
        mark: { type: 'bar', color: '#1f77b4' },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: bars.map((b) => b.label), title: null },
          x: {
            field: 'count',
            type: 'quantitative',
            title: 'accounts',
            axis: { tickMinStep: 1, format: 'd' },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: bars.map((b) => b.label) },
          x: { field: 'count', type: 'quantitative' },
          text: { field: 'count', type: 'quantitative' },
        },
      },
    ],
  } as ChartSpec;
}

/** Draws the reason chart as a PNG. */
export function renderReasonChart(title: string, bars: { label: string; count: number }[]): Promise<Buffer> {
  return renderChartPng(reasonChartSpec(title, bars), 1);
}

/** One flow of the segment movement chart. */
export interface FlowBar {
  from: string;
  to: string;
  customers: number;
  direction: 'up' | 'down' | 'new';
}

const DIRECTION_COLOURS = { up: '#2ca02c', down: '#d62728', new: '#7f7f7f' } as const;

/**
 * The week's segment flows as horizontal bars ("Champions → At risk", customers), green up the
 * value ladder, red down, grey for new customers; the biggest flows first.
 */
export function flowChartSpec(title: string, flows: FlowBar[]): ChartSpec {
  const values = flows.map((f) => ({
    flow: `${f.from === 'none' ? 'new' : f.from} → ${f.to}`,
    customers: f.customers,
    direction: f.direction,
  }));
  const order = values.map((v) => v.flow);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: DIGEST_CHART_SIZE.width,
    height: Math.max(DIGEST_CHART_SIZE.height, values.length * 22),
    title,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'flow', type: 'nominal', sort: order, title: null, axis: { labelLimit: 320 } },
      x: {
        field: 'customers',
        type: 'quantitative',
        title: 'accounts',
        axis: { tickMinStep: 1, format: 'd' },
      },
      color: {
        field: 'direction',
        type: 'nominal',
        scale: {
          domain: Object.keys(DIRECTION_COLOURS),
          range: Object.values(DIRECTION_COLOURS),
        },
        legend: { title: null, orient: 'bottom' },
      },
    },
  } as ChartSpec;
}

/** Draws the segment flow chart as a PNG. */
export function renderFlowChart(title: string, flows: FlowBar[]): Promise<Buffer> {
  return renderChartPng(flowChartSpec(title, flows), 1);
}
