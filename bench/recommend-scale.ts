/**
 * How recommendation cost grows: `recommend train` (internal split, weight tuning, item neighbours,
 * statistics) and suggestions for 1,000 customers on 50k, 500k and 5M synthetic order lines, each size
 * in a fresh process so its peak memory (max RSS, data included) is its own.
 *
 * Run alone: `npx tsx bench/recommend-scale.ts`; `bench/run.ts` calls `runRecommendScaleBench()`.
 * `npm run bench -- recommend-scale` writes bench/results/recommend-scale.json.
 */
import { syntheticOrders } from '../src/ml/orders/synthetic-orders';
import { ProductSuggester } from '../src/ml/recommendation/suggest-products';
import { trainRecommender } from '../src/ml/recommendation/train-recommender';
import { benchMain, inChildProcess, maxRssMegabytes } from './segment-bench-support';

const SIZES = [50_000, 500_000, 5_000_000];
const LINES_PER_CUSTOMER = 130;
const PREDICTED = 1000;

interface SizeFigures {
  targetLines: number;
  lines: number;
  customers: number;
  products: number;
  trainSeconds: number;
  suggestMillisecondsPerCustomer: number;
  maxRssMegabytes: number;
}

/** Measures one size in this process (called in a child by `runRecommendScaleBench`). */
export function measureRecommendSize(targetLines: number): SizeFigures {
  const customers = Math.round(targetLines / LINES_PER_CUSTOMER);
  const { book } = syntheticOrders({
    customers,
    products: Math.max(300, Math.round(customers / 10)),
    start: Date.UTC(2022, 0, 1),
    end: Date.UTC(2023, 11, 31),
    seed: 7,
  });
  let started = performance.now();
  const { model } = trainRecommender(book);
  const trainSeconds = (performance.now() - started) / 1000;
  const suggester = new ProductSuggester(model);
  const step = Math.max(1, Math.floor(book.customers.length / PREDICTED));
  started = performance.now();
  let asked = 0;
  for (let c = 0; c < book.customers.length && asked < PREDICTED; c += step, asked++)
    suggester.suggest(book.customers[c], 10);
  const suggestMillisecondsPerCustomer = (performance.now() - started) / asked;
  return {
    targetLines,
    lines: book.lineCount,
    customers: book.customers.length,
    products: book.products.length,
    trainSeconds,
    suggestMillisecondsPerCustomer,
    maxRssMegabytes: maxRssMegabytes(),
  };
}

/** Runs every size in its own process and returns (and writes) the summary. */
export async function runRecommendScaleBench(
  options: { sizes?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const results: SizeFigures[] = [];
  for (const size of options.sizes ?? SIZES) {
    const figures = inChildProcess<SizeFigures>(__filename, size);
    log(
      `${figures.lines} lines, ${figures.customers} customers, ${figures.products} products: train ${figures.trainSeconds.toFixed(2)} s, suggest ${figures.suggestMillisecondsPerCustomer.toFixed(2)} ms/customer, max RSS ${figures.maxRssMegabytes} MB`,
    );
    results.push(figures);
  }
  const summary = {
    data: 'synthetic orders (src/ml/orders/synthetic-orders.ts): five planted buyer groups, Zipf product popularity, a planted co-purchase rule, returns; catalogue grows with the customers',
    protocol:
      'train = internal split + weight tuning (main and cross-sell) + refit on all lines, timed from the in-memory order book; suggestions: top 10 for 1,000 customers; each size in a fresh process',
    sizes: results,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

benchMain(module, measureRecommendSize, () => runRecommendScaleBench());
