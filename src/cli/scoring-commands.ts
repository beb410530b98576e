import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { columnOf, readColumnarFile } from '../ml/scoring/columnar-file';
import { readDelimitedFile } from '../ml/scoring/delimited-file';
import { featureTableOf, inferColumnSpecs, targetLabelsOf } from '../ml/scoring/feature-table';
import { loadScoringModel, saveScoringModel } from '../ml/scoring/scoring-artifact';
import type { ScoringEvaluation } from '../ml/scoring/scoring-evaluation';
import { TABULAR_TRAINING_OPTIONS, trainScoringModel } from '../ml/scoring/train-scoring-model';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable @typescript-eslint/no-require-imports -- each subcommand loads what only it uses: `scoring train` and `predict` on a file never load the CRM store, the lead-score skill or the chart renderer (about 600 modules) */
const retrainLeadScore: typeof import('../skills/shared/lead-score-model').retrainLeadScore = (...args) =>
  (
    require('../skills/shared/lead-score-model') as typeof import('../skills/shared/lead-score-model')
  ).retrainLeadScore(...args);
const parseDayOption: typeof import('../ml/orders/order-date').parseDayOption = (...args) =>
  (require('../ml/orders/order-date') as typeof import('../ml/orders/order-date')).parseDayOption(...args);
const evaluateOnFixedSplit: typeof import('../ml/scoring/scoring-evaluation').evaluateOnFixedSplit = (
  ...args
) =>
  (
    require('../ml/scoring/scoring-evaluation') as typeof import('../ml/scoring/scoring-evaluation')
  ).evaluateOnFixedSplit(...args);
const writeScoringReport: typeof import('../ml/scoring/scoring-report').writeScoringReport = (...args) =>
  (
    require('../ml/scoring/scoring-report') as typeof import('../ml/scoring/scoring-report')
  ).writeScoringReport(...args);
const stringify: typeof import('csv-stringify/sync').stringify = (input, options) =>
  (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(input, options);
/* eslint-enable @typescript-eslint/no-require-imports */

interface TrainOptions {
  data: string;
  target: string;
  out: string;
  ignore?: string;
  json?: boolean;
}

interface PredictOptions {
  model: string;
  data: string;
  out: string;
}

interface EvalOptions {
  data: string;
  target: string;
  ignore?: string;
  report?: string;
  json?: boolean;
}

/** `crmpro scoring train|predict|eval`: the win/conversion model on any tabular CSV (a stable interface). */
export function registerScoringCommands(program: Command, env: CliEnvironment): void {
  const scoring = program
    .command('scoring')
    .description('Train, apply and evaluate the win/conversion scoring model on any CSV');

  scoring
    .command('train')
    .description('Train a calibrated model on a CSV and write it to a directory')
    .requiredOption('--data <file>', 'CSV with a header (delimiter detected; may be gzipped)')
    .requiredOption('--target <column>', 'two-valued outcome column (positive: yes, 1, true or won)')
    .requiredOption('--out <dir>', 'directory to write model.json and booster.json into')
    .option('--ignore <columns>', 'comma-separated columns to leave out (e.g. ids or leaking columns)')
    .option('--json', 'print the model card as JSON')
    .action(runCommand(env, (options: TrainOptions) => trainCommand(env, options)));

  scoring
    .command('predict')
    .description('Add a probability column to every row of a CSV')
    .requiredOption('--model <dir>', 'directory written by `scoring train`')
    .requiredOption(
      '--data <file>',
      'CSV with the columns the model was trained on (the target may be absent)',
    )
    .requiredOption('--out <file>', 'CSV to write: the input rows in order plus a probability column')
    .action(runCommand(env, (options: PredictOptions) => predictCommand(env, options)));

  scoring
    .command('retrain')
    .description(
      'Retrain the lead-score models from the CRM (closed deals and resolved leads) into lead-score/<version>/ under TRAINED_MODELS_DIR (default DATA_DIR/models)',
    )
    .option(
      '--as-of <YYYY-MM-DD>',
      'train as of this day (midnight UTC; also the version), e.g. the --anchor the demo CRM was seeded with',
    )
    .option('--json', 'print the model card as JSON')
    .action(runCommand(env, (options: { json?: boolean; asOf?: string }) => retrainCommand(env, options)));

  scoring
    .command('eval')
    .description(
      'Train on a fixed stratified 80/20 split and report AUC, Brier, calibration and training time',
    )
    .requiredOption('--data <file>', 'CSV with a header (delimiter detected; may be gzipped)')
    .requiredOption('--target <column>', 'two-valued outcome column (positive: yes, 1, true or won)')
    .option('--ignore <columns>', 'comma-separated columns to leave out (e.g. ids or leaking columns)')
    .option('--report <dir>', 'write ROC, calibration and importance charts and an HTML page here')
    .option('--json', 'print the results as JSON')
    .action(runCommand(env, (options: EvalOptions) => evalCommand(env, options)));
}

async function trainCommand(env: CliEnvironment, options: TrainOptions): Promise<number> {
  const data = await readColumnarFile(options.data);
  const ignore = columnList(options.ignore);
  const labels = targetLabelsOf(data, options.target);
  const specs = inferColumnSpecs(data, [options.target, ...ignore]);
  const table = featureTableOf(data, specs);
  const result = trainScoringModel(table, labels, TABULAR_TRAINING_OPTIONS);
  const target = columnOf(data, data.header.indexOf(options.target));
  const firstPositive = labels.indexOf(1);
  const positiveValue = target.values[target.codes[firstPositive]!]?.trim();
  const card = await saveScoringModel(options.out, result.model, {
    name: path.basename(path.resolve(options.out)),
    version: new Date().toISOString(),
    createdAt: new Date().toISOString(),
    data: {
      source: path.resolve(options.data),
      rows: labels.length,
      positives: result.positives,
      target: options.target,
      positiveValue,
      ignoredColumns: ignore,
    },
    features: specs,
    metrics: { validation: result.validation },
    training: {
      seconds: round(result.trainingSeconds, 3),
      iterations: result.iterations,
      params: { ...result.params },
    },
    importances: result.model.importances(table),
  });
  if (options.json) {
    env.out(JSON.stringify(card, null, 2));
    return 0;
  }
  env.out(
    `Trained on ${labels.length} rows of ${data.file} (${result.positives} positive '${positiveValue}'), ${specs.length} columns:`,
  );
  env.out(
    `  numeric: ${
      specs
        .filter((s) => s.kind === 'numeric')
        .map((s) => s.name)
        .join(', ') || '-'
    }`,
  );
  env.out(
    `  categorical: ${
      specs
        .filter((s) => s.kind === 'categorical')
        .map((s) => s.name)
        .join(', ') || '-'
    }`,
  );
  env.out(
    `${result.iterations} boosting rounds in ${result.trainingSeconds.toFixed(2)} s; validation (${result.validation.rows} held-out rows): AUC ${fmt(result.validation.auc, 4)}, Brier ${fmt(result.validation.brier, 4)}`,
  );
  env.out(`Model written to ${options.out}`);
  return 0;
}

async function retrainCommand(
  env: CliEnvironment,
  options: { json?: boolean; asOf?: string },
): Promise<number> {
  const asOf = options.asOf === undefined ? undefined : new Date(parseDayOption('--as-of', options.asOf));
  const { model, dir } = await retrainLeadScore(await env.services(), asOf ? { asOf } : {});
  const { card } = model;
  if (options.json) {
    env.out(JSON.stringify({ dir, ...card }, null, 2));
    return 0;
  }
  env.out(`Trained lead-score ${card.version} in ${card.training.seconds.toFixed(1)} s, written to ${dir}`);
  env.out(
    `  deals: ${card.data.closedDeals} closed (${card.data.won} won, ${card.data.lost} lost); held-out AUC ${fmt(card.metrics.deal.auc, 3)}, Brier ${fmt(card.metrics.deal.brier, 3)}`,
  );
  env.out(
    card.metrics.lead
      ? `  leads: ${card.data.resolvedLeads} resolved (${card.data.converted} converted); held-out AUC ${fmt(card.metrics.lead.auc, 3)}, Brier ${fmt(card.metrics.lead.brier, 3)}`
      : `  leads: ${card.data.resolvedLeads} resolved, too few to train a lead model`,
  );
  env.out(
    `  top deal factors: ${card.importances.deal
      .slice(0, 5)
      .map((i) => `${i.feature} ${(i.share * 100).toFixed(0)}%`)
      .join(', ')}`,
  );
  return 0;
}

async function predictCommand(env: CliEnvironment, options: PredictOptions): Promise<number> {
  const { model } = await loadScoringModel(options.model);
  const data = await readDelimitedFile(options.data);
  const probabilities = model.probabilities(featureTableOf(data, model.columns));
  const records = [
    [...data.header, 'probability'],
    ...data.rows.map((row, i) => [...row, probabilities[i]!.toFixed(6)]),
  ];
  try {
    await writeFile(options.out, stringify(records, { delimiter: data.delimiter }));
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `cannot write ${options.out}: ${(error as Error).message}`, {
      file: options.out,
    });
  }
  env.err(`Scored ${data.rows.length} rows; wrote ${options.out}`);
  return 0;
}

async function evalCommand(env: CliEnvironment, options: EvalOptions): Promise<number> {
  const data = await readDelimitedFile(options.data);
  const { evaluation } = evaluateOnFixedSplit(data, options.target, columnList(options.ignore));
  const reportFile = options.report ? await writeScoringReport(options.report, evaluation) : undefined;
  if (options.json) {
    const { roc, ...rest } = evaluation;
    env.out(JSON.stringify({ ...rest, rocPoints: roc.length, report: reportFile }, null, 2));
    return 0;
  }
  for (const line of evaluationLines(evaluation)) env.out(line);
  if (reportFile) env.out(`Report: ${reportFile}`);
  return 0;
}

/** The plain-text evaluation summary printed by `scoring eval`. */
export function evaluationLines(evaluation: ScoringEvaluation): string[] {
  const lines = [
    `Data: ${evaluation.file}, target '${evaluation.target}', ${evaluation.features.length} columns${evaluation.ignoredColumns.length ? ` (ignored: ${evaluation.ignoredColumns.join(', ')})` : ''}`,
    `Split: ${evaluation.split.method}, seed ${evaluation.split.seed}: ${evaluation.split.trainRows} train / ${evaluation.split.testRows} test rows, ${(evaluation.split.testPositiveRate * 100).toFixed(1)}% positive`,
    `ROC-AUC   ${fmt(evaluation.auc, 4)}`,
    `Brier     ${fmt(evaluation.brier, 4)}  (base rate alone: ${fmt(evaluation.baselineBrier, 4)})`,
    `Log-loss  ${fmt(evaluation.logLoss, 4)}`,
    `Training  ${evaluation.trainingSeconds.toFixed(2)} s, ${evaluation.iterations} boosting rounds`,
    'Calibration (test rows):',
    '  predicted   rows  mean predicted  observed',
    ...evaluation.calibration.map(
      (bin) =>
        `  ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}  ${String(bin.count).padStart(6)}  ${bin.meanPredicted.toFixed(3).padStart(14)}  ${bin.observedRate.toFixed(3).padStart(8)}`,
    ),
    `Top factors: ${evaluation.importances
      .slice(0, 5)
      .map((i) => `${i.feature} ${(i.share * 100).toFixed(0)}%`)
      .join(', ')}`,
  ];
  return lines;
}

function columnList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
