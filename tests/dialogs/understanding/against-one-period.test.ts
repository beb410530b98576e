import { twoPeriodQuestionOf } from '../../../src/dialogs/understanding/two-periods';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, eleventh round (W9-G): one period set against the present ("how are we doing vs last
// quarter") compares the current period of the same length with it, as "this quarter vs last
// quarter" does. Wordings of the need, and messages that compare nothing or are follow-ups.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const { entitiesOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});
const read = (text: string) => twoPeriodQuestionOf(text, entitiesOf(text), context);
const fromOf = (question: ReturnType<typeof read>) =>
  question?.kind === 'summary' ? question.query.from : question?.query.closedFrom;

describe('one period set against the present', () => {
  it.each<[string, string, string]>([
    ['how are we doing vs last quarter', '2026-10-01', '2026-07-01'],
    ['how are we doing versus last quarter?', '2026-10-01', '2026-07-01'],
    ['how did we do compared to last quarter', '2026-10-01', '2026-07-01'],
    ['how much have we won vs last quarter', '2026-10-01', '2026-07-01'],
    ['what did i win compared with last month', '2026-12-01', '2026-11-01'],
    ['how am i doing against last year', '2026-01-01', '2025-01-01'],
    ['how is the team doing vs q3', '2026-10-01', '2026-07-01'],
    ['bookings vs last year', '2026-01-01', '2025-01-01'],
  ])('"%s": %s against %s', (text, now, then) => {
    const question = read(text);
    expect(question?.comparedWith?.from).toBe(then);
    expect(fromOf(question)).toBe(now);
  });

  it.each([
    // Follow-ups on the answer just shown (the list follow-ups compare those).
    'vs last quarter?',
    'how does that compare to last year',
    'is that better than q3',
    // Nothing set against a period.
    'how are we doing',
    'how did we do last quarter',
    'deals won last quarter',
    // A period ahead, or one that is the present already, is no past to compare with.
    'how are we doing vs next quarter',
    'how are we doing vs this quarter',
    'compare emea against last quarter',
  ])('"%s" is no comparison with the present', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
