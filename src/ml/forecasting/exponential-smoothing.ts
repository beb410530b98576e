import { minimiseOnInterval } from './line-search';
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
 * Simple exponential smoothing (ETS(A,N,N)) fitted by least squares of the one-step errors. For a
 * given smoothing weight the errors are linear in the initial level, so that level is solved
 * exactly and only the weight is searched (a grid, then golden-section refinement).
 */
export function fitSimpleExponentialSmoothing(
  values: ArrayLike<number>,
): FittedSeriesModel & { alpha: number; levelAt(origin: number): number } {
  const n = values.length;
  let initialLevel = n > 0 ? values[0]! : 0;
  const sse = (alpha: number): number => {
    // One-step forecast = c_t + d_t * level0, with c the forecast from a zero start.
    let c = 0;
    let d = 1;
    let sdd = 0;
    let sdr = 0;
    let srr = 0;
    for (let t = 0; t < n; t++) {
      const y = values[t]!;
      const r = y - c;
      sdd += d * d;
      sdr += d * r;
      srr += r * r;
      c += alpha * r;
      d *= 1 - alpha;
    }
    initialLevel = sdd > 0 ? sdr / sdd : 0;
    return srr - (sdr * sdr) / sdd;
  };
  const alpha = minimiseOnInterval(sse, 1e-4, 0.9999, 11, 1e-4);
  sse(alpha);
  const levels = new Float64Array(n + 1);
  levels[0] = initialLevel;
  for (let t = 0; t < n; t++) levels[t + 1] = levels[t]! + alpha * (values[t]! - levels[t]!);
  return {
    name: 'ses',
    alpha,
    levelAt: (origin) => levels[origin]!,
    forecastFrom: (origin, horizon) => new Float64Array(horizon).fill(levels[origin]!),
  };
}

/**
 * Holt's linear trend with damping (ETS(A,Ad,N)), in error-correction form, fitted by least
 * squares of the one-step errors: smoothing weights and damping (0.8..0.98) by Nelder-Mead; for
 * each of their values the errors are linear in the initial level and trend, which are solved
 * exactly (a 2x2 least-squares problem).
 */
export function fitDampedTrend(values: ArrayLike<number>): FittedSeriesModel {
  const n = values.length;
  const initial = [n > 0 ? values[0]! : 0, 0];
  const bounded = (p: ArrayLike<number>) =>
    [clamp(p[0]!, 1e-4, 0.9999), clamp(p[1]!, 1e-4, 0.9999), clamp(p[2]!, 0.8, 0.98)] as const;
  const sse = (alpha: number, betaStar: number, phi: number): number => {
    const beta = alpha * betaStar;
    // State from the data with a zero start (l, b) and the responses to a unit initial level (l1, b1)
    // and to a unit initial trend (l2, b2).
    let l = 0;
    let b = 0;
    let l1 = 1;
    let b1 = 0;
    let l2 = 0;
    let b2 = 1;
    let s11 = 0;
    let s12 = 0;
    let s22 = 0;
    let s1r = 0;
    let s2r = 0;
    let srr = 0;
    for (let t = 0; t < n; t++) {
      const r = values[t]! - (l + phi * b);
      const f1 = l1 + phi * b1;
      const f2 = l2 + phi * b2;
      s11 += f1 * f1;
      s12 += f1 * f2;
      s22 += f2 * f2;
      s1r += f1 * r;
      s2r += f2 * r;
      srr += r * r;
      l += phi * b + alpha * r;
      b = phi * b + beta * r;
      l1 += phi * b1 - alpha * f1;
      b1 = phi * b1 - beta * f1;
      l2 += phi * b2 - alpha * f2;
      b2 = phi * b2 - beta * f2;
    }
    const ridge = 1e-10 * (s11 + s22) + 1e-300;
    const a11 = s11 + ridge;
    const a22 = s22 + ridge;
    const det = a11 * a22 - s12 * s12;
    if (!(Math.abs(det) > 0)) {
      initial[0] = s1r / a11;
      initial[1] = 0;
      return srr - initial[0] * s1r;
    }
    initial[0] = (a22 * s1r - s12 * s2r) / det;
    initial[1] = (a11 * s2r - s12 * s1r) / det;
    return srr - initial[0] * s1r - initial[1] * s2r;
  };
  const best = nelderMead(
    (p) => sse(clamp(p[0]!, 1e-4, 0.9999), clamp(p[1]!, 1e-4, 0.9999), clamp(p[2]!, 0.8, 0.98)),
    [0.3, 0.1, 0.95],
    [0.2, 0.1, 0.05],
    300,
    1e-6,
  );
  const [alpha, betaStar, phi] = bounded(best.point);
  sse(alpha, betaStar, phi);
  const levels = new Float64Array(n + 1);
  const trends = new Float64Array(n + 1);
  levels[0] = initial[0]!;
  trends[0] = initial[1]!;
  for (let t = 0; t < n; t++) {
    const error = values[t]! - (levels[t]! + phi * trends[t]!);
    levels[t + 1] = levels[t]! + phi * trends[t]! + alpha * error;
    trends[t + 1] = phi * trends[t]! + alpha * betaStar * error;
  }
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
