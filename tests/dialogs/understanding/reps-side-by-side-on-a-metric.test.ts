import { standingUnderstanding } from '../../../src/dialogs/intents/standing-answer';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';

// Issue 19, thirteenth round (W14-M): two reps, or a rep and the team, set side by side on a sales
// metric ("win rate rivera vs johnson this year", "sam's win rate this year vs the team") were ranked
// on the amount each won. A standing asked of a win rate, an average or median deal size or the sales
// cycle ranks the owners on that metric (of the deals closed in the period), with the people asked
// about; a standing with no metric stays the ranking by amount won.
const NOW = new Date('2026-12-04T15:00:00Z');
const REPS = [
  'Sam Rivera',
  'Olivia Chen',
  'Marcus Johnson',
  'Sophie Laurent',
  'James Whitfield',
  'Lena Fischer',
].map((name) => ({ id: `u-${name.split(' ')[0]!.toLowerCase()}`, name }));

function read(text: string) {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: [], reps: REPS, teams: [] });
  const understanding = standingUnderstanding(
    text,
    { intent: 'oos', confidence: 0.2, entities },
    { now: NOW, timezone: 'UTC' },
  );
  const question = understanding?.question;
  return question?.kind === 'query' ? question : undefined;
}

describe('people set side by side on a sales metric', () => {
  it.each<[string, string, string[], string, string]>([
    [
      'win rate rivera vs johnson this year',
      'winRate',
      ['Sam Rivera', 'Marcus Johnson'],
      '2026-01-01',
      '2026-12-31',
    ],
    ["sam's win rate this year vs the team", 'winRate', ['Sam Rivera'], '2026-01-01', '2026-12-31'],
    ['how does my win rate compare to the team', 'winRate', ['me'], '2026-10-01', '2026-12-31'],
    [
      "is olivia's close rate better than marcus's",
      'winRate',
      ['Olivia Chen', 'Marcus Johnson'],
      '2026-10-01',
      '2026-12-31',
    ],
    [
      'WIN RATE: LAURENT VS WHITFIELD, Q3',
      'winRate',
      ['Sophie Laurent', 'James Whitfield'],
      '2026-07-01',
      '2026-09-30',
    ],
    [
      'marcus vs the team on win rate last quarter',
      'winRate',
      ['Marcus Johnson'],
      '2026-07-01',
      '2026-09-30',
    ],
    [
      'avg deal size sam vs marcus this quarter',
      'average',
      ['Sam Rivera', 'Marcus Johnson'],
      '2026-10-01',
      '2026-12-31',
    ],
    [
      "how does chen's sales cycle compare to the team this year",
      'cycle',
      ['Olivia Chen'],
      '2026-01-01',
      '2026-12-31',
    ],
    [
      'winrate fischer vs laurent this yr',
      'winRate',
      ['Lena Fischer', 'Sophie Laurent'],
      '2026-01-01',
      '2026-12-31',
    ],
  ])('"%s" ranks the owners on %s with %j', (text, aggregate, subjects, from, to) => {
    const question = read(text);
    expect(question?.standing).toEqual(subjects);
    expect(question?.query).toMatchObject({
      record: 'deal',
      owner: { scope: 'team' },
      groupBy: 'owner',
      aggregate,
      closedFrom: from,
      closedTo: to,
    });
  });

  it.each<[string, string[]]>([
    ['compare laurent and whitfield, won this year', ['Sophie Laurent', 'James Whitfield']],
    ['am i ahead of marcus', ['me', 'Marcus Johnson']],
    ['how does sam stack up against the others', ['Sam Rivera']],
  ])('"%s" stays the ranking by amount won', (text, subjects) => {
    const question = read(text);
    expect(question?.standing).toEqual(subjects);
    expect(question?.query).toMatchObject({ aggregate: 'top', rankBy: 'amount', status: 'won' });
  });

  it.each([
    'how does that compare to last year',
    'win rate this year vs last year',
    "sam's win rate this year",
  ])('"%s" sets nobody against anyone', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
