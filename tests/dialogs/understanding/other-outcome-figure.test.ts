import { otherOutcomeFigureOf, otherOutcomeOf } from '../../../src/dialogs/understanding/other-outcome';

// Issue 19, twenty-fifth round (w26b): after the deals won in a period, "how much did i lose?" asks
// the other outcome over the same period, as a total ("how many" as a count), not a new question.
describe('the other outcome asked as a figure', () => {
  it.each<[string, 'won' | 'lost', 'sum' | 'count']>([
    ['how much did i lose?', 'lost', 'sum'],
    ['and how much did we lose', 'lost', 'sum'],
    ['how much have we lost in total', 'lost', 'sum'],
    ['how many did the team lose?', 'lost', 'count'],
    ['what about how many deals did we win', 'won', 'count'],
    ['how much was lost', 'lost', 'sum'],
    ['how many were won?', 'won', 'count'],
    ['ok and how much did i win then', 'won', 'sum'],
  ])('"%s" is the %s deals, as a %s', (text, outcome, figure) => {
    expect(otherOutcomeOf(text)).toBe(outcome);
    expect(otherOutcomeFigureOf(text)).toBe(figure);
  });

  it('a list wording is the list, no figure', () => {
    expect(otherOutcomeOf('which ones did we lose')).toBe('lost');
    expect(otherOutcomeFigureOf('which ones did we lose')).toBeUndefined();
  });

  it.each([
    'how much did we lose on price',
    'how much did we lose to competitors last year',
    'how much did acme spend',
    'how many open deals do i have',
    'how much is the acme renewal worth',
  ])('"%s" is a question of its own', (text) => {
    expect(otherOutcomeOf(text)).toBeUndefined();
    expect(otherOutcomeFigureOf(text)).toBeUndefined();
  });
});
