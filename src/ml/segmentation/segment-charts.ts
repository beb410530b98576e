import type { ChartSpec } from '../../reports/chart';
import type { SegmentComparison } from './evaluate-segments';
import type { SegmentFlow } from './segment-movements';
import type { SegmentSize } from './segment-customers';

/** Bar chart of segment sizes, highest expected spend at the top. */
export function segmentSizesChart(sizes: readonly SegmentSize[]): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Customers per segment',
    width: 520,
    height: Math.max(120, sizes.length * 28),
    data: { values: sizes.map((s) => ({ segment: s.segment, customers: s.customers })) },
    mark: { type: 'bar', color: '#4c78a8' },
    encoding: {
      y: { field: 'segment', type: 'nominal', sort: sizes.map((s) => s.segment), title: null },
      x: { field: 'customers', type: 'quantitative', title: 'customers' },
      tooltip: [{ field: 'segment' }, { field: 'customers' }],
    },
  } as ChartSpec;
}

/** The typical customer of each segment: median recency, orders and spend side by side. */
export function rfmProfileChart(sizes: readonly SegmentSize[]): ChartSpec {
  const values = sizes.flatMap((s) => [
    { segment: s.segment, measure: 'days since last order', value: s.medianRecencyDays },
    { segment: s.segment, measure: 'orders', value: s.medianFrequency },
    { segment: s.segment, measure: 'spend', value: s.medianMonetary },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'RFM profile (median per segment)',
    data: { values },
    facet: {
      column: {
        field: 'measure',
        type: 'nominal',
        title: null,
        sort: ['days since last order', 'orders', 'spend'],
      },
    },
    spec: {
      width: 200,
      height: Math.max(120, sizes.length * 24),
      mark: { type: 'bar', color: '#f58518' },
      encoding: {
        y: { field: 'segment', type: 'nominal', sort: sizes.map((s) => s.segment), title: null },
        x: { field: 'value', type: 'quantitative', title: null },
      },
    },
    resolve: { scale: { x: 'independent' } },
  } as ChartSpec;
}

/** Heat map of how many customers moved from each segment (rows) to each segment (columns). */
export function movementChart(
  flows: readonly SegmentFlow[],
  order: readonly string[],
  fromDay: string,
  toDay: string,
): ChartSpec {
  const sort = [...order, 'none'];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: `Segment movement, ${fromDay} → ${toDay}`,
    width: Math.max(240, order.length * 56),
    height: Math.max(200, (order.length + 1) * 30),
    data: { values: flows.map((f) => ({ from: f.from, to: f.to, customers: f.customers })) },
    encoding: {
      x: { field: 'to', type: 'nominal', sort, title: `segment on ${toDay}`, axis: { labelAngle: -30 } },
      y: { field: 'from', type: 'nominal', sort, title: `segment on ${fromDay}` },
    },
    layer: [
      {
        mark: 'rect',
        encoding: {
          color: { field: 'customers', type: 'quantitative', scale: { scheme: 'blues' }, legend: null },
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: { text: { field: 'customers', type: 'quantitative' } },
      },
    ],
  } as ChartSpec;
}

/** Explained variance of later spend by number of segments: ours against KMeans, with the RFM map. */
export function comparisonChart(byCount: readonly SegmentComparison[], rfmMap: number): ChartSpec {
  const values = byCount.flatMap((c) => [
    { segments: c.segments, method: 'CRMPro value tiers', eta2: c.ours },
    { segments: c.segments, method: 'KMeans on log-RFM', eta2: c.kmeans },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Share of later-spend variance explained (eta²)',
    width: 520,
    height: 260,
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'segments', type: 'ordinal', title: 'segments' },
          y: { field: 'eta2', type: 'quantitative', title: 'eta²', scale: { zero: false } },
          color: { field: 'method', type: 'nominal', title: null },
        },
      },
      {
        data: { values: [{ eta2: rfmMap, label: `RFM map ${rfmMap.toFixed(3)}` }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' },
        encoding: { y: { field: 'eta2', type: 'quantitative' } },
      },
    ],
  } as ChartSpec;
}
