import { seededRandom } from '../../../src/core/seeded-random';
import { pairedBootstrap } from '../../../src/ml/recommendation/paired-bootstrap';

describe('paired bootstrap interval of a difference in per-customer scores', () => {
  const random = seededRandom(11);
  const base = Float64Array.from({ length: 2000 }, () => (random() < 0.8 ? 1 : 0));

  it('excludes zero when one method hits 3% more customers, and contains the true difference', () => {
    const better = Float64Array.from(base, (v, i) => (v === 0 && i % 7 === 0 ? 1 : v));
    const interval = pairedBootstrap(better, base);
    expect(interval.difference).toBeGreaterThan(0.02);
    expect(interval.low).toBeGreaterThan(0);
    expect(interval.low).toBeLessThan(interval.difference);
    expect(interval.high).toBeGreaterThan(interval.difference);
  });

  it('contains zero when the two methods differ only by chance', () => {
    const other = Float64Array.from(base, () => (random() < 0.8 ? 1 : 0));
    const shuffledPair = Float64Array.from(base, () => (random() < 0.8 ? 1 : 0));
    const interval = pairedBootstrap(other, shuffledPair);
    expect(interval.low).toBeLessThan(0);
    expect(interval.high).toBeGreaterThan(0);
  });

  it('gives the same interval for the same seed', () => {
    const a = pairedBootstrap(base, new Float64Array(base.length), { seed: 5 });
    expect(pairedBootstrap(base, new Float64Array(base.length), { seed: 5 })).toEqual(a);
    expect(a.resamples).toBe(1000);
  });
});
