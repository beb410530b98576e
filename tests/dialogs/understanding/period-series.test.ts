import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { seriesQuestionOf, seriesSpans } from '../../../src/dialogs/understanding/period-series';
import type { RecordQuery } from '../../../src/vocabulary';

// Issue 19, twenty-third round (w24a, dev-qa42): "won amount per month this year", "how many deals
// did the team create each month" and "show me won deals by month for the last 3 months" were each
// answered with one total over the whole span. A figure over time is now read as a series: the
// query without its series words, with the length of its periods.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string): RecordQuery | undefined {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    contacts: [],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    industries: [],
  });
  const question = seriesQuestionOf(text, entities, { now: NOW, timezone: 'UTC' });
  return question?.kind === 'query' ? question.query : undefined;
}

describe('a figure of deals over time, period by period', () => {
  it.each<[string, RecordQuery['perPeriod'], 'won' | 'lost' | 'created', string, string]>([
    ['won amount per month this year', 'month', 'won', '2026-01-01', '2026-12-31'],
    ['how much did we close each month in 2025?', 'month', 'won', '2025-01-01', '2025-12-31'],
    ['monthly bookings for 2025', 'month', 'won', '2025-01-01', '2025-12-31'],
    ['revenue won month by month this year', 'month', 'won', '2026-01-01', '2026-12-31'],
    ['deals won month-over-month', 'month', 'won', '2026-01-01', '2026-12-31'],
    ['lost deals by quarter', 'quarter', 'lost', '2026-01-01', '2026-12-31'],
    ['quarterly wins for last year', 'quarter', 'won', '2025-01-01', '2025-12-31'],
    [
      'how many deals did the team create each month this year?',
      'month',
      'created',
      '2026-01-01',
      '2026-12-31',
    ],
    ['deals created per week this month', 'week', 'created', '2026-12-01', '2026-12-31'],
    // "the last 3 months" by month: the three whole months before this one.
    ['show me won deals by month for the last 3 months', 'month', 'won', '2026-09-01', '2026-11-30'],
    ['wins per month over the past six months', 'month', 'won', '2026-06-01', '2026-11-30'],
  ])('"%s": per %s, %s %s – %s', (text, unit, what, from, to) => {
    const query = read(text);
    expect(query?.perPeriod).toBe(unit);
    if (what === 'created') {
      expect(query?.status).toBeUndefined();
      expect([query?.createdFrom, query?.createdTo]).toEqual([from, to]);
    } else {
      expect(query?.status).toBe(what);
      expect([query?.closedFrom, query?.closedTo]).toEqual([from, to]);
    }
  });

  it('keeps the owner said', () => {
    expect(read("sam's won revenue per month this year")?.owner).toEqual({ rep: 'Sam Rivera' });
  });

  it.each([
    // No series words, or a series of something that is not deals won, lost or created.
    'won amount this year',
    'deals won last month',
    'open deals by month',
    'deals closing by month-end',
    'what can still close by month end?',
    'my monthly target',
    'send me the weekly digest',
    'our quarterly business review with acme',
    'win rate by rep this year',
    'calls per week this month',
    // Two periods named side by side: a comparison of the two.
    'week over week: won this week vs last week',
    'month over month - deals won this month compared with last month',
  ])('"%s" is no series of deals', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('the periods of a series', () => {
  it('splits a year into its months up to the one holding today', () => {
    const spans = seriesSpans('2026-01-01', '2026-12-31', 'month', '2026-12-04');
    expect(spans).toHaveLength(12);
    expect(spans[1]).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(spans.at(-1)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('leaves out months not begun and cuts the first and last to the span', () => {
    expect(seriesSpans('2026-09-05', '2027-03-31', 'month', '2026-12-04').map((s) => s.from)).toEqual([
      '2026-09-05',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });

  it('splits by quarter and by week (Monday first)', () => {
    expect(seriesSpans('2026-01-01', '2026-12-31', 'quarter', '2026-12-04')).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2026-09-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ]);
    const weeks = seriesSpans('2026-11-01', '2026-11-30', 'week', '2026-12-04');
    expect(weeks[0]).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(weeks[1]).toEqual({ from: '2026-11-02', to: '2026-11-08' });
    expect(weeks.at(-1)).toEqual({ from: '2026-11-30', to: '2026-11-30' });
  });
});
