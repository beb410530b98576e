import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { CrmError, ErrorCode } from '../core/errors';
import { parseDayOption } from '../ml/orders/order-date';
import { readOrdersFile } from '../ml/orders/read-orders-file';
import {
  evaluateRecommendations,
  type RecommendationEvaluation,
} from '../ml/recommendation/evaluate-recommendations';
import { loadRecommender, saveRecommender } from '../ml/recommendation/recommender-artifact';
import { ProductSuggester, suggestionReasonText } from '../ml/recommendation/suggest-products';
import { trainRecommender } from '../ml/recommendation/train-recommender';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

interface TrainOptions {
  orders: string;
  out: string;
  json?: boolean;
}

interface PredictOptions {
  model: string;
  customers: string;
  k: number;
  out: string;
}

interface EvalOptions {
  orders: string;
  cut: string;
  k: number;
  json?: boolean;
}

/** `crmpro recommend train|predict|eval`: product suggestions from any orders file (a stable interface). */
export function registerRecommendCommands(program: Command, env: CliEnvironment): void {
  const recommend = program
    .command('recommend')
    .description('Train, apply and evaluate product recommendations from purchase history');

  recommend
    .command('train')
    .description(
      'Train the recommender on an orders file and write it (with a model.json card) to a directory',
    )
    .requiredOption(
      '--orders <file>',
      'orders CSV (UCI Online Retail columns or the CRM export; may be gzipped)',
    )
    .requiredOption('--out <dir>', 'directory to write model.json, strings.json and arrays.bin into')
    .option('--json', 'print the model card as JSON')
    .action(runCommand(env, (options: TrainOptions) => trainCommand(env, options)));

  recommend
    .command('predict')
    .description(
      'Write customer_id,rank,product_id,reason for each customer (unknown customers get popular products)',
    )
    .requiredOption('--model <dir>', 'directory written by `recommend train`')
    .requiredOption('--customers <file>', 'customer ids, one per line (a header line customer_id is allowed)')
    .option('--k <n>', 'suggestions per customer', positiveInteger('--k'), 10)
    .requiredOption('--out <file>', 'CSV to write')
    .action(runCommand(env, (options: PredictOptions) => predictCommand(env, options)));

  recommend
    .command('eval')
    .description(
      'Train on orders before --cut; HR@k and NDCG@k on returning customers beside popularity and bought-most baselines',
    )
    .requiredOption(
      '--orders <file>',
      'orders CSV (UCI Online Retail columns or the CRM export; may be gzipped)',
    )
    .requiredOption('--cut <date>', 'the cut date, e.g. 2011-09-01')
    .option('--k <n>', 'list length', positiveInteger('--k'), 10)
    .option('--json', 'print the evaluation as JSON')
    .action(runCommand(env, (options: EvalOptions) => evalCommand(env, options)));
}

async function trainCommand(env: CliEnvironment, options: TrainOptions): Promise<number> {
  const book = await readOrdersFile(options.orders);
  if (!book.lineCount)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Orders file ${options.orders} has no order lines with a customer.`,
    );
  const { model, tuning, seconds } = trainRecommender(book);
  const card = await saveRecommender(options.out, model, {
    source: options.orders,
    lines: book.lineCount,
    tuning,
    seconds,
  });
  if (options.json) {
    env.out(JSON.stringify({ ...card, arrays: undefined }, null, 2));
    return 0;
  }
  env.out(
    `Trained on ${book.lineCount} order lines of ${card.data.customers} customers and ${card.data.products} products in ${card.training.seconds} s.`,
  );
  env.out(
    tuning.validationCut
      ? `Blend weights chosen on orders after ${tuning.validationCut} (${tuning.validationCustomers} returning customers: HR@10 ${tuning.hitRate}, NDCG@10 ${tuning.ndcg}): ${JSON.stringify(tuning.weights)}`
      : `Too little history for an internal split; default blend weights ${JSON.stringify(tuning.weights)}`,
  );
  env.out(`Model written to ${options.out}`);
  return 0;
}

async function predictCommand(env: CliEnvironment, options: PredictOptions): Promise<number> {
  const { model } = await loadRecommender(options.model);
  const ids = await readCustomerIds(options.customers);
  const suggester = new ProductSuggester(model);
  const rows: (string | number)[][] = [['customer_id', 'rank', 'product_id', 'reason']];
  let unknown = 0;
  for (const id of ids) {
    if (!suggester.knows(id)) unknown++;
    suggester
      .suggest(id, options.k)
      .forEach((s, i) => rows.push([id, i + 1, s.productId, suggestionReasonText(s.reason)]));
  }
  try {
    await writeFile(options.out, stringify(rows));
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `cannot write ${options.out}: ${(error as Error).message}`, {
      file: options.out,
    });
  }
  env.err(
    `Wrote ${rows.length - 1} suggestions for ${ids.length} customers (${unknown} unknown: popular products) to ${options.out}`,
  );
  return 0;
}

async function evalCommand(env: CliEnvironment, options: EvalOptions): Promise<number> {
  const cut = parseDayOption('--cut', options.cut);
  const book = await readOrdersFile(options.orders);
  const evaluation = evaluateRecommendations(book, cut, options.k);
  if (evaluation.returningCustomers === 0)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `No customer in ${options.orders} bought both before and after ${evaluation.cut}; choose another --cut.`,
    );
  if (options.json) {
    env.out(JSON.stringify(evaluation, null, 2));
    return 0;
  }
  for (const line of recommendationEvaluationLines(evaluation)) env.out(line);
  return 0;
}

/** The plain-text summary printed by `recommend eval`. */
export function recommendationEvaluationLines(e: RecommendationEvaluation): string[] {
  const row = (r: { method: string; hitRate: number; ndcg: number }) =>
    `  ${r.hitRate.toFixed(4)}  ${r.ndcg.toFixed(4)}  ${r.method}`;
  return [
    `Cut ${e.cut}: trained on orders before it; judged on ${e.returningCustomers} returning customers' purchases up to ${e.until}.`,
    `  HR@${e.k}   NDCG@${e.k}`,
    row(e.ours),
    row(e.popularity),
    row(e.boughtMost),
    row(e.boughtMostPopularTies),
    `Cross-sell (only products new to the customer; ${e.crossSell.customers} customers bought something new):`,
    row(e.crossSell.ours),
    row(e.crossSell.popularity),
    `Blend weights ${JSON.stringify(e.tuning.weights)}${e.tuning.validationCut ? ` (chosen on orders after ${e.tuning.validationCut})` : ' (defaults)'}; training ${e.trainSeconds} s, total ${e.seconds} s.`,
  ];
}

async function readCustomerIds(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Cannot read customers file ${file}: ${(error as Error).message}`,
      { file },
    );
  }
  const ids = text
    .split(/\r?\n/)
    .map((line) => line.split(',')[0]!.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
  if (ids.length && /^(customer_?id|customer|id)$/i.test(ids[0]!)) ids.shift();
  return ids.map((id) => (id.endsWith('.0') ? id.slice(0, -2) : id));
}
