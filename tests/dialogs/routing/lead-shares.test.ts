/**
 * Issue 19, fifteenth round (w16w): marketing's shares of leads ("what share of our leads come from
 * events", "what % of leads came from the website", "share of leads that are qualified") and the total
 * of all leads ("how many leads total"), read as a source's or a status's leads against all of them.
 */
import {
  leadCountOf,
  leadShareOf,
  marketingIntentOf,
} from '../../../src/dialogs/routing/marketing-questions';
import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';

describe('a share of the leads: one source or status against all leads', () => {
  it.each([
    ['what share of our leads come from events', { source: 'event' }],
    ['what % of leads came from the website', { source: 'web' }],
    ['what percentage of all leads are referrals', { source: 'referral' }],
    ['what portion of the leads came in via partners?', { source: 'partner' }],
    ['Percent of leads from outbound', { source: 'outbound' }],
    ['how many of all our leads came through chat', { source: 'chat' }],
    ['what fraction of leads r from webinars and events', { source: 'event' }],
    ['share of leads that are qualified', { status: 'qualified' }],
    ['what proportion of our leads got disqualified', { status: 'disqualified' }],
    ['what % of leads are still new', { status: 'new' }],
    ['percentage of leads being worked', { status: 'working' }],
    ['what share of leads are web leads and qualified', { source: 'web', status: 'qualified' }],
  ])('"%s" → %j against all leads', (text, filter) => {
    expect(leadShareOf(text)).toEqual(filter);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'what % of all leads is that',
    'what share of our leads is that',
    'and as a percentage of all leads?',
  ])('"%s" names neither: the leads just shown against all', (text) => {
    expect(leadShareOf(text)).toEqual({});
  });

  it.each([
    'how many leads came from events',
    'leads from the website',
    'what share of deals come from referrals',
    'what % of our pipeline is from partners',
    'share the web leads with sam',
    'what share of our revenue comes from events',
  ])('"%s" is no share of leads', (text) => {
    expect(leadShareOf(text)).toBeUndefined();
  });

  it('a share that converted is still the conversion rate', () => {
    expect(leadRateQuestionOf('what share of leads converted')).toEqual({ kind: 'overall' });
  });
});

describe('the total of all leads', () => {
  it.each([
    'how many leads total',
    'how many leads in total',
    'total number of leads',
    'how many leads are there altogether',
    'how many leads overall?',
    'HOW MANY LEADS ALL TOGETHER',
    'count of all leads',
    'how many leads total?',
  ])('"%s" counts every lead', (text) => {
    expect(leadCountOf(text)).toEqual({});
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    ['how many web leads in total', { source: 'web' }],
    ['total number of qualified leads', { status: 'qualified' }],
  ])('"%s" keeps its filter', (text, filter) => {
    expect(leadCountOf(text)).toEqual(filter);
  });

  it.each([
    'how many leads do i own in total',
    'how many deals total',
    'total pipeline',
    'how many leads do we have',
  ])('"%s" is no total of all leads', (text) => {
    expect(leadCountOf(text)).toBeUndefined();
  });
});
