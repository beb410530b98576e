import { fitSimpleExponentialSmoothing, type FittedSeriesModel } from './exponential-smoothing';

/**
 * The Theta method in Hyndman & Billah's form: simple exponential smoothing plus (1 - 1/theta) of
 * the linear trend's slope b, times (h - 1 + 1/a - (1-a)^t / a). The classic method is theta = 2
 * (half the slope); with the smoothing weight fitted to the series itself it is what statsmodels'
 * ThetaModel computes.
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
      const level = ses.levelAt(origin);
      const shift = 1 / alpha - (1 - alpha) ** Math.max(origin, 1) / alpha;
      const forecast = new Float64Array(horizon);
      for (let h = 0; h < horizon; h++) forecast[h] = level + drift * (h + shift);
      return forecast;
    },
  };
}

/**
 * The Theta method as Assimakopoulos & Nikolopoulos (2000) entered it in M3: the "theta line"
 * theta*y + (1 - theta)*L, where L is the least-squares line, is extrapolated by simple exponential
 * smoothing fitted to that line, and the forecast is (1 - 1/theta)*L + (1/theta)*SES. It differs from
 * `fitTheta` in that the smoothing weight is fitted to the theta line (more curvature), not to y.
 */
export function fitThetaLine(values: ArrayLike<number>, theta = 2): FittedSeriesModel {
  const n = values.length;
  const slope = leastSquaresSlope(values);
  let mean = 0;
  for (let t = 0; t < n; t++) mean += values[t]!;
  mean /= Math.max(1, n);
  const intercept = mean - (slope * (n - 1)) / 2;
  const line = Float64Array.from(
    { length: n },
    (_, t) => theta * values[t]! + (1 - theta) * (intercept + slope * t),
  );
  const ses = fitSimpleExponentialSmoothing(line);
  const trendWeight = 1 - 1 / theta;
  return {
    name: `theta-line${theta}`,
    forecastFrom: (origin, horizon) => {
      const smoothed = ses.levelAt(origin) / theta;
      const forecast = new Float64Array(horizon);
      for (let h = 0; h < horizon; h++)
        forecast[h] = trendWeight * (intercept + slope * (origin + h)) + smoothed;
      return forecast;
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
