import { rankedCountOf } from '../../../src/dialogs/routing/lead-words';

// Issue 19, eleventh round (W9-D): "hmu with my top 5 deals" listed ten deals by win chance; the
// ranking shows as many as were asked for.
describe('how many ranked deals or leads were asked for', () => {
  it.each([
    ['hmu with my top 5 deals', 5],
    ['top three deals for the team', 3],
    ['show me my 5 best deals', 5],
    ['my top 10 leads', 10],
    ['give me the top twenty deals', 20],
    ['top 100 deals on the team', 50],
  ])('%s → %s', (text, count) => {
    expect(rankedCountOf(text)).toBe(count);
  });

  it.each([
    'my top deals',
    'top deals closing in 5 days',
    'top deals over 50k',
    'top deals for q1 2027',
    'top deals for the 2 reps',
  ])('%s → as many as the ranking shows by itself', (text) => {
    expect(rankedCountOf(text)).toBeUndefined();
  });
});
