import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (R5): the last answer's period against another one ("how does that compare
// to last year", "vs last quarter?", "and the same time last year") through the bot core on the demo
// CRM ("now" is 4 December 2026); the deals counted come from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';

describe('a comparison with another period', () => {
  let world: EvalWorld;
  let teamDeals: Deal[];
  let samDeals: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team });
    teamDeals = await world.services.store.deals.find({ ownerId: { $in: team.map((u) => u._id) } });
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    samDeals = teamDeals.filter((d) => d.ownerId === sam._id);
  }, 120_000);
  afterAll(() => world.close());

  /** Deals won between two days (inclusive, UTC calendar days). */
  const wonBetween = (deals: Deal[], from: string, to: string) =>
    deals.filter((d) => {
      const day = d.closedAt?.toISOString().slice(0, 10);
      return d.stage === 'closed_won' && day !== undefined && day >= from && day <= to;
    });
  const usd = (deals: Deal[]) =>
    formatMoney(
      deals.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0),
      'USD',
    );

  it('compares what the team won this quarter with the same stretch a year before and with last quarter', async () => {
    const chat = new ChatDriver(world.services, 'c-compare-won', { localUser: MORGAN });
    await chat.say('how much did we win this quarter');
    const [lastYear] = await chat.say('how does that compare to last year');
    const now = wonBetween(teamDeals, '2026-10-01', '2026-12-04');
    const then = wonBetween(teamDeals, '2025-10-01', '2025-12-04');
    expect(lastYear!.text).toContain('1 Oct 2026–4 Dec 2026 against 1 Oct 2025–4 Dec 2025');
    expect(lastYear!.text).toContain(`${now.length} deals against ${then.length}`);
    expect(lastYear!.text).toContain(`(${usd(then)} → ${usd(now)})`);
    const [quarter] = await chat.say('vs last quarter?');
    const before = wonBetween(teamDeals, '2026-07-01', '2026-09-04');
    expect(quarter!.text).toContain(`${now.length} deals against ${before.length}`);
  }, 120_000);

  it("compares a rep's month with the same month a year before, won and lost", async () => {
    const chat = new ChatDriver(world.services, 'c-compare-rep', { localUser: MORGAN });
    await chat.say('how did sam do last month');
    const [reply] = await chat.say('and the same time last year');
    const now = wonBetween(samDeals, '2026-11-01', '2026-11-30');
    const then = wonBetween(samDeals, '2025-11-01', '2025-11-30');
    expect(reply!.text).toMatch(/^November 2026 against November 2025 \(Sam Rivera\):/);
    expect(reply!.text).toContain(`${now.length} deals against ${then.length}`);
    expect(reply!.text).toMatch(/\nLost: /);
    expect(reply!.text).toMatch(/Open pipeline now: .*no figure of it is kept/);
  }, 120_000);

  it('"what about last year" still re-runs the question for last year', async () => {
    const chat = new ChatDriver(world.services, 'c-compare-not', { localUser: MORGAN });
    await chat.say('how did sam do last month');
    const [reply] = await chat.say('what about last year');
    expect(reply!.text).not.toMatch(/ against /);
  }, 120_000);
});
