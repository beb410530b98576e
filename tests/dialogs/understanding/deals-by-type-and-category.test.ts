import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
const breakdownOf = (text: string) => {
  const asked = parseRecordQuestion(text, undefined, context);
  return asked?.kind === 'query' ? asked.query : undefined;
};

// Issue 19, eleventh round (W10-R): "won this quarter split by renewal, upsell and new business" listed
// the new-business deals only, and "deals by forecast category" was the forecast: both are deals
// counted and summed per value of that field.
describe('deals broken down by type or forecast category', () => {
  it.each([
    ['won this quarter split by renewal, upsell and new business', 'won'],
    ['won deals by type', 'won'],
    ['what we won broken down by new business and renewals', 'won'],
    ['lost deals split by renewal vs upsell', 'lost'],
    ['wins by deal type', 'won'],
    ['won by renewal/upsell/new business', 'won'],
  ])('%s → by deal type, %s', (text, status) => {
    expect(breakdownOf(text)).toMatchObject({ record: 'deal', breakdown: 'type', status });
  });

  it.each([
    'deals by forecast category',
    'pipeline by forecast category',
    'open deals per forecast category',
    'forecast category breakdown of my deals',
    'my deals split by forecast category',
    'team deals by forecast category',
  ])('%s → by forecast category', (text) => {
    expect(breakdownOf(text)).toMatchObject({ record: 'deal', breakdown: 'forecastCategory' });
  });

  it.each([
    'my renewals and upsells closing this month',
    'new business vs upsell this quarter',
    'won deals this quarter',
    "what's the forecast for q4",
    'forecast by category',
  ])('%s → no breakdown of deals', (text) => {
    expect(breakdownOf(text)?.breakdown).toBeUndefined();
  });

  it('"accounts we won by industry" stays the accounts\' breakdown', () => {
    expect(breakdownOf('accounts we won by industry')).toMatchObject({
      record: 'account',
      breakdown: 'industry',
    });
  });
});
