import { meanSentiment, scoreSentiment, sentimentLabelOf } from '../../../src/ml/sentiment';

/** CRM-style sentences and how a person reads them. */
const SENTENCES: readonly [string, 'negative' | 'neutral' | 'positive'][] = [
  ['Great call with Jane: they love the new dashboard and want to expand to two more teams.', 'positive'],
  ['Renewal confirmed for May, happy with support.', 'positive'],
  ['Thanks for the quick fix, everything works now!', 'positive'],
  ['Customer is frustrated: login fails for all users again, third outage this month.', 'negative'],
  ['Not happy with the response time on their tickets.', 'negative'],
  ['Complained about slow delivery and damaged goods.', 'negative'],
  ['Asked to cancel the contract at the end of the term.', 'negative'],
  ['They are unhappy with the price increase and are evaluating a competitor.', 'negative'],
  ['Sent the quarterly invoice.', 'neutral'],
  ['Call with Tom Baker about the Q3 order schedule.', 'neutral'],
];

describe('scoreSentiment', () => {
  it.each(SENTENCES)('reads "%s" as %s', (sentence, expected) => {
    const score = scoreSentiment(sentence);
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThanOrEqual(1);
    expect(sentimentLabelOf(score)).toBe(expected);
  });

  it('handles negation: "not happy" is negative where "happy" is positive', () => {
    expect(scoreSentiment('The customer is happy with the rollout.')).toBeGreaterThan(0);
    expect(scoreSentiment('The customer is not happy with the rollout.')).toBeLessThan(0);
  });

  it('scores an empty text as neutral and averages a trend', () => {
    expect(scoreSentiment('   ')).toBe(0);
    expect(meanSentiment([])).toBe(0);
    expect(meanSentiment([0.5, -0.1, 0.2])).toBeCloseTo(0.2, 6);
  });
});
