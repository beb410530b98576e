import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fourteenth round (W15-R): "how much deals i win in november" (non-native English, the verb
// in the present) was read as November 2027. Winning, losing and closing said by a subject ("i win",
// "we lose", "they close") are about what happened; so is "created", "added", "logged": a month said
// without a year is the one just gone. Plans ("what can we win in january", "deals we will win in
// march") and open deals closing in a month stay ahead.
const NOW = new Date('2026-12-04T15:00:00Z');
const reader = recordQuestionReader(NOW, { reps: [{ id: 'u-sam', name: 'Sam Rivera' }] });

describe('a bare month with a past-looking verb in the present', () => {
  it.each<[string, string, string]>([
    ['how much deals i win in november', 'won', '2026-11-01'],
    ['how many deals we win in october', 'won', '2026-10-01'],
    ['HOW MANY DEAL I WIN IN NOVEMBER', 'won', '2026-11-01'],
    ['deals i win in oct', 'won', '2026-10-01'],
    ['how many deals do we lose in october', 'lost', '2026-10-01'],
    ['how many deals i lose in september?', 'lost', '2026-09-01'],
    ['what deals my team win in november', 'won', '2026-11-01'],
  ])('"%s" is the %s deals from %s', (text, status, from) => {
    expect(reader.queryOf(text)).toMatchObject({ status, closedFrom: from });
  });

  it.each<[string, string]>([
    // Still ahead: a plan, a forecast or deals closing in the month.
    ['what can we win in january', '2027-01-01'],
    ['deals we will win in march', '2027-03-01'],
    ['deals closing in march', '2027-03-01'],
    ['deals i need to win in february', '2027-02-01'],
  ])('"%s" keeps the month ahead (%s)', (text, from) => {
    const query = reader.queryOf(text);
    expect(query?.closedFrom ?? query?.closeFrom).toBe(from);
  });
});
