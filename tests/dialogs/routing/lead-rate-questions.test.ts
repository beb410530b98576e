/**
 * How leads convert (issue 19, eighth round, m5): the rate of all leads, of one source or campaign,
 * or the groups ranked, in the words marketing uses; and what must stay another question.
 */
import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';

describe('lead conversion rate questions', () => {
  it.each([
    "what's our lead conversion rate",
    'whats our conversion rate',
    'lead conversion rate?',
    'what percentage of our leads convert',
    'how well do our leads convert',
    'what share of leads converted this year',
    'how many of our leads convert',
  ])('"%s" is the rate of all leads', (text) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'overall' });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    ['which source converts best', 'source'],
    ['which lead source converts best', 'source'],
    ['what channel converts the most', 'source'],
    ['best converting lead sources', 'source'],
    ['conversion rate by source', 'source'],
    ['where do our best leads come from?', 'source'],
    ['which campaign actually works', 'campaign'],
    ['what campaigns are working', 'campaign'],
    ['which campaign performed best', 'campaign'],
    ['conversion rate per campaign', 'campaign'],
    ['which event converted best', 'campaign'],
  ])('"%s" ranks the groups by %s', (text, by) => {
    expect(leadRateQuestionOf(text)).toMatchObject({ kind: 'ranked', by });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it('"which webinar converted best" ranks the webinars only', () => {
    expect(leadRateQuestionOf('which webinar converted best')).toEqual({
      kind: 'ranked',
      by: 'campaign',
      within: 'webinar',
    });
  });

  it.each([
    ['whats the conversion rate on our webinar leads', 'webinar'],
    ['how did SaaS Connect 2026 do for us', 'SaaS Connect 2026'],
    ['how is the spring webinar performing', 'spring webinar'],
    ['how did the pricing guide 2026 campaign work out', 'pricing guide 2026'],
    ['conversion rate of the summer webinar 2026 leads', 'summer webinar 2026'],
    ['how well did the saas connect leads convert', 'saas connect'],
  ])('"%s" is one campaign\'s rate (%s)', (text, campaign) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'campaign', campaign });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    ['conversion rate of referral leads', 'referral'],
    ['how well do website chat leads convert', 'chat'],
    ['whats the conversion rate for web leads', 'web'],
    ['what % of partner leads converted', 'partner'],
    ['how are outbound leads converting', 'outbound'],
    ['referral conversion rate', 'referral'],
  ])('"%s" is one source\'s rate (%s)', (text, source) => {
    expect(leadRateQuestionOf(text)).toEqual({ kind: 'source', source });
  });

  it.each([
    'which new leads are most likely to convert?',
    'score the leads from the webinar',
    'how likely is hugo andersson to convert',
    "what's our win rate this quarter",
    'whats the conversion rate on deals',
    'how did sam do last month',
    'how is the acme deal going',
    'which campaign brought in the most leads',
    'break down our leads by source',
    'how many leads came through the website chat?',
    'trial conversion rate',
    'how did the globex renewal go',
  ])('"%s" is not a lead conversion-rate question', (text) => {
    expect(leadRateQuestionOf(text)).toBeUndefined();
  });

  it('reads "website chat" as the chat source in a count', () => {
    expect(marketingIntentOf('how many leads came through the website chat?')).toBe('lead_conversion');
  });
});
