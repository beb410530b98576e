import { asksWhatCameIn, caseSummaryOf } from '../../../src/dialogs/routing/case-summary-questions';
import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';

// Issue 19, seventeenth round (w18r): the time windows support asks cases in — the last N hours,
// the weekend, between two days of the month said as ordinals — and what came in asked without a
// case word ("anything new in the last 48 hours?", "what came in over the weekend"). "Now" is Friday
// 4 December 2026, 15:00 UTC.
const now = new Date('2026-12-04T15:00:00Z');
const pastPeriodOf = (text: string) =>
  extractPeriodsAndDates(text, { now, timeZone: 'UTC', prefer: 'past' }).periods[0];
const periodOf = (text: string) => extractPeriodsAndDates(text, { now, timeZone: 'UTC' }).periods[0];

describe('the last N hours, from that instant', () => {
  it.each([
    ['anything new in the last 48 hours?', '2026-12-02', '2026-12-02T15:00:00.000Z'],
    ['cases opened in the past 24 hrs', '2026-12-03', '2026-12-03T15:00:00.000Z'],
    ['tickets from the last 12 hours', '2026-12-04', '2026-12-04T03:00:00.000Z'],
    ['What came in the Last 72 Hours', '2026-12-01', '2026-12-01T15:00:00.000Z'],
    ['new cases in the previous two hours', '2026-12-04', '2026-12-04T13:00:00.000Z'],
    ['anything in the last hour?', '2026-12-04', '2026-12-04T14:00:00.000Z'],
  ])('"%s": from %s (since %s) to today', (text, start, since) => {
    expect(pastPeriodOf(text)).toMatchObject({ start, end: '2026-12-04', since });
  });

  it('"in the last 2 days" keeps its calendar days', () => {
    const period = pastPeriodOf('cases in the last 2 days');
    expect(period).toMatchObject({ start: '2026-12-03', end: '2026-12-04' });
    expect(period?.since).toBeUndefined();
  });
});

describe('the weekend', () => {
  it.each([
    ['what came in over the weekend', '2026-11-28', '2026-11-29'],
    ['cases from last weekend', '2026-11-28', '2026-11-29'],
    ['anything new during the weekend?', '2026-11-28', '2026-11-29'],
    ['tickets opened on the weekend', '2026-11-28', '2026-11-29'],
    ['what came in over the past weekend', '2026-11-28', '2026-11-29'],
  ])('"%s", asked looking back: %s to %s', (text, start, end) => {
    expect(pastPeriodOf(text)).toMatchObject({ start, end });
  });

  it.each([
    ['deals closing this weekend', '2026-12-05', '2026-12-06'],
    ['follow up over the weekend', '2026-12-05', '2026-12-06'],
    ['anything due next weekend', '2026-12-05', '2026-12-06'],
  ])('"%s", ahead: %s to %s', (text, start, end) => {
    expect(periodOf(text)).toMatchObject({ start, end });
  });

  it.each(['weekend support hours?', 'do you work weekends'])('"%s" is no period', (text) => {
    expect(pastPeriodOf(text)).toBeUndefined();
  });
});

describe('between two days of the month said as ordinals', () => {
  it.each([
    ['cases between the 1st and the 3rd', '2026-12-01', '2026-12-03'],
    ['tickets from the 1st to the 3rd', '2026-12-01', '2026-12-03'],
    ['cases between 1st and 3rd', '2026-12-01', '2026-12-03'],
    ['what came in between the 20th and the 25th', '2026-11-20', '2026-11-25'],
    ['cases between the 1st and the 3rd of november', '2026-11-01', '2026-11-03'],
  ])('"%s", looking back: %s to %s', (text, start, end) => {
    expect(pastPeriodOf(text)).toMatchObject({ start, end });
  });

  it('"deals closing between the 10th and the 20th", ahead: this month', () => {
    expect(periodOf('deals closing between the 10th and the 20th')).toMatchObject({
      start: '2026-12-10',
      end: '2026-12-20',
    });
  });

  it('"between 20/11 and 25/11" keeps its reading', () => {
    expect(pastPeriodOf('cases between 20/11 and 25/11')).toMatchObject({
      start: '2026-11-20',
      end: '2026-11-25',
    });
  });
});

describe('what came in, asked with or without a case word', () => {
  it.each([
    'anything new in the last 48 hours?',
    'what came in over the weekend',
    "what's come in since monday",
    'whats new today',
    'anything come in overnight?',
    'What Came In Yesterday?',
    'anything new since the 1st',
  ])('"%s" asks what came in', (text) => {
    expect(asksWhatCameIn(text)).toBe(true);
  });

  it.each([
    'anything new on initech since the 20th',
    'anything new with Initech?',
    'what came in from partners this month deals',
    'how many leads came in this week',
    "what's new in the latest release",
    'whats new',
    'what came in',
  ])('"%s" does not', (text) => {
    expect(asksWhatCameIn(text)).toBe(false);
  });

  it.each([
    'cases between the 1st and the 3rd',
    'tickets over the weekend',
    'cases since monday',
    'support cases in the last 48 hours',
    'tickets from the past 2 weeks',
  ])('"%s" asks which cases came in', (text) => {
    expect(caseSummaryOf(text)).toEqual({ summary: 'opened' });
  });

  it.each(['cases from acme', 'open cases for globex', 'cases by priority'])(
    '"%s" keeps its reading',
    (text) => {
      expect(caseSummaryOf(text)?.summary).not.toBe('opened');
    },
  );
});
