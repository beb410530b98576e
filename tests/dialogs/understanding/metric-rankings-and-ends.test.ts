import { rankingEndOf } from '../../../src/dialogs/understanding/owner-ranking';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fifteenth round (w16t): a superlative said of a sales metric with no one named ranks the
// people on it ("worst win rate", "best close rate this quarter"), led by the end asked for; "and the
// best?" after a ranking is that ranking from its other end. Wordings that must not change below.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  contacts: [],
  reps: [{ id: 'u-sophie', name: 'Sophie Laurent' }],
});

describe('a superlative said of a sales metric ranks the people on it', () => {
  it.each([
    ['worst win rate', 'smallest'],
    ['Worst win rate last quarter', 'smallest'],
    ['best win rate this quarter', 'biggest'],
    ['lowest close rate in q3', 'smallest'],
    ['who has the worst win rate', 'smallest'],
    ['who has the lowest close rate this year', 'smallest'],
    ['highest win ratio this quarter?', 'biggest'],
    ['weakest conversion rate on the team', 'smallest'],
    ['top win rate last quarter', 'biggest'],
    ['highest average deal size this year', 'biggest'],
    ['smallest avg deal size', 'smallest'],
  ])('%s', (text, order) => {
    expect(queryOf(text.toLowerCase())).toMatchObject({ groupBy: 'owner', order });
  });

  it('keeps its period', () => {
    expect(queryOf('worst win rate last quarter')).toMatchObject({
      aggregate: 'winRate',
      closedFrom: '2026-07-01',
      closedTo: '2026-09-30',
    });
  });

  it.each([
    "what's my win rate",
    'win rate this quarter',
    "sophie's win rate this quarter",
    'her win rate?',
    'what is the team win rate',
    'win rate of our biggest deals',
  ])('%s: no ranking led by an end', (text) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ aggregate: 'winRate' });
    expect(query?.order).toBeUndefined();
  });

  it('"win rate by rep" is grouped as before, in the metric\'s own order', () => {
    const query = queryOf('win rate by rep');
    expect(query).toMatchObject({ groupBy: 'owner' });
    expect(query?.order).toBeUndefined();
  });
});

describe("the other end of a ranking asked alone: 'and the best?'", () => {
  it.each([
    ['and the best?', 'biggest'],
    ['And the worst', 'smallest'],
    ['what about the lowest', 'smallest'],
    ['how about the highest one?', 'biggest'],
    ['ok and the bottom?', 'smallest'],
    ['the top one', 'biggest'],
    ['and the least?', 'smallest'],
    ['and the most', 'biggest'],
  ])('%s', (text, end) => {
    expect(rankingEndOf(text)).toBe(end);
  });

  it.each([
    "who's lowest?",
    'and the best deal in emea?',
    'what is the best way to close it',
    'best win rate this quarter',
    'and globex?',
    'the second one',
  ])('%s: no end alone', (text) => {
    expect(rankingEndOf(text)).toBeUndefined();
  });
});

// Issue 19, seventeenth round (w18m): the people ranked on their sales cycle when a time superlative
// is said of it and a person is asked for ("which rep has the longest sales cycle this quarter"); the
// cycle groups come shortest first, so the long end is read from the other end ('smallest'). The
// team's own cycle, and one rep's, stay single figures.
describe('a time superlative said of the sales cycle ranks the people on it', () => {
  it.each([
    ['which rep has the longest sales cycle this quarter', 'smallest'],
    ['Which Rep Has The Longest Sales Cycle?', 'smallest'],
    ["who's got the slowest deal cycle this year", 'smallest'],
    ['whos got the shortest sales cycle', 'biggest'],
    ['which of the reps has the fastest sales cycle in q3', 'biggest'],
    ['rep with the longest avg sales cycle', 'smallest'],
    ['longest sales cycle on the team this quarter', 'smallest'],
    ['who has the quickest cycle time', 'biggest'],
  ])('%s', (text, order) => {
    expect(queryOf(text.toLowerCase())).toMatchObject({ aggregate: 'cycle', groupBy: 'owner', order });
  });

  it.each([
    "what's our average sales cycle",
    'average sales cycle this quarter',
    "what's sophie's sales cycle",
    'our longest sales cycle this year',
  ])('%s: a single figure, no ranking', (text) => {
    const query = queryOf(text);
    expect(query?.aggregate).toBe('cycle');
    expect(query?.groupBy).toBeUndefined();
  });
});
