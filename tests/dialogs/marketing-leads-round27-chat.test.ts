import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-seventh round (w28b): marketing's own records in marketing's words — a greeting
// and a self-introduction before the MQL question, a campaign named with the kind of event around
// it ("the SaaS Connect trade show") and "which of those are still open" after it.
const ALEX = 'alex.kim@demo.crmpro.dev';

describe("marketing's leads, asked at length or by the event", () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('a greeting and an introduction before "how many MQLs": the qualified leads counted', async () => {
    const qualified = await world.services.store.leads.countDocuments({ status: 'qualified' });
    const chat = new ChatDriver(world.services, 'c-intern', { localUser: ALEX });
    const [reply] = await chat.say(
      "Good morning! I'm the new marketing intern and people keep saying 'MQL' in standups. Sorry if this is basic, but what counts as an MQL here, and how many do we have?",
    );
    expect(reply!.text).not.toMatch(/for the sales team/);
    expect(reply!.text).toContain(`${qualified} `);
    expect(reply!.text).toMatch(/qualified/i);
  }, 120_000);

  it('"leads from the saas connect trade show" → "which of those are still open"', async () => {
    const leads = await world.services.store.leads.find({ campaign: 'SaaS Connect 2026' });
    const open = leads.filter((l) => l.status !== 'converted' && l.status !== 'disqualified');
    const closed = leads.filter((l) => !open.includes(l));
    const chat = new ChatDriver(world.services, 'c-show', { localUser: ALEX });
    const [first] = await chat.say('leads from the SaaS Connect trade show');
    expect(first!.text).toContain(`SaaS Connect 2026 brought ${leads.length} leads`);
    const [reply] = await chat.say('which of those are still open');
    for (const lead of open) expect(reply!.text).toContain(lead.name);
    for (const lead of closed) expect(reply!.text).not.toContain(lead.name);
  }, 120_000);
});
