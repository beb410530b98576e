import { smape } from './forecast-metrics';
import { fitMembers, prepareSeries, type MemberSpec } from './forecast-members';

/** How a combination is chosen on a series' own last points. */
export interface ValidationRule {
  /** Forecast from origins n - k for k = 1, 2, 3, 4, 6, 8, ... up to max(3, reach * horizon). */
  reach: number;
  /** Weights are proportional to 1 / (validation sMAPE)^power. */
  power: number;
  /** Share of the weight set by validation; the rest is spread equally (shrinkage for noisy errors). */
  shrinkage: number;
}

/** The fewest points a member is refitted on at a validation origin. */
export function minimumFitLength(period: number): number {
  return Math.max(6, period > 1 ? 2 * period : 6);
}

/** The step counts k of the validation origins n - k for a horizon (before the length check). */
export function validationSteps(horizon: number, reach: number): number[] {
  const last = Math.max(3, Math.round(reach * horizon));
  const steps: number[] = [];
  for (let k = 1; k <= Math.min(horizon, last); k += k < 4 ? 1 : 2) steps.push(k);
  return steps;
}

/** Each member's sMAPE at each validation origin n - k (rows follow `steps`). */
export interface OriginErrors {
  steps: number[];
  errors: Float64Array[];
}

/**
 * Each member's sMAPE from rolling origins at the end of the history: at every origin n - k the
 * seasonal test, the decomposition and every member are redone on the first n - k points only, and
 * the next min(k, horizon) known points are forecast. Origins that leave fewer than
 * `minimumFitLength(period)` points are skipped.
 */
export function originErrors(
  values: ArrayLike<number>,
  period: number,
  horizon: number,
  members: readonly MemberSpec[],
  reach: number,
): OriginErrors {
  const n = values.length;
  const result: OriginErrors = { steps: [], errors: [] };
  for (const k of validationSteps(horizon, reach)) {
    const origin = n - k;
    if (origin < minimumFitLength(period)) break;
    const prepared = prepareSeries(Array.prototype.slice.call(values, 0, origin) as number[], period);
    const steps = Math.min(k, horizon);
    const actual = Array.prototype.slice.call(values, origin, origin + steps) as number[];
    result.steps.push(k);
    result.errors.push(
      Float64Array.from(fitMembers(prepared, members), (member) =>
        smape(actual, member.forecastFrom(origin, steps)),
      ),
    );
  }
  return result;
}

/** Each member's mean validation sMAPE over the origins, or null when the series is too short for any. */
export function validationErrors(
  values: ArrayLike<number>,
  period: number,
  horizon: number,
  members: readonly MemberSpec[],
  reach: number,
): Float64Array | null {
  return meanOverOrigins(originErrors(values, period, horizon, members, reach), members.length);
}

/** The mean of per-origin errors (null when there are no origins). */
export function meanOverOrigins(origins: OriginErrors, count: number): Float64Array | null {
  if (origins.errors.length === 0) return null;
  const means = new Float64Array(count);
  for (const row of origins.errors)
    for (let i = 0; i < count; i++) means[i] = means[i]! + row[i]! / origins.errors.length;
  return means;
}

/** Combination weights from validation errors (equal weights when there are none). */
export function validationWeights(
  errors: Float64Array | null,
  count: number,
  rule: ValidationRule,
): Float64Array {
  const equal = new Float64Array(count).fill(1 / count);
  if (!errors) return equal;
  const inverse = errors.map((error) => 1 / Math.max(error, 1e-3) ** rule.power);
  const total = inverse.reduce((a, b) => a + b, 0);
  return inverse.map((value, i) => rule.shrinkage * (value / total) + (1 - rule.shrinkage) * equal[i]!);
}
