import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { ALEX, JORDAN, SAM } from '../fixtures/demo-users';

/**
 * "add a new rep called dana white", "remove sam's access", "make alex an admin": chat changes no
 * users; the reply says so and gives the `crmpro users` command filled in from the CRM's users.
 */
describe('asking the bot to add, remove or re-role a user', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const ask = async (question: string, as = JORDAN) =>
    replyText(await new ChatDriver(world.services, `users-${question}`, { localUser: as }).say(question));

  it.each([
    [
      'add a new rep called dana white to the enterprise team',
      /can't add users from chat[\s\S]*crmpro users add --email \S+ --name "Dana White" --role rep --team Enterprise/,
    ],
    [
      'invite dana@acme.com as support',
      /crmpro users add --email dana@acme\.com --name "<full name>" --role support/,
    ],
    [
      "remove sam's access",
      /can't remove users from chat[\s\S]*crmpro users deactivate --email sam\.rivera@demo\.crmpro\.dev/,
    ],
    [
      'make alex an admin',
      /can't change roles from chat[\s\S]*crmpro users set-role --email alex\.kim@demo\.crmpro\.dev --role admin/,
    ],
  ])(
    'an admin asking "%s" gets the command',
    async (question, expected) => {
      const reply = await ask(question);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/Which account|knowledge base has no answer|can't help with that/);
    },
    60_000,
  );

  it('the users still are as they were: nothing was changed from chat', async () => {
    await ask("remove sam's access");
    await ask('make alex an admin');
    expect(await world.services.store.users.findOne({ email: SAM })).toMatchObject({
      active: true,
    });
    expect(await world.services.store.users.findOne({ email: ALEX })).toMatchObject({
      role: 'marketing',
    });
  }, 60_000);

  // W17S, sixteenth round: the reason said after the name is no part of it (their e-mail from the store).
  it.each(['deactivate sam rivera he left', 'please remove sam rivera, he quit the company last week'])(
    'an admin asking "%s" gets the deactivate command for that user',
    async (question) => {
      const sam = (await world.services.store.users.findOne({ email: SAM }))!;
      const reply = await ask(question);
      expect(reply).toContain(`crmpro users deactivate --email ${sam.email}`);
      expect(reply).toContain(`To take ${sam.name}'s access away`);
    },
    60_000,
  );

  it('a rep asking is told only an admin can', async () => {
    expect(await ask('make me an admin please', SAM)).not.toMatch(/set-role/);
    expect(await ask('promote chloe to manager', SAM)).toMatch(/^Only an admin can/);
  }, 60_000);
});
