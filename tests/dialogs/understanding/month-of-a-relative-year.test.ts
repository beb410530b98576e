import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';

// Issue 19, twenty-seventh round (w28c, from dev-qa50): "november compared with november last year"
// compared November 2026 with itself, "november last year" being read as November 2027 and the
// whole of 2025 apart. A month with its year said relatively is that month of that year.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const periodsOf = (text: string) =>
  extractPeriodsAndDates(text, { now: NOW, timeZone: 'UTC' }).periods.map((p) => [p.start, p.end]);

describe('a month of a year said relatively', () => {
  it.each([
    ['november last year', '2025-11-01', '2025-11-30'],
    ['what did i close in november last year', '2025-11-01', '2025-11-30'],
    ['revenue in march of last year', '2025-03-01', '2025-03-31'],
    ['deals won in sept last yr', '2025-09-01', '2025-09-30'],
    ['june of the previous year', '2025-06-01', '2025-06-30'],
    ['deals closing in february next year', '2027-02-01', '2027-02-28'],
    ['october this year', '2026-10-01', '2026-10-31'],
  ])('%s → %s to %s', (text, from, to) => {
    expect(periodsOf(text)).toContainEqual([from, to]);
    expect(periodsOf(text)).not.toContainEqual(['2025-01-01', '2025-12-31']);
  });

  it('the two sides of "november compared with november last year" are a year apart', () => {
    expect(
      periodsOf('how many deals did we win in november compared with november last year'),
    ).toContainEqual(['2025-11-01', '2025-11-30']);
  });

  it.each([
    ['deals won last year', '2025-01-01', '2025-12-31'],
    ['q4 last year', '2025-10-01', '2025-12-31'],
    ['october 2025', '2025-10-01', '2025-10-31'],
  ])('keeps its reading: %s → %s to %s', (text, from, to) => {
    expect(periodsOf(text)).toEqual([[from, to]]);
  });
});
