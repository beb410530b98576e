import { fitTheta } from './theta-method';
import { classicalSeasonalIndices, deseasonalize, isSeasonal, reseasonalize } from './seasonal-decomposition';

/**
 * Naive2 of the M competitions: the last value of the seasonally adjusted series (adjusted only
 * when the seasonal test passes), with the season put back.
 */
export function naive2Forecast(values: ArrayLike<number>, period: number, horizon: number): Float64Array {
  const seasonal = period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
  const adjusted = seasonal ? deseasonalize(values, seasonal) : Float64Array.from(values);
  const flat = new Float64Array(horizon).fill(adjusted[adjusted.length - 1]!);
  return seasonal ? reseasonalize(flat, seasonal, values.length) : flat;
}

/** The classic Theta method (theta = 2) on the seasonally adjusted series, as entered in M3. */
export function thetaForecast(values: ArrayLike<number>, period: number, horizon: number): Float64Array {
  const seasonal = period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
  const adjusted = seasonal ? deseasonalize(values, seasonal) : Float64Array.from(values);
  const forecast = fitTheta(adjusted).forecastFrom(adjusted.length, horizon);
  return seasonal ? reseasonalize(forecast, seasonal, values.length) : forecast;
}
