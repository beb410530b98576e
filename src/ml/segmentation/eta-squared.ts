/**
 * Eta squared: the share of the variance of `y` explained by the group labels (between-group sum of
 * squares over the total). The measure segments are judged by, with y = log(1 + later spend).
 */
export function etaSquared(y: Float64Array, labels: ArrayLike<number>): number {
  const n = y.length;
  if (n === 0) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]! / n;
  const sums = new Map<number, { n: number; s: number }>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (y[i]! - mean) ** 2;
    const g = sums.get(labels[i]!) ?? { n: 0, s: 0 };
    g.n++;
    g.s += y[i]!;
    sums.set(labels[i]!, g);
  }
  if (total === 0) return 0;
  let between = 0;
  for (const g of sums.values()) between += g.n * (g.s / g.n - mean) ** 2;
  return between / total;
}

/** log(1 + max(0, spend)) per customer: the later-spend target. */
export function logSpend(spend: Float64Array): Float64Array {
  return spend.map((s) => Math.log1p(Math.max(0, s)));
}
