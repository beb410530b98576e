import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';

// Issue 19, twenty-fourth round (w25a, from dev-qa43): lead conversion said as what leads become
// ("lead to deal conversion rate by source" was read as the deals' win rate) or said of one group of
// leads with no "rate" ("lead conversion for event leads" was refused as a request for the leads).
describe('lead conversion said as what leads become', () => {
  it.each([
    ['lead to deal conversion rate by source', { kind: 'ranked', by: 'source' }],
    ['lead-to-opportunity conversion by channel', { kind: 'ranked', by: 'source' }],
    ['what is our leads to customers conversion rate', { kind: 'overall' }],
    ['lead to deal conversion for partner leads', { kind: 'source', source: 'partner' }],
  ])('%s', (text, wanted) => {
    expect(leadRateQuestionOf(text)).toEqual(wanted);
  });
});

describe('conversion of one group of leads, without "rate"', () => {
  it.each([
    ['lead conversion for event leads', 'event'],
    ['conversion of our web leads', 'web'],
    ['whats the conversion on referral leads', 'referral'],
    ['conversion among partner leads this year', 'partner'],
  ])('%s → %s', (text, source) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'source', source });
  });

  it('"lead conversion" alone is the overall rate', () => {
    expect(leadRateQuestionOf('lead conversion?')).toEqual({ kind: 'overall' });
  });

  it.each([
    // Deals' conversions stay the deals'.
    'deal conversion by stage',
    'win rate by source',
    'how many deals did we convert from leads to won',
    // Leads asked for, not a rate.
    'show me the event leads',
  ])('not a lead conversion rate: %s', (text) => {
    expect(leadRateQuestionOf(text)).toBeUndefined();
  });
});
