import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { periodShiftIn, shiftedPeriod } from '../../../src/dialogs/understanding/period-shift';

/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('"and the month after that?": the period next to the last answer\'s', () => {
  it.each([
    ['and the month after that?', 'month', 1],
    ['the month after', 'month', 1],
    ['what about the quarter after that', 'quarter', 1],
    ['and the month before that?', 'month', -1],
    ['ok and the following month', 'month', 1],
    ['the previous quarter?', 'quarter', -1],
    ['and the week after?', 'week', 1],
  ])('%s → a refinement moving the %s by %d', (text, unit, by) => {
    expect(listFollowUpOf(text, undefined, context)).toEqual({
      kind: 'refine',
      refinement: { shift: { unit, by } },
    });
  });

  it.each([
    // A row next to the one picked, not a period.
    ['and the one after that?', { kind: 'step', step: 1 }],
    // Questions of their own.
    ['what did i do the month after i joined', undefined],
    ['my tasks the week after', undefined],
  ])('not a period shift: %s', (text, expected) => {
    expect(listFollowUpOf(text, undefined, context)).toEqual(expected);
  });

  it.each([
    [
      { from: '2027-01-01', to: '2027-01-31' },
      'and the month after that?',
      '2027-02-01',
      '2027-02-28',
      'February 2027',
    ],
    [{ from: '2026-12-04', to: '2026-12-31' }, 'the month after', '2027-01-01', '2027-01-31', 'January 2027'],
    [{ from: '2027-02-01', to: '2027-02-28' }, 'the quarter after', '2027-04-01', '2027-06-30', 'Q2 2027'],
    [{ from: '2027-01-01', to: '2027-03-31' }, 'the month after', '2027-04-01', '2027-04-30', 'April 2027'],
    [
      { from: '2026-11-01', to: '2026-11-30' },
      'the month before that',
      '2026-10-01',
      '2026-10-31',
      'October 2026',
    ],
    [{ from: '2026-10-01', to: '2026-12-31' }, 'the previous year', '2025-01-01', '2025-12-31', '2025'],
    [
      { from: '2026-12-07', to: '2026-12-13' },
      'the week after',
      '2026-12-14',
      '2026-12-20',
      'week of 2026-12-14',
    ],
  ])('%j, %s → %s to %s (%s)', (window, text, from, to, label) => {
    expect(shiftedPeriod(window, periodShiftIn(text)!.shift)).toEqual({ from, to, label });
  });
});

describe('"which of those are mine?": the caller\'s own among the list just shown', () => {
  it.each(['which of those are mine?', 'which ones are mine', 'so which are mine?', 'and which is mine'])(
    'mine: %s',
    (text) => {
      expect(listFollowUpOf(text, undefined, context)).toEqual({
        kind: 'refine',
        refinement: { owner: { scope: 'mine' } },
      });
    },
  );

  it.each(['which deals are mine', 'is this account mine to call'])('a question of its own: %s', (text) => {
    expect(listFollowUpOf(text, undefined, context)).toBeUndefined();
  });
});
