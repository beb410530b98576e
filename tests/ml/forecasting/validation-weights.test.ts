import { seededRandom } from '../../../src/core/seeded-random';
import { DEFAULT_COMBINATION } from '../../../src/ml/forecasting/combination-settings';
import { forecastSeries } from '../../../src/ml/forecasting/combined-forecaster';
import { smape } from '../../../src/ml/forecasting/forecast-metrics';
import { fitMembers, membersFor, prepareSeries } from '../../../src/ml/forecasting/forecast-members';
import { studentQuantile } from '../../../src/ml/forecasting/forecast-intervals';
import {
  minimumFitLength,
  originErrors,
  validationSteps,
  validationWeights,
} from '../../../src/ml/forecasting/validation-weights';

const equalWeights = {
  ...DEFAULT_COMBINATION,
  validation: { ...DEFAULT_COMBINATION.validation, shrinkage: 0 },
};
const weightOf = (result: ReturnType<typeof forecastSeries>, name: string) =>
  result.members.find((m) => m.name === name)!.weight;

/** A steady trend (3% a step) with 2% noise: trend members should win validation, level-only SES lose. */
function trending(length: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length }, (_, t) => 100 * 1.03 ** t * (1 + 0.02 * (random() * 2 - 1)));
}

/** A flat series that jumped to a new level 15 steps before the end: a fitted line overshoots, SES does not. */
function shifted(length: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from(
    { length },
    (_, t) => (t < length - 15 ? 100 : 160) * (1 + 0.02 * (random() * 2 - 1)),
  );
}

describe('combination weights from validation on the series own last points', () => {
  it('weights trend members up on a trending series and simple smoothing up after a level shift', () => {
    const trend = forecastSeries(trending(40, 1), 1, 8);
    const shift = forecastSeries(shifted(40, 2), 1, 8);
    const equal = 1 / trend.members.length;
    // On the trend: the member following the whole slope first, then more slope before less.
    expect(weightOf(trend, 'ses (log)')).toBeLessThan(equal);
    expect(weightOf(trend, 'damped (log)')).toBeGreaterThan(0.4);
    expect(weightOf(trend, 'theta3 (log)')).toBeGreaterThan(weightOf(trend, 'theta2 (log)'));
    expect(weightOf(trend, 'theta-line3 (log)')).toBeGreaterThan(weightOf(trend, 'theta-line2 (log)'));
    expect(weightOf(shift, 'ses (log)')).toBeGreaterThan(equal);
    for (const result of [trend, shift])
      expect(result.members.reduce((sum, m) => sum + m.weight, 0)).toBeCloseTo(1, 12);
  });

  it('forecasts those series better than the equal-weight combination of the same members', () => {
    let weighted = 0;
    let equal = 0;
    for (let seed = 1; seed <= 20; seed++) {
      for (const full of [trending(48, seed), shifted(48, 100 + seed)]) {
        const history = full.subarray(0, 40);
        const actual = full.subarray(40);
        weighted += smape(actual, forecastSeries(history, 1, 8).forecast);
        equal += smape(actual, forecastSeries(history, 1, 8, equalWeights).forecast);
      }
    }
    expect(weighted).toBeLessThan(0.9 * equal);
  });

  it('validates at origins n-1, n-2, n-3, n-4, then every second step up to the horizon', () => {
    expect(validationSteps(18, 1)).toEqual([1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(validationSteps(8, 1)).toEqual([1, 2, 3, 4, 6, 8]);
    expect(validationSteps(18, 0.5)).toEqual([1, 2, 3, 4, 6, 8]);
    expect(validationSteps(2, 1)).toEqual([1, 2]);
  });

  it('refits at each origin on the points before it only, and skips origins that leave too few', () => {
    const values = trending(16, 5);
    const members = DEFAULT_COMBINATION.members;
    const origins = originErrors(values, 4, 8, members, 1);
    // n = 16, at least 8 points to fit on (two cycles of 4): origins 15, 14, 13, 12, 10 and 8.
    expect(minimumFitLength(4)).toBe(8);
    expect(origins.steps).toEqual([1, 2, 3, 4, 6, 8]);
    // The errors at origin n-4 are those of members fitted to the first 12 points alone.
    const prepared = prepareSeries(values.slice(0, 12), 4);
    const direct = fitMembers(prepared, membersFor(members, prepared.positive)).map((member) =>
      smape(values.subarray(12), member.forecastFrom(12, 4)),
    );
    direct.forEach((error, i) => expect(origins.errors[3]![i]).toBeCloseTo(error, 10));
    expect(new Set(Array.from(origins.errors[3]!)).size).toBeGreaterThan(1);
  });

  it('falls back to equal weights without any validation origin, and shrinks toward them', () => {
    expect(Array.from(validationWeights(null, 4, DEFAULT_COMBINATION.validation))).toEqual([
      0.25, 0.25, 0.25, 0.25,
    ]);
    const weights = validationWeights(Float64Array.from([1, 1e9, 1e9, 1e9]), 4, {
      reach: 1,
      power: 4,
      shrinkage: 0.8,
    });
    expect(weights[0]).toBeCloseTo(0.8 + 0.05, 6);
    expect(weights[1]).toBeCloseTo(0.05, 6);
    expect(forecastSeries([1, 2, 3], 1, 2).members.every((m) => m.weight === 1 / 6)).toBe(true);
  });
});

describe('interval width on few errors', () => {
  it('uses Student t quantiles (table values within 1%)', () => {
    expect(studentQuantile(1.959963984540054, 5)).toBeCloseTo(2.5706, 1);
    expect(Math.abs(studentQuantile(1.959963984540054, 5) / 2.5706 - 1)).toBeLessThan(0.01);
    expect(Math.abs(studentQuantile(1.2815515655446004, 10) / 1.3722 - 1)).toBeLessThan(0.01);
    expect(Math.abs(studentQuantile(1.959963984540054, 100) / 1.984 - 1)).toBeLessThan(0.01);
  });
});
