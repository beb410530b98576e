import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { ALEX, JORDAN, MORGAN, SAM as REP } from '../fixtures/demo-users';

/** Tasks, briefings, targets and data profiles asked in everyday words, through the bot core (now: Friday 4 Dec 2026). */
describe('everyday requests in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const tasksOf = async (title: string) => world.services.store.tasks.find({ title });

  it('creates a reminder with its due day, account and contact after the confirmation', async () => {
    const acme = (await world.services.store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const person = (await world.services.store.contacts.findOne({ accountId: acme._id }))!;
    const name = `${person.firstName} ${person.lastName}`;
    const title = `Send the MSA to ${name} at Acme`;
    const chat = new ChatDriver(world.services, 'c-task-1', { localUser: REP });
    const asked = replyText(await chat.say(`remind me to send the MSA to ${name} at Acme next tuesday`));
    expect(asked).toContain(`Create a task "${title}" due 8 Dec, for Acme Corporation (${name})?`);
    expect(await tasksOf(title)).toHaveLength(0);
    expect(replyText(await chat.say('yes'))).toContain(`Task created: "${title}" due 8 Dec`);
    const [task] = await tasksOf(title);
    expect(task?.dueAt?.toISOString().slice(0, 10)).toBe('2026-12-08');
    expect(task?.accountId).toBe(acme._id);
    expect(task?.contactId).toBe(person._id);
  }, 60_000);

  it('schedules a follow-up with the account just shown, named in the title', async () => {
    const chat = new ChatDriver(world.services, 'c-task-them', { localUser: REP });
    await chat.say('tell me about globex');
    const asked = replyText(await chat.say('schedule a follow up with them for tuesday'));
    expect(asked).toContain('Create a task "Follow up with Globex" due 8 Dec, for Globex?');
    expect(asked).not.toMatch(/digest/i);
    expect(await world.services.store.digestSubscriptions.find({})).toHaveLength(0);
    expect(replyText(await chat.say('yes'))).toContain('Task created: "Follow up with Globex" due 8 Dec');
    expect(await tasksOf('Follow up with Globex')).toHaveLength(1);
  }, 60_000);

  it('takes another day at the confirmation, and saves nothing on no', async () => {
    const chat = new ChatDriver(world.services, 'c-task-2', { localUser: REP });
    expect(replyText(await chat.say('add a to-do: call Globex back friday'))).toContain(
      '"Call Globex back" due 11 Dec, for Globex',
    );
    expect(replyText(await chat.say('wednesday instead'))).toContain('"Call Globex back" due 9 Dec');
    expect(replyText(await chat.say('no'))).toContain("I didn't create a task");
    expect(await tasksOf('Call Globex back')).toHaveLength(0);
  }, 60_000);

  it('asks what the task should say when the request does not', async () => {
    const chat = new ChatDriver(world.services, 'c-task-3', { localUser: REP });
    expect(replyText(await chat.say('set a reminder for monday'))).toContain('What should the task say?');
    expect(replyText(await chat.say('chase legal about the DPA'))).toContain(
      '"Chase legal about the DPA" due 7 Dec',
    );
    expect(replyText(await chat.say('yes'))).toContain('Task created');
    expect(await tasksOf('Chase legal about the DPA')).toHaveLength(1);
  }, 60_000);

  it('refuses a role that may not create tasks before asking anything', async () => {
    const chat = new ChatDriver(world.services, 'c-task-4', { localUser: ALEX });
    expect(replyText(await chat.say('remind me to send the newsletter friday'))).not.toMatch(/Create a task/);
  }, 60_000);

  it('briefs on the account named amid words of time and occasion', async () => {
    const chat = new ChatDriver(world.services, 'c-brief', { localUser: REP });
    expect(replyText(await chat.say('brief me on acme before my call'))).toMatch(/^Acme Corporation/);
    expect(replyText(await chat.say('prep me for the Hooli meeting tmrw'))).toMatch(/^Hooli/);
  }, 60_000);

  it('answers whether the team will hit its target with the forecast against it', async () => {
    const chat = new ChatDriver(world.services, 'c-target', { localUser: MORGAN });
    await chat.say('set the Enterprise target for 2026-Q4 to 2M');
    await chat.say('yes');
    expect(replyText(await chat.say('whats our quota this quarter?'))).toBe(
      'The Enterprise target for 2026-Q4 is $2,000,000.',
    );
    expect(replyText(await chat.say('are we going to hit target'))).toMatch(
      /^The Enterprise target for 2026-Q4 is \$2,000,000\. The weighted forecast is \$[\d.]+[kM]? \(\d+% of it\), /,
    );
  }, 60_000);

  it('profiles a collection for an admin, and tells a rep it is not theirs', async () => {
    const admin = new ChatDriver(world.services, 'c-profile-1', {
      localUser: JORDAN,
    });
    const deals = await world.services.store.deals.countDocuments({});
    const reply = replyText(await admin.say('profile the deals collection'));
    expect(reply).toContain(`${deals.toLocaleString('en-US')} deals`);
    expect(reply).toContain('crmpro data profile deals --report DIR');
    const rep = new ChatDriver(world.services, 'c-profile-2', { localUser: REP });
    expect(replyText(await rep.say('profile contacts'))).toMatch(/data profiles are for admins and analysts/);
  }, 60_000);
});
