import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { OPEN_STAGES, type User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING, MORGAN as MANAGER } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19m), through the bot core on the demo CRM: a manager's "kpis" and
// "give me the numbers" (the team's pipeline summary), marketing's "how many leads do we have" (every
// lead) and "and converted?" after a count of qualified leads. Every figure is read from the store.

describe("a manager's one-pager and marketing's lead counts, in chat", () => {
  let world: EvalWorld;
  let turn = 0;
  const chatAs = (as: string) =>
    new ChatDriver(world.services, `one-liners-${(turn += 1)}`, { localUser: as });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(['kpis', 'give me the numbers'])(
    "answers a manager's %s with the team's open pipeline",
    async (text) => {
      const { store } = world.services;
      const manager = (await store.users.findOne({ email: MANAGER })) as User;
      const team = await store.users.find({ team: manager.team });
      const open = await store.deals.countDocuments({
        ownerId: { $in: team.map((u) => u._id) },
        stage: { $in: [...OPEN_STAGES] },
      });
      const reply = replyText(await chatAs(MANAGER).say(text));
      expect(reply).toContain(`open pipeline: ${open} deals`);
    },
    60_000,
  );

  it('counts every lead for marketing, then the converted ones', async () => {
    const leads = await world.services.store.leads.find({});
    const chat = chatAs(MARKETING);
    expect(replyText(await chat.say('how many leads do we have'))).toContain(`${leads.length} leads`);
    const qualified = leads.filter((l) => l.status === 'qualified').length;
    const converted = leads.filter((l) => l.status === 'converted').length;
    expect(replyText(await chat.say('how many leads are qualified'))).toContain(`${qualified} qualified`);
    expect(replyText(await chat.say('and converted?'))).toContain(`${converted} converted leads`);
  }, 60_000);
});
