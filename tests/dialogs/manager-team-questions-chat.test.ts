import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eleventh round (W9-E): worries asked by a manager. "what should i be worried about" is
// the team's deals at risk (a manager owns none: it was "None of the 0 open deals (your deals)"), and
// "anything i should worry about there" right after an account is that account's open deals at risk
// (it was the caller's own deals, none of the account's for a manager).
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';
const AT_RISK =
  /(\d+) of (\d+) open deals? \(([^)]+)\) (?:are|is) at risk|None of the (\d+) open deals \(([^)]+)\)/;

describe("a manager's worries", () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  /** The open deals of the account named, owned by the Enterprise team (Morgan's and Sam's). */
  async function teamOpenDealsOf(accountName: string): Promise<string[]> {
    const account = await world.services.store.accounts.findOne({ name: accountName });
    const team = await world.services.store.users.find({ team: 'Enterprise' });
    const deals = await world.services.store.deals.find({
      accountId: account!._id,
      ownerId: { $in: team.map((u) => u._id) },
      stage: { $in: ['prospecting', 'qualification', 'proposal', 'negotiation'] },
    });
    return deals.map((deal) => deal.name);
  }

  it.each(['what should i be worried about', 'anything i should worry about', "what's dragging"])(
    'a manager\'s "%s" is the team\'s deals at risk',
    async (message) => {
      const chat = new ChatDriver(world.services, `c-worry-${message}`, { localUser: MORGAN });
      const [reply] = await chat.say(message);
      const [, , considered, where] = AT_RISK.exec(reply!.text) ?? [];
      expect(where).toBe('team Enterprise');
      const open = await world.services.store.deals.countDocuments({
        ownerId: { $in: (await world.services.store.users.find({ team: 'Enterprise' })).map((u) => u._id) },
        stage: { $in: ['prospecting', 'qualification', 'proposal', 'negotiation'] },
      });
      expect(Number(considered)).toBe(open);
    },
    120_000,
  );

  it.each([
    [MORGAN, 'Acme Corporation', 'tell me about acme', 'anything i should worry about there'],
    [MORGAN, 'Initech', 'tell me about initech', 'any red flags with them?'],
    [SAM, 'Acme Corporation', 'tell me about acme', 'anything i should be worried about there'],
  ])(
    '%s: after %s, "%s" → "%s" is that account\'s deals at risk',
    async (user, name, first, second) => {
      const chat = new ChatDriver(world.services, `c-worry-there-${user}-${second}`, { localUser: user });
      await chat.say(first);
      const [reply] = await chat.say(second);
      const open = await teamOpenDealsOf(name);
      expect(reply!.text).toContain(`${name}'s open deals:`);
      const found = AT_RISK.exec(reply!.text);
      expect(Number(found?.[2] ?? found?.[4])).toBe(open.length);
      for (const item of reply!.lists?.[0]?.items ?? []) expect(open).toContain(item.title);
    },
    120_000,
  );

  it('without an account shown, "anything i should worry about there" is not one account\'s', async () => {
    const chat = new ChatDriver(world.services, 'c-worry-no-account', { localUser: MORGAN });
    await chat.say('which deals are closing this month');
    const [reply] = await chat.say('anything i should worry about there');
    expect(reply!.text).not.toMatch(/'s open deals:/);
  }, 120_000);
});
