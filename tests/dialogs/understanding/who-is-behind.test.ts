import { ownerRankingOf } from '../../../src/dialogs/understanding/owner-ranking';

// Issue 19, eleventh round (W9-G): "whos behind this quarter" from a manager asks which reps are
// behind, as "who's furthest behind" does: the reps ranked on what they won, the least first.
// Behind said plainly, with or without the apostrophe, in other words; and behind something else.
const BEHIND_FIRST = { groupBy: 'owner', rankBy: 'amount', order: 'smallest' };

describe('who is behind, said plainly', () => {
  it.each([
    'whos behind this quarter',
    "who's behind this quarter?",
    'who is behind',
    'who is behind right now',
    'which reps are behind this month',
    'who on my team is behind on their number',
    'whos behind on quota this quarter',
    'which of my reps are falling behind',
    'who is running behind so far this year',
  ])('"%s" ranks the reps on what they won, the least first', (text) => {
    expect(ownerRankingOf(text)).toEqual(BEHIND_FIRST);
  });

  it.each([
    'who is behind the acme deal',
    'whos behind this campaign',
    "who's behind on their tasks",
    'who is behind with follow ups',
    'am i behind this quarter',
    'is the team behind',
    'which region is behind',
    'who is behind the counter at globex',
  ])('"%s" is no ranking of reps by what they won', (text) => {
    expect(ownerRankingOf(text)).toBeUndefined();
  });
});
