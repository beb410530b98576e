import {
  audienceNameOf,
  campaignOfLeads,
  leadBreakdownOf,
  leadCountOf,
  leadStatusesOf,
  marketingIntentOf,
} from '../../../src/dialogs/routing/marketing-questions';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { audienceRequestOf } from '../../../src/dialogs/intents/audience-definition';

describe("marketing's questions", () => {
  it.each([
    ['which new leads are most likely to convert?', 'lead_conversion'],
    ['score the leads from the webinar', 'lead_conversion'],
    ['how likely are our qualified leads to convert', 'lead_conversion'],
    ["build an audience of champions in EMEA who haven't bought in 90 days", 'audience_build'],
    ['list my audiences', 'audience_list'],
    ['refresh the spring audience', 'audience_refresh'],
    ["how did the spring audience's spend change since?", 'audience_compare'],
    ['export the spring audience to CSV', 'audience_export'],
    ['who is in the spring audience', 'audience_show'],
  ])('routes "%s" to %s', (text, intent) => {
    expect(marketingIntentOf(text)).toBe(intent);
  });

  it.each([
    'my top leads',
    'top leads for my team',
    "what's the lead score of Globex",
    'score the Acme deal',
  ])('leaves the sales question "%s" alone', (text) => {
    expect(marketingIntentOf(text)).toBeUndefined();
  });

  it('reads the campaign, the statuses and the audience name', () => {
    expect(campaignOfLeads('score the leads from the webinar')).toBe('webinar');
    expect(campaignOfLeads('which leads from the spring webinar 2026 will convert')).toBe(
      'spring webinar 2026',
    );
    expect(campaignOfLeads('rank the webinar leads')).toBe('webinar');
    expect(campaignOfLeads('leads from EMEA most likely to convert')).toBeUndefined();
    expect(leadStatusesOf('which new leads will convert')).toBeUndefined();
    expect(leadStatusesOf('score our qualified leads')).toEqual(['qualified']);
    expect(audienceNameOf('refresh the spring audience')).toBe('spring');
    expect(audienceNameOf('show the audience Champions EMEA no order 90d')).toBe(
      'Champions EMEA no order 90d',
    );
    expect(audienceNameOf('export "EMEA winback" to csv')).toBe('EMEA winback');
    expect(audienceNameOf("build an audience of champions who haven't bought in 90 days")).toBeUndefined();
  });

  it('wins over the model and the record-question parser in the understander', async () => {
    const understander = new QuestionUnderstander({
      understand: async () => ({ intent: 'top_leads', confidence: 0.9 }),
    });
    expect((await understander.understand('which new leads are most likely to convert?')).intent).toBe(
      'lead_conversion',
    );
    expect((await understander.understand('export the spring audience to CSV')).intent).toBe(
      'audience_export',
    );
    expect((await understander.understand('my top leads')).intent).toBe('top_leads');
  });
});

describe('the audience grammar', () => {
  it.each([
    [
      "build an audience of champions in EMEA who haven't bought in 90 days",
      { definition: { segments: ['champions'], region: 'EMEA', noOrderForDays: 90 } },
    ],
    [
      'create an audience called Spring winback of at risk customers in NA with no orders for 3 months',
      { definition: { segments: ['at risk'], region: 'NA', noOrderForDays: 90 }, name: 'Spring winback' },
    ],
    [
      'make an audience of retail loyal customers who bought in the last 30 days',
      { definition: { segments: ['loyal'], industry: 'Retail', orderedWithinDays: 30 } },
    ],
    [
      'build "EMEA sleepers" of hibernating accounts in Europe',
      { definition: { segments: ['hibernating'], region: 'EMEA' }, name: 'EMEA sleepers' },
    ],
  ])('reads "%s"', (text, expected) => {
    expect(audienceRequestOf(text)).toEqual(expected);
  });
});

describe('a bare export of what was just built', () => {
  it.each([
    'export it to csv',
    'ok now export that as a spreadsheet',
    'can I get it as a file please',
    'download them',
    'send me the list as csv',
  ])('"%s" exports the audience', (text) => {
    expect(marketingIntentOf(text)).toBe('audience_export');
  });

  it.each(['export the contacts', 'export it with the deals of Acme', 'send it to Jane at Initech'])(
    '"%s" is not a bare export',
    (text) => {
      expect(marketingIntentOf(text)).toBeUndefined();
    },
  );
});

describe('leads counted by source, status or campaign (issue 19, seventh round)', () => {
  it.each([
    ['break down our leads by source', 'source'],
    ['how many leads per channel', 'source'],
    ['where do our leads come from?', 'source'],
    ['lead sources breakdown', 'source'],
    ['break down the leads', 'source'],
    ['leads by status', 'status'],
    ['can you split our leads by stage', 'status'],
    ['lead count by campaign', 'campaign'],
    ['how many leads did each campaign bring, per campaign', 'campaign'],
    ['which campaign brought in the most leads this year', 'campaign'],
    ['what webinar got us the most leads?', 'campaign'],
    ['which of our campaigns generated the most leads', 'campaign'],
    ['which channel brings in the most leads', 'source'],
    ['what lead source is the biggest', 'source'],
  ] as const)('"%s" → by %s', (text, by) => {
    expect(leadBreakdownOf(text)).toBe(by);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'which new leads are most likely to convert?',
    'score the leads from the webinar',
    'break down the pipeline by stage',
    'deals by source',
    'how many leads do we have',
    'new lead: John Smith from Hooli',
    'which leads from the webinar will convert',
    'which deals came from the webinar',
  ])('"%s" is no breakdown', (text) => {
    expect(leadBreakdownOf(text)).toBeUndefined();
  });
});

describe('leads counted by industry or by country (issue 19, tenth round)', () => {
  it.each([
    ['leads by industry', 'industry'],
    ['break down our leads by vertical', 'industry'],
    ['how many leads per sector', 'industry'],
    ['which industries do our leads come from', 'industry'],
    ['lead count by industry', 'industry'],
    ['what industry are most of our leads in', 'industry'],
    ['leads by country', 'country'],
    ['how many leads per country', 'country'],
    ['break down the leads by location', 'country'],
    ['which countries do our leads come from', 'country'],
    ['where are our leads located', 'country'],
    ['lead count by region', 'country'],
  ] as const)('"%s" → by %s', (text, by) => {
    expect(leadBreakdownOf(text)).toBe(by);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'deals by region',
    'accounts by country',
    'accounts by industry',
    'which leads are in healthcare',
    'top leads in the software industry',
    'how many deals per country',
    'where do our leads come from?',
  ])('"%s" is no breakdown of leads by industry or country', (text) => {
    expect(['industry', 'country']).not.toContain(leadBreakdownOf(text));
  });
});

describe('leads counted with a filter: a source or a status (issue 19, r4)', () => {
  it.each([
    ['how many leads came in through web', { source: 'web' }],
    ['how many web leads do we have', { source: 'web' }],
    ['number of leads from referral', { source: 'referral' }],
    ['count the leads that came via partners', { source: 'partner' }],
    ['how many leads are still new', { status: 'new' }],
    ['how many new leads are there', { status: 'new' }],
    ['how many leads got disqualified', { status: 'disqualified' }],
    ['how many of our leads have converted', { status: 'converted' }],
  ])('"%s" counts the leads %j', (text, filter) => {
    expect(leadCountOf(text)).toEqual(filter);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it.each([
    'break down our leads by source',
    'how many leads do we have',
    'which new leads are most likely to convert',
    'how many deals came in through web',
    'how many web visitors do we get',
    'how many leads came from the saas connect 2026 event',
    'how do i import leads from the web form',
  ])('"%s" is no filtered count', (text) => {
    expect(leadCountOf(text)).toBeUndefined();
  });
});

// Issue 19, twenty-seventh round (w28b): the asker new to the job is not the leads' status "new"
// ("i'm the new marketing intern … how many MQLs do we have" counts the MQLs, not the new leads).
describe('the asker new to the job', () => {
  it.each([
    "I'm the new marketing intern. how many MQLs do we have?",
    'new here - how many mqls do we have right now',
    'i am new to the team, how many marketing qualified leads are there?',
  ])('"%s" counts the MQLs', (text) => {
    expect(leadCountOf(text)).toEqual({ status: 'qualified', mql: true });
  });

  it.each(['how many new leads do we have', 'how many leads are still new'])(
    '"%s" still counts the new leads',
    (text) => {
      expect(leadCountOf(text)).toEqual({ status: 'new' });
    },
  );
});
