import {
  blendScores,
  CandidateScratch,
  candidatesFor,
  topByScore,
  type CandidateSet,
} from './candidate-features';
import { rankingScores } from './ranking-metrics';
import type { BlendWeights, RecommenderModel } from './recommender-model';
import type { ReturningCustomers } from './time-split';

/**
 * The weights tried on the internal split (a small grid: each is a readable choice, not a fit). The
 * main list mixes re-orders with the mean similarity to everything bought; the cross-sell list ranks
 * new products by their strongest single link to something bought.
 */
export function weightGrid(onlyNew = false): BlendWeights[] {
  const grid: BlendWeights[] = [];
  for (const link of [0, 1, 3, 10])
    for (const popularNow of [0, 1, 3])
      for (const popular of [0, 1])
        for (const repeat of onlyNew ? [0] : [0, 1])
          grid.push(
            onlyNew
              ? { alsoBought: 0, alsoBoughtStrongest: link, popularNow, popular, repeat }
              : { alsoBought: link, alsoBoughtStrongest: 0, popularNow, popular, repeat },
          );
  return grid;
}

/** Weights used when there is too little history for an internal split. */
export const DEFAULT_WEIGHTS: BlendWeights = {
  alsoBought: 1,
  alsoBoughtStrongest: 0,
  popularNow: 1,
  popular: 0,
  repeat: 1,
};
/** Cross-sell weights used when there is too little history for an internal split. */
export const DEFAULT_CROSS_SELL_WEIGHTS: BlendWeights = {
  alsoBought: 0,
  alsoBoughtStrongest: 3,
  popularNow: 1,
  popular: 0,
  repeat: 0,
};

/**
 * Mean HR@k and NDCG@k of a model with given weights over returning customers. With `onlyNew`, only
 * products the customer never bought are ranked and only first purchases count (the cross-sell list).
 */
export function scoreWeights(
  model: RecommenderModel,
  sets: readonly CandidateSet[],
  split: ReturningCustomers,
  weights: BlendWeights,
  k: number,
  onlyNew = false,
): { hitRate: number; ndcg: number } {
  let hits = 0;
  let ndcg = 0;
  let buffer = new Float64Array(1024);
  sets.forEach((set, u) => {
    if (buffer.length < set.products.length) buffer = new Float64Array(set.products.length * 2);
    const scores = blendScores(set, weights, model.buyers, buffer.subarray(0, set.products.length));
    if (onlyNew)
      for (let i = 0; i < set.products.length; i++)
        if (set.historySlot[i]! >= 0) scores[i] = Number.NEGATIVE_INFINITY;
    const top = topByScore(scores, set.products, k)
      .filter((i) => scores[i]! > Number.NEGATIVE_INFINITY)
      .map((i) => set.products[i]!);
    const result = rankingScores(top, split.bought[u]!, split.bought[u]!.size, k);
    hits += result.hit;
    ndcg += result.ndcg;
  });
  const n = Math.max(1, sets.length);
  return { hitRate: hits / n, ndcg: ndcg / n };
}

/**
 * Picks the blend weights with the best HR@k + NDCG@k on an internal split (a model fitted before
 * the split, judged on what returning customers bought after it). At most `sample` customers are
 * used, evenly spaced, so tuning stays fast on large files.
 */
export function tuneBlend(
  model: RecommenderModel,
  split: ReturningCustomers,
  k: number,
  options: { sample?: number; onlyNew?: boolean } = {},
): { weights: BlendWeights; hitRate: number; ndcg: number; customers: number } {
  const picked = options.onlyNew ? firstPurchases(model, split) : split;
  const step = Math.max(1, picked.customers.length / (options.sample ?? 4000));
  const sampled: ReturningCustomers = { customers: [], bought: [] };
  for (let x = 0; x < picked.customers.length; x += step) {
    sampled.customers.push(picked.customers[Math.floor(x)]!);
    sampled.bought.push(picked.bought[Math.floor(x)]!);
  }
  const scratch = new CandidateScratch(model.products.length);
  const sets = sampled.customers.map((c) => candidatesFor(model, c, scratch));
  const defaults = options.onlyNew ? DEFAULT_CROSS_SELL_WEIGHTS : DEFAULT_WEIGHTS;
  let best = { weights: defaults, hitRate: -1, ndcg: -1 };
  for (const weights of weightGrid(options.onlyNew)) {
    const result = scoreWeights(model, sets, sampled, weights, k, options.onlyNew);
    if (result.hitRate + result.ndcg > best.hitRate + best.ndcg) best = { weights, ...result };
  }
  return { ...best, customers: sampled.customers.length };
}

/** The returning customers who bought something new to them after the split, with only those products. */
export function firstPurchases(model: RecommenderModel, split: ReturningCustomers): ReturningCustomers {
  const out: ReturningCustomers = { customers: [], bought: [] };
  const h = model.history;
  split.customers.forEach((c, u) => {
    const had = new Set<number>();
    for (let s = h.offsets[c]!; s < h.offsets[c + 1]!; s++) had.add(h.product[s]!);
    const fresh = new Set([...split.bought[u]!].filter((p) => !had.has(p)));
    if (fresh.size) {
      out.customers.push(c);
      out.bought.push(fresh);
    }
  });
  return out;
}
