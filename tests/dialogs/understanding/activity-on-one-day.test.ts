import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19: a question about logged activity that names one past day means that day. "what calls
// did i log last tuesday" listed all 1,018 of the rep's calls: activity took periods, not days.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('activity on one past day said', () => {
  it.each([
    ['what calls did i log last tuesday', '2026-12-01'],
    ['how many meetings did i have yesterday', '2026-12-03'],
    ['calls i made today', '2026-12-04'],
    ['which emails did i send on monday', '2026-11-30'],
    ['any calls with acme yesterday?', '2026-12-03'],
  ])('%s → interactions on %s', (text, day) => {
    expect(queryOf(text)).toMatchObject({ record: 'interaction', occurredFrom: day, occurredTo: day });
  });

  it.each([
    // a period stays a period
    ['how many calls did i make this week', '2026-11-30', '2026-12-06'],
    ['meetings last week', '2026-11-23', '2026-11-29'],
  ])('%s → interactions %s..%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ record: 'interaction', occurredFrom: from, occurredTo: to });
  });

  it('a day ahead is no window on logged activity', () => {
    const query = queryOf('any meetings next tuesday');
    expect(query?.record === 'interaction' && query.occurredFrom === '2026-12-08').toBe(false);
  });
});
