import { chooseOosThreshold, DEFAULT_OOS_RULE } from '../../../src/ml/nlu/oos-threshold';

describe('out-of-scope threshold', () => {
  // 200 held-out in-scope messages scoring 0.5 … 0.995; the least certain tenth are the wrong ones.
  const inScope = Array.from({ length: 200 }, (_, i) => ({ score: 0.5 + i / 400, correct: i >= 20 }));

  it('rejects the budgeted share of held-out in-scope messages when there are no oos examples', () => {
    const chosen = chooseOosThreshold(inScope, [], { ...DEFAULT_OOS_RULE, falseOosBudget: 0.05 });
    expect(chosen.method).toBe('in-scope-budget');
    expect(chosen.heldOutFalseOosRate).toBeCloseTo(0.05, 3);
    expect(chosen.heldOutOosRecall).toBeUndefined();
    // The rejected 5% were all wrong answers anyway, so in-scope accuracy is unchanged.
    expect(chosen.heldOutInScopeAccuracy).toBeCloseTo(0.9, 3);
  });

  it('with oos examples, takes the lowest threshold that catches the target share of them', () => {
    // Six of ten oos messages lose to the oos class or score low; reaching 60% needs one more.
    const oos = [-Infinity, -Infinity, -Infinity, 0.3, 0.4, 0.52, 0.6, 0.8, 0.9, 0.99].map((score) => ({
      score,
    }));
    const chosen = chooseOosThreshold(inScope, oos, {
      falseOosBudget: 0.01,
      oosRecallTarget: 0.6,
      maxFalseOosRate: 0.1,
      accuracyFloor: 'none',
    });
    expect(chosen.method).toBe('oos-recall-target');
    expect(chosen.heldOutOosRecall).toBeCloseTo(0.6, 5);
    expect(chosen.threshold).toBeGreaterThan(0.52);
    expect(chosen.threshold).toBeLessThan(0.6);
    // Scores 0.5 … 0.52 of in-scope messages are rejected too: 9 of 200.
    expect(chosen.heldOutFalseOosRate).toBeCloseTo(9 / 200, 5);
  });

  it('rejects no in-scope message when the oos class alone catches the target share', () => {
    const oos = [...Array(7).fill(-Infinity), 0.9, 0.95, 0.99].map((score: number) => ({ score }));
    const chosen = chooseOosThreshold(inScope, oos, {
      falseOosBudget: 0.02,
      oosRecallTarget: 0.6,
      maxFalseOosRate: 0.1,
      accuracyFloor: 'none',
    });
    expect(chosen.heldOutOosRecall).toBeCloseTo(0.7, 5);
    expect(chosen.heldOutFalseOosRate).toBe(0);
    expect(chosen.threshold).toBe(0);
  });

  it('stops at the cap on rejected in-scope messages when the target cannot be reached', () => {
    const oos = [0.9, 0.95, 0.97, 0.99].map((score) => ({ score }));
    const chosen = chooseOosThreshold(inScope, oos, {
      falseOosBudget: 0.01,
      oosRecallTarget: 0.6,
      maxFalseOosRate: 0.1,
      accuracyFloor: 'none',
    });
    expect(chosen.heldOutFalseOosRate).toBeLessThanOrEqual(0.1);
    expect(chosen.heldOutOosRecall).toBe(0);
  });

  describe('the accuracy floor (the linear SVM alone on the same held-out messages)', () => {
    // The ensemble is right on 180 of 200 (the 20 least certain are wrong), the SVM alone on 176:
    // rejecting the 20 wrong ones is free, then each rejection costs 1/200, so the floor allows
    // exactly 4 more, 24 in all, and the threshold must sit just above the 24th score (0.5575).
    const withLinear = inScope.map((s, i) => ({ ...s, linearCorrect: i >= 24 }));
    const floorRule = { ...DEFAULT_OOS_RULE, accuracyFloor: 'linear' as const, maxFalseOosRate: 1 };

    it('with oos rows, stops where the floor is reached, at the known threshold, short of the recall target', () => {
      // Catching the 3rd oos row (0.556) rejects 23 in-scope messages (3 right ones: accuracy 0.885);
      // the 4th (0.58) would cross the floor at the 25th, so the rule keeps 0.556 and 30% recall.
      const oos = [0.505, 0.55, 0.556, 0.58, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9].map((score) => ({ score }));
      const chosen = chooseOosThreshold(withLinear, oos, floorRule);
      expect(chosen.method).toBe('oos-recall-target');
      expect(chosen.heldOutAccuracyFloor).toBeCloseTo(0.88, 10);
      expect(chosen.threshold).toBeCloseTo(0.556, 6);
      expect(chosen.threshold).toBeGreaterThan(0.556);
      expect(chosen.heldOutFalseOosRate).toBeCloseTo(23 / 200, 10);
      expect(chosen.heldOutInScopeAccuracy).toBeCloseTo(0.885, 10);
      expect(chosen.heldOutOosRecall).toBeCloseTo(0.3, 10);
      // Without the floor (and no cap) the same scores go on to the target.
      const unfloored = chooseOosThreshold(withLinear, oos, { ...floorRule, accuracyFloor: 'none' });
      expect(unfloored.heldOutOosRecall).toBeGreaterThanOrEqual(0.6);
    });

    it('with oos rows, stops at the lowest threshold reaching the recall target when that is within the floor', () => {
      // 6 of 10 oos rows score below 0.54: caught after rejecting 16 in-scope (all wrong ones).
      const oos = [0.51, 0.52, 0.52, 0.53, 0.535, 0.5375, 0.9, 0.9, 0.9, 0.9].map((score) => ({ score }));
      const chosen = chooseOosThreshold(withLinear, oos, floorRule);
      expect(chosen.heldOutOosRecall).toBeCloseTo(0.6, 10);
      expect(chosen.threshold).toBeGreaterThan(0.5375);
      expect(chosen.threshold).toBeLessThan(0.54);
      expect(chosen.heldOutInScopeAccuracy).toBeCloseTo(0.9, 10);
    });

    it('without oos rows, the budget alone applies (a plain classifier rejects nothing there)', () => {
      const chosen = chooseOosThreshold(withLinear, [], { ...floorRule, falseOosBudget: 0.2 });
      expect(chosen.method).toBe('in-scope-budget');
      expect(chosen.heldOutAccuracyFloor).toBeUndefined();
      expect(chosen.heldOutFalseOosRate).toBeCloseTo(0.2, 10);
    });

    it('rejects nothing beyond the oos class when even the ensemble is below the floor', () => {
      const weak = inScope.map((s) => ({ ...s, linearCorrect: true }));
      const chosen = chooseOosThreshold(weak, [{ score: 0.6 }, { score: -Infinity }], floorRule);
      expect(chosen.threshold).toBe(0);
      expect(chosen.heldOutOosRecall).toBeCloseTo(0.5, 10);
    });
  });

  it('with negative scores (an oos weight above 1), starts from the lowest held-out score, not from 0', () => {
    // In-scope scores -0.2 … 0.795: at a threshold of 0 a fifth would already be rejected.
    const shifted = inScope.map((s) => ({ ...s, score: s.score - 0.7 }));
    const oos = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity, -Infinity, 0.5, 0.6, 0.7, 0.8].map(
      (score) => ({ score }),
    );
    const chosen = chooseOosThreshold(shifted, oos, { ...DEFAULT_OOS_RULE, accuracyFloor: 'none' });
    // The oos class alone catches 60%: nothing else is rejected.
    expect(chosen.heldOutOosRecall).toBeCloseTo(0.6, 10);
    expect(chosen.heldOutFalseOosRate).toBe(0);
    expect(chosen.threshold).toBeCloseTo(-0.2, 10);
    expect(chosen.curve[0]!.falseOosRate).toBe(0);
    // A negative threshold is chosen when it is the lowest reaching the target.
    // With 2 won by the oos class, the 6th negative score brings recall to 8 of 12.
    const low = [-0.15, -0.1, -0.05, -0.03, -0.02, -0.01, 0.5, 0.6, 0.7, 0.8].map((score) => ({ score }));
    const reaching = chooseOosThreshold(shifted, [...low, ...oos.slice(0, 2)], {
      ...DEFAULT_OOS_RULE,
      accuracyFloor: 'none',
      maxFalseOosRate: 1,
    });
    expect(reaching.threshold).toBeGreaterThan(-0.01);
    expect(reaching.threshold).toBeLessThan(0);
    expect(reaching.heldOutOosRecall).toBeCloseTo(8 / 12, 10);
  });

  it('reports the whole held-out curve, from rejecting nothing upwards', () => {
    const chosen = chooseOosThreshold(inScope, [{ score: 0.6 }], DEFAULT_OOS_RULE);
    expect(chosen.curve[0]!.falseOosRate).toBe(0);
    expect(chosen.curve[0]!.inScopeAccuracy).toBeCloseTo(0.9, 5);
    const rates = chosen.curve.map((point) => point.falseOosRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(rates[rates.length - 1]).toBeCloseTo(0.2, 2);
    expect(chosen.curve.every((point) => point.oosRecall !== undefined)).toBe(true);
  });
});
