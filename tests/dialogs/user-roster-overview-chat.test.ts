import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/** An admin's access review: every user with their role, how many there are, then one role of them. */
describe('users by role for an admin (w8k)', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const adminChat = async (name: string) => {
    const admin = (await world.services.store.users.findOne({ email: 'jordan.blake@demo.crmpro.dev' }))!;
    return new ChatDriver(world.services, name, { localUser: admin.email });
  };

  it('"access review: who has which role" lists every active user with their role; "only the support people" keeps the support agents', async () => {
    const users = await world.services.store.users.find({ active: true });
    const chat = await adminChat('access-review');
    const all = replyText(await chat.say('access review: who has which role'));
    expect(all).toContain(`${users.length} members across all teams`);
    for (const user of users) expect(all).toContain(`${user.name} (${user.role}`);
    const support = replyText(await chat.say('only the support people'));
    const agents = users.filter((u) => u.role === 'support');
    expect(agents.length).toBeGreaterThan(0);
    for (const user of users)
      if (user.role === 'support') expect(support).toContain(user.name);
      else expect(support).not.toContain(user.name);
  }, 60_000);

  it.each(['how many crm users do we have', 'user count?', 'how many people use crmpro'])(
    '"%s" gives the number of active users and how many of each role',
    async (question) => {
      const users = await world.services.store.users.find({ active: true });
      const reps = users.filter((u) => u.role === 'rep').length;
      const reply = replyText(await (await adminChat(`count-${question}`)).say(question));
      expect(reply).toContain(`${users.length} members across all teams`);
      expect(reply).toContain(`${reps} sales reps`);
      expect(reply).not.toMatch(/segment|Which account|can.t help/i);
    },
    60_000,
  );

  it('"only the support people" with no list of users just shown is no roster', async () => {
    const reply = replyText(await (await adminChat('no-roster')).say('only the support people'));
    expect(reply).not.toMatch(/members across all teams|support agents across all teams/);
  }, 60_000);
});
