import { comparedFromOf, recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twelfth round (W12-R): "did i win more this quarter than last", "i won more in november
// or october?" ask for two periods' figures and the change, like "this quarter vs last". "than"
// sets one period against another, and in a question about what was won or lost a month said
// without a year is the one just gone, for both periods (in December, October 2026, not 2027).
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { twoPeriodsOf: read } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});
const statusOf = (question: ReturnType<typeof read>) =>
  question?.kind === 'query' ? question.query.status : undefined;

describe('one period more or less than another', () => {
  it.each<[string, string, string, string, string]>([
    ['did i win more this quarter than last', 'won', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['did we win more this quarter than last quarter?', 'won', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['i won more in november or october?', 'won', '2026-11-01', '2026-10-01', '2026-10-31'],
    ['did i win more in october than in september', 'won', '2026-10-01', '2026-09-01', '2026-09-30'],
    ['did we close more deals this month than last month', 'won', '2026-12-01', '2026-11-01', '2026-11-30'],
    ['did we lose less this quarter than the previous one', 'lost', '2026-10-01', '2026-07-01', '2026-09-30'],
    ['have i won more this year than last year', 'won', '2026-01-01', '2025-01-01', '2025-12-31'],
    ['more deals won in november than october?', 'won', '2026-11-01', '2026-10-01', '2026-10-31'],
  ])('"%s": %s from %s against %s – %s', (text, status, from, thenFrom, thenTo) => {
    const question = read(text);
    expect(statusOf(question)).toBe(status);
    expect(comparedFromOf(question)).toBe(from);
    expect(question?.comparedWith).toEqual({ from: thenFrom, to: thenTo });
  });

  it.each([
    // "than" before an amount, not a period.
    'did i win more than 100k last quarter',
    'deals won this quarter bigger than 50k',
    // Open deals are not compared over two periods; a ranking is not either.
    'deals closing this month or next month',
    'open deals this quarter bigger than last quarter',
    'win rate this quarter',
  ])('"%s" is not two periods compared', (text) => {
    expect(read(text)?.comparedWith).toBeUndefined();
  });

  it('a month ahead stays ahead when nothing was won or lost in it: open deals in january', () => {
    expect(read('deals closing in january or february')?.comparedWith).toBeUndefined();
  });
});
