import { IntentClassifier } from '../../../src/ml/nlu/intent-classifier';
import { DEFAULT_TRAINING_SETTINGS, trainIntentClassifier } from '../../../src/ml/nlu/intent-training';
import { evaluateIntents } from '../../../src/ml/nlu/intent-evaluation';
import { FAST_SETTINGS_OVERRIDES, plantedUtterances } from './planted-intents';

const settings = { ...DEFAULT_TRAINING_SETTINGS, ...FAST_SETTINGS_OVERRIDES };

describe('intent classifier on planted intents', () => {
  const { classifier, report } = trainIntentClassifier(plantedUtterances(30, 1), settings);

  it('recovers the planted topic of unseen messages', () => {
    const test = plantedUtterances(15, 99);
    const evaluation = evaluateIntents(
      test.map((u) => u.label),
      test.map((u) => classifier.classify(u.text).ranked[0]!.intent),
    );
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(report.intents).toBe(4);
  });

  it('understands a topic word with a typo through character n-grams', () => {
    expect(classifier.classify('i need my pasword please').ranked[0]!.intent).toBe('password');
    expect(classifier.classify('status of the delivrey').ranked[0]!.intent).toBe('shipping');
  });

  it('calls a message with none of the topics out of scope, with the best guesses as alternatives', () => {
    const prediction = classifier.classify('what is the weather in lisbon tomorrow');
    expect(prediction.isOutOfScope).toBe(true);
    expect(prediction.intent).toBe('oos');
    expect(prediction.ranked.length).toBe(3);
  });

  it('keeps the held-out false out-of-scope rate near the target when no oos rows are given', () => {
    expect(report.oosThreshold.method).toBe('in-scope-budget');
    expect(report.oosThreshold.heldOutFalseOosRate).toBeLessThanOrEqual(0.1);
  });

  it('learns oos as a class and uses it to tune the threshold when oos rows exist', () => {
    const oos = [
      'tell me a joke',
      'weather today',
      'who won the match',
      'play some music',
      'order a pizza',
      'what time is it',
      'sing a song',
      'book a flight',
    ].flatMap((text) => [
      { text, label: 'oos' },
      { text: `${text} please`, label: 'oos' },
    ]);
    const trained = trainIntentClassifier([...plantedUtterances(30, 1), ...oos], settings);
    expect(trained.report.oosRows).toBe(16);
    expect(trained.report.oosThreshold.method).toBe('oos-recall-target');
    expect(trained.classifier.classify('play a joke song').isOutOfScope).toBe(true);
    expect(trained.classifier.classify('refund my money back please').intent).toBe('refund');
  });

  it("weighs the oos class's probability in the out-of-scope score; the oos class winning is -Infinity", () => {
    const oos = ['tell me a joke', 'weather today', 'play some music', 'book a flight'].flatMap((text) => [
      { text, label: 'oos' },
      { text: `${text} please`, label: 'oos' },
    ]);
    const { classifier } = trainIntentClassifier([...plantedUtterances(30, 1), ...oos], settings);
    const withWeight = (oosScoreWeight: number | undefined) =>
      new IntentClassifier(
        classifier.intents,
        classifier.features,
        classifier.svm,
        classifier.networks,
        {
          svmTemperature: classifier.ensemble.svmTemperature,
          svmWeight: classifier.ensemble.svmWeight,
          oosScoreWeight,
        },
        0,
      );
    const oosIndex = classifier.intents.indexOf('oos');
    const p = classifier.probabilities('refund my money, and a joke');
    const best = Math.max(...p.filter((_, k) => k !== oosIndex));
    expect(p[oosIndex]).toBeGreaterThan(0);
    expect(p[oosIndex]).toBeLessThan(best);
    expect(withWeight(3).outOfScopeScore(p)).toBeCloseTo(best - 3 * p[oosIndex]!, 12);
    // Models saved before the weight existed score as before (weight 1).
    expect(withWeight(undefined).outOfScopeScore(p)).toBeCloseTo(best - p[oosIndex]!, 12);
    const offTopic = classifier.probabilities('tell me a joke please');
    expect(offTopic[oosIndex]).toBeGreaterThan(Math.max(...offTopic.filter((_, k) => k !== oosIndex)));
    expect(withWeight(1).outOfScopeScore(offTopic)).toBe(-Infinity);
    expect(withWeight(1).classify('tell me a joke please').isOutOfScope).toBe(true);
  });
});
