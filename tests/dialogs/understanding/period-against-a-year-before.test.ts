import { comparedFromOf, recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, nineteenth round (w20c, dev-qa35 B): "bookings this quarter vs the same quarter last
// year" was read for this quarter alone ("last year" taken as a second, whole year not set against
// it), and "how did 2025 compare to 2024 in deals won" for 2024 alone (a year said first, with no
// word before it, was no period). Both now set the two periods against each other.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { twoPeriodsOf: read } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('a period against the same one a year before, and two years said bare', () => {
  it.each<[string, string, string, string]>([
    ['bookings this quarter vs the same quarter last year', '2026-10-01', '2025-10-01', '2025-12-31'],
    [
      'how much did we win this quarter against the same period last year',
      '2026-10-01',
      '2025-10-01',
      '2025-12-31',
    ],
    ['win rate last month compared to the same month a year ago', '2026-11-01', '2025-11-01', '2025-11-30'],
    ['deals won in q3 vs same time last year', '2026-07-01', '2025-07-01', '2025-09-30'],
    ['how did 2025 compare to 2024 in deals won', '2025-01-01', '2024-01-01', '2024-12-31'],
    ['deals won 2025 vs 2024', '2025-01-01', '2024-01-01', '2024-12-31'],
    ['2025 versus 2024 win rate', '2025-01-01', '2024-01-01', '2024-12-31'],
    ['did we win more in 2025 or 2024', '2025-01-01', '2024-01-01', '2024-12-31'],
  ])('"%s": from %s against %s – %s', (text, from, thenFrom, thenTo) => {
    const question = read(text);
    expect(comparedFromOf(question)).toBe(from);
    expect(question?.comparedWith).toEqual({ from: thenFrom, to: thenTo });
  });

  it.each([
    // A year in a name or a list of deals, or one period only.
    'deals won this quarter',
    'open deals this quarter vs the same quarter last year',
    'deals won in 2025',
    'the 2025 renewal deals won',
  ])('"%s" is not set against another period', (text) => {
    expect(read(text)?.comparedWith).toBeUndefined();
  });
});
