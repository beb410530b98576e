import {
  brierScore,
  calibrationTable,
  logLoss,
  rocAuc,
} from '../../../src/ml/scoring/classification-metrics';
import { stratifiedSplit } from '../../../src/ml/scoring/stratified-split';

describe('classification metrics', () => {
  it('computes AUC from ranks, counting ties as half', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4])).toBe(1);
    expect(rocAuc([0, 0, 1, 1], [0.4, 0.3, 0.2, 0.1])).toBe(0);
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(rocAuc([0, 1, 1, 0], [0.1, 0.4, 0.35, 0.8])).toBe(0.5);
  });

  it('computes Brier, log-loss and a calibration table', () => {
    expect(brierScore([1, 0], [0.8, 0.2])).toBeCloseTo(0.04);
    expect(logLoss([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2));
    const table = calibrationTable([0, 0, 1, 1], [0.05, 0.15, 0.85, 0.95], 2);
    expect(table.map((b) => [b.from, b.to, b.count, b.observedRate])).toEqual([
      [0, 0.5, 2, 0],
      [0.5, 1, 2, 1],
    ]);
    expect(table[0]!.meanPredicted).toBeCloseTo(0.1);
    expect(table[1]!.meanPredicted).toBeCloseTo(0.9);
  });

  it('splits each class 80/20 the same way every time', () => {
    const labels = Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const a = stratifiedSplit(labels, 0.2, 42);
    const b = stratifiedSplit(labels, 0.2, 42);
    expect(Array.from(a.test)).toEqual(Array.from(b.test));
    expect(a.test.length).toBe(200);
    expect(Array.from(a.test).filter((i) => labels[i] === 1)).toHaveLength(20);
    expect(Array.from(stratifiedSplit(labels, 0.2, 43).test)).not.toEqual(Array.from(a.test));
  });
});
