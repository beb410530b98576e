import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// "who's down the most?" after two periods were compared, and "which rep improved the most in
// november compared to october" asked outright: the team's reps ranked on the change of what they
// won, through the bot core on the demo CRM ("now" is 4 December 2026); expected from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';

describe('who moved the most between two periods', () => {
  let world: EvalWorld;
  let changes: Array<{ name: string; change: number }>;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team, role: 'rep' });
    const won = (await world.services.store.deals.find({ stage: 'closed_won' })).filter((d) =>
      team.some((u) => u._id === d.ownerId),
    );
    const wonIn = (deals: Deal[], month: string) =>
      deals.filter((d) => d.closedAt && d.closedAt.toISOString().slice(0, 7) === month);
    const inPeriods = [...wonIn(won, '2026-11'), ...wonIn(won, '2026-10')];
    const currencies = new Map<string, number>();
    for (const d of inPeriods) currencies.set(d.currency, (currencies.get(d.currency) ?? 0) + 1);
    const main = [...currencies].sort((a, b) => b[1] - a[1])[0]![0];
    const sum = (deals: Deal[]) => deals.filter((d) => d.currency === main).reduce((s, d) => s + d.amount, 0);
    changes = team
      .filter((u) => inPeriods.some((d) => d.ownerId === u._id))
      .map((u) => {
        const mine = won.filter((d) => d.ownerId === u._id);
        return { name: u.name, change: sum(wonIn(mine, '2026-11')) - sum(wonIn(mine, '2026-10')) };
      });
  }, 120_000);
  afterAll(() => world.close());

  const ranked = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]);

  it('ranks the reps of a comparison just shown on how far they are down, then up', async () => {
    expect(changes.length).toBeGreaterThan(1);
    const chat = new ChatDriver(world.services, 'c-movers', { localUser: MORGAN });
    await chat.say('how did the team do in november vs october');
    const [down] = await chat.say("who's down the most?");
    expect(down!.text).toMatch(/^Won, November 2026 against October 2026, by rep/);
    const byDrop = [...changes].sort((a, b) => a.change - b.change || a.name.localeCompare(b.name));
    expect(ranked(down!.text)).toEqual(byDrop.map((r) => r.name));
    if (byDrop[0]!.change < 0) expect(down!.text).toContain(`${byDrop[0]!.name} is down the most`);
    const [up] = await chat.say('and who improved the most');
    expect(ranked(up!.text)[0]).toBe(
      [...changes].sort((a, b) => b.change - a.change || a.name.localeCompare(b.name))[0]!.name,
    );
  }, 120_000);

  it('answers the question asked outright with its own periods', async () => {
    const chat = new ChatDriver(world.services, 'c-movers-outright', { localUser: MORGAN });
    const [reply] = await chat.say('which rep improved the most in november compared to october?');
    expect(reply!.text).toMatch(/^Won, November 2026 against October 2026, by rep/);
    expect(ranked(reply!.text)[0]).toBe(
      [...changes].sort((a, b) => b.change - a.change || a.name.localeCompare(b.name))[0]!.name,
    );
  }, 120_000);

  it('leaves "who won the most" to the ranking of what was won', async () => {
    const chat = new ChatDriver(world.services, 'c-movers-not', { localUser: MORGAN });
    await chat.say('how did the team do in november vs october');
    const [reply] = await chat.say('who won the most in november?');
    expect(reply!.text).not.toMatch(/^Won, November 2026 against/);
  }, 120_000);
});
