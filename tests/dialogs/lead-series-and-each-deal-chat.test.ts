/**
 * Issue 19, twenty-fifth round (lead, from dev-qa45 and dev-qa46), through the bot core on the demo
 * CRM: the leads that came in counted month by month, and a list's field asked of "each one".
 * The expected figures come from the store, on the caller's calendar.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { isOpenStage } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';

describe('leads per month and each deal of a list, in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (who: string, text: string) => {
    const chat = new ChatDriver(world.services, `c-lead-series-${n++}`, { localUser: who });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it('counts the leads that came in each of the last three whole months', async () => {
    const user = await world.services.store.users.findOne({ email: MARKETING });
    const monthOf = (at: Date) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: user!.timezone,
        year: 'numeric',
        month: '2-digit',
      }).format(at);
    const leads = await world.services.store.leads.find({});
    const count = (month: string) =>
      leads.filter((lead) => monthOf(new Date(lead.createdAt)) === month).length;
    const reply = await say(MARKETING, 'how many new leads per month the last 3 months');
    expect(reply).toMatch(/Leads that came in per month, September–November 2026/);
    expect(reply).toContain(`• September 2026: ${count('2026-09')}`);
    expect(reply).toContain(`• October 2026: ${count('2026-10')}`);
    expect(reply).toContain(`• November 2026: ${count('2026-11')}`);
    expect(reply).toContain(`Total: ${count('2026-09') + count('2026-10') + count('2026-11')}.`);
    expect(reply).not.toMatch(/December/);
  }, 60_000);

  it('draws the months as bars, each with its count', async () => {
    const chat = new ChatDriver(world.services, `c-lead-series-${n++}`, { localUser: MARKETING });
    const [reply] = await chat.say('new leads per month the last 3 months');
    const counts = [...reply!.text.matchAll(/• (\w+ 2026): (\d+)/g)].map((m) => ({
      label: m[1],
      value: Number(m[2]),
    }));
    expect(counts).toHaveLength(3);
    const words = counts.map(
      (c) => `${c.label!.slice(0, 3)} 2026: ${c.value} ${c.value === 1 ? 'lead' : 'leads'}`,
    );
    expect(reply!.images?.[0]?.alt).toBe(`Leads that came in per month, ${words.join('; ')}`);
  }, 60_000);

  it("lists an account's open deals with each one's stage", async () => {
    const account = await world.services.store.accounts.findOne({ name: 'Acme Corporation' });
    const rep = await world.services.store.users.findOne({ email: REP });
    const open = (
      await world.services.store.deals.find({ accountId: account!._id, ownerId: rep!._id })
    ).filter((deal) => isOpenStage(deal.stage));
    expect(open.length).toBeGreaterThan(1);
    const reply = await say(REP, 'what are the open deals at acme and what stage is each one in');
    expect(reply).not.toMatch(/No open deals/);
    for (const deal of open) expect(reply).toContain(deal.name);
  }, 60_000);
});
