import { personHistoryOf } from '../../../src/dialogs/understanding/person-history';
import { personQuestionOf } from '../../../src/dialogs/understanding/person-question';

// Issue 19, twenty-third round (w24b): one person across time, their interactions by kind and their tasks.
describe('what is asked of one person over time', () => {
  it.each([
    ['show me every interaction with jane cooper', undefined, false],
    ['all touchpoints with kevin adams', undefined, false],
    ['our history with nancy johnson', undefined, false],
    ['calls with bill lumbergh this month', ['call'], false],
    ['how many meetings have we had with nancy johnson', ['meeting'], true],
    ['emails to kevin adams in november', ['email'], false],
    ['every call with peter gibbons', ['call'], false],
    ['any meetings or calls with david nguyen this quarter', ['call', 'meeting'], false],
  ])('reads "%s" as interactions of kinds %j', (text, types, counting) => {
    expect(personHistoryOf(text)).toEqual({
      kind: 'interactions',
      ...(types ? { types } : {}),
      counting,
    });
  });

  it.each([
    'open tasks for jane cooper',
    'what tasks do i have with kevin adams',
    'any follow-ups due for nancy johnson?',
    'list my to-dos for bill lumbergh',
  ])('reads "%s" as the person\'s tasks', (text) => {
    expect(personHistoryOf(text)).toEqual({ kind: 'tasks' });
  });

  it.each([
    'last email to kevin adams',
    'when did we last call jane cooper',
    'jane coopers email',
    "what's jane cooper's phone number",
    'log a call with jane cooper at initech: renewal',
    'email kevin adams the meeting notes',
    'create a task to call jane cooper tomorrow',
    'remind me to follow up with nancy johnson on friday',
    'who is jane cooper',
  ])('leaves "%s" to other readers', (text) => {
    expect(personHistoryOf(text)).toBeUndefined();
  });

  it('leaves a history question to it, not to a field of the person', () => {
    expect(personQuestionOf('show me every interaction with jane cooper', true)).toBeUndefined();
    expect(personQuestionOf('show me jane cooper', true)).toMatchObject({ overview: true });
  });
});
