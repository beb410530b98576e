import { chooseOosThreshold } from '../../../src/ml/nlu/oos-threshold';

describe('out-of-scope threshold', () => {
  const inScope = Array.from({ length: 100 }, (_, i) => 0.5 + i / 200);

  it('rejects the target share of held-out in-scope messages when there are no oos examples', () => {
    const chosen = chooseOosThreshold(inScope, [], 0.05);
    expect(chosen.method).toBe('in-scope-quantile');
    expect(chosen.heldOutFalseOosRate).toBeCloseTo(0.05, 2);
  });

  it('moves the threshold up to catch oos examples, but never past twice the target false-oos rate', () => {
    const oos = [0.4, 0.45, 0.52, 0.54, 0.56, 0.9];
    const chosen = chooseOosThreshold(inScope, oos, 0.05);
    expect(chosen.method).toBe('balanced-with-oos-examples');
    expect(chosen.heldOutFalseOosRate).toBeLessThanOrEqual(0.1);
    expect(chosen.heldOutOosRecall).toBeGreaterThanOrEqual(4 / 6);
  });
});
