import { recordQuestionReader, comparedFromOf } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (W14-M): "wins" said as a noun ("november vs october wins for the team",
// "why were wins down in november compared to october", "how did november compare with october on
// wins?") were a forecast for November 2027 or an account named like "wins". Wins are won deals; a
// month said without a year in a question about them is the one just gone, and two months set
// against each other ("vs", "compared to / with", "compare ... with") are both figures and the change.
const NOW = new Date('2026-12-04T15:00:00Z');
const reader = recordQuestionReader(NOW, {
  accounts: [
    { id: 'a-winslow', name: 'Winslow Stores' },
    { id: 'a-winslow-castillo', name: 'Winslow & Castillo' },
  ],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('wins of two months set against each other', () => {
  it.each<[string, string, string]>([
    ['november vs october wins for the team', '2026-11-01', '2026-10-01'],
    ['why were wins down in november compared to october', '2026-11-01', '2026-10-01'],
    ['how did november compare with october on wins?', '2026-11-01', '2026-10-01'],
    ['Wins in October vs September', '2026-10-01', '2026-09-01'],
    ['team wins this quarter vs last', '2026-10-01', '2026-07-01'],
    ['NOVEMBER VS OCTOBER WINS?', '2026-11-01', '2026-10-01'],
    ['compare october and september wins', '2026-10-01', '2026-09-01'],
  ])('"%s" is the wins of %s against %s', (text, from, against) => {
    const question = reader.twoPeriodsOf(text);
    expect(question?.kind).toBe('query');
    expect(question?.query).toMatchObject({ record: 'deal', status: 'won', closedFrom: from });
    expect(question?.comparedWith?.from).toBe(against);
    expect(comparedFromOf(question)).toBe(from);
  });

  it.each<[string, string]>([
    ['wins for the team in november', '2026-11-01'],
    ['november wins', '2026-11-01'],
    ['biggest wins last quarter', '2026-07-01'],
  ])('"%s" is the won deals from %s', (text, from) => {
    expect(reader.queryOf(text)).toMatchObject({ status: 'won', closedFrom: from });
  });

  it.each([
    // Plans ahead and other things compared stay as they were.
    'deals closing in november vs october',
    'how are we doing vs last quarter',
    'win rate this quarter vs last',
  ])('"%s" is no comparison of wins', (text) => {
    const question = reader.twoPeriodsOf(text);
    expect(question?.kind === 'query' && question.query.status === 'won').toBe(false);
  });
});
