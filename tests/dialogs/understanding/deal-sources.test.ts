/**
 * Deals by where they came from (issue 19, ninth round, w5d): "my deals that came in from partners"
 * filters on the deals' source, not on accounts whose names hold "partners".
 */
import { dealSourcesOf } from '../../../src/dialogs/understanding/deal-sources';

describe('a deal source in the question', () => {
  it.each([
    ['my deals that came in from partners', ['partner']],
    ['which of my open deals came from referrals', ['referral']],
    ['show me partner-sourced deals', ['partner']],
    ['referral deals this quarter', ['referral']],
    ['deals that came through the website', ['web']],
    ['how many outbound deals do i have', ['outbound']],
    ['deals from events this year', ['event']],
    ['what came in via partners last quarter', ['partner']],
  ])('%s → %j', (text, sources) => {
    expect(dealSourcesOf(text)).toEqual(sources);
  });

  it.each([
    'open deals from delta partners',
    'deals at bright partners',
    'what came in from acme this week',
    'show me the open deals at acme',
    'how do i add a partner',
    'deals closing by friday',
  ])('no source: %s', (text) => {
    expect(dealSourcesOf(text)).toEqual([]);
  });

  it('an account named confidently keeps "from X" its own', () => {
    expect(dealSourcesOf('deals from partners', true)).toEqual([]);
  });
});
