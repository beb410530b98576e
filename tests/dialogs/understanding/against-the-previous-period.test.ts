import { comparedFromOf, recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eleventh round (W10-T): a period set against "last" with its length left unsaid ("win rate
// this quarter vs last", "q4 compared to the one before") compares it with the period of the same
// length just before it, as "this quarter vs last quarter" does.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { twoPeriodsOf: read } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('a period against the one before it, its length unsaid', () => {
  it.each<[string, string, string, string]>([
    ["whats the team's win rate this quarter vs last", '2026-10-01', '2026-07-01', '2026-09-30'],
    ['win rate this quarter versus last?', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['win rate q4 vs the previous one', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['how much did we win this month compared to last', '2026-12-01', '2026-11-01', '2026-11-30'],
    ['deals won this year vs the year before', '2026-01-01', '2025-01-01', '2025-12-31'],
    ['average deal size this quarter against the prior one', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['what did we lose last month vs the month before', '2026-11-01', '2026-10-01', '2026-10-31'],
    ['win rate in q3 compared with the previous quarter', '2026-07-01', '2026-04-01', '2026-06-30'],
  ])('"%s": from %s against %s – %s', (text, from, thenFrom, thenTo) => {
    const question = read(text);
    expect(comparedFromOf(question)).toBe(from);
    expect(question?.comparedWith).toEqual({ from: thenFrom, to: thenTo });
  });

  it.each([
    // "last" naming something other than a period, or nothing compared.
    'win rate this quarter for the last deal',
    'win rate this quarter',
    'deals won this quarter, last one first',
    'who won the most this quarter vs last',
    // Not a question answered over two periods.
    'open deals this quarter vs last',
  ])('"%s" is not set against the period before', (text) => {
    expect(read(text)?.comparedWith).toBeUndefined();
  });
});
