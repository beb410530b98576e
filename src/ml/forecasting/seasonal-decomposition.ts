/** Autocorrelation of a series at `lag`. */
export function autocorrelation(values: ArrayLike<number>, lag: number): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let denominator = 0;
  for (let i = 0; i < n; i++) denominator += (values[i]! - mean) ** 2;
  if (denominator === 0) return 0;
  let numerator = 0;
  for (let i = lag; i < n; i++) numerator += (values[i]! - mean) * (values[i - lag]! - mean);
  return numerator / denominator;
}

/**
 * The seasonality test of the M competitions: the series counts as seasonal when its autocorrelation
 * at the seasonal lag exceeds the 90% limit 1.645 * sqrt((1 + 2 * sum_{k<period} r_k^2) / n).
 */
export function isSeasonal(values: ArrayLike<number>, period: number): boolean {
  if (period <= 1 || values.length < 3 * period) return false;
  let sum = 0;
  for (let k = 1; k < period; k++) sum += autocorrelation(values, k) ** 2;
  const limit = 1.645 * Math.sqrt((1 + 2 * sum) / values.length);
  return Math.abs(autocorrelation(values, period)) > limit;
}

/** Seasonal indices of a classical decomposition, one per position in the cycle (position 0 = the first observation's). */
export interface SeasonalIndices {
  kind: 'multiplicative' | 'additive';
  period: number;
  indices: number[];
}

/**
 * Classical decomposition (centred moving average of length `period`, 2xm for even periods): the
 * average ratio (or difference) of each season position to the trend, normalised to mean 1 (or 0).
 * Multiplicative unless the series has a value <= 0.
 */
export function classicalSeasonalIndices(values: ArrayLike<number>, period: number): SeasonalIndices {
  const n = values.length;
  const multiplicative = Array.prototype.every.call(values, (v: number) => v > 0);
  const half = Math.floor(period / 2);
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  for (let t = half; t < n - half; t++) {
    let trend: number;
    if (period % 2 === 0) {
      let s = (values[t - half]! + values[t + half]!) / 2;
      for (let k = t - half + 1; k < t + half; k++) s += values[k]!;
      trend = s / period;
    } else {
      let s = 0;
      for (let k = t - half; k <= t + half; k++) s += values[k]!;
      trend = s / period;
    }
    const position = t % period;
    sums[position] = sums[position]! + (multiplicative ? values[t]! / trend : values[t]! - trend);
    counts[position] = counts[position]! + 1;
  }
  let indices = sums.map((s, i) => (counts[i] ? s / counts[i]! : multiplicative ? 1 : 0));
  if (multiplicative) {
    const mean = indices.reduce((a, b) => a + b, 0) / period;
    indices = indices.map((x) => x / mean);
  } else {
    const mean = indices.reduce((a, b) => a + b, 0) / period;
    indices = indices.map((x) => x - mean);
  }
  return { kind: multiplicative ? 'multiplicative' : 'additive', period, indices };
}

/** Removes the seasonal pattern from a series whose first value sits at season position 0. */
export function deseasonalize(values: ArrayLike<number>, seasonal: SeasonalIndices): Float64Array {
  return Float64Array.from({ length: values.length }, (_, t) => {
    const index = seasonal.indices[t % seasonal.period]!;
    return seasonal.kind === 'multiplicative' ? values[t]! / index : values[t]! - index;
  });
}

/** Puts the seasonal pattern back on a forecast that starts at time `start` (0-based, after the history). */
export function reseasonalize(
  forecast: ArrayLike<number>,
  seasonal: SeasonalIndices,
  start: number,
): Float64Array {
  return Float64Array.from({ length: forecast.length }, (_, h) => {
    const index = seasonal.indices[(start + h) % seasonal.period]!;
    return seasonal.kind === 'multiplicative' ? forecast[h]! * index : forecast[h]! + index;
  });
}
