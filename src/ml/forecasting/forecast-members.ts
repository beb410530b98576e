import {
  fitDampedTrend,
  fitSimpleExponentialSmoothing,
  type FittedSeriesModel,
} from './exponential-smoothing';
import {
  classicalSeasonalIndices,
  deseasonalize,
  isSeasonal,
  type SeasonalIndices,
} from './seasonal-decomposition';
import { fitTheta, fitThetaLine } from './theta-method';

/** Fits shared by several members of one series (simple exponential smoothing of the same values). */
interface SharedFits {
  ses?: ReturnType<typeof fitSimpleExponentialSmoothing>;
}

const sesOf = (values: Float64Array, shared: SharedFits) =>
  (shared.ses ??= fitSimpleExponentialSmoothing(values));

/** The one-series models a combination can draw on (each fitted to the seasonally adjusted series). */
export const MEMBER_MODELS = {
  ses: (values: Float64Array, shared: SharedFits) => sesOf(values, shared),
  damped: (values: Float64Array) => fitDampedTrend(values),
  theta2: (values: Float64Array, shared: SharedFits) => fitTheta(values, 2, sesOf(values, shared)),
  theta3: (values: Float64Array, shared: SharedFits) => fitTheta(values, 3, sesOf(values, shared)),
  'theta-line2': (values: Float64Array) => fitThetaLine(values, 2),
  'theta-line3': (values: Float64Array) => fitThetaLine(values, 3),
} satisfies Record<string, (values: Float64Array, shared: SharedFits) => FittedSeriesModel>;

/** A member's model name. */
export type MemberModel = keyof typeof MEMBER_MODELS;

/**
 * One member of the combination: a model and the scale it is fitted on. `log` members exist only
 * for all-positive series (growth in percent); `level` members fit the values themselves (growth in
 * units). A `log` member asked of a series with a zero or negative value is fitted on the level.
 */
export interface MemberSpec {
  model: MemberModel;
  scale: 'log' | 'level';
}

/** A series prepared for fitting: seasonally adjusted when the seasonal test says so. */
export interface PreparedSeries {
  values: ArrayLike<number>;
  seasonal: SeasonalIndices | null;
  adjusted: Float64Array;
  /** Every adjusted value is > 0, so log-scale members can be fitted. */
  positive: boolean;
}

/** Runs the M-competition seasonal test and, when it passes, the classical decomposition. */
export function prepareSeries(values: ArrayLike<number>, period: number): PreparedSeries {
  const seasonal = period > 1 && isSeasonal(values, period) ? classicalSeasonalIndices(values, period) : null;
  const adjusted = seasonal ? deseasonalize(values, seasonal) : Float64Array.from(values);
  return { values, seasonal, adjusted, positive: adjusted.every((v) => v > 0) };
}

/** The distinct members that can be fitted to a series (log members of a non-positive series become level ones). */
export function membersFor(specs: readonly MemberSpec[], positive: boolean): MemberSpec[] {
  const seen = new Set<string>();
  const members: MemberSpec[] = [];
  for (const spec of specs) {
    const member: MemberSpec = { model: spec.model, scale: positive ? spec.scale : 'level' };
    const key = memberName(member);
    if (seen.has(key)) continue;
    seen.add(key);
    members.push(member);
  }
  return members;
}

/** A member's display name, e.g. `damped (log)`. */
export function memberName(member: MemberSpec): string {
  return `${member.model} (${member.scale})`;
}

/** A fitted member that forecasts on the series' own scale, season included. */
export interface FittedMember {
  spec: MemberSpec;
  /** Forecasts for steps 1..steps after the first `origin` observations, on the original scale. */
  forecastFrom(origin: number, steps: number): Float64Array;
}

/**
 * Fits each member to the prepared series (log or level of the adjusted values) and returns
 * forecasters on the original scale. Members on the same scale share the log transform and the
 * simple exponential smoothing fit.
 */
export function fitMembers(prepared: PreparedSeries, members: readonly MemberSpec[]): FittedMember[] {
  let logs: Float64Array | undefined;
  const shared = { log: {} as SharedFits, level: {} as SharedFits };
  return members.map((spec) => {
    const onLogs = spec.scale === 'log' && prepared.positive;
    if (onLogs) logs ??= prepared.adjusted.map(Math.log);
    const model = MEMBER_MODELS[spec.model](
      onLogs ? logs! : prepared.adjusted,
      onLogs ? shared.log : shared.level,
    );
    return {
      spec,
      forecastFrom: (origin, steps) => {
        // The model's array is fresh: back-transform and put the season back in place.
        const forecast = model.forecastFrom(origin, steps);
        const seasonal = prepared.seasonal;
        for (let h = 0; h < steps; h++) {
          let value = onLogs ? Math.exp(forecast[h]!) : forecast[h]!;
          if (seasonal) {
            const index = seasonal.indices[(origin + h) % seasonal.period]!;
            value = seasonal.kind === 'multiplicative' ? value * index : value + index;
          }
          forecast[h] = value;
        }
        return forecast;
      },
    };
  });
}
