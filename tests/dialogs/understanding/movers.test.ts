import { moversOf } from '../../../src/dialogs/understanding/movers';

// Who moved the most between two periods, in many people's words (written apart from the
// evaluation sets); the last table keeps questions of levels and other records out.
describe('who moved the most between two periods', () => {
  it.each([
    "who's down the most?",
    'who is down the most',
    'which rep dropped the most',
    'who had the biggest drop?',
    'which of my reps declined the most vs last quarter',
    'who fell the most compared to october',
    'Who slipped the most this month?',
    'who lost ground the most',
  ])('"%s" asks who is down', (text) => {
    expect(moversOf(text)).toBe('down');
  });

  it.each([
    'who improved the most',
    "who's up the most?",
    'which rep grew the most vs last quarter',
    'who had the biggest jump this month compared to last',
    'who gained the most?',
    'Which team member improved most since Q3',
  ])('"%s" asks who is up', (text) => {
    expect(moversOf(text)).toBe('up');
  });

  it.each([
    'who won the most this quarter',
    'who has the most deals',
    'who is furthest behind',
    "who's down to their last deal",
    'who has the most follow ups',
    'who has the most overdue tasks',
    'what is down the most',
    'is the pipeline up or down',
    'who is up and who is down the most',
  ])('"%s" is no question of who moved', (text) => {
    expect(moversOf(text)).toBeUndefined();
  });
});
