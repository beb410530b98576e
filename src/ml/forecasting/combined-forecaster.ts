import { DEFAULT_COMBINATION, type CombinationSettings } from './combination-settings';
import { errorSpreadByHorizon, studentQuantile } from './forecast-intervals';
import { fitMembers, memberName, membersFor, prepareSeries } from './forecast-members';
import { classicalSeasonalIndices, isSeasonal, type SeasonalIndices } from './seasonal-decomposition';
import { validationErrors, validationWeights } from './validation-weights';

/** A point forecast with 80% and 95% prediction intervals, one value per step ahead. */
export interface SeriesForecast {
  forecast: Float64Array;
  lo80: Float64Array;
  hi80: Float64Array;
  lo95: Float64Array;
  hi95: Float64Array;
  /** Whether the seasonal test found seasonality (and the series was seasonally adjusted). */
  seasonal: boolean;
  /** 'log' for all-positive series (log-scale members used, intervals in percent), 'level' otherwise. */
  scale: 'log' | 'level';
  /** The members and their weights in the combination (weights sum to 1). */
  members: { name: string; weight: number }[];
}

const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

/**
 * The product's forecaster. Seasonally adjusts with a classical decomposition when the
 * lag-period autocorrelation test says seasonal; fits the members of `settings` (by default simple
 * exponential smoothing, damped trend and four forms of the Theta method, on logs for all-positive
 * series and on the level otherwise); weights them by their sMAPE on rolling origins at the end of
 * this series' own history (refitted there on the earlier points only), shrunk toward equal
 * weights; puts the season back. Intervals come from the combination's in-sample rolling-origin
 * errors, with Student t quantiles where they rest on few errors and calibrated factors.
 */
export function forecastSeries(
  values: ArrayLike<number>,
  period: number,
  horizon: number,
  settings: CombinationSettings = DEFAULT_COMBINATION,
): SeriesForecast {
  const prepared = prepareSeries(values, period);
  const members = membersFor(settings.members, prepared.positive);
  const errors = validationErrors(values, period, horizon, members, settings.validation.reach);
  const weights = validationWeights(errors, members.length, settings.validation);
  const fitted = fitMembers(prepared, members);
  const forecastAt = (origin: number, steps: number) => {
    const combined = new Float64Array(steps);
    fitted.forEach((member, i) => {
      const forecast = member.forecastFrom(origin, steps);
      for (let h = 0; h < steps; h++) combined[h] = combined[h]! + weights[i]! * forecast[h]!;
    });
    return combined;
  };
  const forecast = forecastAt(values.length, horizon);
  // All-positive series (the only ones with positive adjusted values) get bands in percent.
  const relative = prepared.positive;
  const { spread, counts } = errorSpreadByHorizon(values, forecastAt, horizon, relative, period);
  const band = (z: number, factor: number, sign: 1 | -1) =>
    forecast.map((f, h) => {
      const width = factor * studentQuantile(z, counts[h]! - 1) * spread[h]!;
      return relative ? f * Math.exp(sign * width) : f + sign * width;
    });
  // The 95% band never narrower than the 80% one, whatever the factors.
  const p80 = settings.intervalScale.p80;
  const p95 = Math.max(settings.intervalScale.p95, p80);
  return {
    forecast,
    lo80: band(Z80, p80, -1),
    hi80: band(Z80, p80, 1),
    lo95: band(Z95, p95, -1),
    hi95: band(Z95, p95, 1),
    seasonal: prepared.seasonal !== null,
    scale: prepared.positive ? 'log' : 'level',
    members: members.map((member, i) => ({ name: memberName(member), weight: weights[i]! })),
  };
}

/** The seasonal indices the forecaster would use for a series (null when the test says not seasonal). */
export function seasonalIndicesOf(values: ArrayLike<number>, period: number): SeasonalIndices | null {
  return period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
}
