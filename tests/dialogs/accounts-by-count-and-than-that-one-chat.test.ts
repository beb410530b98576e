import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { SAM } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19c): through the bot core on the demo CRM as Sam, "my accts w/ more
// than 5 contacts" (accounts by their contacts still at the company, the most first) and "any of my
// opps in negotiation bigger than that one?" after one deal was shown. Expected rows read from the store.
describe('accounts by their count of contacts, and deals bigger than the one shown (eighteenth round)', () => {
  let world: EvalWorld;
  let samId: string;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
  }, 120_000);
  afterAll(() => world.close());

  const driver = (conversation: string) => new ChatDriver(world.services, conversation, { localUser: SAM });

  it('"my accts w/ more than 5 contacts": the accounts with six or more contacts still there', async () => {
    const store = world.services.store;
    const accounts = await store.accounts.find({ ownerId: samId });
    const contacts = await store.contacts.find({ accountId: { $in: accounts.map((a) => a._id) } });
    const held = (id: string) => contacts.filter((c) => c.accountId === id && !c.leftAt).length;
    const expected = accounts.filter((a) => held(a._id) > 5);
    expect(expected.length).toBeGreaterThan(0);
    const reply = replyText(await driver('w19c-contacts').say('my accts w/ more than 5 contacts'));
    expect(reply).toMatch(
      new RegExp(`^${expected.length} accounts? with more than 5 contacts \\(your accounts\\)`, 'm'),
    );
    for (const account of expected)
      expect(reply).toContain(`${account.name} — ${held(account._id)} contacts`);
    for (const account of accounts.filter((a) => held(a._id) <= 5))
      expect(reply).not.toContain(`${account.name} —`);
    expect(reply).not.toMatch(/deals over/);
  }, 120_000);

  it('"any of my opps in negotiation bigger than that one?": the bigger ones in negotiation, not that one', async () => {
    const chat = driver('w19c-bigger');
    await chat.say("the initech opp in negotiation - what's the amt?");
    const store = world.services.store;
    const initech = (await store.accounts.findOne({ name: 'Initech' }))!;
    const [shown] = await store.deals.find({ accountId: initech._id, ownerId: samId, stage: 'negotiation' });
    expect(shown).toBeDefined();
    const bigger = (await store.deals.find({ ownerId: samId, stage: 'negotiation' })).filter(
      (d) => d.currency === shown!.currency && d.amount > shown!.amount,
    );
    expect(bigger.length).toBeGreaterThan(0);
    const reply = replyText(await chat.say('any of my opps in negotiation bigger than that one?'));
    expect(reply).toMatch(
      new RegExp(`^${bigger.length} open deals? bigger than ${shown!.name.replace(/[()]/g, '\\$&')}`, 'm'),
    );
    for (const deal of bigger) expect(reply).toContain(deal.name);
    expect(reply).not.toContain(`• ${shown!.name}`);
  }, 120_000);
});
