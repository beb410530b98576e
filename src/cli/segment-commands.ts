import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { CrmError, ErrorCode } from '../core/errors';
import { customerLinesOf } from '../ml/orders/customer-lines';
import { isoDay, MS_PER_DAY, parseDayOption } from '../ml/orders/order-date';
import { readOrdersFile } from '../ml/orders/read-orders-file';
import { evaluateSegments, type SegmentEvaluation } from '../ml/segmentation/evaluate-segments';
import { applySegments, fitSegments } from '../ml/segmentation/fit-segments';
import { runOf, type SegmentationRun } from '../ml/segmentation/segment-customers';
import { segmentMovements } from '../ml/segmentation/segment-movements';
import { writeSegmentReport, type MovementSummary } from '../ml/segmentation/segment-report';
import type { OrderBook } from '../ml/orders/order-book';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

interface RunOptions {
  orders: string;
  out: string;
  json?: boolean;
  segments?: number;
  asOf?: string;
  report?: string;
}

interface EvalOptions {
  orders: string;
  cut: string;
  json?: boolean;
  segments?: number;
  report?: string;
}

/** `crmpro segment run|eval`: customer segments from any orders file (a stable interface). */
export function registerSegmentCommands(program: Command, env: CliEnvironment): void {
  const segment = program
    .command('segment')
    .description('Segment customers from purchase history and evaluate the segments');

  segment
    .command('run')
    .description(
      'Segment every customer with a purchase; write customer_id,segment,recency_days,frequency,monetary',
    )
    .requiredOption(
      '--orders <file>',
      'orders CSV (UCI Online Retail columns or the CRM export; may be gzipped)',
    )
    .requiredOption('--out <file>', 'CSV to write, one row per customer')
    .option(
      '--segments <n>',
      'a fixed number of segments (3-12) instead of the stated criterion',
      positiveInteger('--segments'),
    )
    .option(
      '--as-of <date>',
      'segment as of this date, using only earlier orders (default: after the last order)',
    )
    .option('--report <dir>', 'write segment-size, RFM-profile and movement charts and an HTML page here')
    .option('--json', 'print segment sizes, the criterion and seconds as JSON')
    .action(runCommand(env, (options: RunOptions) => runSegments(env, options)));

  segment
    .command('eval')
    .description(
      'Segments from orders before --cut, judged by eta² of log(1 + spend after it), beside KMeans at the same count',
    )
    .requiredOption(
      '--orders <file>',
      'orders CSV (UCI Online Retail columns or the CRM export; may be gzipped)',
    )
    .requiredOption('--cut <date>', 'the cut date, e.g. 2011-09-01')
    .option(
      '--segments <n>',
      'a fixed number of segments (3-12) instead of the stated criterion',
      positiveInteger('--segments'),
    )
    .option(
      '--report <dir>',
      'write charts (sizes, RFM profile, movement, eta² by count) and an HTML page here',
    )
    .option('--json', 'print the evaluation as JSON')
    .action(runCommand(env, (options: EvalOptions) => evalSegments(env, options)));
}

async function runSegments(env: CliEnvironment, options: RunOptions): Promise<number> {
  const started = performance.now();
  const asOf = options.asOf ? parseDayOption('--as-of', options.asOf) : undefined;
  checkCount(options.segments);
  const book = await readOrdersFile(options.orders);
  const byCustomer = customerLinesOf(book);
  const fitted = fitSegments(book, { asOf, segments: options.segments, byCustomer });
  const run = runOf(book, fitted);
  const rows = [
    ['customer_id', 'segment', 'recency_days', 'frequency', 'monetary'],
    ...run.customers.map((c) => [c.customerId, c.segment, c.recencyDays, c.frequency, c.monetary.toFixed(2)]),
  ];
  await writeOutput(options.out, stringify(rows));
  const report = options.report
    ? await writeSegmentReport(options.report, run, movementBefore(book, run, byCustomer))
    : undefined;
  const seconds = round2((performance.now() - started) / 1000);
  if (options.json) {
    env.out(
      JSON.stringify(
        {
          ...summaryOf(run),
          lines: book.lineCount,
          ignoredWithoutCustomer: book.stats.withoutCustomer,
          out: options.out,
          report,
          seconds,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  env.out(
    `Segmented ${run.customers.length} customers as of ${run.asOf} into ${run.sizes.length} segments (${run.model.choice.rule}):`,
  );
  for (const s of run.sizes)
    env.out(
      `  ${s.segment.padEnd(20)} ${String(s.customers).padStart(7)}  ${(s.share * 100).toFixed(1).padStart(5)}%  ${s.description}`,
    );
  env.out(`Wrote ${options.out} in ${seconds} s${report ? `; report: ${report}` : ''}`);
  return 0;
}

async function evalSegments(env: CliEnvironment, options: EvalOptions): Promise<number> {
  const cut = parseDayOption('--cut', options.cut);
  checkCount(options.segments);
  const book = await readOrdersFile(options.orders);
  if (!book.lineCount)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Orders file ${options.orders} has no order lines with a customer.`,
    );
  const evaluation = evaluateSegments(book, cut, { segments: options.segments });
  let report: string | undefined;
  if (options.report) {
    const byCustomer = customerLinesOf(book);
    const run = runOf(book, fitSegments(book, { asOf: cut, segments: options.segments, byCustomer }));
    report = await writeSegmentReport(options.report, run, movementBefore(book, run, byCustomer), evaluation);
  }
  if (options.json) {
    env.out(JSON.stringify({ ...evaluation, report }, null, 2));
    return 0;
  }
  for (const line of evaluationLines(evaluation)) env.out(line);
  if (report) env.out(`Report: ${report}`);
  return 0;
}

/** The plain-text summary printed by `segment eval`. */
export function evaluationLines(e: SegmentEvaluation): string[] {
  return [
    `Cut ${e.cut}: ${e.customers} customers with a purchase before it, ${e.returning} bought again by ${e.until}.`,
    `Segments: ${e.segments} (${e.criterion}); method: ${e.method}`,
    `eta² of log(1 + spend after the cut):`,
    `  CRMPro value tiers   ${e.etaSquared.toFixed(4)}`,
    `  KMeans log-RFM       ${e.kmeansEtaSquared.toFixed(4)}  (same ${e.segments} segments; ratio ${(e.etaSquared / e.kmeansEtaSquared).toFixed(2)})`,
    `  RFM map              ${e.rfmMapEtaSquared.toFixed(4)}  (${e.rfmMapSegments} cells in use)`,
    ...(e.byCount.length
      ? [
          'By number of segments (ours / KMeans):',
          ...e.byCount.map(
            (c) => `  ${String(c.segments).padStart(2)}  ${c.ours.toFixed(4)}  ${c.kmeans.toFixed(4)}`,
          ),
        ]
      : []),
    `Seconds: ${e.seconds}`,
  ];
}

/** Movement from one window before the run's date to the run's date, with the same model. */
function movementBefore(
  book: OrderBook,
  run: SegmentationRun,
  byCustomer: ReturnType<typeof customerLinesOf>,
): MovementSummary {
  const to = Date.parse(`${run.asOf}T00:00:00Z`) + MS_PER_DAY;
  const from = to - run.model.windowDays * MS_PER_DAY;
  const earlier = runOf(book, applySegments(run.model, book, from, byCustomer));
  const { flows } = segmentMovements(
    new Map(earlier.customers.map((c) => [c.customerId, c.segment])),
    new Map(run.customers.map((c) => [c.customerId, c.segment])),
  );
  return { from: isoDay(from), to: run.asOf, flows };
}

function summaryOf(run: SegmentationRun) {
  return {
    asOf: run.asOf,
    customers: run.customers.length,
    segments: run.sizes.map((s) => ({
      segment: s.segment,
      customers: s.customers,
      share: s.share,
      medianRecencyDays: s.medianRecencyDays,
      medianFrequency: s.medianFrequency,
      medianMonetary: s.medianMonetary,
    })),
    criterion: run.model.choice.rule,
    method: run.model.method,
    explainedByCount: run.model.choice.explainedByCount,
  };
}

function checkCount(segments: number | undefined): void {
  if (segments !== undefined && (segments < 3 || segments > 12))
    throw new CrmError(ErrorCode.InvalidInput, `--segments must be between 3 and 12 (got ${segments})`);
}

async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `cannot write ${file}: ${(error as Error).message}`, { file });
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
