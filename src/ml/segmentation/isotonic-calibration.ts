/**
 * A monotone map from a score to the mean outcome at that score (isotonic regression by pool-adjacent-
 * violators), so that tiers are cut where expected later spend changes, not where the raw score does.
 */
export interface IsotonicMap {
  /** Ascending score knots and the fitted outcome at each (step function, linear between knots). */
  x: number[];
  y: number[];
}

/** Fits the non-decreasing step function of `y` on `score` with least squares. */
export function fitIsotonic(score: Float64Array, y: Float64Array): IsotonicMap {
  const order = Array.from(score.keys()).sort((a, b) => score[a]! - score[b]!);
  const blocks: { sum: number; n: number; lo: number; hi: number }[] = [];
  for (const i of order) {
    blocks.push({ sum: y[i]!, n: 1, lo: score[i]!, hi: score[i]! });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2]!;
      if (previous.sum / previous.n < last.sum / last.n) break;
      previous.sum += last.sum;
      previous.n += last.n;
      previous.hi = last.hi;
      blocks.pop();
    }
  }
  return { x: blocks.map((b) => (b.lo + b.hi) / 2), y: blocks.map((b) => b.sum / b.n) };
}

/** The calibrated value of a score (linear between block centres, flat beyond the ends). */
export function applyIsotonic(map: IsotonicMap, score: number): number {
  const { x, y } = map;
  if (!x.length) return score;
  if (score <= x[0]!) return y[0]!;
  if (score >= x[x.length - 1]!) return y[y.length - 1]!;
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= score) lo = mid;
    else hi = mid;
  }
  const t = (score - x[lo]!) / (x[hi]! - x[lo]! || 1);
  return y[lo]! + t * (y[hi]! - y[lo]!);
}
