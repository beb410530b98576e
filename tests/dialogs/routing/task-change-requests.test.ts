import { recentTaskChangeOf, taskChangeOf } from '../../../src/dialogs/routing/task-change-requests';

/** A stand-in for the due-day reader: these words name a day. */
const namesDay = (words: string) =>
  /\b(?:mon|tues|wednes|thurs|fri)day\b|\bweek\b|tomorrow|\d{1,2}(?:st|nd|rd|th)?\b/i.test(words);

describe('changing a task in everyday words', () => {
  it.each([
    ['mark the qbr agenda task as done', 'done', 'the qbr agenda task', undefined],
    ['Mark my Acme to-do complete', 'done', 'my Acme to-do', undefined],
    ['pls mark the acme task done thanks', 'done', 'the acme task', undefined],
    ['mark send acme the agenda as finished', 'done', 'send acme the agenda', undefined],
    ['tick off my acme to-do', 'done', 'my acme to-do', undefined],
    ['cross the msa task off', 'done', 'the msa task', undefined],
    ['check off the jane cooper follow up', 'done', 'the jane cooper follow up', undefined],
    ['can you complete the qbr deck task', 'done', 'the qbr deck task', undefined],
    ['i finished the qbr task', 'done', 'the qbr task', undefined],
    ["i've done my globex reminder", 'done', 'my globex reminder', undefined],
    ['the qbr task is done', 'done', 'the qbr task', undefined],
    ['cancel the globex reminder', 'cancelled', 'the globex reminder', undefined],
    ['delete my qbr task', 'cancelled', 'my qbr task', undefined],
    ['get rid of that acme to-do', 'cancelled', 'that acme to-do', undefined],
    ['reopen the qbr task', 'open', 'the qbr task', undefined],
    ['mark the acme task as not done', 'open', 'the acme task', undefined],
    ['push my acme task to next monday', 'due', 'my acme task', 'next monday'],
    ['move the qbr reminder to friday', 'due', 'the qbr reminder', 'friday'],
    ['reschedule the security review task for tomorrow', 'due', 'the security review task', 'tomorrow'],
    ['change the due date of the msa task to friday', 'due', 'the msa task', 'friday'],
    ['move the task to call kevin to friday', 'due', 'the task to call kevin', 'friday'],
  ])('"%s" is a change (%s) of the task named "%s"', (text, change, taskWords, dayWords) => {
    expect(taskChangeOf(text)).toEqual({ change, taskWords, ...(dayWords ? { dayWords } : {}) });
  });

  it.each([
    'mark case 1207 as resolved',
    'mark case 1207 as done',
    'close the acme deal',
    'close case 1203',
    'move the acme deal to negotiation',
    'push the globex opp to next quarter',
    'cancel my digest',
    'mark acme as a customer',
    'how do i mark a task as done',
    'remind me to mark the invoice as done',
    'what are my tasks',
    'any overdue tasks?',
    'create a task to move the demo to friday',
    'make task for me: send proposal to acme on friday',
    'set a reminder to push the globex task to monday',
    'log a call with acme: they finished the pilot',
    'x'.repeat(400) + ' mark the task done',
  ])('"%s" changes no task', (text) => {
    expect(taskChangeOf(text)).toBeUndefined();
  });

  it.each([
    ['actually make it friday', 'due', 'friday'],
    ['make it friday instead', 'due', 'friday'],
    ['friday instead', 'due', 'friday'],
    ['no, make that next tuesday', 'due', 'next tuesday'],
    ['move it to next week', 'due', 'next week'],
    ['can you push it to monday', 'due', 'monday'],
    ['mark it done', 'done', undefined],
    ["it's done", 'done', undefined],
    ['delete that task', 'cancelled', undefined],
  ])('right after a task was made, "%s" changes it (%s)', (text, change, dayWords) => {
    expect(recentTaskChangeOf(text, namesDay)).toEqual({
      change,
      taskWords: '',
      ...(dayWords ? { dayWords } : {}),
    });
  });

  it.each([
    'make it a priority',
    'the other one instead',
    'what about friday',
    'thanks',
    'yes',
    'cancel',
    'no',
  ])('right after a task was made, "%s" changes nothing', (text) => {
    expect(recentTaskChangeOf(text, namesDay)).toBeUndefined();
  });
});
