import { blendCost, chooseParsimonious } from '../../../src/ml/recommendation/tune-blend';

// 400 customers' scores (HR@10 + NDCG@10 each, 0..2), the same customers for every setting.
const N = 400;
const base = Array.from({ length: N }, (_, i) => (i % 5) * 0.4);
const shifted = (by: (i: number) => number) => base.map((x, i) => x + by(i));
// Half the customers a little better, half a little worse: the same mean as `base`.
const wobble = (i: number) => (i % 2 ? 0.2 : -0.2);

describe('choosing blend settings by parsimony', () => {
  it('picks the cheapest setting within noise of the best, not the best itself', () => {
    const tried = [
      { cost: 1, perCustomer: shifted(() => -0.5) }, // clearly worse
      { cost: 3, perCustomer: shifted(wobble) }, // as good, give or take
      { cost: 9, perCustomer: shifted(() => 0.01) }, // the best, by a hair
    ];
    const choice = chooseParsimonious(tried);
    expect(choice.best).toBe(2);
    expect(choice.chosen).toBe(1);
    expect(choice.versusBest[1]!.low).toBeLessThan(0);
    expect(choice.versusBest[1]!.high).toBeGreaterThan(0);
    expect(choice.versusBest[0]!.low).toBeGreaterThan(0.4);
    expect(choice.versusBest[2]).toMatchObject({ difference: 0, low: 0, high: 0, resamples: 2000 });
  });

  it('keeps a costlier best that is clearly better than every cheaper setting', () => {
    const tried = [
      { cost: 1, perCustomer: shifted(() => -0.5) },
      { cost: 3, perCustomer: shifted(wobble) },
      { cost: 9, perCustomer: shifted(() => 0.3) },
    ];
    const choice = chooseParsimonious(tried);
    expect(choice.best).toBe(2);
    expect(choice.chosen).toBe(2);
    expect(choice.versusBest[1]!.difference).toBeCloseTo(0.3, 10);
    expect(choice.versusBest[1]!.low).toBeGreaterThan(0);
  });

  it('counts training work as internal splits times fits per split', () => {
    const at = { windowShift: 1 / 2, hitWeight: 1, sample: 2000 };
    expect(blendCost({ ...at, windows: 1, bags: 1 })).toBe(1);
    expect(blendCost({ ...at, windows: 3, bags: 1 })).toBe(3);
    expect(blendCost({ ...at, windows: 3, bags: 5 })).toBe(15);
  });

  it('refuses settings scored on different customers', () => {
    expect(() =>
      chooseParsimonious([
        { cost: 1, perCustomer: [1, 0] },
        { cost: 2, perCustomer: [1] },
      ]),
    ).toThrow(/different customers/);
  });
});
