import { evaluateIntents, formatEvaluation } from '../../../src/ml/nlu/intent-evaluation';

describe('intent evaluation', () => {
  const truth = ['a', 'a', 'b', 'b', 'oos', 'oos'];
  const predicted = ['a', 'b', 'b', 'oos', 'oos', 'a'];
  const evaluation = evaluateIntents(truth, predicted);

  it('scores accuracy, macro-F1 over in-scope intents and out-of-scope precision and recall', () => {
    expect(evaluation.accuracy).toBeCloseTo(3 / 6);
    expect(evaluation.inScopeAccuracy).toBeCloseTo(2 / 4);
    // a: P 1/2 R 1/2 F1 .5; b: P 1/2 R 1/2 F1 .5
    expect(evaluation.macroF1).toBeCloseTo(0.5);
    expect(evaluation.oos).toEqual({ support: 2, predicted: 2, precision: 0.5, recall: 0.5 });
    expect(evaluation.falseOosRate).toBeCloseTo(1 / 4);
    expect(evaluation.confusion.b).toEqual({ b: 1, oos: 1 });
  });

  it('prints the figures and the most frequent confusions', () => {
    const text = formatEvaluation(evaluation).join('\n');
    expect(text).toMatch(/accuracy\s+50\.00%/);
    expect(text).toMatch(/oos recall\s+50\.00%/);
    expect(text).toMatch(/1 {2}a → b/);
  });
});
