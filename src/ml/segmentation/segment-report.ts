import { writeHtmlReport, type ReportSection } from '../../reports/html-report';
import type { SegmentEvaluation } from './evaluate-segments';
import { movementChart, rfmProfileChart, segmentSizesChart, comparisonChart } from './segment-charts';
import type { SegmentFlow } from './segment-movements';
import type { SegmentationRun } from './segment-customers';

/** Segment movement between two dates, for the report. */
export interface MovementSummary {
  from: string;
  to: string;
  flows: SegmentFlow[];
}

/**
 * Writes the segmentation report into `dir`: sizes, RFM profile, movement between two dates and
 * (for an evaluation) ours against KMeans by segment count, as PNGs plus one self-contained index.html.
 */
export async function writeSegmentReport(
  dir: string,
  run: SegmentationRun,
  movement?: MovementSummary,
  evaluation?: SegmentEvaluation,
): Promise<string> {
  const order = run.sizes.map((s) => s.segment);
  const sections: ReportSection[] = [
    {
      title: 'Segments',
      text: `${run.customers.length} customers with a purchase before ${run.asOf}, in ${run.sizes.length} segments. ${run.model.choice.rule}.`,
      table: {
        columns: [
          'segment',
          'customers',
          'share',
          'median days since order',
          'median orders',
          'median spend',
          'what they are',
        ],
        rows: run.sizes.map((s) => [
          s.segment,
          s.customers,
          `${(s.share * 100).toFixed(1)}%`,
          s.medianRecencyDays,
          s.medianFrequency,
          s.medianMonetary.toFixed(2),
          s.description,
        ]),
      },
      chart: { file: 'segment-sizes.png', spec: segmentSizesChart(run.sizes), alt: 'Customers per segment' },
    },
    {
      title: 'RFM profile',
      chart: {
        file: 'rfm-profile.png',
        spec: rfmProfileChart(run.sizes),
        alt: 'Median recency, orders and spend per segment',
      },
    },
  ];
  if (movement) {
    sections.push({
      title: 'Movement between segments',
      text: `Customers by segment on ${movement.from} (rows) and ${movement.to} (columns), with the same model; 'none' = no purchase yet.`,
      chart: {
        file: 'segment-movement.png',
        spec: movementChart(movement.flows, order, movement.from, movement.to),
        alt: 'Segment movement heat map',
      },
    });
  }
  if (evaluation) {
    sections.push({
      title: 'Evaluation',
      text:
        `Segments made from orders before ${evaluation.cut}, judged on log(1 + spend) from ${evaluation.cut} to ${evaluation.until} ` +
        `(${evaluation.customers} customers, ${evaluation.returning} bought again). Ours ${evaluation.etaSquared.toFixed(4)} with ${evaluation.segments} segments; ` +
        `KMeans on standardised log-RFM ${evaluation.kmeansEtaSquared.toFixed(4)}; RFM map ${evaluation.rfmMapEtaSquared.toFixed(4)}.`,
      table: {
        columns: ['segments', 'ours (eta²)', 'KMeans (eta²)', 'ratio'],
        rows: evaluation.byCount.map((c) => [
          c.segments,
          c.ours.toFixed(4),
          c.kmeans.toFixed(4),
          (c.ours / c.kmeans).toFixed(2),
        ]),
      },
      chart: evaluation.byCount.length
        ? {
            file: 'eta-squared-by-count.png',
            spec: comparisonChart(evaluation.byCount, evaluation.rfmMapEtaSquared),
            alt: 'eta squared by number of segments',
          }
        : undefined,
    });
  }
  return writeHtmlReport(dir, `Customer segments as of ${run.asOf}`, sections);
}
