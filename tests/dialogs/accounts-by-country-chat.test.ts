import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (W10-Q): accounts of an industry in a country, counted and listed from
// the store (the country as the store spells it: "uk" is United Kingdom), and "who owns them" right
// after is each of those accounts' owner (was "Which account do you mean?").
const ALEX = 'alex.kim@demo.crmpro.dev';

describe('accounts by industry and country', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  async function accountsOf(industry: string, country: string) {
    const { store } = world.services;
    const accounts = await store.accounts.find({ industry, country });
    const owners = await store.users.find({ _id: { $in: accounts.map((a) => a.ownerId ?? '') } });
    const ownerName = new Map(owners.map((u) => [u._id, u.name]));
    return accounts.map((a) => ({ name: a.name, owner: a.ownerId ? ownerName.get(a.ownerId) : undefined }));
  }

  it('counts the healthcare accounts in the uk, then names their owners', async () => {
    const expected = await accountsOf('Healthcare', 'United Kingdom');
    const chat = new ChatDriver(world.services, 'c-country-owners', { localUser: ALEX });
    const [count] = await chat.say('how many healthcare accounts are there in the uk');
    expect(count!.text).toMatch(
      expected.length
        ? new RegExp(`^${expected.length} Healthcare accounts? in the United Kingdom`)
        : /^No Healthcare accounts in the United Kingdom/,
    );
    const [owners] = await chat.say('who owns them');
    for (const account of expected) {
      expect(owners!.text).toContain(account.name);
      if (account.owner) expect(owners!.text).toContain(account.owner);
    }
  }, 120_000);

  it.each([
    ['list our manufacturing accounts in japan', 'Manufacturing', 'Japan'],
    ['any software companies in germany?', 'Software', 'Germany'],
  ])(
    '"%s" lists those accounts from the store',
    async (message, industry, country) => {
      const expected = await accountsOf(industry, country);
      const [reply] = await new ChatDriver(world.services, `c-country-${message}`, { localUser: ALEX }).say(
        message,
      );
      if (!expected.length) expect(reply!.text).toMatch(new RegExp(`^No ${industry} accounts in ${country}`));
      else expect(reply!.text).toMatch(new RegExp(`^${expected.length} ${industry} accounts? in ${country}`));
      for (const account of expected.slice(0, 25)) expect(reply!.text).toContain(account.name);
    },
    120_000,
  );
});
