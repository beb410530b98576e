import { leadRateQuestionOf } from '../../../src/dialogs/routing/lead-rate-questions';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twentieth round (w21a): a sales metric grouped by where deals came from ("win rate by
// source") or of one source ("win rate for partner deals"), and whether the question said a period
// (an analyst's statistics read all time when it did not); lead conversion per group said without
// "rate" ("lead conversion by source").
/** Friday 4 December 2026, as in the conversation evaluation. */
const { parse } = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {});
const read = (text: string) => {
  const question = parse(text);
  return question?.kind === 'query' ? question : undefined;
};

describe('a sales metric by source', () => {
  it.each([
    'win rate by source',
    'win rate per deal source',
    'average won deal size by source',
    'sales cycle per lead source',
    'which source has the best win rate',
  ])('%s → grouped by source', (text) => {
    expect(read(text)?.query.groupBy).toBe('source');
    expect(read(text)?.query.dealSources).toBeUndefined();
  });

  it.each([
    ['win rate for partner deals', ['partner']],
    ['whats my close rate on referral deals', ['referral']],
    ['average sales cycle of deals that came in from events', ['event']],
    ['median won deal size for outbound deals', ['outbound']],
  ])('%s → of the deals from %j', (text, sources) => {
    expect(read(text)?.query.dealSources).toEqual(sources);
    expect(read(text)?.query.groupBy).toBeUndefined();
  });

  it.each(['win rate by deal type', 'win rate by rep', 'my win rate', 'average deal size by region'])(
    'no source where none is said: %s',
    (text) => {
      expect(read(text)?.query.groupBy).not.toBe('source');
      expect(read(text)?.query.dealSources).toBeUndefined();
    },
  );
});

describe('a period said or assumed', () => {
  it.each(['whats our overall win rate', 'average sales cycle length', 'how many deals were won in total'])(
    'assumed: %s',
    (text) => {
      expect(read(text)?.periodAssumed).toBe(true);
    },
  );

  it.each([
    'win rate this quarter',
    'average sales cycle in 2025',
    'how many deals did we win last month',
    'deals won yesterday',
  ])('said: %s', (text) => {
    expect(read(text)?.periodAssumed).toBeUndefined();
  });
});

describe('lead conversion per group, without "rate"', () => {
  it.each([
    ['lead conversion by source', 'source'],
    ['conversion per campaign', 'campaign'],
    ['lead conversions by channel', 'source'],
    ['conversion by industry', 'industry'],
  ])('%s → ranked by %s', (text, by) => {
    expect(leadRateQuestionOf(text)).toMatchObject({ kind: 'ranked', by });
  });

  it.each(['log a lead conversion call', 'conversion of the globex lead'])('not a rate: %s', (text) => {
    expect(leadRateQuestionOf(text)?.kind).not.toBe('ranked');
  });
});

// Twentieth round (lead, from dev-qa36): a metric of the deals of an industry or a country was the
// metric of every deal, the place silently dropped; a list of them already kept it.
describe('a sales metric of the accounts of a place or industry', () => {
  const withNames = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    industries: [
      { id: 'Healthcare', name: 'Healthcare' },
      { id: 'Financial Services', name: 'Financial Services' },
    ],
  });
  const readNamed = (text: string) => {
    const question = withNames.parse(text);
    return question?.kind === 'query' ? question.query : undefined;
  };

  it.each([
    ['average won deal size in germany', { country: 'Germany' }],
    ['win rate in the uk this year', { country: 'United Kingdom' }],
    ['median deal size for EUR deals', { currency: 'EUR' }],
    ['financial services: average won deal size?', { industry: 'Financial Services' }],
    ['average closed-won deal size in healthcare', { industry: 'Healthcare' }],
  ])('%s → %j', (text, place) => {
    expect(readNamed(text)).toMatchObject({ record: 'deal', ...place });
  });

  it('an account named keeps the metric to its deals', () => {
    const query = readNamed('average won deal size at acme');
    expect(query).toMatchObject({ record: 'deal', accountId: 'acc-acme' });
    expect(query?.industry).toBeUndefined();
  });
});
