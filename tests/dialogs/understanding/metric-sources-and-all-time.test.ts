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
