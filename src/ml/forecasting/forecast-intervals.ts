/** The spread of a forecaster's h-step errors and how many errors each estimate rests on. */
export interface ErrorSpread {
  spread: Float64Array;
  counts: Float64Array;
}

/**
 * The spread (standard deviation; of log ratios when `relative`) of the h-step errors a forecaster
 * made from every origin inside the history, kept non-decreasing in h and extended by the square
 * root of h where the history holds too few h-step errors. `forecastAt(origin, steps)` forecasts
 * after the first `origin` points with the parameters fitted to the whole history.
 */
export function errorSpreadByHorizon(
  values: ArrayLike<number>,
  forecastAt: (origin: number, steps: number) => Float64Array,
  horizon: number,
  relative: boolean,
  period: number,
): ErrorSpread {
  const n = values.length;
  const sums = new Float64Array(horizon);
  const counts = new Float64Array(horizon);
  const firstOrigin = Math.min(n - 1, Math.max(period, 6));
  for (let origin = firstOrigin; origin < n; origin++) {
    const steps = Math.min(horizon, n - origin);
    const forecast = forecastAt(origin, steps);
    for (let h = 0; h < steps; h++) {
      const actual = values[origin + h]!;
      const predicted = forecast[h]!;
      const error = relative ? Math.log(actual / predicted) : actual - predicted;
      if (!Number.isFinite(error)) continue;
      sums[h] = sums[h]! + error * error;
      counts[h] = counts[h]! + 1;
    }
  }
  const spread = new Float64Array(horizon);
  const used = new Float64Array(horizon);
  let lastReliable = -1;
  for (let h = 0; h < horizon; h++) {
    if (counts[h]! >= 5) {
      spread[h] = Math.max(Math.sqrt(sums[h]! / counts[h]!), h > 0 ? spread[h - 1]! : 0);
      used[h] = counts[h]!;
      lastReliable = h;
    } else if (lastReliable >= 0) {
      spread[h] = spread[lastReliable]! * Math.sqrt((h + 1) / (lastReliable + 1));
      used[h] = counts[lastReliable]!;
    }
  }
  if (lastReliable < 0) {
    // Too short a history for any error estimate: use the spread of one-step changes.
    let sum = 0;
    for (let t = 1; t < n; t++)
      sum += (relative ? Math.log(values[t]! / values[t - 1]!) : values[t]! - values[t - 1]!) ** 2;
    const step = Math.sqrt(sum / Math.max(1, n - 1)) || 0;
    for (let h = 0; h < horizon; h++) spread[h] = step * Math.sqrt(h + 1);
    used.fill(Math.max(1, n - 1));
  }
  // Rounding noise of an exact fit (a flat series) is not uncertainty.
  let size = 0;
  for (let t = 0; t < n; t++) size = Math.max(size, Math.abs(values[t]!));
  const noise = 1e-10 * (relative ? 1 : size);
  for (let h = 0; h < horizon; h++) if (spread[h]! < noise) spread[h] = 0;
  return { spread, counts: used };
}

/**
 * The Student t quantile with `df` degrees of freedom at the probability whose normal quantile is
 * `z` (Cornish-Fisher expansion; within 1% for df >= 3): wider bands where the spread rests on few
 * errors.
 */
export function studentQuantile(z: number, df: number): number {
  const v = Math.max(df, 2);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * (5 * z2 * z2 + 16 * z2 + 3)) / 96;
  const g3 = (z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15)) / 384;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v);
}
