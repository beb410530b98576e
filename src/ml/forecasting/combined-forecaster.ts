import {
  fitDampedTrend,
  fitSimpleExponentialSmoothing,
  fitTheta,
  type FittedSeriesModel,
} from './exponential-smoothing';
import {
  classicalSeasonalIndices,
  deseasonalize,
  isSeasonal,
  reseasonalize,
  type SeasonalIndices,
} from './seasonal-decomposition';

/** A point forecast with 80% and 95% prediction intervals, one value per step ahead. */
export interface SeriesForecast {
  forecast: Float64Array;
  lo80: Float64Array;
  hi80: Float64Array;
  lo95: Float64Array;
  hi95: Float64Array;
  /** Whether the seasonal test found seasonality (and the series was seasonally adjusted). */
  seasonal: boolean;
  /** 'log' for all-positive series (models fitted on logs), 'level' otherwise. */
  scale: 'log' | 'level';
}

const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

/**
 * The product's forecaster: seasonally adjust with a classical decomposition when the lag-period
 * autocorrelation test says seasonal; fit simple exponential smoothing, damped trend, and Theta with
 * theta 2 and 3 to the logs (all-positive series) of the adjusted data; average the four; put the
 * season back. Intervals come from the combination's own rolling-origin errors within the history.
 */
export function forecastSeries(values: ArrayLike<number>, period: number, horizon: number): SeriesForecast {
  const n = values.length;
  const seasonal = period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
  const adjusted = seasonal ? deseasonalize(values, seasonal) : Float64Array.from(values);
  const useLog = adjusted.every((v) => v > 0);
  const modelled = useLog ? adjusted.map(Math.log) : adjusted;
  const members = fitMembers(modelled);
  const forecastAt = (origin: number, steps: number) => {
    const combined = combine(members, origin, steps);
    const level = useLog ? combined.map(Math.exp) : combined;
    return seasonal ? reseasonalize(level, seasonal, origin) : level;
  };
  const forecast = forecastAt(n, horizon);
  const spread = errorSpreadByHorizon(values, forecastAt, horizon, useLog, period);
  const band = (z: number, sign: 1 | -1) =>
    forecast.map((f, h) => (useLog ? f * Math.exp(sign * z * spread[h]!) : f + sign * z * spread[h]!));
  return {
    forecast,
    lo80: band(Z80, -1),
    hi80: band(Z80, 1),
    lo95: band(Z95, -1),
    hi95: band(Z95, 1),
    seasonal: seasonal !== null,
    scale: useLog ? 'log' : 'level',
  };
}

function fitMembers(values: Float64Array): FittedSeriesModel[] {
  const ses = fitSimpleExponentialSmoothing(values);
  return [ses, fitDampedTrend(values), fitTheta(values, 2, ses), fitTheta(values, 3, ses)];
}

function combine(members: FittedSeriesModel[], origin: number, steps: number): Float64Array {
  const combined = new Float64Array(steps);
  for (const member of members) {
    const forecast = member.forecastFrom(origin, steps);
    for (let h = 0; h < steps; h++) combined[h] = combined[h]! + forecast[h]! / members.length;
  }
  return combined;
}

/**
 * The spread (standard deviation, on the log scale for log-modelled series) of the h-step errors
 * the forecaster made from every origin inside the history, kept non-decreasing in h and extended
 * by the square root of h where the history holds too few h-step errors.
 */
function errorSpreadByHorizon(
  values: ArrayLike<number>,
  forecastAt: (origin: number, steps: number) => Float64Array,
  horizon: number,
  useLog: boolean,
  period: number,
): Float64Array {
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
      const error = useLog ? Math.log(actual / predicted) : actual - predicted;
      if (!Number.isFinite(error)) continue;
      sums[h] = sums[h]! + error * error;
      counts[h] = counts[h]! + 1;
    }
  }
  const spread = new Float64Array(horizon);
  let lastReliable = -1;
  for (let h = 0; h < horizon; h++) {
    if (counts[h]! >= 5) {
      spread[h] = Math.max(Math.sqrt(sums[h]! / counts[h]!), h > 0 ? spread[h - 1]! : 0);
      lastReliable = h;
    } else if (lastReliable >= 0) {
      spread[h] = spread[lastReliable]! * Math.sqrt((h + 1) / (lastReliable + 1));
    }
  }
  if (lastReliable < 0) {
    // Too short a history for any error estimate: use the spread of one-step changes.
    let sum = 0;
    for (let t = 1; t < n; t++)
      sum += (useLog ? Math.log(values[t]! / values[t - 1]!) : values[t]! - values[t - 1]!) ** 2;
    const step = Math.sqrt(sum / Math.max(1, n - 1)) || 0;
    for (let h = 0; h < horizon; h++) spread[h] = step * Math.sqrt(h + 1);
  }
  return spread;
}

/** The seasonal indices the forecaster would use for a series (null when the test says not seasonal). */
export function seasonalIndicesOf(values: ArrayLike<number>, period: number): SeasonalIndices | null {
  return period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
}
