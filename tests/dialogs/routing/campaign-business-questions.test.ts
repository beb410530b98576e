import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

// Issue 19, ninth round (w5b): campaigns or sources asked for the business they brought in. Won
// revenue is not credited to campaigns, so they are ranked by how their leads converted, said so.
describe('campaigns and sources ranked by the business they brought in', () => {
  it.each([
    ['which campaign brought in the most revenue', 'campaign'],
    ['which campaign brought in the most business', 'campaign'],
    ['what campaign generated the most sales', 'campaign'],
    ['which of our campaigns drove the most revenue', 'campaign'],
    ['which webinar brought in the most customers', 'campaign'],
    ['which source brings in the most business', 'source'],
    ['what channel drives the most revenue for us', 'source'],
  ])('"%s" ranks by %s, saying revenue is not attributed', (text, by) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'ranked', by, revenue: true });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'which campaign brought in the most leads',
    'which rep brought in the most revenue',
    'which region is bringing in the most closed won',
    'which campaign actually works',
    'how much revenue did we book this quarter',
  ])('"%s" is no revenue ranking of campaigns', (text) => {
    const question = leadRateQuestionOf(text);
    expect(question?.kind === 'ranked' ? question.revenue : undefined).toBeUndefined();
  });
});
