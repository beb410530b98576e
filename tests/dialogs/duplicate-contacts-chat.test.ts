import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-seventh round (w28b): "are there duplicate contacts? same person twice at one
// company" from an admin: the people entered more than once at one account (same name, other
// e-mail), counted from the store and named, not the duplicate accounts.
const JORDAN = 'jordan.blake@demo.crmpro.dev';

describe('the same person twice at one account', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'are there duplicate contacts? same person twice at one company',
    'any contacts entered twice at the same account?',
  ])(
    '"%s" names the people entered twice',
    async (wording) => {
      const contacts = await world.services.store.contacts.find({});
      const seen = new Map<string, number>();
      for (const c of contacts)
        seen.set(`${c.accountId} ${c.nameKey}`, (seen.get(`${c.accountId} ${c.nameKey}`) ?? 0) + 1);
      const twice = [...seen.values()].filter((n) => n > 1);
      const chat = new ChatDriver(world.services, `c-dupes-${wording.length}`, { localUser: JORDAN });
      const [reply] = await chat.say(wording);
      expect(reply!.text).toContain(
        `${twice.reduce((a, b) => a + b, 0)} contacts are ${twice.length} people entered more than once at the same account`,
      );
      expect(reply!.text).toContain('"Barbara Nguyen" (2)');
    },
    120_000,
  );
});
