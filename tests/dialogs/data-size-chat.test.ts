import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

/** "how big is our database": an admin hears the store's record counts, collection by collection. */
describe('asking how much data the CRM holds', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(['how big is our database', 'how many records are in the crm'])(
    'an admin asking "%s" gets the record count of every collection',
    async (question) => {
      const { store } = world.services;
      const chat = new ChatDriver(world.services, `size-${question}`, {
        localUser: 'jordan.blake@demo.crmpro.dev',
      });
      const reply = replyText(await chat.say(question));
      const counts = {
        accounts: await store.accounts.countDocuments(),
        contacts: await store.contacts.countDocuments(),
        leads: await store.leads.countDocuments(),
        deals: await store.deals.countDocuments(),
        interactions: await store.interactions.countDocuments(),
        orders: await store.orders.countDocuments(),
        cases: await store.cases.countDocuments(),
      };
      for (const [collection, n] of Object.entries(counts))
        expect(reply).toContain(`• ${collection} — ${n.toLocaleString('en-US')}`);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(reply).toContain(`holds ${total.toLocaleString('en-US')} records`);
      expect(reply).not.toMatch(/open deals|audit log/i);
    },
    60_000,
  );

  it('a rep is told plainly that it is for admins and analysts', async () => {
    const chat = new ChatDriver(world.services, 'size-rep', { localUser: 'sam.rivera@demo.crmpro.dev' });
    expect(replyText(await chat.say('how big is our database'))).toMatch(/for admins and analysts/);
  }, 60_000);
});
