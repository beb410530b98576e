import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-first round (w22b, dev-qa39): "how much has acme spent with us in total" answered
// with the last twelve months; "in total", "ever", "to date" are every order the account placed.
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('what an account has bought in total, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(['how much has acme spent with us in total', 'what has acme bought from us to date'])(
    '"%s" counts every order Acme placed, not the last twelve months',
    async (wording) => {
      const acme = (await world.services.store.accounts.find({})).find((a) => a.name === 'Acme Corporation')!;
      const orders = (await world.services.store.orders.find({ accountId: acme._id })).filter(
        (o) => o.status !== 'cancelled',
      );
      const chat = new ChatDriver(world.services, `c-all-time-${wording.length}`, { localUser: SAM });
      const [reply] = await chat.say(wording);
      expect(reply!.text).toMatch(/in all, up to 4 Dec 2026/);
      expect(reply!.text).toContain(orders.length === 1 ? '1 order' : `${orders.length} orders`);
    },
    120_000,
  );
});
