/**
 * Cuts a one-dimensional score into `k` contiguous tiers that keep as much of its variance as
 * possible (optimal 1-D k-means by dynamic programming, on at most `bins` quantile bins so it stays
 * fast for millions of customers). Returns the k - 1 ascending thresholds.
 */
export function ladderThresholds(score: Float64Array, k: number, bins = 400): number[] {
  const sorted = Float64Array.from(score).sort();
  const n = sorted.length;
  if (n === 0 || k <= 1) return [];
  // Bin boundaries never split equal values, so a threshold is always between distinct scores.
  const edges: number[] = [0];
  const step = n / Math.min(bins, n);
  for (let b = 1; b < Math.min(bins, n); b++) {
    let e = Math.round(b * step);
    while (e < n && e > 0 && sorted[e] === sorted[e - 1]) e++;
    if (e < n && e > edges[edges.length - 1]!) edges.push(e);
  }
  edges.push(n);
  const m = edges.length - 1;
  const count = new Float64Array(m + 1);
  const sum = new Float64Array(m + 1);
  const squares = new Float64Array(m + 1);
  for (let b = 0; b < m; b++) {
    let s = 0;
    let q = 0;
    for (let i = edges[b]!; i < edges[b + 1]!; i++) {
      s += sorted[i]!;
      q += sorted[i]! * sorted[i]!;
    }
    count[b + 1] = count[b]! + (edges[b + 1]! - edges[b]!);
    sum[b + 1] = sum[b]! + s;
    squares[b + 1] = squares[b]! + q;
  }
  const cost = (i: number, j: number) => {
    const c = count[j]! - count[i]!;
    const s = sum[j]! - sum[i]!;
    return squares[j]! - squares[i]! - (s * s) / c;
  };
  const tiers = Math.min(k, m);
  let previous = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
  previous[0] = 0;
  const choice: Int32Array[] = [];
  for (let t = 1; t <= tiers; t++) {
    const current = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const arg = new Int32Array(m + 1);
    for (let j = t; j <= m; j++) {
      for (let i = t - 1; i < j; i++) {
        const v = previous[i]! + cost(i, j);
        if (v < current[j]!) {
          current[j] = v;
          arg[j] = i;
        }
      }
    }
    choice.push(arg);
    previous = current;
  }
  const cuts: number[] = [];
  let j = m;
  for (let t = tiers; t > 1; t--) {
    j = choice[t - 1]![j]!;
    cuts.push(j);
  }
  return cuts.reverse().map((b) => (sorted[edges[b]! - 1]! + sorted[edges[b]!]!) / 2);
}

/** The tier (0 = lowest) of a score given ascending thresholds. */
export function tierOf(score: number, thresholds: readonly number[]): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (score > thresholds[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
