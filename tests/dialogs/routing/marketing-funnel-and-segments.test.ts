import { segmentListOf } from '../../../src/dialogs/intents/insight-handlers';
import {
  leadBreakdownOf,
  leadCountOf,
  leadStatusesOf,
  marketingIntentOf,
} from '../../../src/dialogs/routing/marketing-questions';
import { segmentIntentOf } from '../../../src/dialogs/routing/segment-questions';

/**
 * Issue 19, thirteenth round (W14-S): marketing's own words — MQLs (the leads in status qualified),
 * the lead funnel (leads by status), a segment's members in one country, and what to do with a segment.
 */
describe('MQLs are the leads in status qualified', () => {
  it.each([
    'how many mqls do we have right now',
    'number of MQLs?',
    'mql count',
    'how many marketing qualified leads are there',
    'hw many marketing-qualified leads this month',
    'how many MQL do we have',
  ])('"%s" counts the qualified leads, said as MQLs', (text) => {
    expect(marketingIntentOf(text)).toBe('lead_conversion');
    expect(leadCountOf(text)).toEqual({ status: 'qualified', mql: true });
  });

  it.each(['show me our mqls', 'list the MQLs from the webinar', 'which mqls are most likely to convert'])(
    '"%s" lists the qualified leads',
    (text) => {
      expect(marketingIntentOf(text)).toBe('lead_conversion');
      expect(leadStatusesOf(text)).toEqual(['qualified']);
    },
  );

  it.each<[string, unknown]>([
    ['how many qualified leads do we have', { status: 'qualified' }],
    ['how many leads are still new', { status: 'new' }],
    ['mql to sql conversion - how many leads got converted', { status: 'converted' }],
    ['how many leads came in this month', {}],
    ['how many deals do we have', undefined],
  ])('"%s" is counted as before (%j)', (text, filter) => {
    expect(leadCountOf(text)).toEqual(filter);
  });
});

describe('the lead funnel is the leads by status', () => {
  it.each([
    'funnel please: new, working, qualified, converted',
    'lead funnel?',
    'show me the marketing funnel',
    'whats our lead funnel look like this quarter',
    "how's the mql funnel",
    'funnel: new / working / qualified / converted / disqualified',
    'leads funnel pls',
  ])('"%s" counts the leads per status', (text) => {
    expect(leadBreakdownOf(text)).toBe('status');
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    "how's my sales funnel",
    'show me the funnel',
    'pipeline funnel by stage',
    'where are the deals in the funnel',
  ])('"%s" is no lead funnel by its words alone', (text) => {
    expect(leadBreakdownOf(text)).toBeUndefined();
    expect(marketingIntentOf(text)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['break down our leads by source', 'source'],
    ['leads by status', 'status'],
  ])('"%s" is grouped as before (%s)', (text, by) => {
    expect(leadBreakdownOf(text)).toBe(by);
  });
});

describe("a segment's members in one country", () => {
  it.each<[string, { segment: string; country?: string; region?: string }]>([
    ['campaign list please: champions in the UK', { segment: 'champions', country: 'United Kingdom' }],
    ['champions in germany', { segment: 'champions', country: 'Germany' }],
    ['loyal customers from france pls', { segment: 'potential loyalists', country: 'France' }],
    [
      'list need attention accounts in the netherlands',
      { segment: 'need attention', country: 'Netherlands' },
    ],
    ['champs in great britain', { segment: 'champions', country: 'United Kingdom' }],
    ['UK champions', { segment: 'champions', country: 'United Kingdom' }],
    ['hibernating customers in the usa', { segment: 'hibernating', country: 'United States' }],
  ])('"%s" is %j', (text, asked) => {
    expect(segmentListOf(text)).toEqual(asked);
  });

  it.each<[string, { segment: string; region?: string }]>([
    ['list champions in EMEA', { segment: 'champions', region: 'EMEA' }],
    ['champions in north america', { segment: 'champions', region: 'NA' }],
    ['champions in latin america', { segment: 'champions', region: 'LATAM' }],
    ['who are our champions', { segment: 'champions' }],
  ])('"%s" has no country (%j)', (text, asked) => {
    expect(segmentListOf(text)).toEqual(asked);
  });
});

describe('what to do with a segment is its members and its suggested action', () => {
  it.each([
    'what should we do with the need attention lot',
    'how should we handle the hibernating customers',
    'whats the play for champions',
    'any ideas for the about to sleep segment?',
    'what do you recommend for potential loyalists',
    'how do we re-engage the need-attention accounts',
    'suggested action for promising customers',
  ])('"%s" is the segment members handler\'s', (text) => {
    expect(segmentIntentOf(text)).toBe('segment_members');
  });

  it.each([
    "how can we improve our champions' retention",
    'how should we handle the at risk customers',
    'what should we do with the globex deal',
    'how are segments calculated',
  ])('"%s" is left as before', (text) => {
    expect(segmentIntentOf(text)).toBeUndefined();
  });
});
