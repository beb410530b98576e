import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { MORGAN, PRIYA, SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

/**
 * Issue 19, eighteenth round (w19t): tasks in conversation on the seeded demo CRM (its clock:
 * Friday 4 Dec 2026). How to reschedule a task is the documentation's section; a row of a task list
 * just shown is changed by its position; a manager changes a teammate's task named with the
 * teammate's name. Titles and outcomes are read from the store and the knowledge file.
 */
describe('tasks in conversation', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const userOf = async (email: string) => (await world.services.store.users.find({ email }))[0]!;

  it('answers how to reschedule a task from the section on finishing and rescheduling tasks', async () => {
    const file = readFileSync(
      path.join(__dirname, '..', '..', 'knowledge', 'features', 'activity-logging.md'),
      'utf8',
    );
    const section = /## Finishing and rescheduling tasks\n\n([^\n]+)/.exec(file)![1]!;
    const chat = new ChatDriver(world.services, 'task-how-to', { localUser: SAM });
    for (const question of ['how do i reschedule a task', 'is there a way to push back a to-do']) {
      const text = replyText(await chat.say(question));
      expect(text).toContain(section.slice(0, 60));
      expect(text).not.toMatch(/open tasks:/);
    }
  }, 120_000);

  // A day of a month just past, said without a year, is this year's ("were due on dec 1" on 4 Dec).
  it("lists the tasks that were due on a day just past, this year's", async () => {
    const sam = await userOf(SAM);
    await world.services.store.tasks.insertMany([
      {
        title: 'Send the narwhal contract',
        ownerId: sam._id,
        status: 'open',
        dueAt: new Date('2026-12-01T12:00:00Z'),
      },
    ]);
    const due = (await world.services.store.tasks.find({ ownerId: sam._id, status: 'open' })).filter(
      (t) => t.dueAt?.toISOString().slice(0, 10) === '2026-12-01',
    );
    const chat = new ChatDriver(world.services, 'tasks-due-dec-1', { localUser: SAM });
    const text = replyText(await chat.say('which of my tasks were due on dec 1'));
    expect(text).toMatch(/due 1 Dec 2026/);
    for (const task of due) expect(text).toContain(task.title);
  }, 120_000);

  it('changes a row of the task list just shown, by its position', async () => {
    const sam = await userOf(SAM);
    const chat = new ChatDriver(world.services, 'task-rows', { localUser: SAM });
    // The rows of a task list as shown ("• title — due …").
    const rowsOf = (list: string) =>
      list
        .split('\n')
        .filter((line) => line.startsWith('• '))
        .map((line) => line.slice(2).split(' — ')[0]!);
    const rows = rowsOf(replyText(await chat.say('what are my tasks')));
    expect(rows.length).toBeGreaterThan(1);
    const titled = async (row: string) =>
      (await world.services.store.tasks.find({ ownerId: sam._id })).find((t) => row.startsWith(t.title))!;
    const first = await titled(rows[0]!);
    expect(first.status).toBe('open');
    expect(replyText(await chat.say('mark the first one done'))).toContain(`Mark "${first.title}"`);
    expect(replyText(await chat.say('yes'))).toMatch(/is marked done/);
    expect((await world.services.store.tasks.findById(first._id))!.status).toBe('done');

    // "the second one" shows that task, which "it" then means.
    const again = rowsOf(replyText(await chat.say('what are my tasks')));
    expect(again).not.toContain(rows[0]);
    const second = await titled(again[1]!);
    expect(replyText(await chat.say('the second one'))).toContain(`"${second.title}"`);
    expect(replyText(await chat.say('cancel that task'))).toContain(`Cancel the task "${second.title}"`);
    expect(replyText(await chat.say('no'))).toMatch(/left the task as it was/);
    expect((await world.services.store.tasks.findById(second._id))!.status).toBe('open');
  }, 120_000);

  it("lets a manager change a teammate's task named with the teammate's name; a rep of another team finds none", async () => {
    const sam = await userOf(SAM);
    const [task] = await world.services.store.tasks.insertMany([
      {
        title: 'Send the walrus pricing sheet',
        ownerId: sam._id,
        status: 'open',
        dueAt: new Date('2026-12-09T12:00:00Z'),
      },
    ]);
    // Priya manages another team: Sam's task is not hers to find.
    const priya = new ChatDriver(world.services, 'task-teammate-other', { localUser: PRIYA });
    expect(replyText(await priya.say("mark sam's walrus task done"))).toMatch(/couldn't find an open task/);
    const morgan = new ChatDriver(world.services, 'task-teammate', { localUser: MORGAN });
    expect(replyText(await morgan.say("mark sam's walrus task done"))).toMatch(
      new RegExp(`Mark "${task!.title}" \\(due 9 Dec, ${sam.name}'s task\\) as done\\?`),
    );
    expect(replyText(await morgan.say('yes'))).toMatch(/is marked done/);
    expect((await world.services.store.tasks.findById(task!._id))!.status).toBe('done');
  }, 120_000);
});
