import { customerLinesOf, type CustomerLines } from '../orders/customer-lines';
import { firstOrderAt, lastOrderAt, type OrderBook } from '../orders/order-book';
import { isoDay, MS_PER_DAY } from '../orders/order-date';
import { fitRecommender } from './fit-recommender';
import type { BlendWeights, RecommenderModel } from './recommender-model';
import { returningCustomers } from './time-split';
import { DEFAULT_CROSS_SELL_WEIGHTS, DEFAULT_WEIGHTS, tuneBlend } from './tune-blend';

/** How the blend weights were chosen. */
export interface BlendTuning {
  /** Internal split date (orders before it trained the tuning model), or none when history was too short. */
  validationCut?: string;
  validationCustomers: number;
  hitRate?: number;
  ndcg?: number;
  weights: BlendWeights;
  /** Cross-sell (never-bought products) weights and their scores on first purchases after the split. */
  crossSell: { weights: BlendWeights; hitRate?: number; ndcg?: number; customers: number };
}

const MIN_VALIDATION_CUSTOMERS = 20;

/**
 * Trains the recommender on orders before `asOf` (default: all of them). The blend weights are first
 * chosen on an internal time split inside that history (the last quarter of it, at most 91 days),
 * then every statistic is refitted on the full history with those weights. A second set of weights
 * ranks only products a customer never bought (cross-sell), chosen on first purchases after the split.
 */
export function trainRecommender(
  book: OrderBook,
  options: { asOf?: number; byCustomer?: CustomerLines; k?: number } = {},
): { model: RecommenderModel; tuning: BlendTuning; seconds: number } {
  const started = performance.now();
  const byCustomer = options.byCustomer ?? customerLinesOf(book);
  const asOf = options.asOf ?? lastOrderAt(book) + 1;
  const first = firstOrderAt(book);
  const spanDays = Number.isNaN(first) ? 0 : (asOf - first) / MS_PER_DAY;
  const windowDays = Math.max(14, Math.min(91, Math.round(spanDays / 4)));
  const validationCut = asOf - windowDays * MS_PER_DAY;
  let tuning: BlendTuning = {
    validationCustomers: 0,
    weights: DEFAULT_WEIGHTS,
    crossSell: { weights: DEFAULT_CROSS_SELL_WEIGHTS, customers: 0 },
  };
  if (validationCut > first) {
    const split = returningCustomers(book, byCustomer, validationCut, asOf);
    if (split.customers.length >= MIN_VALIDATION_CUSTOMERS) {
      const inner = fitRecommender(book, byCustomer, validationCut, DEFAULT_WEIGHTS);
      const best = tuneBlend(inner, split, options.k ?? 10);
      const cross = tuneBlend(inner, split, options.k ?? 10, { onlyNew: true });
      tuning = {
        validationCut: isoDay(validationCut),
        validationCustomers: best.customers,
        hitRate: round4(best.hitRate),
        ndcg: round4(best.ndcg),
        weights: best.weights,
        crossSell: cross.customers
          ? {
              weights: cross.weights,
              hitRate: round4(cross.hitRate),
              ndcg: round4(cross.ndcg),
              customers: cross.customers,
            }
          : { weights: DEFAULT_CROSS_SELL_WEIGHTS, customers: 0 },
      };
    }
  }
  const model = fitRecommender(book, byCustomer, asOf, tuning.weights, tuning.crossSell.weights);
  return { model, tuning, seconds: (performance.now() - started) / 1000 };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
