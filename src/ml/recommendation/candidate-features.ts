import { MS_PER_DAY } from '../orders/order-date';
import {
  CANDIDATE_FEATURE_NAMES,
  type BlendWeights,
  type CandidateFeatureName,
  type RecommenderModel,
} from './recommender-model';

export { CANDIDATE_FEATURE_NAMES, type CandidateFeatureName } from './recommender-model';

/** Number of per-candidate features, in the order of `CandidateSet.features`. */
export const CANDIDATE_FEATURES = CANDIDATE_FEATURE_NAMES.length;
/** Index of each feature in a candidate's row. */
export const FEATURE = Object.fromEntries(CANDIDATE_FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  CandidateFeatureName,
  number
>;
/** Popular products (overall and in the last 30 days) added per customer, beyond those already candidates. */
const POPULAR_CANDIDATES = 20;
/** Length of the cached popularity lists the per-customer popular candidates are drawn from. */
const POPULAR_LIST = 200;
/** Also-bought candidates kept per customer (by similarity): more never reach a top 10. */
const ALSO_BOUGHT_CANDIDATES = 100;
const SHARE_FLOOR = 1e-4;

/**
 * The products worth scoring for one customer (what they bought, neighbours of what they bought,
 * and the most popular products), each with its score parts (`CANDIDATE_FEATURE_NAMES`).
 */
export interface CandidateSet {
  products: number[];
  features: Float64Array;
  /** For also-bought candidates: the bought product contributing most similarity (-1 when none). */
  because: Int32Array;
  /** Position of the product in the customer's history (-1 when never bought). */
  historySlot: Int32Array;
}

/** Scratch buffers reused across customers (one per model and thread of work). */
export class CandidateScratch {
  readonly similarity: Float64Array;
  readonly because: Int32Array;
  readonly becauseSimilarity: Float64Array;
  readonly slot: Int32Array;
  readonly mark: Int32Array;
  private stamp = 0;

  constructor(products: number) {
    this.similarity = new Float64Array(products);
    this.because = new Int32Array(products).fill(-1);
    this.becauseSimilarity = new Float64Array(products);
    this.slot = new Int32Array(products).fill(-1);
    this.mark = new Int32Array(products);
  }

  next(): number {
    return ++this.stamp;
  }
}

/** Products by popularity (overall, and in the last 30 days), cached per model. */
const popularCache = new WeakMap<RecommenderModel, [number[], number[]]>();

function popularOf(model: RecommenderModel): [number[], number[]] {
  let lists = popularCache.get(model);
  if (!lists) {
    lists = [
      topIndexes(model.buyers, POPULAR_LIST).filter((p) => model.buyers[p]! > 0),
      topIndexes(model.recentBuyers, POPULAR_LIST).filter((p) => model.recentBuyers[p]! > 0),
    ];
    popularCache.set(model, lists);
  }
  return lists;
}

/** Collects candidates and their score parts for customer index `c` (-1 for an unknown customer). */
export function candidatesFor(model: RecommenderModel, c: number, scratch: CandidateScratch): CandidateSet {
  const stamp = scratch.next();
  const { history, neighbours } = model;
  const products: number[] = [];
  const add = (p: number) => {
    if (scratch.mark[p] !== stamp) {
      scratch.mark[p] = stamp;
      scratch.similarity[p] = 0;
      scratch.because[p] = -1;
      scratch.becauseSimilarity[p] = 0;
      scratch.slot[p] = -1;
      products.push(p);
    }
  };
  const start = c >= 0 ? history.offsets[c]! : 0;
  const end = c >= 0 ? history.offsets[c + 1]! : 0;
  const bought = end - start;
  for (let s = start; s < end; s++) {
    const p = history.product[s]!;
    add(p);
    scratch.slot[p] = s;
  }
  for (let s = start; s < end; s++) {
    const p = history.product[s]!;
    for (let n = 0; n < neighbours.size; n++) {
      const q = neighbours.product[p * neighbours.size + n]!;
      if (q < 0) break;
      const sim = neighbours.similarity[p * neighbours.size + n]!;
      add(q);
      scratch.similarity[q]! += sim / bought;
      if (sim > scratch.becauseSimilarity[q]!) {
        scratch.becauseSimilarity[q] = sim;
        scratch.because[q] = p;
      }
    }
  }
  // Keep what they bought, the strongest also-bought candidates and the popular products.
  const alsoBought = products
    .slice(bought)
    .sort((a, b) => scratch.similarity[b]! - scratch.similarity[a]! || a - b);
  products.length = bought;
  products.push(...alsoBought.slice(0, ALSO_BOUGHT_CANDIDATES));
  const kept = scratch.next();
  for (const p of products) scratch.mark[p] = kept;
  // The most popular products they have not got as candidates yet (so a cross-sell list of products
  // new to them can always be filled with popular ones).
  for (const list of popularOf(model)) {
    let added = 0;
    for (const p of list) {
      if (added >= POPULAR_CANDIDATES) break;
      if (scratch.mark[p] === kept) continue;
      if (scratch.mark[p] !== stamp) {
        scratch.similarity[p] = 0;
        scratch.because[p] = -1;
        scratch.becauseSimilarity[p] = 0;
        scratch.slot[p] = -1;
      }
      scratch.mark[p] = kept;
      products.push(p);
      added++;
    }
  }
  const features = new Float64Array(products.length * CANDIDATE_FEATURES);
  const because = new Int32Array(products.length);
  const historySlot = new Int32Array(products.length);
  const active = Math.max(1, model.activeCustomers);
  const recent = Math.max(1, model.recentCustomers);
  const theirOrders = c >= 0 ? history.customerOrders[c]! : 0;
  products.forEach((p, i) => {
    const s = scratch.slot[p]!;
    const o = i * CANDIDATE_FEATURES;
    if (s >= 0) {
      const orders = history.orders[s]!;
      features[o + FEATURE.orders] = Math.log1p(orders);
      features[o + FEATURE.bought] = 1;
      features[o + FEATURE.repeatRate] = model.repeatRate[p]!;
      features[o + FEATURE.daysSinceLast] = Math.log1p(
        Math.max(0, model.asOf - history.last[s]!) / MS_PER_DAY,
      );
      features[o + FEATURE.fadedOrders60] = Math.log1p(history.fadedOrders60[s]!);
      features[o + FEATURE.fadedOrders120] = Math.log1p(history.fadedOrders120[s]!);
      features[o + FEATURE.shareOfOrders] = Math.log((orders + 0.5) / (theirOrders + 1));
    }
    features[o + FEATURE.alsoBought] = scratch.similarity[p]!;
    features[o + FEATURE.alsoBoughtStrongest] = scratch.becauseSimilarity[p]!;
    features[o + FEATURE.popular] = Math.log(model.buyers[p]! / active + SHARE_FLOOR);
    features[o + FEATURE.popularNow] = Math.log(model.recentBuyers[p]! / recent + SHARE_FLOOR);
    because[i] = scratch.because[p]!;
    historySlot[i] = s;
  });
  return { products, features, because, historySlot };
}

/** The blended score of candidate `i`. Ties are broken by popularity. */
export function blendScore(set: CandidateSet, i: number, w: BlendWeights, buyers: Float64Array): number {
  const f = set.features;
  const o = i * CANDIDATE_FEATURES;
  return scoreAt(f, o, w) + 1e-9 * buyers[set.products[i]!]!;
}

const vectors = new WeakMap<BlendWeights, Float64Array>();

/** The weights in feature order (cached per weights object; a missing weight counts 0). */
export function weightVector(w: BlendWeights): Float64Array {
  let v = vectors.get(w);
  if (!v) {
    v = Float64Array.from(CANDIDATE_FEATURE_NAMES, (name) => w[name] ?? 0);
    vectors.set(w, v);
  }
  return v;
}

/** Σ weight × feature of the candidate whose row starts at `o`. */
function scoreAt(f: Float64Array, o: number, w: BlendWeights): number {
  const v = weightVector(w);
  let score = 0;
  for (let j = 0; j < CANDIDATE_FEATURES; j++) score += v[j]! * f[o + j]!;
  return score;
}

/** Indexes of the `k` best-scoring candidates, best first (ties: lower product index first). */
export function topCandidates(set: CandidateSet, k: number, score: (i: number) => number): number[] {
  const n = set.products.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = score(i);
  return topByScore(scores, set.products, k);
}

/** Partial selection of the k best (insertion into a short sorted list; candidates are few hundred). */
export function topByScore(scores: Float64Array, products: readonly number[], k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && products[a]! < products[b]!);
  for (let i = 0; i < scores.length; i++) {
    if (top.length === k && !better(i, top[k - 1]!)) continue;
    let at = top.length < k ? top.length : k - 1;
    if (top.length < k) top.push(i);
    while (at > 0 && better(i, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}

/** Indexes of the `k` largest values. */
export function topIndexes(values: Float64Array, k: number): number[] {
  return Array.from(values.keys())
    .sort((a, b) => values[b]! - values[a]! || a - b)
    .slice(0, k);
}
