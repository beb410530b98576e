import { seededRandom } from '../../../src/core/seeded-random';
import {
  fitDampedTrend,
  fitSimpleExponentialSmoothing,
} from '../../../src/ml/forecasting/exponential-smoothing';
import { minimiseOnInterval } from '../../../src/ml/forecasting/line-search';
import { nelderMead } from '../../../src/ml/forecasting/nelder-mead';
import { fitTheta, fitThetaLine } from '../../../src/ml/forecasting/theta-method';

function noisyWalk(length: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const values = new Float64Array(length);
  let level = 50;
  for (let t = 0; t < length; t++) {
    level += random() - 0.5;
    values[t] = level + 2 * (random() - 0.5);
  }
  return values;
}

/** One-step sum of squared errors of simple exponential smoothing with a given weight and start. */
function sesSse(values: Float64Array, alpha: number, level0: number): number {
  let level = level0;
  let sum = 0;
  for (const y of values) {
    sum += (y - level) ** 2;
    level += alpha * (y - level);
  }
  return sum;
}

describe('exponential smoothing fits', () => {
  it('finds the least-squares smoothing weight and initial level (no grid point does better)', () => {
    const values = noisyWalk(60, 7);
    const fit = fitSimpleExponentialSmoothing(values);
    const level0 = fit.levelAt(0);
    const best = sesSse(values, fit.alpha, level0);
    for (let a = 0.01; a < 1; a += 0.01)
      for (let l = 40; l <= 60; l += 0.25) expect(sesSse(values, a, l)).toBeGreaterThanOrEqual(best - 1e-6);
  });

  it('recovers a noise-free damped trend and continues it', () => {
    // level 100, trend 5 damped by 0.9 each step: the process a damped-trend model describes.
    const values = new Float64Array(30);
    let level = 100;
    let trend = 5;
    for (let t = 0; t < 30; t++) {
      values[t] = level + 0.9 * trend;
      level += 0.9 * trend;
      trend *= 0.9;
    }
    const forecast = fitDampedTrend(values).forecastFrom(30, 5);
    let expectedLevel = level;
    let expectedTrend = trend;
    for (let h = 0; h < 5; h++) {
      expectedLevel += 0.9 * expectedTrend;
      expectedTrend *= 0.9;
      expect(forecast[h]!).toBeCloseTo(expectedLevel, 1);
    }
  });

  it('continues a straight line at (1 - 1/theta) of its slope with both forms of the Theta method', () => {
    const line = Float64Array.from({ length: 24 }, (_, t) => 10 + 2 * t);
    for (const [model, theta] of [
      [fitTheta(line, 2), 2],
      [fitThetaLine(line, 2), 2],
      [fitThetaLine(line, 3), 3],
    ] as const) {
      const forecast = model.forecastFrom(24, 4);
      for (let h = 1; h < 4; h++) expect(forecast[h]! - forecast[h - 1]!).toBeCloseTo(2 * (1 - 1 / theta), 6);
      // Starting from the last value (the smoothing weight goes to 1 on a noise-free line).
      expect(forecast[0]!).toBeGreaterThan(56);
      expect(forecast[0]!).toBeLessThan(58);
    }
  });

  it('forecasts from an earlier origin with the data before it only', () => {
    const values = noisyWalk(40, 3);
    const changed = values.slice();
    changed[39] = 1000;
    const a = fitSimpleExponentialSmoothing(values);
    expect(a.forecastFrom(20, 1)[0]).toBe(a.levelAt(20));
    // Same parameters, different last point: forecasts from origin 20 use points 0..19 only.
    let level = a.levelAt(0);
    for (let t = 0; t < 20; t++) level += a.alpha * (changed[t]! - level);
    expect(a.forecastFrom(20, 1)[0]).toBeCloseTo(level, 10);
  });
});

describe('minimisers', () => {
  it('Nelder-Mead finds the minimum of a curved valley', () => {
    const rosenbrock = (p: Float64Array) => (1 - p[0]!) ** 2 + 100 * (p[1]! - p[0]! ** 2) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], [0.5, 0.5], 2000, 1e-14);
    expect(result.point[0]).toBeCloseTo(1, 3);
    expect(result.point[1]).toBeCloseTo(1, 3);
  });

  it('the interval search finds the global minimum of a function with two dips', () => {
    const twoDips = (x: number) => Math.min((x - 0.15) ** 2 + 0.01, (x - 0.8) ** 2);
    expect(minimiseOnInterval(twoDips, 0, 1)).toBeCloseTo(0.8, 4);
  });
});
