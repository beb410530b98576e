import { withoutCourtesy } from '../../../src/dialogs/routing/courtesy-words';
import { withShorthandWrittenOut } from '../../../src/dialogs/routing/sales-shorthand';
import { activityQuestionOf } from '../../../src/dialogs/understanding/activity-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twentieth round (w21b): a rep's shorthand and everyday wordings.

const NOW = new Date('2026-12-04T15:00:00Z');
const { parse, queryOf } = recordQuestionReader(NOW, { reps: [{ id: 'u-olivia', name: 'Olivia Chen' }] });

describe('"q" after a period word is the quarter', () => {
  it.each([
    ['lost this q?', 'lost this quarter?'],
    ['wins last q', 'deals won last quarter'],
    ['pipeline next q', 'pipeline next quarter'],
    ['what closed prev q', 'what closed prev quarter'],
  ])('%s → %s', (said, plain) => {
    expect(withShorthandWrittenOut(said)).toBe(plain);
  });

  it.each(['q1 deals', 'deals closing this q3', 'q&a for the widget', 'this quarter'])(
    '%s is kept',
    (said) => {
      expect(withShorthandWrittenOut(said)).toBe(said);
    },
  );
});

describe('an apology or disclaimer before the question is no part of it', () => {
  it.each([
    ["Sorry if this is obvious, but what's my role in here?", "what's my role in here?"],
    ['apologies for the basic question - how do I log a call', 'how do I log a call'],
    ['this might be a dumb question but who owns acme', 'who owns acme'],
    ['quick question: whats my pipeline', 'whats my pipeline'],
    ['newbie here, which accounts are mine', 'which accounts are mine'],
    ['sorry if this is a silly question, but which team am I on?', 'which team am I on?'],
  ])('%s → %s', (said, plain) => {
    expect(withoutCourtesy(said)).toBe(plain);
  });

  it.each(['sorry, what can you do?', 'sorry for the late reply', 'is this a dumb question?', 'sorry'])(
    '%s is kept',
    (said) => {
      expect(withoutCourtesy(said)).toBe(said);
    },
  );
});

describe('kinds of activity listed and left open mean every kind', () => {
  it.each([
    'what did olivia chen do last week? calls, meetings etc',
    'calls, emails and so on this week',
    'my calls and meetings and stuff this month',
    'calls, meetings, et cetera logged yesterday',
  ])('%s', (said) => {
    expect(activityQuestionOf(said)).toBeDefined();
    expect(activityQuestionOf(said)?.types).toBeUndefined();
  });

  it.each([
    ['calls and meetings last week', ['call', 'meeting']],
    ['how many emails did i send this week', ['email']],
  ])('%s keeps its kinds', (said, types) => {
    expect(activityQuestionOf(said)?.types).toEqual(types);
  });

  it('a colleague\'s week with "etc" counts all their interactions', () => {
    expect(queryOf('what did olivia chen do last week? calls, meetings etc')).toMatchObject({
      record: 'interaction',
      owner: { rep: 'Olivia Chen' },
    });
    expect(
      queryOf('what did olivia chen do last week? calls, meetings etc')?.interactionTypes,
    ).toBeUndefined();
  });
});

describe("advice about one's own day is the day's agenda", () => {
  it.each([
    'what should i focus on today?',
    'what should i focus on first today',
    'what should i push on today',
    'what do i focus on today',
  ])('%s', (said) => {
    expect(queryOf(said)).toMatchObject({ record: 'task', agenda: true, owner: { scope: 'mine' } });
  });

  it.each([
    'which deals should i focus on today', // deals: the ranking by win chance
    'where should i focus this week', // another period
    'what should i focus on',
  ])('%s is no agenda', (said) => {
    const question = parse(said);
    expect(question?.kind === 'query' && question.query.agenda).toBeFalsy();
  });
});
