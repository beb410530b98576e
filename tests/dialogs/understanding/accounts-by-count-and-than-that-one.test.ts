import { relatedCountOf } from '../../../src/dialogs/understanding/related-count';
import { thanShownDealOf } from '../../../src/dialogs/understanding/than-shown-deal';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eighteenth round (w19c): accounts kept by how many records they hold ("my accts w/ more
// than 5 contacts" was read as "deals over $5", qa32-rep-filter-08), and deals set against the one
// deal just shown ("any of my opps in negotiation bigger than that one?" repeated that deal,
// qa32-rep-follow-up-04). Other people's words for both, and wordings that keep their reading.
const NOW = new Date('2026-12-04T15:00:00Z');
const reader = recordQuestionReader(NOW, { accounts: [{ id: 'a-initech', name: 'Initech' }] });

describe('accounts kept by how many records they hold', () => {
  it.each<[string, Record<string, unknown>]>([
    ['my accts w/ more than 5 contacts', { of: 'contacts', min: 5 }],
    ['Which of my accounts have over 3 open deals?', { of: 'openDeals', min: 3 }],
    ['accounts with at least 2 open cases', { of: 'openCases', min: 1 }],
    ['customers with 10+ contacts', { of: 'contacts', min: 9 }],
    ['how many of my accounts have more than two deals', { of: 'deals', min: 2 }],
    ['accounts with fewer than 2 contacts', { of: 'contacts', max: 2 }],
    ['my acounts with 3 or more open opps', { of: 'openDeals', min: 2 }],
    ['accts having more then 4 tickets', { of: 'cases', min: 4 }],
  ])('"%s" is accounts by their count of records', (text, count) => {
    const query = reader.queryOf(text);
    expect(query?.record).toBe('account');
    expect(query?.relatedCount).toEqual(count);
    expect(query?.minAmount).toBeUndefined();
  });

  it('keeps whose accounts and where', () => {
    expect(reader.queryOf('my accts w/ more than 5 contacts')?.owner).toEqual({ scope: 'mine' });
    expect(reader.queryOf('accounts with 10+ contacts in germany')).toMatchObject({ country: 'Germany' });
    expect(reader.queryOf('how many of my accounts have more than 3 open deals')?.aggregate).toBe('count');
  });

  it.each([
    'my deals over 5k',
    'deals with more than 5 contacts',
    'open deals over $50,000',
    'contacts at acme',
    'more than 5 deals closed this month',
  ])('"%s" is no count of an account\'s records', (text) => {
    expect(relatedCountOf(text)).toBeUndefined();
    expect(reader.queryOf(text)?.relatedCount).toBeUndefined();
  });
});

describe('deals set against the one just shown', () => {
  it.each<[string, string]>([
    ['any of my opps in negotiation bigger than that one?', 'bigger'],
    ['anything larger than this deal', 'bigger'],
    ['which ones are worth more than that', 'bigger'],
    ['show me deals bigger then that one', 'bigger'],
    ['any smaller than it?', 'smaller'],
    ['cheaper than that one', 'smaller'],
    ['which are older than that one', 'older'],
    ['anything newer than this one?', 'newer'],
    ['my deals bigger than the initech one', 'bigger'],
  ])('"%s" sets deals against it (%s)', (text, than) => {
    expect(thanShownDealOf(text)?.than).toBe(than);
  });

  it.each([
    'is it bigger than last quarter',
    'deals over 100k',
    'how much bigger is my pipeline than last month',
    'more than 5 contacts',
    'which is the biggest one',
    'deals bigger than the average deal size',
  ])('"%s" points at no deal just shown', (text) => {
    expect(thanShownDealOf(text)).toBeUndefined();
  });
});
