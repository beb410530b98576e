import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver, widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/** Asking the bot about oneself as a CRM user, and changing one's own time zone, on the seeded demo CRM. */
describe('questions about oneself, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const userOf = async (role: string) =>
    (await world.services.store.users.find({ active: true, role: role as never }))[0]!;

  it.each([
    ['rep', "what's my role", /a sales rep/],
    ['manager', 'what is my role here?', /a sales manager/],
    ['marketing', 'which role do i have', /a marketing user/],
    ['support', 'my role?', /a support agent/],
    ['analyst', 'am i an admin', /an analyst/],
    ['admin', "what's my role", /an admin/],
  ])(
    'as %s, "%s" names the role from the user record',
    async (role, wording, named) => {
      const user = await userOf(role);
      const chat = new ChatDriver(world.services, `self-role-${role}`, { localUser: user.email });
      const reply = replyText(await chat.say(wording));
      expect(reply).toContain(user.name);
      expect(reply).toMatch(named);
      expect(reply).toContain(`team ${user.team}`);
    },
    60_000,
  );

  it('"what do you know about me" gives the record, the manager and what the rep owns, read from the store', async () => {
    const rep = await userOf('rep');
    const chat = new ChatDriver(world.services, 'self-profile', { localUser: rep.email });
    const reply = replyText(await chat.say('what do you know about me'));
    const store = world.services.store;
    const openDeals = await store.deals.countDocuments({
      ownerId: rep._id,
      stage: { $nin: ['won', 'lost'] },
    });
    const accounts = await store.accounts.countDocuments({ ownerId: rep._id });
    const manager = (await store.users.find({ team: rep.team, role: 'manager', active: true }))[0]!;
    expect(reply).toContain(rep.email);
    expect(reply).toContain(`Time zone: ${rep.timezone}`);
    expect(reply).toContain(`Manager: ${manager.name}`);
    expect(reply).toContain(`${accounts} accounts, ${openDeals} open deals`);
    expect(reply).toMatch(/transcript/);
    expect(reply).not.toMatch(/Which account do you mean|can't help/);
  }, 60_000);

  it('changes the time zone only after a yes, and a no leaves it', async () => {
    const rep = await userOf('rep');
    const chat = new ChatDriver(world.services, 'self-timezone', { localUser: rep.email });
    const stored = async () => (await world.services.store.users.findById(rep._id))!.timezone;
    const before = await stored();
    expect(replyText(await chat.say('change my timezone to europe/london'))).toBe(
      `Change your time zone from ${before} to Europe/London? (yes / no)`,
    );
    expect(await stored()).toBe(before);
    expect(replyText(await chat.say('no'))).toMatch(/stays as it was/);
    expect(await stored()).toBe(before);

    expect(replyText(await chat.say('switch me to pacific time'))).toMatch(/to America\/Los_Angeles\?/);
    expect(replyText(await chat.say('yes'))).toMatch(/^Done: your time zone is now America\/Los_Angeles/);
    expect(await stored()).toBe('America/Los_Angeles');
    expect(replyText(await chat.say("what's my timezone"))).toMatch(
      /^Your time zone is America\/Los_Angeles/,
    );

    // No zone said, then one the runtime does not know, then a city.
    expect(replyText(await chat.say('change my time zone'))).toMatch(/^Which time zone\?/);
    expect(replyText(await chat.say('atlantis'))).toMatch(/don't know a time zone called "atlantis"/);
    expect(replyText(await chat.say('berlin'))).toMatch(/from America\/Los_Angeles to Europe\/Berlin\?/);
    expect(replyText(await chat.say('yes'))).toMatch(/now Europe\/Berlin/);
    expect(await stored()).toBe('Europe/Berlin');
    await world.services.store.users.updateOne({ _id: rep._id }, { $set: { timezone: before } });
  }, 60_000);

  it('tells a website visitor that it keeps no profile of them, and shows no CRM user', async () => {
    const visitor = widgetVisitor(world.services, 'self');
    for (const wording of ['what do you know about me', "what's my role"]) {
      const reply = replyText(await visitor.say(wording));
      expect(reply).toMatch(/^You're chatting as a website visitor: I know nothing about you/);
      expect(reply).not.toMatch(/demo\.crmpro\.dev|Sam Rivera/);
    }
  }, 60_000);

  it("points an admin to the command for someone else's time zone, and changes nothing", async () => {
    const admin = await userOf('admin');
    const rep = await userOf('rep');
    const chat = new ChatDriver(world.services, 'self-other', { localUser: admin.email });
    const before = (await world.services.store.users.findById(rep._id))!.timezone;
    expect(replyText(await chat.say(`change ${rep.name.split(' ')[0]!.toLowerCase()}'s timezone`))).toMatch(
      /crmpro users set-timezone/,
    );
    expect((await world.services.store.users.findById(rep._id))!.timezone).toBe(before);
  }, 60_000);
});
