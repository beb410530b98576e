/**
 * Symmetric MAPE as the M3 competition computed it: mean of 200 * |y - f| / (|y| + |f|), in percent.
 */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let sum = 0;
  for (let h = 0; h < actual.length; h++) {
    const denominator = Math.abs(actual[h]!) + Math.abs(forecast[h]!);
    sum += denominator === 0 ? 0 : (200 * Math.abs(actual[h]! - forecast[h]!)) / denominator;
  }
  return sum / actual.length;
}

/**
 * Mean absolute scaled error: the mean absolute error divided by the in-sample mean absolute error
 * of the seasonal naive forecast (lag `period`; lag 1 when the period is 1 or the history too short).
 */
export function mase(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  history: ArrayLike<number>,
  period: number,
): number {
  const lag = period > 1 && history.length > period ? period : 1;
  let scale = 0;
  for (let t = lag; t < history.length; t++) scale += Math.abs(history[t]! - history[t - lag]!);
  scale /= Math.max(1, history.length - lag);
  let error = 0;
  for (let h = 0; h < actual.length; h++) error += Math.abs(actual[h]! - forecast[h]!);
  error /= actual.length;
  return scale > 0 ? error / scale : Number.NaN;
}

/** How many of the actual values fall inside [lo, hi] (inclusive). */
export function countInside(actual: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>): number {
  let inside = 0;
  for (let h = 0; h < actual.length; h++) if (actual[h]! >= lo[h]! && actual[h]! <= hi[h]!) inside++;
  return inside;
}
