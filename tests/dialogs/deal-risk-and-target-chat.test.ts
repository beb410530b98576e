import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { atRiskDeals } from '../../src/skills/at-risk-deals';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

// Issue 19, twentieth round (w21c): one named deal's own risks, and the forecast against the saved target.
describe('why one deal is at risk, and the forecast against the target, in chat', () => {
  let world: EvalWorld;
  let turn = 0;
  const chatOf = (who: string) => new ChatDriver(world.services, `deal-risk-${turn++}`, { localUser: who });
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("a deal named by its full name: that deal's own reasons, not the team's top ten", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const caller: Caller = { role: 'rep', userId: sam._id, name: sam.name, timezone: 'UTC', channel: 'cli' };
    const risky = await invokeSkill(
      atRiskDeals,
      { scope: 'mine', limit: 50 },
      { caller, services: world.services },
    );
    const deal = risky.deals[0]!;
    const reply = replyText(await chatOf(SAM).say(`whats wrong with the ${deal.name.toLowerCase()}`));
    expect(reply).toContain(`${deal.name} is at risk: ${deal.risks[0]!.reason}`);
    expect(reply).not.toContain('the top 10');
  }, 60_000);

  it('a deal that matches nothing open says so', async () => {
    const reply = replyText(await chatOf(SAM).say('why is the zzyzx quantum deal at risk'));
    expect(reply).toMatch(/I found no open deal matching|Which account|couldn't find/);
  }, 60_000);

  it('"forecast vs target" with no target: the forecast and that none is set; with one: the standing', async () => {
    const chat = chatOf(MORGAN);
    const before = replyText(await chat.say('forecast vs target next quarter'));
    expect(before).toMatch(
      /No target is set for \w+ for \d{4}-Q[1-4], so there is nothing to hold the forecast against/,
    );
    expect(before).toContain('weighted');
    const period = /for (\d{4}-Q[1-4])/.exec(before)![1]!;
    await chat.say(`set the target for ${period} to 2M`);
    await chat.say('yes');
    const after = replyText(
      await chatOf(MORGAN).say('how does the next quarter forecast compare to our target'),
    );
    expect(after).toMatch(new RegExp(`target for ${period} is \\$2M\\. The weighted forecast is`));
  }, 120_000);
});
