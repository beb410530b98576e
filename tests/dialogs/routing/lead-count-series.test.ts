import { leadCountSeriesOf } from '../../../src/dialogs/routing/lead-count-series';

// Issue 19, twenty-fifth round (lead, from dev-qa46): the leads that came in, counted period by
// period. "how many new leads per month the last 3 months" was read as leads in status new over 90
// days, and "trend of new leads over the last few months" as the conversion ranking. Wordings of
// our own, and the messages that must keep their other reading.
describe('leads counted period by period', () => {
  it.each([
    ['how many new leads per month the last 3 months', 'month', 3],
    ['trend of new leads over the last few months', 'month', 3],
    ['new leads by month for the past 6 months', 'month', 6],
    ['monthly lead volume this year', 'month', undefined],
    ['how many leads did we get each week', 'week', undefined],
    ['leads per quarter in 2025', 'quarter', undefined],
    ['is our lead flow trending up?', 'month', undefined],
    ['leads month over month for the last couple of months', 'month', 2],
  ])('"%s" → per %s', (text, unit, lastMonths) => {
    const series = leadCountSeriesOf(text);
    expect(series?.unit).toBe(unit);
    expect(series?.lastMonths).toBe(lastMonths);
  });

  it('keeps a source or a status said', () => {
    expect(leadCountSeriesOf('web leads by quarter')?.filter).toEqual({ source: 'web' });
    expect(leadCountSeriesOf('qualified leads per month this year')?.filter).toEqual({
      statuses: ['qualified'],
    });
    // "New" leads are the ones that came in, not those still in status new.
    expect(leadCountSeriesOf('new leads per month')?.filter).toEqual({});
  });

  it.each([
    'lead conversion rate by month',
    'which leads are most likely to convert',
    'won deals per month',
    'how many leads this month vs last month',
    'new leads this month',
    'revenue by month',
    'cases per week',
  ])('"%s" is not a count of leads per period', (text) => {
    expect(leadCountSeriesOf(text)).toBeUndefined();
  });
});
