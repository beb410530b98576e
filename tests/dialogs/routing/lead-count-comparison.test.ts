import { leadCountComparisonOf } from '../../../src/dialogs/routing/lead-count-comparison';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';

// Issue 19, ninth round (w5b): the leads that came in over two periods set against each other.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const comparisonOf = (text: string) =>
  leadCountComparisonOf(text, extractEntities(text, { now: NOW, timeZone: 'UTC', prefer: 'past' }));
const DECEMBER = { start: '2026-12-01', end: '2026-12-31' };
const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };

describe('leads that came in, this period against another', () => {
  it.each([
    'how many leads this month vs last month',
    'leads this month compared to last month',
    'how many leads did we get this month compared with last month',
    'new leads this month vs last month',
    'compare leads this month and last month',
    'how many leads last month versus this month',
    'lead count this month vs last month',
  ])('"%s" counts every lead that came in, December against November', (text) => {
    expect(comparisonOf(text)).toEqual({
      filter: {},
      now: expect.objectContaining(DECEMBER),
      then: expect.objectContaining(NOVEMBER),
    });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it('"web leads this quarter vs last quarter" counts the web leads of each quarter', () => {
    expect(comparisonOf('web leads this quarter vs last quarter')).toEqual({
      filter: { source: 'web' },
      now: expect.objectContaining({ start: '2026-10-01', end: '2026-12-31' }),
      then: expect.objectContaining({ start: '2026-07-01', end: '2026-09-30' }),
    });
  });

  // One period, deals, a conversion rate, two periods not compared.
  it.each([
    'how many leads this month',
    'how many deals did we win this month vs last month',
    'lead conversion rate this quarter vs last quarter',
    'which leads came in this month',
    'leads from this month and last month by source',
  ])('"%s" is no comparison of lead counts', (text) => {
    expect(comparisonOf(text)).toBeUndefined();
  });
});

// Issue 19, fifteenth round (w16w): the earlier period said as "last" alone, or "the previous one".
describe('leads that came in, this period against the one before it said tersely', () => {
  it.each([
    'how many leads came in this month vs last',
    'leads this month vs last?',
    'how many leads did we get this month compared to the previous one',
    'new leads this month versus the month before',
    'lead count this month against the prior month',
    'HOW MANY LEADS THIS MONTH VS LAST',
    'how many leads cam in this month vs last',
  ])('"%s" counts December against November', (text) => {
    expect(comparisonOf(text)).toEqual({
      filter: {},
      now: expect.objectContaining(DECEMBER),
      then: expect.objectContaining(NOVEMBER),
    });
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });

  it('"web leads this quarter vs last" counts the web leads of each quarter', () => {
    expect(comparisonOf('web leads this quarter vs last')).toEqual({
      filter: { source: 'web' },
      now: expect.objectContaining({ start: '2026-10-01', end: '2026-12-31' }),
      then: expect.objectContaining({ start: '2026-07-01', end: '2026-09-30' }),
    });
  });

  it.each([
    'how many leads came in last month',
    'lead conversion rate this month vs last',
    'deals this month vs last',
  ])('"%s" is still no comparison of lead counts', (text) => {
    expect(comparisonOf(text)).toBeUndefined();
  });
});
