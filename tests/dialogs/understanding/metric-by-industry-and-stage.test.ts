import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-fourth round (w25a, from dev-qa43): a sales metric grouped by the account's
// industry or country, or by each stage the deals reached, and the win rate of the deals that got
// to one stage. "win rate by industry" and "win rate by stage reached" were answered with the
// overall rate alone, and "win rate of deals that reached negotiation" with every closed deal's.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('a metric grouped by industry, country or stage reached', () => {
  it.each([
    ['win rate by industry', 'winRate', 'industry'],
    ['what is our close rate per vertical', 'winRate', 'industry'],
    ['average deal size by industry', 'average', 'industry'],
    ['sales cycle across industries', 'cycle', 'industry'],
    ['win rate by country this year', 'winRate', 'country'],
    ['win rate by stage reached', 'winRate', 'stageReached'],
    ['win rate by stage', 'winRate', 'stageReached'],
    ['close rate at each stage', 'winRate', 'stageReached'],
  ])('%s → %s by %s', (text, aggregate, groupBy) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate, groupBy });
  });

  it('one industry named is no grouping', () => {
    const query = queryOf('win rate in healthcare');
    expect(query).toMatchObject({ aggregate: 'winRate' });
    expect(query?.groupBy).toBeUndefined();
  });
});

// Session of 2026-12-08: "win rate by deal size" gave the overall win rate alone.
describe('a metric grouped by deal size', () => {
  it.each([
    ['what is the win rate by deal size?', 'winRate'],
    ['win rate per deal size band', 'winRate'],
    ['win rate big vs small deals this year', 'winRate'],
    ['close rate across deal sizes', 'winRate'],
    ['average sales cycle by deal size', 'cycle'],
  ])('%s → %s by size', (text, aggregate) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate, groupBy: 'size' });
  });

  it.each([
    ['average deal size by region', 'region'],
    ['average deal size per industry', 'industry'],
    ['what is our average deal size', undefined],
    ['win rate by region', 'region'],
  ])('"%s" is no grouping by size', (text, groupBy) => {
    expect(queryOf(text)?.groupBy).toBe(groupBy);
  });
});

describe('the win rate of deals that reached a stage', () => {
  it.each([
    ['win rate of deals that reached negotiation', 'negotiation'],
    ['whats the win rate once deals get to proposal', 'proposal'],
    ['win rate for deals that made it to negotiation this year', 'negotiation'],
    ['close rate of opps that got to qualification', 'qualification'],
  ])('%s → reached %s', (text, stage) => {
    expect(queryOf(text)).toMatchObject({ aggregate: 'winRate', reachedStage: stage });
  });

  it.each(['win rate in negotiation this quarter?', 'win rate by stage', 'win rate for Q3'])(
    'no stage reached: %s',
    (text) => {
      expect(queryOf(text)?.reachedStage).toBeUndefined();
    },
  );
});
