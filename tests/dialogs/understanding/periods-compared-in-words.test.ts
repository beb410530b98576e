import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-seventh round (w28c, from dev-qa50): "compare q4 with q4 last year for the team"
// was read as a forecast and "why is q4 so much worse than q4 last year?" as a knowledge question.
// Two periods set against each other by "compare … with …", by a comparative ("worse than", "down
// on") or asked why are how someone did in the later one against the earlier.
const NOW = new Date('2026-12-04T15:00:00Z');
const { twoPeriodsOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
});

describe('two periods compared in words', () => {
  it.each([
    ['compare q4 with q4 last year for the team', '2025-10-01'],
    ['why is q4 so much worse than q4 last year?', '2025-10-01'],
    ['how does q4 compare to q4 last year', '2025-10-01'],
    ['why are we down this quarter vs last', '2026-07-01'],
    ['is november better than october?', '2026-10-01'],
    ['compare this month to last month', '2026-11-01'],
    ['why is this year way lower than last year', '2025-01-01'],
    ['this month down on last month?', '2026-11-01'],
  ])('"%s" is set against the period from %s', (text, from) => {
    const question = twoPeriodsOf(text);
    expect(question && 'comparedWith' in question ? question.comparedWith?.from : undefined).toBe(from);
  });

  it.each([
    'deals closing this month and next month',
    'what did i win from january to march',
    'deals closing this month on the acme account',
  ])('"%s" compares nothing', (text) => {
    expect(twoPeriodsOf(text)).toBeUndefined();
  });
});
