import { nelderMead } from './nelder-mead';

/**
 * A fitted one-series model that can forecast from the end of the data and from any earlier origin
 * (with the same parameters), which is what empirical prediction intervals need.
 */
export interface FittedSeriesModel {
  readonly name: string;
  /** Forecasts for steps 1..horizon after the first `origin` observations (origin <= n). */
  forecastFrom(origin: number, horizon: number): Float64Array;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Simple exponential smoothing (ETS(A,N,N)): the smoothing weight and the initial level are fitted
 * by least squares of the one-step errors.
 */
export function fitSimpleExponentialSmoothing(
  values: ArrayLike<number>,
): FittedSeriesModel & { alpha: number } {
  const n = values.length;
  const sse = (alpha: number, level0: number) => {
    let level = level0;
    let sum = 0;
    for (let t = 0; t < n; t++) {
      const error = values[t]! - level;
      sum += error * error;
      level += alpha * error;
    }
    return sum;
  };
  const scale = spreadOf(values);
  const best = nelderMead(([a, l]) => sse(clamp(a!, 1e-4, 0.9999), l!), [0.5, values[0]!], [0.2, scale]);
  const alpha = clamp(best.point[0]!, 1e-4, 0.9999);
  const levels = new Float64Array(n + 1);
  levels[0] = best.point[1]!;
  for (let t = 0; t < n; t++) levels[t + 1] = levels[t]! + alpha * (values[t]! - levels[t]!);
  return {
    name: 'ses',
    alpha,
    forecastFrom: (origin, horizon) => new Float64Array(horizon).fill(levels[origin]!),
  };
}

/**
 * Holt's linear trend with damping (ETS(A,Ad,N)), in error-correction form; smoothing weights,
 * damping (0.8..0.98) and initial level and trend are fitted by least squares of one-step errors.
 */
export function fitDampedTrend(values: ArrayLike<number>): FittedSeriesModel {
  const n = values.length;
  const run = (
    alpha: number,
    betaStar: number,
    phi: number,
    level0: number,
    trend0: number,
    levels?: Float64Array,
    trends?: Float64Array,
  ) => {
    let level = level0;
    let trend = trend0;
    let sum = 0;
    for (let t = 0; t < n; t++) {
      if (levels) {
        levels[t] = level;
        trends![t] = trend;
      }
      const error = values[t]! - (level + phi * trend);
      sum += error * error;
      level = level + phi * trend + alpha * error;
      trend = phi * trend + alpha * betaStar * error;
    }
    if (levels) {
      levels[n] = level;
      trends![n] = trend;
    }
    return sum;
  };
  const bounded = (p: number[]) =>
    [clamp(p[0]!, 1e-4, 0.9999), clamp(p[1]!, 1e-4, 0.9999), clamp(p[2]!, 0.8, 0.98), p[3]!, p[4]!] as const;
  const scale = spreadOf(values);
  const startTrend = n > 1 ? (values[Math.min(n - 1, 3)]! - values[0]!) / Math.min(n - 1, 3) : 0;
  const best = nelderMead(
    (p) => run(...bounded(p)),
    [0.3, 0.1, 0.95, values[0]!, startTrend],
    [0.2, 0.1, 0.05, scale, scale / 10],
    600,
  );
  const [alpha, betaStar, phi, level0, trend0] = bounded(best.point);
  const levels = new Float64Array(n + 1);
  const trends = new Float64Array(n + 1);
  run(alpha, betaStar, phi, level0, trend0, levels, trends);
  return {
    name: 'damped',
    forecastFrom: (origin, horizon) => {
      const forecast = new Float64Array(horizon);
      let damped = 0;
      let power = 1;
      for (let h = 0; h < horizon; h++) {
        power *= phi;
        damped += power;
        forecast[h] = levels[origin]! + damped * trends[origin]!;
      }
      return forecast;
    },
  };
}

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000, in Hyndman & Billah's form): simple
 * exponential smoothing plus (1 - 1/theta) of the linear trend's slope b, times
 * (h - 1 + 1/a - (1-a)^t / a). The classic method is theta = 2 (half the slope).
 */
export function fitTheta(
  values: ArrayLike<number>,
  theta = 2,
  ses: ReturnType<typeof fitSimpleExponentialSmoothing> = fitSimpleExponentialSmoothing(values),
): FittedSeriesModel {
  const drift = leastSquaresSlope(values) * (1 - 1 / theta);
  const alpha = ses.alpha;
  return {
    name: `theta${theta}`,
    forecastFrom: (origin, horizon) => {
      const level = ses.forecastFrom(origin, horizon);
      const shift = 1 / alpha - (1 - alpha) ** Math.max(origin, 1) / alpha;
      return level.map((value, h) => value + drift * (h + shift));
    },
  };
}

/** The slope of the least-squares line through (t, values[t]). */
export function leastSquaresSlope(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanT = (n - 1) / 2;
  let meanY = 0;
  for (let t = 0; t < n; t++) meanY += values[t]!;
  meanY /= n;
  let numerator = 0;
  let denominator = 0;
  for (let t = 0; t < n; t++) {
    numerator += (t - meanT) * (values[t]! - meanY);
    denominator += (t - meanT) ** 2;
  }
  return numerator / denominator;
}

function spreadOf(values: ArrayLike<number>): number {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < values.length; t++) {
    lo = Math.min(lo, values[t]!);
    hi = Math.max(hi, values[t]!);
  }
  return Math.max((hi - lo) / 4, Math.abs(hi) * 0.01, 1e-6);
}
