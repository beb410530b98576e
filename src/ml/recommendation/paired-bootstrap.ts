import { seededRandom } from '../../core/seeded-random';

/** A paired difference of means with its bootstrap interval. */
export interface PairedInterval {
  /** mean(a) - mean(b) on the data itself. */
  difference: number;
  /** The 2.5% and 97.5% quantiles of the resampled differences (a 95% percentile interval). */
  low: number;
  high: number;
  resamples: number;
}

/**
 * Percentile bootstrap of mean(a - b) over paired observations (one per customer): customers are
 * drawn with replacement `resamples` times, so an interval that excludes 0 is a difference the
 * choice of customers cannot explain. Seeded, so a rerun gives the same interval.
 */
export function pairedBootstrap(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: { resamples?: number; seed?: number } = {},
): PairedInterval {
  const n = a.length;
  const resamples = options.resamples ?? 1000;
  const random = seededRandom(options.seed ?? 1);
  const d = Float64Array.from({ length: n }, (_, i) => a[i]! - b[i]!);
  const means = new Float64Array(resamples);
  for (let t = 0; t < resamples; t++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[Math.floor(random() * n)]!;
    means[t] = n ? sum / n : 0;
  }
  means.sort();
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))]!;
  return {
    difference: n ? d.reduce((x, y) => x + y, 0) / n : 0,
    low: at(0.025),
    high: at(0.975),
    resamples,
  };
}
