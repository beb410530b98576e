import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, nineteenth round (w20c, dev-qa34): "deals closing the week of the 14th" was read as an
// account called "14th", and "team tasks for the week of the 14th" as the one day. A calendar week
// named by one of its days is now that week, Monday to Sunday.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const weekIn = (text: string, prefer?: 'past') =>
  extractPeriodsAndDates(text, { now: NOW, timeZone: 'UTC', ...(prefer ? { prefer } : {}) }).periods.map(
    (p) => [p.start, p.end, p.granularity],
  );

describe('a calendar week named by one of its days', () => {
  it.each<[string, string, string]>([
    ['deals closing the week of the 14th', '2026-12-14', '2026-12-20'],
    ['team tasks for the week of the 14th', '2026-12-14', '2026-12-20'],
    ["what's closing week of dec 21", '2026-12-21', '2026-12-27'],
    ['anything due the week of 9 december?', '2026-12-07', '2026-12-13'],
    ['deals closing the week starting the 11th of january', '2027-01-11', '2027-01-17'],
    ['my tasks the week of the 1st', '2026-12-28', '2027-01-03'],
  ])('"%s": %s to %s', (text, from, to) => {
    expect(weekIn(text)).toEqual([[from, to, 'week']]);
  });

  it('looks back when the question does', () => {
    expect(weekIn('what did we win the week of the 2nd', 'past')).toEqual([
      ['2026-11-30', '2026-12-06', 'week'],
    ]);
  });

  it.each(['a week of work', 'the week of 14 people', 'this week', 'deals closing on the 14th'])(
    '"%s" names no week of a day',
    (text) => {
      expect(
        weekIn(text).filter(([, , granularity]) => granularity === 'week' && text.includes('week of')),
      ).toEqual([]);
    },
  );

  it('reads the week as the period of a record question, not an account', () => {
    const { queryOf } = recordQuestionReader(NOW, {
      accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    });
    const query = queryOf('deals closing the week of the 14th');
    expect(query).toMatchObject({ record: 'deal', closeFrom: '2026-12-14', closeTo: '2026-12-20' });
    expect(query?.accountId).toBeUndefined();
  });
});
