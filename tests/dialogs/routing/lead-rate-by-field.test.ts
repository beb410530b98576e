/**
 * Lead conversion ranked by a lead field, and "best" said of a group word (issue 19, eleventh round,
 * W10-T): "which industries convert best" was can't-help and "what's our best lead source this year"
 * a breakdown that never named the best. Both rank the groups by conversion rate.
 */
import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

describe('lead conversion ranked by a lead field', () => {
  it.each([
    ['which industries convert best', 'industry'],
    ['what industry converts the most', 'industry'],
    ['which verticals convert best for us', 'industry'],
    ['conversion rate by industry', 'industry'],
    ['lead conversion rate per sector', 'industry'],
    ['our best converting industries?', 'industry'],
    ['which countries convert best', 'country'],
    ['conversion rate by country', 'country'],
    ["what's our best lead source this year", 'source'],
    ['whats the best lead source', 'source'],
    ['our best performing channel?', 'source'],
    ['which is our strongest lead source', 'source'],
    ['our worst lead source', 'source'],
    ['best campaign this quarter', 'campaign'],
    ['what is our best industry for leads', 'industry'],
  ])('"%s" ranks the groups by %s', (text, by) => {
    expect(leadRateQuestionOf(text)).toMatchObject({ kind: 'ranked', by });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'leads by industry',
    'break down our leads by source',
    'which industries do our customers come from',
    'which industry has the best win rate',
    'best deals this quarter',
    'what is the best way to import leads',
    'how many accounts per country',
  ])('"%s" is no conversion ranking', (text) => {
    expect(leadRateQuestionOf(text)).toBeUndefined();
  });
});
