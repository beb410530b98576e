import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { isOpenStage, type Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, fifteenth round (w16w): a deal's win chance asked of the deal named by its account and
// product words or its full name, and "why" / "what would raise the chance" after it, through the bot
// core on the demo CRM. The deals are looked up in the store, not copied from a reply.
const REP = 'sam.rivera@demo.crmpro.dev';

describe("a named deal's win chance in chat", () => {
  let world: EvalWorld;
  const openDealsOf = async (account: string): Promise<Deal[]> => {
    const found = (await world.services.store.accounts.findOne({ name: account }))!;
    return (await world.services.store.deals.find({ accountId: found._id })).filter((d) =>
      isOpenStage(d.stage),
    );
  };
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('"how likely is the hooli pilot to close" then "why": the pilot, explained', async () => {
    const pilots = (await openDealsOf('Hooli')).filter((d) => /\bpilot\b/i.test(d.name));
    expect(pilots).toHaveLength(1);
    const chat = new ChatDriver(world.services, 'win-chance-pilot', { localUser: REP });
    const first = replyText(await chat.say('how likely is the hooli pilot to close'));
    expect(first).toMatch(new RegExp(`^${pilots[0]!.name.replace(/[()]/g, '\\$&')}: \\d+%`));
    const why = replyText(await chat.say('why'));
    expect(why).toContain(`${pilots[0]!.name} (Hooli) has a`);
    expect(why).toMatch(/Pushing it up: |Holding it down: /);
  }, 120_000);

  it("a deal's full name with its number: that deal, not its namesakes", async () => {
    const [named] = (await openDealsOf('Acme Corporation')).filter((d) => / \(\d\)$/.test(d.name));
    const chat = new ChatDriver(world.services, 'win-chance-full-name', { localUser: REP });
    const reply = replyText(await chat.say(`how sure are we on ${named!.name}?`));
    expect(reply.split('\n')[0]).toMatch(new RegExp(`^${named!.name.replace(/[()]/g, '\\$&')}: \\d+%$`));
  }, 120_000);

  it('"why is the wayne enterprises annual renewal at risk": the renewal deal, not the churn risk', async () => {
    const renewals = (await openDealsOf('Wayne Enterprises')).filter((d) => /annual renewal/i.test(d.name));
    expect(renewals.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'win-chance-at-risk', { localUser: REP });
    const reply = replyText(await chat.say('why is the wayne enterprises annual renewal at risk'));
    expect(renewals.some((d) => reply.includes(d.name))).toBe(true);
    expect(reply).not.toMatch(/churn/i);
  }, 120_000);

  it('"what would raise the chance" after a score: the factors holding that deal down', async () => {
    const [rollout] = (await openDealsOf('Globex')).filter((d) => /new region rollout/i.test(d.name));
    const chat = new ChatDriver(world.services, 'win-chance-raise', { localUser: REP });
    await chat.say(`score for ${rollout!.name}`);
    const reply = replyText(await chat.say('what would raise the chance'));
    expect(reply).toContain(`What would raise ${rollout!.name}'s`);
  }, 120_000);

  it('"why is wayne enterprises at risk" stays the account\'s churn risk', async () => {
    const chat = new ChatDriver(world.services, 'win-chance-churn', { localUser: REP });
    expect(replyText(await chat.say('why is wayne enterprises at risk'))).toMatch(/churn/i);
  }, 120_000);
});
