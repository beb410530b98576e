import type { ConversationMemory } from '../../../src/dialogs/conversation-memory';
import { shownTaskReading } from '../../../src/dialogs/intents/task-change-draft';

// Issue 19, eighteenth round (w19t): after a task list, a row of it by position ("mark the first
// one done", "the second one", "push the last one to monday") is that task, from the list's ids
// kept in memory. Wordings of each, and wordings that point at no row or ask no change.
const clock = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
const shown: ConversationMemory = {
  lastRecordQuery: { record: 'task', owner: { scope: 'mine' }, aggregate: 'list' },
  lastTasks: [
    { id: 't1', title: 'Book a security review call', due: '2026-12-01' },
    { id: 't2', title: 'Follow up with Jane Cooper', due: '2026-12-07', account: 'Initech' },
    { id: 't3', title: 'Prepare the QBR deck', due: '2026-12-07' },
  ],
};
const read = (text: string, memory: ConversationMemory = shown, focus: 'records' | 'deals' = 'records') => {
  const reading = shownTaskReading(text, memory, focus, clock);
  return reading && { id: reading.task.id, change: reading.change?.change, day: reading.change?.dayWords };
};

describe('a row of the task list just shown', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    ['mark the first one done', 't1', 'done', undefined],
    ['Mark the 2nd one as complete', 't2', 'done', undefined],
    ['ok mark the third task as done', 't3', 'done', undefined],
    ['tick off the first one', 't1', 'done', undefined],
    ['the second one is done', 't2', 'done', undefined],
    ['#2 is done', 't2', 'done', undefined],
    ['cancel the last one', 't3', 'cancelled', undefined],
    ['delete the 1st task', 't1', 'cancelled', undefined],
    ['push the last one to monday', 't3', 'due', 'monday'],
    ['move the second one to next friday', 't2', 'due', 'next friday'],
    ['the second one', 't2', undefined, undefined],
    ['what about the third one?', 't3', undefined, undefined],
    ['number 1', 't1', undefined, undefined],
  ])('%s → %s %s', (text, id, change, day) => {
    expect(read(text)).toEqual({ id, change, day });
  });

  it.each([
    // No such row, or nothing asked of the task that changes it.
    'mark the fifth one done',
    'who is the second one for',
    'when is the first one due',
    // No row at all.
    'mark the qbr task done',
    'what are my tasks',
    'the first quarter',
  ])('%s → no change of a shown task', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('points at nothing when the last answer was no task list', () => {
    expect(read('mark the first one done', shown, 'deals')).toBeUndefined();
    expect(
      read('mark the first one done', {
        ...shown,
        lastRecordQuery: { record: 'account', owner: { scope: 'mine' }, aggregate: 'list' },
      }),
    ).toBeUndefined();
    expect(read('the second one', { lastRecordQuery: shown.lastRecordQuery! })).toBeUndefined();
  });
});
