import {
  CANDIDATE_FEATURE_NAMES,
  CANDIDATE_FEATURES,
  CandidateScratch,
  candidatesFor,
  FEATURE,
  topByScore,
  type CandidateFeatureName,
  type CandidateSet,
} from './candidate-features';
import { seededRandom } from '../../core/seeded-random';
import { pairedBootstrap, type PairedInterval } from './paired-bootstrap';
import { fitRankingWeights, listJudge, pickGroups, type RankingGroups } from './rank-learner';
import type { BlendWeights, RecommenderModel } from './recommender-model';
import type { ReturningCustomers } from './time-split';

/** How the blend is learned at training time. */
export interface BlendSettings {
  /** Internal time splits whose customers train the weights (the latest first, each shifted earlier). */
  windows: number;
  /** How far each further split lies before the previous one, as a share of the window length. */
  windowShift: number;
  /** Objective = hitWeight × HR@10 + NDCG@10. */
  hitWeight: number;
  /** At most this many customers per split (evenly spaced), so training stays fast on large files. */
  sample: number;
  /**
   * Bootstrap samples of the customers the weights are fitted on; the weights are averaged (bagging),
   * which steadies a fit that jumps between near-equal optima of a step-shaped metric. 1 = no bagging.
   */
  bags: number;
}

/**
 * The settings in use: chosen by bench/tune-recommender.ts on UCI Online Retail over three validation
 * windows (models on orders before 2011-04-01, 2011-05-01 and 2011-06-01, each judged on the three
 * months after its cut; never on the test window after 2011-09-01); see
 * bench/results/recommend-tuning.json. Parsimony (`chooseParsimonious`): three internal splits scored
 * best on validation, but one split is within noise of them (HR@10 + NDCG@10 per customer, best minus
 * one split +0.0035, interval −0.0020 to +0.0089) at a third of the training work, so one split.
 */
export const BLEND_SETTINGS: BlendSettings = {
  windows: 1,
  windowShift: 0,
  hitWeight: 1,
  sample: 2000,
  bags: 1,
};

const weightsOf = (values: Partial<BlendWeights>): BlendWeights =>
  Object.fromEntries(CANDIDATE_FEATURE_NAMES.map((name) => [name, values[name] ?? 0])) as BlendWeights;

/**
 * Weights used when there is too little history for an internal split: what they bought most
 * (re-orders of staples first), then also-bought links, ties broken by popularity.
 */
export const DEFAULT_WEIGHTS: BlendWeights = weightsOf({
  orders: 1,
  repeatRate: 0.5,
  alsoBought: 1,
  popularNow: 0.02,
  popular: 0.02,
});
/** Cross-sell weights used when there is too little history for an internal split. */
export const DEFAULT_CROSS_SELL_WEIGHTS: BlendWeights = weightsOf({
  alsoBoughtStrongest: 3,
  popularNow: 0.1,
});
/**
 * Where the coordinate ascent starts, with the feature whose weight stays positive: for the main list
 * "bought most, ties by popularity", which it must then improve on; for cross-sell both the strongest
 * also-bought link and "most popular products they never bought" (the better fit is kept).
 */
const LEARNER_STARTS: { start: BlendWeights; fixed: CandidateFeatureName }[] = [
  { start: weightsOf({ orders: 1, popular: 0.01 }), fixed: 'orders' },
];
const CROSS_SELL_STARTS: { start: BlendWeights; fixed: CandidateFeatureName }[] = [
  { start: weightsOf({ alsoBoughtStrongest: 1, popular: 0.01 }), fixed: 'alsoBoughtStrongest' },
  { start: weightsOf({ popular: 1 }), fixed: 'popular' },
];

/**
 * Candidates kept per customer for learning: those among the best `PRUNE_TOP` by any one of these
 * features (sign: which end is best). A blend of them rarely lifts a candidate that is poor on every
 * one of them into a top 10, and dropping the rest makes learning several times faster for
 * customers with long histories.
 */
const PRUNE_TOP = 25;
const PRUNE_BY: [CandidateFeatureName, 1 | -1][] = [
  ['orders', 1],
  ['fadedOrders60', 1],
  ['daysSinceLast', -1],
  ['shareOfOrders', 1],
  ['alsoBought', 1],
  ['alsoBoughtStrongest', 1],
  ['popular', 1],
  ['popularNow', 1],
];

function prunedRows(set: CandidateSet, eligible: (i: number) => boolean, tie: Float64Array): number[] {
  const n = set.products.length;
  const keep = new Uint8Array(n);
  const scores = new Float64Array(n);
  for (const [name, sign] of PRUNE_BY) {
    const j = FEATURE[name];
    for (let i = 0; i < n; i++) {
      const bought = set.features[i * CANDIDATE_FEATURES + FEATURE.bought]! > 0;
      // "bought" features say nothing of products never bought: rank those last on them.
      const meaningful = bought || !BOUGHT_ONLY.has(name);
      scores[i] =
        eligible(i) && meaningful
          ? sign * set.features[i * CANDIDATE_FEATURES + j]! + tie[i]!
          : Number.NEGATIVE_INFINITY;
    }
    for (const i of topByScore(scores, set.products, PRUNE_TOP))
      if (scores[i]! > Number.NEGATIVE_INFINITY) keep[i] = 1;
  }
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) rows.push(i);
  return rows;
}

const BOUGHT_ONLY = new Set<CandidateFeatureName>([
  'orders',
  'fadedOrders60',
  'daysSinceLast',
  'shareOfOrders',
]);

/** Accumulates ranking groups customer by customer (rows pruned as in `prunedRows`). */
class GroupsBuilder {
  private features = new Float64Array(1 << 16);
  private relevant = new Uint8Array(1 << 12);
  private tieBreak = new Float64Array(1 << 12);
  private rows = 0;
  private readonly offsets = [0];
  private readonly relevantTotal: number[] = [];

  constructor(
    private readonly model: RecommenderModel,
    private readonly onlyNew: boolean,
  ) {}

  /** Adds one customer's candidates, relevant when in `bought`. */
  add(set: CandidateSet, bought: ReadonlySet<number>): void {
    const tie = Float64Array.from(set.products, (p) => 1e-9 * this.model.buyers[p]!);
    const eligible = (i: number) => !this.onlyNew || set.historySlot[i]! < 0;
    const kept = prunedRows(set, eligible, tie);
    if (this.rows + kept.length > this.relevant.length) {
      const size = Math.max(2 * this.relevant.length, this.rows + kept.length);
      this.features = grown(this.features, size * CANDIDATE_FEATURES);
      this.relevant = grown(this.relevant, size);
      this.tieBreak = grown(this.tieBreak, size);
    }
    for (const i of kept) {
      this.features.set(
        set.features.subarray(i * CANDIDATE_FEATURES, (i + 1) * CANDIDATE_FEATURES),
        this.rows * CANDIDATE_FEATURES,
      );
      this.relevant[this.rows] = bought.has(set.products[i]!) ? 1 : 0;
      this.tieBreak[this.rows] = tie[i]!;
      this.rows++;
    }
    this.offsets.push(this.rows);
    this.relevantTotal.push(bought.size);
  }

  groups(): RankingGroups {
    return {
      features: this.features.slice(0, this.rows * CANDIDATE_FEATURES),
      width: CANDIDATE_FEATURES,
      relevant: this.relevant.slice(0, this.rows),
      tieBreak: this.tieBreak.slice(0, this.rows),
      offsets: Int32Array.from(this.offsets),
      relevantTotal: Int32Array.from(this.relevantTotal),
    };
  }
}

/** Positions taken from a list of `length` when at most `sample` are wanted (evenly spaced). */
function sampledPositions(length: number, sample: number): Set<number> {
  const step = Math.max(1, length / sample);
  const out = new Set<number>();
  for (let x = 0; x < length; x += step) out.add(Math.floor(x));
  return out;
}

/**
 * The learning examples of one internal split: each (sampled) returning customer's candidates with
 * their features (pruned: see PRUNE_BY), marked relevant when bought after the split. With `onlyNew`, only products the
 * customer never bought are kept and `split` should hold first purchases (see `firstPurchases`).
 */
export function rankingGroupsOf(
  model: RecommenderModel,
  split: ReturningCustomers,
  options: { sample?: number; onlyNew?: boolean } = {},
): RankingGroups {
  const picks = sampledPositions(split.customers.length, options.sample ?? BLEND_SETTINGS.sample);
  const scratch = new CandidateScratch(model.products.length);
  const builder = new GroupsBuilder(model, options.onlyNew ?? false);
  for (const u of picks) builder.add(candidatesFor(model, split.customers[u]!, scratch), split.bought[u]!);
  return builder.groups();
}

/**
 * The examples of both lists of one internal split, from one candidate pass per customer: the same
 * as `rankingGroupsOf(model, split)` and `rankingGroupsOf(model, firstPurchases(model, split),
 * { onlyNew: true })`, in about half the time (collecting candidates is most of the work).
 */
export function rankingGroupsOfBoth(
  model: RecommenderModel,
  split: ReturningCustomers,
  sample = BLEND_SETTINGS.sample,
): { main: RankingGroups; crossSell: RankingGroups } {
  const fresh = firstPurchases(model, split);
  const mainPicks = sampledPositions(split.customers.length, sample);
  const freshPicks = sampledPositions(fresh.customers.length, sample);
  const scratch = new CandidateScratch(model.products.length);
  const main = new GroupsBuilder(model, false);
  const cross = new GroupsBuilder(model, true);
  // firstPurchases keeps the split's order, so walk both lists together.
  let v = 0;
  for (let u = 0; u < split.customers.length; u++) {
    const c = split.customers[u]!;
    const isFresh = v < fresh.customers.length && fresh.customers[v] === c;
    const inMain = mainPicks.has(u);
    const inCross = isFresh && freshPicks.has(v);
    if (inMain || inCross) {
      const set = candidatesFor(model, c, scratch);
      if (inMain) main.add(set, split.bought[u]!);
      if (inCross) cross.add(set, fresh.bought[v]!);
    }
    if (isFresh) v++;
  }
  return { main: main.groups(), crossSell: cross.groups() };
}

function grown<T extends Float64Array | Uint8Array>(array: T, size: number): T {
  const out = new (array.constructor as new (n: number) => T)(size);
  out.set(array);
  return out;
}

/** The examples of several splits as one set of groups. */
export function mergeRankingGroups(parts: readonly RankingGroups[]): RankingGroups {
  const rows = parts.reduce((sum, part) => sum + part.relevant.length, 0);
  const groups = parts.reduce((sum, part) => sum + part.relevantTotal.length, 0);
  const merged: RankingGroups = {
    features: new Float64Array(rows * CANDIDATE_FEATURES),
    width: CANDIDATE_FEATURES,
    relevant: new Uint8Array(rows),
    tieBreak: new Float64Array(rows),
    offsets: new Int32Array(groups + 1),
    relevantTotal: new Int32Array(groups),
  };
  let row = 0;
  let group = 0;
  for (const part of parts) {
    merged.features.set(part.features, row * CANDIDATE_FEATURES);
    merged.relevant.set(part.relevant, row);
    merged.tieBreak.set(part.tieBreak, row);
    merged.relevantTotal.set(part.relevantTotal, group);
    for (let g = 0; g < part.relevantTotal.length; g++)
      merged.offsets[group + g + 1] = row + part.offsets[g + 1]!;
    row += part.relevant.length;
    group += part.relevantTotal.length;
  }
  return merged;
}

/**
 * Learns the blend weights on the examples by coordinate ascent on HR@k + NDCG@k (rank-learner.ts)
 * from each start of LEARNER_STARTS (or CROSS_SELL_STARTS), keeping the best fit.
 */
export function learnBlend(
  groups: RankingGroups,
  k: number,
  options: { onlyNew?: boolean; hitWeight?: number; bags?: number } = {},
): { weights: BlendWeights; hitRate: number; ndcg: number; customers: number } {
  const hitWeight = options.hitWeight ?? BLEND_SETTINGS.hitWeight;
  const bags = Math.max(1, options.bags ?? 1);
  const starts = options.onlyNew ? CROSS_SELL_STARTS : LEARNER_STARTS;
  const objective = (fit: { hitRate: number; ndcg: number }) => hitWeight * fit.hitRate + fit.ndcg;
  const fitOn = (sample: RankingGroups, { start, fixed }: (typeof starts)[number]) => {
    const fit = fitRankingWeights(sample, {
      k,
      start: Float64Array.from(CANDIDATE_FEATURE_NAMES, (name) => start[name]),
      fixed: FEATURE[fixed],
      hitWeight,
    });
    // In units of the fixed feature's weight, so fits on different samples can be averaged.
    const unit = fit.weights[FEATURE[fixed]]!;
    return { ...fit, weights: fit.weights.map((w) => w / unit) };
  };
  const bestStart = starts
    .map((start) => ({ start, fit: fitOn(groups, start) }))
    .reduce((a, b) => (objective(b.fit) > objective(a.fit) ? b : a));
  let learned = bestStart.fit;
  if (bags > 1) {
    const random = seededRandom(17);
    const count = groups.relevantTotal.length;
    const sum = new Float64Array(CANDIDATE_FEATURES);
    for (let b = 0; b < bags; b++) {
      const picks = Int32Array.from({ length: count }, () => Math.floor(random() * count));
      fitOn(pickGroups(groups, picks), bestStart.start).weights.forEach((w, j) => (sum[j]! += w / bags));
    }
    const judged = listJudge(groups, k)(scoresOf(groups, sum));
    learned = { weights: sum, ...judged };
  }
  const weights = weightsOf(
    Object.fromEntries(
      CANDIDATE_FEATURE_NAMES.map((name, j) => [name, Number(learned.weights[j]!.toPrecision(4))]),
    ),
  );
  return { weights, hitRate: learned.hitRate, ndcg: learned.ndcg, customers: groups.relevantTotal.length };
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

/** Scores of every row of the groups under weights (plus each row's tie-break). */
function scoresOf(groups: RankingGroups, weights: Float64Array): Float64Array {
  const d = groups.width;
  return Float64Array.from(groups.tieBreak, (tie, r) => {
    let score = tie;
    for (let j = 0; j < d; j++) score += weights[j]! * groups.features[r * d + j]!;
    return score;
  });
}

/**
 * The training work of a setting, in units of one fit on one internal split: internal splits ×
 * fits per split (`windows × bags`). Each split costs a candidate pass over its customers, and each
 * bag one more coordinate-ascent fit over all the splits' examples.
 */
export function blendCost(settings: BlendSettings): number {
  return settings.windows * Math.max(1, settings.bags);
}

/** One tried setting for `chooseParsimonious`. */
export interface TriedSetting {
  /** Training work (see `blendCost`): lower is cheaper. */
  cost: number;
  /** One score per judged customer, the same customers in the same order for every setting. */
  perCustomer: ArrayLike<number>;
}

/** What `chooseParsimonious` picked, by index into the tried settings. */
export interface ParsimoniousChoice {
  /** The highest mean score (the first of equals). */
  best: number;
  /** The cheapest setting whose interval against the best includes 0. */
  chosen: number;
  /** For each setting: the best's per-customer score minus its, with a paired bootstrap interval. */
  versusBest: PairedInterval[];
}

/**
 * Parsimony, as for the knowledge retrieval settings: the setting with the highest mean score is the
 * best, but the CHEAPEST setting whose paired bootstrap interval of (best − it), per customer,
 * includes 0 is chosen (ties in cost: the higher mean). A costlier setting is kept
 * only when its lead over every cheaper one is more than the choice of customers can explain.
 */
export function chooseParsimonious(
  tried: readonly TriedSetting[],
  options: { resamples?: number; seed?: number } = {},
): ParsimoniousChoice {
  if (!tried.length) throw new Error('chooseParsimonious: no settings tried');
  const n = tried[0]!.perCustomer.length;
  if (tried.some((t) => t.perCustomer.length !== n))
    throw new Error('chooseParsimonious: settings scored on different customers');
  const means = tried.map((t) => Array.from(t.perCustomer).reduce((a, b) => a + b, 0) / Math.max(1, n));
  const best = means.reduce((b, m, i) => (m > means[b]! ? i : b), 0);
  const bootstrap = { resamples: options.resamples ?? 2000, seed: options.seed ?? 1 };
  const versusBest = tried.map((t) => pairedBootstrap(tried[best]!.perCustomer, t.perCustomer, bootstrap));
  let chosen = best;
  tried.forEach((t, i) => {
    const within = versusBest[i]!.low <= 0 && versusBest[i]!.high >= 0;
    const c = tried[chosen]!;
    if (within && (t.cost < c.cost || (t.cost === c.cost && means[i]! > means[chosen]!))) chosen = i;
  });
  return { best, chosen, versusBest };
}
