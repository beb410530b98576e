import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, r4: "which accounts should i call today" through the bot core is the rep's own call
// list (the accounts-to-call digest's), counted against the accounts the store says the rep owns.
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('which accounts to call, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('a rep hears their own accounts worth a call, out of the accounts they own', async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const owned = (await store.accounts.find({ ownerId: sam._id })).filter((a) => a.status !== 'churned');
    const names = new Set(owned.map((a) => a.name));
    const chat = new ChatDriver(world.services, 'c-call-list', { localUser: SAM });
    const [reply] = await chat.say('which accounts should i call today');
    expect(reply!.text).toMatch(new RegExp(`^Accounts to call \\(\\d+ of your ${owned.length} accounts`));
    const listed = reply!.lists?.[0]?.items ?? [];
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(names.has(item.title)).toBe(true);
    expect(reply!.text).not.toMatch(/win chance|conversion chance/);
  }, 60_000);
});
