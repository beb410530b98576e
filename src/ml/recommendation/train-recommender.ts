import { customerLinesOf, type CustomerLines } from '../orders/customer-lines';
import { firstOrderAt, lastOrderAt, type OrderBook } from '../orders/order-book';
import { isoDay, MS_PER_DAY } from '../orders/order-date';
import { fitRecommender } from './fit-recommender';
import type { BlendWeights, RecommenderModel } from './recommender-model';
import { returningCustomers } from './time-split';
import type { RankingGroups } from './rank-learner';
import {
  BLEND_SETTINGS,
  DEFAULT_CROSS_SELL_WEIGHTS,
  DEFAULT_WEIGHTS,
  learnBlend,
  mergeRankingGroups,
  rankingGroupsOfBoth,
  type BlendSettings,
} from './tune-blend';

/** How the blend weights were chosen. */
export interface BlendTuning {
  /** Latest internal split date (orders before each split trained its model), or none when history was too short. */
  validationCut?: string;
  /** Customers whose purchases after the splits trained the weights (all splits together). */
  validationCustomers: number;
  /** Each internal split: model on orders before `cut`, judged on purchases in [cut, until). */
  windows: { cut: string; until: string; customers: number }[];
  /** HR@k and NDCG@k of the learned weights on those customers (the learner's own objective). */
  hitRate?: number;
  ndcg?: number;
  weights: BlendWeights;
  /** Cross-sell (never-bought products) weights and their scores on first purchases after the splits. */
  crossSell: { weights: BlendWeights; hitRate?: number; ndcg?: number; customers: number };
}

const MIN_VALIDATION_CUSTOMERS = 20;

/**
 * Trains the recommender on orders before `asOf` (default: all of them). The blend weights are
 * learned on internal time splits inside that history: the last quarter of it (at most 91 days),
 * and `settings.windows - 1` more splits each shifted earlier, every one with a model fitted on the
 * orders before it and judged on what returning customers bought in the window after it. Then every
 * statistic is refitted on the full history with those weights. A second set of weights ranks only
 * products a customer never bought (cross-sell), learned on first purchases after the splits.
 */
export function trainRecommender(
  book: OrderBook,
  options: { asOf?: number; byCustomer?: CustomerLines; k?: number; settings?: BlendSettings } = {},
): { model: RecommenderModel; tuning: BlendTuning; seconds: number } {
  const started = performance.now();
  const settings = options.settings ?? BLEND_SETTINGS;
  const k = options.k ?? 10;
  const byCustomer = options.byCustomer ?? customerLinesOf(book);
  const asOf = options.asOf ?? lastOrderAt(book) + 1;
  const first = firstOrderAt(book);
  const spanDays = Number.isNaN(first) ? 0 : (asOf - first) / MS_PER_DAY;
  const windowDays = Math.max(14, Math.min(91, Math.round(spanDays / 4)));
  const main: RankingGroups[] = [];
  const cross: RankingGroups[] = [];
  const windows: BlendTuning['windows'] = [];
  for (let w = 0; w < settings.windows; w++) {
    const cut = asOf - (windowDays + Math.round(w * settings.windowShift * windowDays)) * MS_PER_DAY;
    const until = cut + windowDays * MS_PER_DAY;
    if (!(cut > first)) break;
    const split = returningCustomers(book, byCustomer, cut, until);
    if (split.customers.length < MIN_VALIDATION_CUSTOMERS) break;
    const inner = fitRecommender(book, byCustomer, cut, DEFAULT_WEIGHTS);
    const both = rankingGroupsOfBoth(inner, split, settings.sample);
    const groups = both.main;
    main.push(groups);
    cross.push(both.crossSell);
    windows.push({ cut: isoDay(cut), until: isoDay(until - 1), customers: groups.relevantTotal.length });
  }
  let tuning: BlendTuning = {
    validationCustomers: 0,
    windows,
    weights: DEFAULT_WEIGHTS,
    crossSell: { weights: DEFAULT_CROSS_SELL_WEIGHTS, customers: 0 },
  };
  if (main.length) {
    const best = learnBlend(mergeRankingGroups(main), k, {
      hitWeight: settings.hitWeight,
      bags: settings.bags,
    });
    const crossGroups = mergeRankingGroups(cross);
    const crossBest = crossGroups.relevantTotal.length
      ? learnBlend(crossGroups, k, { onlyNew: true, hitWeight: settings.hitWeight, bags: settings.bags })
      : undefined;
    tuning = {
      validationCut: windows[0]!.cut,
      validationCustomers: best.customers,
      windows,
      hitRate: round4(best.hitRate),
      ndcg: round4(best.ndcg),
      weights: best.weights,
      crossSell: crossBest
        ? {
            weights: crossBest.weights,
            hitRate: round4(crossBest.hitRate),
            ndcg: round4(crossBest.ndcg),
            customers: crossBest.customers,
          }
        : { weights: DEFAULT_CROSS_SELL_WEIGHTS, customers: 0 },
    };
  }
  const model = fitRecommender(book, byCustomer, asOf, tuning.weights, tuning.crossSell.weights);
  return { model, tuning, seconds: (performance.now() - started) / 1000 };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
