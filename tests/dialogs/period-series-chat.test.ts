import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-third round (w24a, dev-qa42 and dev-qa41): a figure over time ("won amount per
// month this year", "deals created each month"), created deals set against the month before, and
// "pipeline against target" with no target set, through the bot core on the demo CRM ("now" is
// 4 December 2026); the figures expected come from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';

describe('figures over time', () => {
  let world: EvalWorld;
  let teamDeals: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team });
    teamDeals = await world.services.store.deals.find({ ownerId: { $in: team.map((u) => u._id) } });
  }, 120_000);
  afterAll(() => world.close());

  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);
  const wonIn = (from: string, to: string) =>
    teamDeals.filter((d) => d.stage === 'closed_won' && day(d.closedAt)! >= from && day(d.closedAt)! <= to);
  const createdIn = (from: string, to: string) =>
    teamDeals.filter((d) => day(d.createdAt)! >= from && day(d.createdAt)! <= to);
  const deals = (n: number) => `${n} ${n === 1 ? 'deal' : 'deals'}`;

  it('answers won deals month by month, with a chart, and the same for another year after', async () => {
    const chat = new ChatDriver(world.services, 'c-series-won', { localUser: MORGAN });
    const [reply] = await chat.say('won amount per month this year');
    expect(reply!.text).toMatch(/^Won deals per month, 2026 \(team Enterprise\):/);
    expect(reply!.text).toContain(`• March 2026: ${deals(wonIn('2026-03-01', '2026-03-31').length)}`);
    expect(reply!.text).toContain(`• November 2026: ${deals(wonIn('2026-11-01', '2026-11-30').length)}`);
    expect(reply!.text).not.toContain('January 2027');
    expect(reply!.images?.[0]?.alt).toMatch(/^Won deals per month \(USD\), Jan 2026: /);
    const [before] = await chat.say('what about last year?');
    expect(before!.text).toMatch(/^Won deals per month, 2025 \(team Enterprise\):/);
    expect(before!.text).toContain(`• June 2025: ${deals(wonIn('2025-06-01', '2025-06-30').length)}`);
  }, 120_000);

  it('counts deals created each month, and by month over the last three whole months', async () => {
    const chat = new ChatDriver(world.services, 'c-series-created', { localUser: MORGAN });
    const [created] = await chat.say('how many new deals did the team create each month this year?');
    expect(created!.text).toMatch(/^Deals created per month, 2026 \(team Enterprise\):/);
    expect(created!.text).toContain(`• October 2026: ${deals(createdIn('2026-10-01', '2026-10-31').length)}`);
    const [last3] = await chat.say('show me won deals by month for the last 3 months');
    expect(last3!.text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(3);
    expect(last3!.text).toContain(`• September 2026: ${deals(wonIn('2026-09-01', '2026-09-30').length)}`);
  }, 120_000);

  it('sets deals created last month against the month before', async () => {
    const chat = new ChatDriver(world.services, 'c-created-compared', { localUser: MORGAN });
    const [reply] = await chat.say('deals created last month vs the month before');
    const now = createdIn('2026-11-01', '2026-11-30').length;
    const then = createdIn('2026-10-01', '2026-10-31').length;
    expect(reply!.text).toMatch(/^November 2026 against October 2026 \(team Enterprise\):/);
    expect(reply!.text).toContain(`${now} deals against ${then}`);
  }, 120_000);

  it('sets a quarter against the same one a year before with the question after a dash', async () => {
    const chat = new ChatDriver(world.services, 'c-year-before-dash', { localUser: MORGAN });
    const [reply] = await chat.say('this quarter vs the same quarter last year - how much did we win?');
    expect(reply!.text).toMatch(/^Q4 2026 against Q4 2025 \(team Enterprise\):/);
  }, 120_000);

  it('says no target is set when the pipeline is asked against one', async () => {
    for (const [i, ask] of [
      'pipeline against target this quarter',
      'how are we tracking against quota this quarter?',
    ].entries()) {
      const chat = new ChatDriver(world.services, `c-no-target-${i}`, { localUser: MORGAN });
      const [reply] = await chat.say(ask);
      expect(reply!.text).toContain('No target is set for Enterprise for 2026-Q4');
      expect(reply!.text).toContain('set the Enterprise target for 2026-Q4');
    }
    // Without a word of a target the summary says nothing of one.
    const chat = new ChatDriver(world.services, 'c-no-target-plain', { localUser: MORGAN });
    const [plain] = await chat.say("how's the team's pipeline this quarter");
    expect(plain!.text).not.toContain('target');
  }, 120_000);
});
