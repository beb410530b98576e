import { CrmError, ErrorCode } from '../../core/errors';
import { naive2Forecast, thetaForecast } from './baseline-forecasts';
import { forecastSeries, type SeriesForecast } from './combined-forecaster';
import { countInside, mase, smape } from './forecast-metrics';
import type { SeriesSet } from './series-file';

/** Accuracy of one method over all series. */
export interface MethodScore {
  method: string;
  smape: number;
  mase: number;
  seconds: number;
}

/** What `crmpro forecast eval` reports. */
export interface ForecastEvaluation {
  period: number;
  series: number;
  points: number;
  horizon: { min: number; max: number };
  methods: MethodScore[];
  /** Share of test points inside our 80% and 95% intervals. */
  coverage: { p80: number; p95: number };
  /** Test points per step ahead and our sMAPE at each step. */
  byHorizon: { h: number; points: number; smape: number }[];
}

/** One series' history, actuals and our forecast (for report charts). */
export interface EvaluatedSeries {
  id: string;
  history: Float64Array;
  actual: Float64Array;
  result: SeriesForecast;
}

/**
 * Forecasts each test series from its training part and scores the forecasts: sMAPE (M3 formula)
 * and MASE (seasonal-naive scale) for our method and, in the same run, the classic Theta method and
 * Naive2; interval coverage for ours.
 */
export function evaluateForecasts(
  train: SeriesSet,
  test: SeriesSet,
  period: number,
  keep?: (id: string) => boolean,
): {
  evaluation: ForecastEvaluation;
  kept: EvaluatedSeries[];
} {
  const totals = { ours: { s: 0, m: 0, t: 0 }, theta: { s: 0, m: 0, t: 0 }, naive2: { s: 0, m: 0, t: 0 } };
  let inside80 = 0;
  let inside95 = 0;
  let points = 0;
  let minH = Number.POSITIVE_INFINITY;
  let maxH = 0;
  let masedSeries = 0;
  const horizonSums: number[] = [];
  const horizonCounts: number[] = [];
  const kept: EvaluatedSeries[] = [];
  for (const [id, actual] of test) {
    const history = train.get(id);
    if (!history)
      throw new CrmError(
        ErrorCode.InvalidInput,
        `series ${id} is in the test file but not in the training file`,
        { series: id },
      );
    const horizon = actual.length;
    minH = Math.min(minH, horizon);
    maxH = Math.max(maxH, horizon);
    let started = performance.now();
    const result = forecastSeries(history, period, horizon);
    totals.ours.t += performance.now() - started;
    started = performance.now();
    const theta = thetaForecast(history, period, horizon);
    totals.theta.t += performance.now() - started;
    started = performance.now();
    const naive2 = naive2Forecast(history, period, horizon);
    totals.naive2.t += performance.now() - started;
    totals.ours.s += smape(actual, result.forecast);
    totals.theta.s += smape(actual, theta);
    totals.naive2.s += smape(actual, naive2);
    const scaled = [
      mase(actual, result.forecast, history, period),
      mase(actual, theta, history, period),
      mase(actual, naive2, history, period),
    ];
    if (scaled.every(Number.isFinite)) {
      totals.ours.m += scaled[0]!;
      totals.theta.m += scaled[1]!;
      totals.naive2.m += scaled[2]!;
      masedSeries++;
    }
    inside80 += countInside(actual, result.lo80, result.hi80);
    inside95 += countInside(actual, result.lo95, result.hi95);
    points += horizon;
    for (let h = 0; h < horizon; h++) {
      horizonSums[h] = (horizonSums[h] ?? 0) + smape([actual[h]!], [result.forecast[h]!]);
      horizonCounts[h] = (horizonCounts[h] ?? 0) + 1;
    }
    if (keep?.(id)) kept.push({ id, history, actual, result });
  }
  const count = test.size;
  const score = (method: string, t: { s: number; m: number; t: number }): MethodScore => ({
    method,
    smape: t.s / count,
    mase: masedSeries ? t.m / masedSeries : Number.NaN,
    seconds: t.t / 1000,
  });
  return {
    evaluation: {
      period,
      series: count,
      points,
      horizon: { min: minH, max: maxH },
      methods: [
        score('crmpro (SES, damped, Theta x4 on logs, weighted by validation)', totals.ours),
        score('Theta (classic, same run)', totals.theta),
        score('Naive2 (same run)', totals.naive2),
      ],
      coverage: { p80: inside80 / points, p95: inside95 / points },
      byHorizon: horizonSums.map((sum, h) => ({
        h: h + 1,
        points: horizonCounts[h]!,
        smape: sum / horizonCounts[h]!,
      })),
    },
    kept,
  };
}
