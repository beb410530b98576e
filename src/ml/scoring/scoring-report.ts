import type { ChartSpec } from '../../reports/chart';
import { writeHtmlReport, type ReportSection } from '../../reports/html-report';
import type { ScoringEvaluation } from './scoring-evaluation';

/** Writes the evaluation charts (ROC, calibration, importances) as PNGs plus one HTML page into `dir`. */
export async function writeScoringReport(dir: string, evaluation: ScoringEvaluation): Promise<string> {
  const sections: ReportSection[] = [
    {
      title: 'Summary',
      text: `${evaluation.file}, target '${evaluation.target}': trained on ${evaluation.split.trainRows} rows, tested on ${evaluation.split.testRows} (${evaluation.split.method}, seed ${evaluation.split.seed}).`,
      table: {
        columns: [
          'ROC-AUC',
          'Brier',
          'Brier of base rate',
          'log-loss',
          'training seconds',
          'boosting rounds',
        ],
        rows: [
          [
            fixed(evaluation.auc, 4),
            fixed(evaluation.brier, 4),
            fixed(evaluation.baselineBrier, 4),
            fixed(evaluation.logLoss, 4),
            fixed(evaluation.trainingSeconds, 2),
            evaluation.iterations,
          ],
        ],
      },
    },
    {
      title: 'ROC curve',
      text: `Area under the curve: ${fixed(evaluation.auc, 4)}. The diagonal is a random ranking.`,
      chart: {
        file: 'roc.png',
        spec: rocSpec(evaluation),
        alt: `ROC curve, AUC ${fixed(evaluation.auc, 3)}`,
      },
    },
    {
      title: 'Calibration',
      text: 'Test rows grouped by predicted probability: a calibrated model lies on the diagonal.',
      chart: { file: 'calibration.png', spec: calibrationSpec(evaluation), alt: 'Calibration curve' },
      table: {
        columns: ['predicted', 'rows', 'mean predicted', 'observed rate'],
        rows: evaluation.calibration.map((bin) => [
          `${fixed(bin.from, 1)}–${fixed(bin.to, 1)}`,
          bin.count,
          fixed(bin.meanPredicted, 3),
          fixed(bin.observedRate, 3),
        ]),
      },
    },
    {
      title: 'Factor importances',
      text: 'Share of the mean absolute contribution (TreeSHAP, log-odds) of each input column over the test rows.',
      chart: { file: 'importances.png', spec: importanceSpec(evaluation), alt: 'Factor importances' },
    },
  ];
  return writeHtmlReport(dir, `Scoring evaluation: ${evaluation.target}`, sections);
}

/** The dashed y = x line: chance on the ROC chart, perfect calibration on the calibration chart. */
const DIAGONAL = {
  data: {
    values: [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ],
  },
  mark: { type: 'line', strokeDash: [4, 4], color: '#999' },
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
};

function rocSpec(evaluation: ScoringEvaluation): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 360,
    height: 360,
    title: `ROC (AUC ${fixed(evaluation.auc, 3)})`,
    layer: [
      DIAGONAL,
      {
        data: { values: evaluation.roc.map((p) => ({ x: p.falsePositiveRate, y: p.truePositiveRate })) },
        mark: { type: 'line', color: '#1f77b4' },
        encoding: {
          x: { field: 'x', type: 'quantitative', title: 'false positive rate', scale: { domain: [0, 1] } },
          y: { field: 'y', type: 'quantitative', title: 'true positive rate', scale: { domain: [0, 1] } },
        },
      },
    ],
  } as ChartSpec;
}

function calibrationSpec(evaluation: ScoringEvaluation): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 360,
    height: 360,
    title: `Calibration (Brier ${fixed(evaluation.brier, 4)})`,
    layer: [
      DIAGONAL,
      {
        data: {
          values: evaluation.calibration.map((b) => ({
            x: b.meanPredicted,
            y: b.observedRate,
            rows: b.count,
          })),
        },
        mark: { type: 'line', point: true, color: '#d62728' },
        encoding: {
          x: {
            field: 'x',
            type: 'quantitative',
            title: 'mean predicted probability',
            scale: { domain: [0, 1] },
          },
          y: { field: 'y', type: 'quantitative', title: 'observed rate', scale: { domain: [0, 1] } },
          tooltip: [{ field: 'rows', type: 'quantitative' }],
        },
      },
    ],
  } as ChartSpec;
}

function importanceSpec(evaluation: ScoringEvaluation): ChartSpec {
  const top = evaluation.importances.slice(0, 15);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 420,
    height: { step: 20 },
    title: 'What drives the score',
    data: { values: top.map((i) => ({ feature: i.feature, share: i.share })) },
    mark: { type: 'bar', color: '#2ca02c' },
    encoding: {
      y: { field: 'feature', type: 'nominal', sort: '-x', title: null },
      x: {
        field: 'share',
        type: 'quantitative',
        title: 'share of mean |contribution|',
        axis: { format: '%' },
      },
    },
  } as ChartSpec;
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}
