import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN, MORGAN, NOAH, PRIYA, RILEY, SAM } from '../fixtures/demo-users';

/** "who's on my team": the caller's team's active users, never accounts. */
describe('the team roster in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(["who's on my team", 'who are my reps', 'list my team'])(
    'a manager asking "%s" hears every active member of their team and nobody else',
    async (question) => {
      const manager = (await world.services.store.users.findOne({ email: MORGAN }))!;
      const users = await world.services.store.users.find({ active: true });
      const chat = new ChatDriver(world.services, `team-${question}`, { localUser: manager.email });
      const reply = replyText(await chat.say(question));
      for (const user of users)
        if (user.team === manager.team) expect(reply).toContain(user.name);
        else expect(reply).not.toContain(user.name);
      expect(reply).not.toMatch(/Which account|can.t help/);
    },
    60_000,
  );

  it.each([
    ['list all the users who are sales reps', 'rep'],
    ['who has admin access', 'admin'],
    ['which users are managers?', 'manager'],
  ] as const)(
    'an admin asking "%s" hears every active user of that role, in every team',
    async (question, role) => {
      const admin = (await world.services.store.users.findOne({ email: JORDAN }))!;
      const users = await world.services.store.users.find({ active: true });
      const chat = new ChatDriver(world.services, `users-${question}`, { localUser: admin.email });
      const reply = replyText(await chat.say(question));
      for (const user of users)
        if (user.role === role) expect(reply).toContain(user.name);
        else expect(reply).not.toContain(user.name);
      expect(reply).not.toMatch(/segment|Which account|can.t help/i);
    },
    60_000,
  );

  it.each([
    ["who is on priya's team", PRIYA],
    ['who reports to priya', PRIYA],
    ['list everyone on the support team', RILEY],
    ['who is on the analytics team', NOAH],
  ] as const)(
    'an admin asking "%s" hears that team\'s active members and nobody else',
    async (question, memberEmail) => {
      const admin = (await world.services.store.users.findOne({ email: JORDAN }))!;
      const member = (await world.services.store.users.findOne({ email: memberEmail }))!;
      const users = await world.services.store.users.find({ active: true });
      const chat = new ChatDriver(world.services, `team-of-${question}`, { localUser: admin.email });
      const reply = replyText(await chat.say(question));
      for (const user of users)
        if (user.team === member.team) expect(reply).toContain(user.name);
        else expect(reply).not.toContain(user.name);
    },
    60_000,
  );

  it("a manager hears their own team again, and not another manager's team", async () => {
    const manager = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const users = await world.services.store.users.find({ active: true });
    const chat = new ChatDriver(world.services, 'team-again', { localUser: manager.email });
    const own = replyText(await chat.say("who's on my team again"));
    for (const user of users)
      if (user.team === manager.team) expect(own).toContain(user.name);
      else expect(own).not.toContain(user.name);
    const other = replyText(await chat.say("who is on priya's team"));
    expect(other).toMatch(/own team/);
    expect(other).not.toContain('Kenji Watanabe');
  }, 60_000);

  it("a rep asking who the sales reps are hears their own team's reps only", async () => {
    const rep = (await world.services.store.users.findOne({ email: SAM }))!;
    const users = await world.services.store.users.find({ active: true });
    const chat = new ChatDriver(world.services, 'users-rep', { localUser: rep.email });
    const reply = replyText(await chat.say('who are the sales reps'));
    for (const user of users)
      if (user.role === 'rep' && user.team === rep.team) expect(reply).toContain(user.name);
      else expect(reply).not.toContain(user.name);
    expect(reply).toContain(`Team ${rep.team}`);
  }, 60_000);
});
