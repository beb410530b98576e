import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { salesMetricOf } from '../../../src/dialogs/understanding/sales-metrics';

// Issue 19, eighth round (m2): sales metrics people ask for. Several wordings per metric, and
// wordings that must NOT be read as that metric.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const entitiesOf = (text: string) =>
  extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    contacts: [],
    reps: [],
  });
const queryOf = (text: string) => {
  const question = parseRecordQuestion(text, entitiesOf(text), { now: NOW, timezone: 'UTC' });
  return question?.kind === 'query' ? question.query : undefined;
};
const metricOf = (text: string) => salesMetricOf(text.toLowerCase());

describe('win rate: won of won + lost, closed in the period', () => {
  it.each([
    "what's my win rate",
    'whats my close rate this quarter',
    'my win ratio',
    'what percentage of my deals do i win',
    'how often do we win',
    'what is the team win rate',
    'conversion rate on my deals this year',
    'win/loss ratio for q3',
  ])('%s', (text) => {
    expect(metricOf(text)).toEqual({ kind: 'winRate' });
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate: 'winRate' });
  });

  it('is this quarter unless a period is said, and by owner, region or type when asked', () => {
    expect(queryOf("what's my win rate")).toMatchObject({
      owner: { scope: 'mine' },
      closedFrom: '2026-10-01',
      closedTo: '2026-12-31',
    });
    expect(queryOf('my win rate this year')).toMatchObject({
      closedFrom: '2026-01-01',
      closedTo: '2026-12-31',
    });
    expect(queryOf('win rate by rep')).toMatchObject({ groupBy: 'owner' });
    expect(queryOf('which rep has the best win rate this year')).toMatchObject({ groupBy: 'owner' });
    expect(queryOf('win rate by region')).toMatchObject({ groupBy: 'region' });
    expect(queryOf('close rate per deal type')).toMatchObject({ groupBy: 'type' });
    expect(queryOf('our win rate in emea')).toMatchObject({ region: 'EMEA' });
    expect(queryOf('win rate on renewals')).toMatchObject({ dealTypes: ['renewal'] });
  });

  it.each([
    "what's the win chance on the acme deal",
    'which deals am i most likely to win',
    'how many deals did i win this quarter',
    'what is the interest rate',
    'what did we win last month',
  ])('not a win rate: %s', (text) => {
    expect(metricOf(text)?.kind).not.toBe('winRate');
  });
});

describe('average and median deal size, per currency', () => {
  it.each([
    ["what's the average deal size this year", 'average', 'won'],
    ['average size of my won deals', 'average', 'won'],
    ['whats our average won deal size this quarter', 'average', 'won'],
    ['avg deal value for the team', 'average', 'won'],
    ['what is our typical deal size', 'average', 'won'],
    ['median won deal this year', 'median', 'won'],
    ['average open deal size', 'average', 'open'],
    ['whats the average size of deals in my pipeline', 'average', 'open'],
    ['average amount of the deals we lost this quarter', 'average', 'lost'],
  ])('%s → %s of %s deals', (text, kind, status) => {
    expect(metricOf(text)).toEqual({ kind, status });
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate: kind, status });
  });

  it('won deals are those won in the period (this quarter unless said); open ones any close date', () => {
    expect(queryOf("what's the average deal size this year")).toMatchObject({
      closedFrom: '2026-01-01',
      closedTo: '2026-12-31',
    });
    expect(queryOf('average size of my won deals')).toMatchObject({ closedFrom: '2026-10-01' });
    const open = queryOf('average open deal size');
    expect(open?.closeFrom).toBeUndefined();
    expect(queryOf('average deal size by rep this year')).toMatchObject({ groupBy: 'owner' });
  });

  it.each([
    'average number of deals per rep',
    'how many deals do i have on average',
    'what is the average response time for urgent tickets',
    "what's my biggest deal",
    'my deals over 50k',
  ])('not a deal size: %s', (text) => {
    expect(['average', 'median']).not.toContain(metricOf(text)?.kind);
  });
});

describe('sales cycle: days from created to won', () => {
  it.each([
    'how many days does it take me to close on average',
    'average sales cycle',
    "what's our sales cycle length this year",
    'how long does it take us to close a deal',
    'average time to close for the team',
    'what is my deal cycle',
    'how long do my deals take to close',
  ])('%s', (text) => {
    expect(metricOf(text)).toEqual({ kind: 'cycle' });
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate: 'cycle', status: 'won' });
  });

  it.each([
    'when does the acme deal close',
    'how long until the acme deal closes',
    'deals closing in the next 30 days',
    'what is the billing cycle',
  ])('not a sales cycle: %s', (text) => {
    expect(metricOf(text)?.kind).not.toBe('cycle');
  });
});

describe('quiet deals: open, no activity logged on the deal in the window', () => {
  it.each([
    ["which of my deals haven't been touched in 2 weeks", 14],
    ['deals with no activity in the last 30 days', 30],
    ['which deals has nobody contacted for a month', 30],
    ['show me stale deals', 14],
    ['any opps gone quiet in the past 10 days', 10],
    ['deals without any activity this week', 7],
    ['open deals with no interactions in 3 weeks', 21],
    // Thirteenth round (w14r): chat shorthand and "gone quiet … nothing logged".
    ['@crmpro stale deals? nothing touched in 3 wks :zzz:', 21],
    ["which of sam's deals have gone quiet? nothing logged in 3 weeks", 21],
    ['deals nobody has touched in 3 wks', 21],
    ['STALE OPPS - nothing logged in 2 weeks', 14],
    ['any deals gone quiet for 3 weeks?', 21],
    ['deals with nothing logged in the last 21 days', 21],
  ])('%s → %i days', (text, days) => {
    expect(metricOf(text)).toEqual({ kind: 'quiet', days });
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', aggregate: 'list', quietDays: days });
    expect(query?.status).toBeUndefined();
  });

  it.each([
    'which accounts have gone quiet',
    'log a call with acme',
    'what activity did i have last week',
    'contacts with no email',
    'deals closing this month',
  ])('not quiet deals: %s', (text) => {
    expect(metricOf(text)?.kind).not.toBe('quiet');
  });
});

// Sales readings from the new independent sets' arrival, each as a class with other wordings.
describe('people ranked over a period are ranked on what they won in it', () => {
  it.each([
    'who is top rep this quarter',
    'top reps this quarter',
    'best performer this month',
    'leaderboard this quarter',
    'who is the top seller this year',
    'rank my reps this quarter',
  ])('%s', (text) => {
    expect(queryOf(text)).toMatchObject({ groupBy: 'owner', status: 'won' });
  });

  it.each([
    'who has the most open deals this quarter',
    'who is carrying the biggest pipeline this quarter',
    'which rep has the most deals closing this month',
    'top reps by pipeline',
  ])('not what they won: %s', (text) => {
    expect(queryOf(text)?.status).toBeUndefined();
  });
});

describe('slipped deals: still open, their close date passed (in the period when one is said)', () => {
  it.each([
    ['what slipped from last month', '2026-11-01', '2026-11-30'],
    ['which deals slipped in november', '2026-11-01', '2026-11-30'],
    ['deals that slipped this month', '2026-12-01', '2026-12-31'],
    ['anything that slipped last quarter?', '2026-07-01', '2026-09-30'],
  ])('%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ status: 'overdue', closeFrom: from, closeTo: to });
  });

  it.each(['slipped deals', 'which of my deals slipped'])('no period: every overdue deal: %s', (text) => {
    expect(queryOf(text)).toMatchObject({ status: 'overdue' });
    expect(queryOf(text)?.closeFrom).toBeUndefined();
  });

  it.each(['anything slipping?', 'who slipped into need attention this week'])('not slipped: %s', (text) => {
    expect(queryOf(text)?.status).not.toBe('overdue');
  });
});

describe('deals that can still close by a day, and a pipeline of a period ahead', () => {
  it.each([
    // "before" leaves the day out (fifteenth round, w16x): up to the 30th; "by" keeps it.
    ['what can still close before the 31st', '2026-12-04', '2026-12-30'],
    ['deals closing by dec 20', '2026-12-04', '2026-12-20'],
    ['what closes before the 18th', '2026-12-04', '2026-12-17'],
    ['deals closing on the 18th', '2026-12-18', '2026-12-18'],
    // a day right after the verb is that day (W9-D: "what is closing next friday")
    ['deals closing friday', '2026-12-11', '2026-12-11'],
  ])('%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: from, closeTo: to });
  });

  it.each(['wayne annual renewal closes when?? tmrw?', 'when does the acme deal close'])(
    'a day asked about is no window: %s',
    (text) => {
      expect(queryOf(text)?.closeTo).toBeUndefined();
    },
  );

  it.each([
    ['q1 pipeline', '2027-01-01', '2027-03-31'],
    ["what's my pipeline for next quarter", '2027-01-01', '2027-03-31'],
    ['pipeline for january', '2027-01-01', '2027-01-31'],
  ])('%s: open deals closing then, added up', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ aggregate: 'sum', closeFrom: from, closeTo: to });
  });

  it.each(["how's my pipeline", 'q3 pipeline', 'how did my pipeline do last quarter'])(
    'a period past or none stays the summary: %s',
    (text) => {
      expect(parseRecordQuestion(text, entitiesOf(text), { now: NOW, timezone: 'UTC' })?.kind).toBe(
        'summary',
      );
    },
  );
});

describe('regions or reps named together are side by side', () => {
  const withReps = (text: string) => {
    const entities = extractEntities(text, {
      now: NOW,
      timeZone: 'UTC',
      accounts: [],
      contacts: [],
      reps: [
        { id: 'u1', name: 'Olivia Chen' },
        { id: 'u2', name: 'Marcus Johnson' },
      ],
    });
    const question = parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
    return question?.kind === 'query' ? question.query : undefined;
  };
  it.each([
    'how are apac and latam doing on open pipeline',
    'pipeline in emea and apac',
    'compare emea and na pipeline',
    'emea vs apac deals',
  ])('%s → by region', (text) => {
    expect(queryOf(text)).toMatchObject({ groupBy: 'region' });
  });

  it.each([
    ['compare olivia and marcus won this quarter', 'won'],
    ['olivia vs marcus pipeline', undefined],
    ['how are olivia and marcus doing on closed won this quarter', 'won'],
  ])('%s → those two reps ranked', (text, status) => {
    const query = withReps(text);
    expect(query).toMatchObject({ groupBy: 'owner' });
    expect([...(query?.reps ?? [])].sort()).toEqual(['Marcus Johnson', 'Olivia Chen']);
    expect(query?.status).toBe(status);
  });

  it.each(['what has marcus won this quarter', 'how is olivia doing'])('one rep stays theirs: %s', (text) => {
    expect(withReps(text)?.reps).toBeUndefined();
  });
});
