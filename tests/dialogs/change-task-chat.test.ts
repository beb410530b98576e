import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const REP = 'sam.rivera@demo.crmpro.dev';
const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Changing a task from chat, on the seeded demo CRM (its clock: Friday 4 Dec 2026). */
describe('changing tasks in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const taskTitled = async (title: string) => {
    const [task] = await world.services.store.tasks.find({ title });
    return task!;
  };

  it('moves the task just made when told "actually make it friday", after a yes', async () => {
    const chat = new ChatDriver(world.services, 'task-change-friday', { localUser: REP });
    expect(replyText(await chat.say('remind me to send acme the qbr agenda monday'))).toMatch(
      /Create a task "Send acme the qbr agenda" due 7 Dec/,
    );
    expect(replyText(await chat.say('yes'))).toMatch(/Task created/);
    expect(replyText(await chat.say('actually make it friday'))).toMatch(
      /Move "Send acme the qbr agenda" \(due 7 Dec.*\) to 11 Dec\? \(yes \/ no \/ another day\)/,
    );
    // Nothing changes before the yes.
    expect((await taskTitled('Send acme the qbr agenda')).dueAt?.toISOString().slice(0, 10)).toBe(
      '2026-12-07',
    );
    expect(replyText(await chat.say('yes'))).toMatch(/"Send acme the qbr agenda" is now due 11 Dec/);
    expect((await taskTitled('Send acme the qbr agenda')).dueAt?.toISOString().slice(0, 10)).toBe(
      '2026-12-11',
    );
    // And it stays "it" for one more change.
    expect(replyText(await chat.say('mark it done'))).toMatch(/Mark "Send acme the qbr agenda" .* as done\?/);
    expect(replyText(await chat.say('no'))).toMatch(/left the task as it was/);
    expect((await taskTitled('Send acme the qbr agenda')).status).toBe('open');
    // A move to the day it is already due changes nothing and asks nothing.
    expect(replyText(await chat.say('move it to friday'))).toMatch(/is already due then; nothing changed/);
    // A change is a request, not a question: "try again" does not make it again.
    expect(replyText(await chat.say('try again'))).toMatch(/no earlier question to try again/);
  }, 120_000);

  it('finds a task by words of its title, confirms, and marks it done, cancels or moves it', async () => {
    const chat = new ChatDriver(world.services, 'task-change-named', { localUser: REP });
    await chat.say('add a to-do: prepare the zebra workshop next tuesday');
    expect(replyText(await chat.say('yes'))).toMatch(/Task created: "Prepare the zebra workshop" due 8 Dec/);
    const other = new ChatDriver(world.services, 'task-change-named-2', { localUser: REP });
    expect(replyText(await other.say('push the zebra workshop task to next thursday'))).toMatch(
      /Move "Prepare the zebra workshop" \(due 8 Dec\) to 10 Dec\?/,
    );
    // Another day instead of yes asks again with that day.
    expect(replyText(await other.say('no, friday'))).toMatch(/to 11 Dec\?/);
    expect(replyText(await other.say('yes'))).toMatch(/now due 11 Dec/);
    expect(replyText(await other.say('tick off the zebra workshop'))).toMatch(/as done\?/);
    expect(replyText(await other.say('yes'))).toMatch(/"Prepare the zebra workshop" is marked done/);
    expect((await taskTitled('Prepare the zebra workshop')).status).toBe('done');
    expect(replyText(await other.say('mark the zebra workshop task as done'))).toMatch(
      /couldn't find an open task of yours matching "the zebra workshop task"/,
    );
    expect(replyText(await other.say('reopen the zebra task'))).toMatch(
      /Reopen the task "Prepare the zebra workshop"/,
    );
    expect(replyText(await other.say('yes'))).toMatch(/open again/);
    expect(replyText(await other.say('cancel the zebra workshop task'))).toMatch(/Cancel the task/);
    expect(replyText(await other.say('yes'))).toMatch(/is cancelled/);
    expect((await taskTitled('Prepare the zebra workshop')).status).toBe('cancelled');
  }, 120_000);

  it('offers a numbered choice when the words fit several tasks', async () => {
    const chat = new ChatDriver(world.services, 'task-change-choice', { localUser: REP });
    for (const request of [
      'remind me to call the yak farm on monday',
      'remind me to email the yak farm on tuesday',
    ]) {
      await chat.say(request);
      await chat.say('yes');
    }
    const asked = replyText(await chat.say('mark the yak farm task as done'));
    expect(asked).toMatch(
      /Which task\?\n1\. "Call the yak farm" \(due 7 Dec\)\n2\. "Email the yak farm" \(due 8 Dec\)/,
    );
    expect(replyText(await chat.say('2'))).toMatch(/Mark "Email the yak farm" .* as done\?/);
    expect(replyText(await chat.say('yes'))).toMatch(/marked done/);
    expect((await taskTitled('Call the yak farm')).status).toBe('open');
    expect((await taskTitled('Email the yak farm')).status).toBe('done');
  }, 120_000);

  it('refuses a role that may not change tasks, and changes nothing for questions about tasks', async () => {
    const before = JSON.stringify(await world.services.store.tasks.find({}));
    const support = new ChatDriver(world.services, 'task-change-support', { localUser: SUPPORT });
    expect(replyText(await support.say('mark the zebra workshop task as done'))).toMatch(
      /(?:isn't|is not) available to you|can't change|support role/i,
    );
    const rep = new ChatDriver(world.services, 'task-change-questions', { localUser: REP });
    for (const question of ['how do i mark a task as done', 'what are my tasks', 'make it a priority'])
      expect(replyText(await rep.say(question))).not.toMatch(/Mark "|Move "|Cancel the task|Which task\?/);
    expect(JSON.stringify(await world.services.store.tasks.find({}))).toBe(before);
  }, 120_000);
});
