/**
 * Ranking examples: groups of candidates (one group per customer), each candidate a row of features
 * and whether it turned out relevant (bought in the window after the split).
 */
export interface RankingGroups {
  /** Features per candidate, row-major: `features[row * width + j]`. */
  features: Float64Array;
  width: number;
  /** 1 when the candidate was bought after the split. */
  relevant: Uint8Array;
  /** Added to every score before ranking (a tiny popularity term, so ties fall as in use). */
  tieBreak: Float64Array;
  /** Group g holds rows `offsets[g] .. offsets[g + 1] - 1`. */
  offsets: Int32Array;
  /** Products each group's customer bought after the split, candidates or not (the ideal DCG's length). */
  relevantTotal: Int32Array;
}

/** Settings of the coordinate ascent. */
export interface RankLearnerOptions {
  /** List length judged (HR@k, NDCG@k). */
  k: number;
  /** Weights to start from (in feature units). */
  start: Float64Array;
  /** Feature whose weight stays fixed (at 1 after standardising): removes the scale of the weights. */
  fixed: number;
  /** Objective = hitWeight × HR@k + NDCG@k. */
  hitWeight?: number;
  /** Passes over the features at most (stops earlier when a pass gains less than MIN_ROUND_GAIN). */
  rounds?: number;
}

/** Learned weights (in feature units) and their HR@k and NDCG@k on the groups they were fitted on. */
export interface RankLearnerResult {
  weights: Float64Array;
  hitRate: number;
  ndcg: number;
}

/** Moves tried for one weight per pass, in units of the standardised feature. */
const STEPS = [-1, -0.3, -0.1, -0.03, 0.03, 0.1, 0.3, 1];
/** A pass that gains less than this on the objective is the last (later passes only fit noise). */
const MIN_ROUND_GAIN = 1e-3;

/**
 * Linear ranking weights chosen by coordinate ascent directly on HR@k + NDCG@k (Metzler & Croft,
 * "Linear feature-based models for information retrieval", 2007): each pass tries, feature by
 * feature, a few moves of its weight (and zero) and keeps the best, on standardised features. The
 * list metrics are what the recommender is judged on; a smooth surrogate (softmax cross-entropy over
 * each customer's candidates) rewarded pulling up the many rarely-bought new products and lost on
 * HR@10 against plain re-order counts on the validation window (bench/tune-recommender.ts).
 */
export function fitRankingWeights(groups: RankingGroups, options: RankLearnerOptions): RankLearnerResult {
  const { width: d, features } = groups;
  const rows = groups.relevant.length;
  const k = options.k;
  const hitWeight = options.hitWeight ?? 1;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let r = 0; r < rows; r++) for (let j = 0; j < d; j++) mean[j]! += features[r * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(1, rows);
  for (let r = 0; r < rows; r++) for (let j = 0; j < d; j++) sd[j]! += (features[r * d + j]! - mean[j]!) ** 2;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]! / Math.max(1, rows)) || 1;
  // Column-major standardised features: one weight move updates every score with one pass over a column.
  const columns = Array.from({ length: d }, (_, j) => {
    const column = new Float64Array(rows);
    for (let r = 0; r < rows; r++) column[r] = (features[r * d + j]! - mean[j]!) / sd[j]!;
    return column;
  });
  const w = Float64Array.from(options.start, (v, j) => v * sd[j]!);
  const scale = w[options.fixed]! > 0 ? w[options.fixed]! : 1;
  for (let j = 0; j < d; j++) w[j]! /= scale;
  const scores = Float64Array.from(groups.tieBreak);
  for (let j = 0; j < d; j++) addColumn(scores, columns[j]!, w[j]!);
  const judge = listJudge(groups, k);
  let best = judge(scores);
  let objective = hitWeight * best.hitRate + best.ndcg;
  for (let round = 0; round < (options.rounds ?? 8); round++) {
    let changed = false;
    const before = objective;
    for (let j = 0; j < d; j++) {
      if (j === options.fixed) continue;
      const old = w[j]!;
      let bestValue = old;
      for (const value of [0, ...STEPS.map((step) => old + step)]) {
        if (value === old) continue;
        addColumn(scores, columns[j]!, value - old);
        const result = judge(scores);
        addColumn(scores, columns[j]!, old - value);
        const o = hitWeight * result.hitRate + result.ndcg;
        if (o > objective + 1e-9) {
          objective = o;
          best = result;
          bestValue = value;
        }
      }
      if (bestValue !== old) {
        addColumn(scores, columns[j]!, bestValue - old);
        w[j] = bestValue;
        changed = true;
      }
    }
    if (!changed || objective - before < MIN_ROUND_GAIN) break;
  }
  return { weights: Float64Array.from(w, (v, j) => v / sd[j]!), ...best };
}

function addColumn(scores: Float64Array, column: Float64Array, by: number): void {
  if (by === 0) return;
  for (let r = 0; r < scores.length; r++) scores[r]! += by * column[r]!;
}

/** Mean HR@k and NDCG@k of the groups under the given scores (top k by partial insertion). */
export function listJudge(
  groups: RankingGroups,
  k: number,
): (scores: Float64Array) => { hitRate: number; ndcg: number } {
  const discount = Float64Array.from({ length: k }, (_, i) => 1 / Math.log2(i + 2));
  const count = groups.offsets.length - 1;
  const ideal = Float64Array.from({ length: count }, (_, g) => {
    let sum = 0;
    for (let i = 0; i < Math.min(k, groups.relevantTotal[g]!); i++) sum += discount[i]!;
    return sum;
  });
  const top = new Int32Array(k);
  return (scores) => {
    let hits = 0;
    let ndcg = 0;
    for (let g = 0; g < count; g++) {
      if (ideal[g] === 0) continue;
      let size = 0;
      for (let r = groups.offsets[g]!; r < groups.offsets[g + 1]!; r++) {
        const v = scores[r]!;
        if (size === k && v <= scores[top[k - 1]!]!) continue;
        let at = size < k ? size++ : k - 1;
        while (at > 0 && v > scores[top[at - 1]!]!) {
          top[at] = top[at - 1]!;
          at--;
        }
        top[at] = r;
      }
      let dcg = 0;
      for (let i = 0; i < size; i++) if (groups.relevant[top[i]!]) dcg += discount[i]!;
      if (dcg > 0) hits++;
      ndcg += dcg / ideal[g]!;
    }
    const n = Math.max(1, count);
    return { hitRate: hits / n, ndcg: ndcg / n };
  };
}

/** The groups at `picks` (repeats allowed), as a new set of groups: a bootstrap sample of customers. */
export function pickGroups(groups: RankingGroups, picks: ArrayLike<number>): RankingGroups {
  const d = groups.width;
  let rows = 0;
  for (let i = 0; i < picks.length; i++) rows += groups.offsets[picks[i]! + 1]! - groups.offsets[picks[i]!]!;
  const out: RankingGroups = {
    features: new Float64Array(rows * d),
    width: d,
    relevant: new Uint8Array(rows),
    tieBreak: new Float64Array(rows),
    offsets: new Int32Array(picks.length + 1),
    relevantTotal: new Int32Array(picks.length),
  };
  let at = 0;
  for (let i = 0; i < picks.length; i++) {
    const g = picks[i]!;
    const start = groups.offsets[g]!;
    const end = groups.offsets[g + 1]!;
    out.features.set(groups.features.subarray(start * d, end * d), at * d);
    out.relevant.set(groups.relevant.subarray(start, end), at);
    out.tieBreak.set(groups.tieBreak.subarray(start, end), at);
    at += end - start;
    out.offsets[i + 1] = at;
    out.relevantTotal[i] = groups.relevantTotal[g]!;
  }
  return out;
}
