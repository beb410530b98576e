import { ownerRankingOf } from '../../../src/dialogs/understanding/owner-ranking';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-seventh round (w28c, from dev-qa50): "who on the team is doing best this quarter"
// asked "Which account do you mean?". How well people sell, said without a measure, is the reps
// ranked on what they won in the period (the least first for "worst").
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-initech', name: 'Initech' }] });

describe('who performs best or worst', () => {
  it.each(
    [
      ['who on the team is doing best this quarter', 'biggest'],
      'who is doing best this quarter',
      ["who's doing well this quarter on my team", 'biggest'],
      ['whos crushing it this year', 'biggest'],
      ['top performer last quarter?', 'biggest'],
      ['who did best in q3', 'biggest'],
      ['which rep is performing worst this month?', 'smallest'],
      ['weakest performers this quarter', 'smallest'],
    ].map((row) => (Array.isArray(row) ? row : [row, 'biggest'])),
  )('"%s" ranks the reps on what they won (%s first)', (text, order) => {
    expect(ownerRankingOf(text)).toEqual({ groupBy: 'owner', rankBy: 'amount', order });
    expect(queryOf(text)).toMatchObject({ record: 'deal', status: 'won', groupBy: 'owner' });
  });

  it.each([
    'how is sam doing this quarter',
    "who's doing the demo for initech",
    'how are we doing this quarter',
    'is initech doing well',
  ])('"%s" is no ranking of reps', (text) => {
    expect(ownerRankingOf(text)).toBeUndefined();
  });
});
