import { blendScores, CandidateScratch, candidatesFor, topByScore, type CandidateSet } from './candidate-features';
import { rankingScores } from './ranking-metrics';
import type { BlendWeights, RecommenderModel } from './recommender-model';
import type { ReturningCustomers } from './time-split';

/** The weights tried on the internal split (a small grid: each is a readable choice, not a fit). */
export function weightGrid(): BlendWeights[] {
  const grid: BlendWeights[] = [];
  for (const alsoBought of [0, 1, 3, 10])
    for (const popularNow of [0, 1, 3])
      for (const popular of [0, 1])
        for (const repeat of [0, 1]) grid.push({ alsoBought, popularNow, popular, repeat });
  return grid;
}

/** Weights used when there is too little history for an internal split. */
export const DEFAULT_WEIGHTS: BlendWeights = { alsoBought: 1, popularNow: 1, popular: 0, repeat: 1 };

/** Mean HR@k and NDCG@k of a model with given weights over returning customers. */
export function scoreWeights(model: RecommenderModel, sets: readonly CandidateSet[], split: ReturningCustomers, weights: BlendWeights, k: number): { hitRate: number; ndcg: number } {
  let hits = 0;
  let ndcg = 0;
  let buffer = new Float64Array(1024);
  sets.forEach((set, u) => {
    if (buffer.length < set.products.length) buffer = new Float64Array(set.products.length * 2);
    const scores = blendScores(set, weights, model.buyers, buffer.subarray(0, set.products.length));
    const top = topByScore(scores, set.products, k).map((i) => set.products[i]!);
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
export function tuneBlend(model: RecommenderModel, split: ReturningCustomers, k: number, sample = 4000): { weights: BlendWeights; hitRate: number; ndcg: number; customers: number } {
  const step = Math.max(1, split.customers.length / sample);
  const picked: ReturningCustomers = { customers: [], bought: [] };
  for (let x = 0; x < split.customers.length; x += step) {
    picked.customers.push(split.customers[Math.floor(x)]!);
    picked.bought.push(split.bought[Math.floor(x)]!);
  }
  const scratch = new CandidateScratch(model.products.length);
  const sets = picked.customers.map((c) => candidatesFor(model, c, scratch));
  let best = { weights: DEFAULT_WEIGHTS, hitRate: -1, ndcg: -1 };
  for (const weights of weightGrid()) {
    const result = scoreWeights(model, sets, picked, weights, k);
    if (result.hitRate + result.ndcg > best.hitRate + best.ndcg) best = { weights, ...result };
  }
  return { ...best, customers: picked.customers.length };
}
