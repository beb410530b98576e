import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Open deals with no next step: no open task planned on the deal (twenty-eighth round), through the
// bot core on the demo CRM; the count comes from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('open deals with no next step, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("counts a rep's open deals that have no open task on them", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const open = (await world.services.store.deals.find({ ownerId: sam._id })).filter(
      (d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost',
    );
    const tasks = await world.services.store.tasks.find({ status: 'open' });
    const planned = new Set(tasks.map((t) => t.dealId).filter(Boolean));
    const unplanned = open.filter((d) => !planned.has(d._id)).length;
    expect(unplanned).toBeGreaterThan(0);
    expect(unplanned).toBeLessThan(open.length);
    const chat = new ChatDriver(world.services, 'c-next-step', { localUser: SAM });
    const [reply] = await chat.say('how many of my deals have no next step?');
    expect(reply!.text).toMatch(
      new RegExp(`^${unplanned} open deals? with no open task as a next step \\(your deals\\)`),
    );
  }, 120_000);
});
