import type { BlendWeights, RecommenderModel } from './recommender-model';

/** Number of per-candidate features, in the order of `CandidateSet.features`. */
export const CANDIDATE_FEATURES = 6;
const POPULAR_CANDIDATES = 20;
/** Also-bought candidates kept per customer (by similarity): more never reach a top 10. */
const ALSO_BOUGHT_CANDIDATES = 100;

/**
 * The products worth scoring for one customer (what they bought, neighbours of what they bought,
 * and the most popular products), each with its score parts:
 * [log(1 + orders with it), repeat rate if bought, mean also-bought similarity over what they bought,
 * strongest single also-bought similarity, log(1 + recent buyers) / 10, log(1 + buyers) / 10].
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

/** Popular-product lists used as candidates for everyone, cached per model. */
const popularCache = new WeakMap<RecommenderModel, number[]>();

function popularOf(model: RecommenderModel): number[] {
  let list = popularCache.get(model);
  if (!list) {
    const byAll = topIndexes(model.buyers, POPULAR_CANDIDATES).filter((p) => model.buyers[p]! > 0);
    const byRecent = topIndexes(model.recentBuyers, POPULAR_CANDIDATES).filter(
      (p) => model.recentBuyers[p]! > 0,
    );
    list = [...new Set([...byAll, ...byRecent])];
    popularCache.set(model, list);
  }
  return list;
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
  for (const p of popularOf(model)) {
    if (scratch.mark[p] === kept) continue;
    if (scratch.mark[p] !== stamp) {
      scratch.similarity[p] = 0;
      scratch.because[p] = -1;
      scratch.slot[p] = -1;
    }
    scratch.mark[p] = kept;
    products.push(p);
  }
  const features = new Float64Array(products.length * CANDIDATE_FEATURES);
  const because = new Int32Array(products.length);
  const historySlot = new Int32Array(products.length);
  products.forEach((p, i) => {
    const s = scratch.slot[p]!;
    const o = i * CANDIDATE_FEATURES;
    features[o] = s >= 0 ? Math.log1p(history.orders[s]!) : 0;
    features[o + 1] = s >= 0 ? model.repeatRate[p]! : 0;
    features[o + 2] = scratch.similarity[p]!;
    features[o + 3] = scratch.becauseSimilarity[p]!;
    features[o + 4] = Math.log1p(model.recentBuyers[p]!) / 10;
    features[o + 5] = Math.log1p(model.buyers[p]!) / 10;
    because[i] = scratch.because[p]!;
    historySlot[i] = s;
  });
  return { products, features, because, historySlot };
}

/** Blended scores of every candidate into `out` (the hot loop of tuning and evaluation). */
export function blendScores(
  set: CandidateSet,
  w: BlendWeights,
  buyers: Float64Array,
  out: Float64Array,
): Float64Array {
  const f = set.features;
  for (let i = 0; i < set.products.length; i++) {
    const o = i * CANDIDATE_FEATURES;
    out[i] = scoreAt(f, o, w) + 1e-9 * buyers[set.products[i]!]!;
  }
  return out;
}

/** The blended score of candidate `i`. Ties are broken by popularity. */
export function blendScore(set: CandidateSet, i: number, w: BlendWeights, buyers: Float64Array): number {
  const f = set.features;
  const o = i * CANDIDATE_FEATURES;
  return scoreAt(f, o, w) + 1e-9 * buyers[set.products[i]!]!;
}

function scoreAt(f: Float64Array, o: number, w: BlendWeights): number {
  return (
    f[o]! * (1 + w.repeat * f[o + 1]!) +
    w.alsoBought * f[o + 2]! +
    w.alsoBoughtStrongest * f[o + 3]! +
    w.popularNow * f[o + 4]! +
    w.popular * f[o + 5]!
  );
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
