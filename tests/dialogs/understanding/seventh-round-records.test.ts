import { dealTypesOf } from '../../../src/dialogs/understanding/deal-types';
import { regionRankingOf } from '../../../src/dialogs/understanding/owner-ranking';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, seventh round: record questions the query could not express (deals of a type, deals by
// region). Several wordings per need, and wordings that must NOT be read that way.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];
const { parse, queryOf } = recordQuestionReader(NOW, { accounts: ACCOUNTS });

describe('deals of a type: renewals, upsells, new business', () => {
  it.each([
    ['total value of my renewals closing in december?', ['renewal'], 'sum'],
    ['how many upsells do i have open', ['upsell'], 'count'],
    ['list my new business deals closing this quarter', ['new_business'], 'list'],
    ['expansion deals over 50k', ['upsell'], 'list'],
    ['show me renewals in negotiation', ['renewal'], 'list'],
    ["what's the total of our upsell deals", ['upsell'], 'sum'],
    ['how much renewal pipeline does the team have', ['renewal'], 'sum'],
    ['net new business closing next month', ['new_business'], 'list'],
    ['new business vs upsells this quarter, how many', ['new_business', 'upsell'], 'count'],
  ])('%s → %j %s', (text, types, aggregate) => {
    const query = queryOf(text);
    expect(query?.record).toBe('deal');
    expect(query?.dealTypes).toEqual(types);
    expect(query?.aggregate).toBe(aggregate);
  });

  it('keeps the window and the owner of the question', () => {
    expect(queryOf('total value of my renewals closing in december?')).toMatchObject({
      owner: { scope: 'mine' },
      closeFrom: '2026-12-01',
      closeTo: '2026-12-31',
    });
  });

  // A singular type word is part of one deal's name: the deal's words find it, no type filter.
  it.each([
    'when does the acme renewal close',
    'what stage is the globex annual renewal in',
    "how's my pipeline",
    'deals closing this month',
    'what new features are there',
    'is there a renewal discount',
  ])('no type: %s', (text) => {
    expect(parse(text)?.kind === 'query' ? queryOf(text)?.dealTypes : undefined).toBeUndefined();
    expect(dealTypesOf(text.toLowerCase()).length === 0 || /renewals|business/.test(text)).toBe(true);
  });
});

describe('deals grouped by their account region', () => {
  it.each([
    ['which region has the most open pipeline', 'amount'],
    ['pipeline by region', 'amount'],
    ["what's our open pipeline per region", 'amount'],
    ['compare emea and na pipeline', 'amount'],
    ['break down the pipeline by region', 'amount'],
    ['which region has the most deals', 'count'],
    ['rank the regions by open pipeline', 'amount'],
    ['emea vs apac deals, how many each', 'count'],
    ['how does our pipeline split across regions', 'amount'],
  ])('%s → by region, on %s', (text, rankBy) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', groupBy: 'region', rankBy });
    expect(query?.region).toBeUndefined();
  });

  it('which region won the most this year: won deals of the year, by region', () => {
    expect(queryOf('which region won the most this year')).toMatchObject({
      groupBy: 'region',
      status: 'won',
      closedFrom: '2026-01-01',
    });
  });

  it.each([
    'pipeline in emea',
    'how is the emea team doing',
    'which rep has the most pipeline',
    'how many accounts are in emea',
    'how many customers per region',
    'which region is acme in',
    'leads by region',
    'which region are my reps in',
  ])('not a ranking of regions: %s', (text) => {
    expect(regionRankingOf(text)).toBeUndefined();
    // Accounts may be counted per region ("how many customers per region", eighth round); deals are not ranked.
    const query = queryOf(text);
    expect(query?.record === 'deal' ? query.groupBy : undefined).not.toBe('region');
  });

  it('one region named is a filter, not a grouping', () => {
    expect(queryOf('open deals in emea over 100k')).toMatchObject({ region: 'EMEA' });
    expect(queryOf('open deals in emea over 100k')?.groupBy).toBeUndefined();
  });
});
