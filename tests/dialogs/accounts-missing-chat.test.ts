import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { nameKeyOf } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (W9-C): data hygiene, accounts missing a contact or an owner, answered
// from the store ("None: every one … has an owner" when there are none), never a how-to from the
// documentation or "I can't help with that". An account planted without either must then be listed.
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

describe('accounts missing a contact or an owner', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  async function missing(): Promise<{ contact: number; owner: number }> {
    const { store } = world.services;
    const accounts = await store.accounts.find({});
    const withContacts = new Set(await store.contacts.distinct<string>('accountId'));
    return {
      contact: accounts.filter((a) => !withContacts.has(a._id)).length,
      owner: accounts.filter((a) => !a.ownerId).length,
    };
  }

  it.each([
    [JORDAN, 'any accounts with no owner', 'owner'],
    [JORDAN, 'unowned accounts', 'owner'],
    [JORDAN, 'how many accounts have no account owner', 'owner'],
    [JORDAN, 'any accounts with no contacts at all', 'contact'],
    [JORDAN, 'which accounts have no contacts', 'contact'],
    [MORGAN, 'accounts without any contacts', 'contact'],
  ] as const)(
    '%s: "%s" is answered from the store',
    async (user, message, field) => {
      const expected = (await missing())[field];
      const [reply] = await new ChatDriver(world.services, `c-missing-${message}`, { localUser: user }).say(
        message,
      );
      expect(reply!.text).toMatch(expected ? new RegExp(`^${expected} accounts?`) : /^None: every one/);
    },
    120_000,
  );

  it('lists an account planted with no owner and no contacts', async () => {
    const name = 'Hygiene Check Holdings';
    await world.services.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'prospect' });
    for (const message of ['any accounts with no owner', 'any accounts with no contacts at all']) {
      const [reply] = await new ChatDriver(world.services, `c-missing-planted-${message}`, {
        localUser: JORDAN,
      }).say(message);
      expect(reply!.text).toMatch(/^\d+ accounts? .*with no/);
      expect(reply!.text).toContain(name);
    }
  }, 120_000);
});
