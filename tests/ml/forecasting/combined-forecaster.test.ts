import { naive2Forecast } from '../../../src/ml/forecasting/baseline-forecasts';
import { forecastSeries } from '../../../src/ml/forecasting/combined-forecaster';
import { countInside, mase, smape } from '../../../src/ml/forecasting/forecast-metrics';
import { classicalSeasonalIndices, isSeasonal } from '../../../src/ml/forecasting/seasonal-decomposition';
import { seededRandom } from '../../../src/core/seeded-random';

/** Monthly sales with a planted yearly pattern (December peak, August trough), a mild trend and noise. */
const PATTERN = [0.9, 0.85, 1.0, 1.0, 1.05, 1.0, 0.9, 0.7, 1.0, 1.1, 1.2, 1.3];
function plantedSeries(months: number, seed: number, noise = 0.03): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from(
    { length: months },
    (_, t) => 1000 * (1 + 0.005 * t) * PATTERN[t % 12]! * (1 + noise * (random() * 2 - 1)),
  );
}

describe('combined forecaster', () => {
  it('detects and recovers a planted yearly pattern', () => {
    const history = plantedSeries(72, 1);
    expect(isSeasonal(history, 12)).toBe(true);
    const indices = classicalSeasonalIndices(history, 12).indices;
    const mean = PATTERN.reduce((a, b) => a + b, 0) / 12;
    indices.forEach((index, month) => expect(index).toBeCloseTo(PATTERN[month]! / mean, 1));
  });

  it('forecasts the planted pattern: December peaks, August dips, error within a few percent', () => {
    const full = plantedSeries(90, 2);
    const history = full.subarray(0, 72);
    const result = forecastSeries(history, 12, 18);
    expect(result.seasonal).toBe(true);
    expect(result.scale).toBe('log');
    const firstYear = Array.from(result.forecast.subarray(0, 12));
    expect(firstYear.indexOf(Math.max(...firstYear))).toBe(11);
    expect(firstYear.indexOf(Math.min(...firstYear))).toBe(7);
    expect(smape(full.subarray(72), result.forecast)).toBeLessThan(5);
    expect(smape(full.subarray(72), result.forecast)).toBeLessThan(
      smape(full.subarray(72), naive2Forecast(history, 1, 18)),
    );
  });

  it('does not invent seasonality in white noise', () => {
    const random = seededRandom(3);
    const noise = Float64Array.from({ length: 60 }, () => 100 + 10 * (random() - 0.5));
    expect(isSeasonal(noise, 12)).toBe(false);
    expect(forecastSeries(noise, 12, 6).seasonal).toBe(false);
  });

  it('gives intervals that nest, widen with the horizon and hold about their share of new values', () => {
    let inside80 = 0;
    let inside95 = 0;
    let points = 0;
    for (let seed = 10; seed < 40; seed++) {
      const full = plantedSeries(84, seed, 0.08);
      const result = forecastSeries(full.subarray(0, 72), 12, 12);
      for (let h = 0; h < 12; h++) {
        expect(result.lo95[h]!).toBeLessThanOrEqual(result.lo80[h]!);
        expect(result.lo80[h]!).toBeLessThanOrEqual(result.forecast[h]!);
        expect(result.forecast[h]!).toBeLessThanOrEqual(result.hi80[h]!);
        expect(result.hi80[h]!).toBeLessThanOrEqual(result.hi95[h]!);
      }
      const width = (h: number) => Math.log(result.hi80[h]! / result.lo80[h]!);
      expect(width(11)).toBeGreaterThanOrEqual(width(0));
      inside80 += countInside(full.subarray(72), result.lo80, result.hi80);
      inside95 += countInside(full.subarray(72), result.lo95, result.hi95);
      points += 12;
    }
    expect(inside80 / points).toBeGreaterThan(0.65);
    expect(inside95 / points).toBeGreaterThan(0.85);
  });

  it('handles series with zeros and negatives on the level scale, and flat series without NaN', () => {
    const mixed = Float64Array.from({ length: 30 }, (_, t) => (t % 3 === 0 ? 0 : t - 10));
    const result = forecastSeries(mixed, 1, 5);
    expect(result.scale).toBe('level');
    expect(Array.from(result.forecast).every(Number.isFinite)).toBe(true);
    const flat = forecastSeries(new Float64Array(24).fill(5), 12, 3);
    expect(Array.from(flat.forecast)).toEqual([5, 5, 5]);
    expect(Array.from(flat.hi95)).toEqual([5, 5, 5]);
  });
});

describe('forecast metrics', () => {
  it('computes sMAPE the M3 way and MASE on the seasonal-naive scale', () => {
    expect(smape([100, 100], [110, 90])).toBeCloseTo((200 * 10) / 210 / 2 + (200 * 10) / 190 / 2);
    expect(smape([0], [0])).toBe(0);
    const history = [1, 2, 3, 4, 2, 3, 4, 5];
    expect(mase([6], [5], history, 4)).toBeCloseTo(1);
    expect(mase([6], [5], history, 1)).toBeCloseTo(1 / ((1 + 1 + 1 + 2 + 1 + 1 + 1) / 7));
  });
});
