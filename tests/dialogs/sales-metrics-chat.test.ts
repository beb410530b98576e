import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney, formatMoneyExact } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighth round (m2): sales metrics through the bot core on the demo CRM. Every figure is
// recomputed here from the store, on its own, so a reply that routes right but states a wrong number
// (or adds currencies together) fails.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
const closedIn = (d: Deal, from: string, to: string) => {
  const closed = day(d.closedAt ?? d.closeDate);
  return closed >= from && closed <= to;
};
const percent = (won: number, closed: number) => `${Math.round((won / closed) * 100)}%`;
const exact = (n: number) => Math.round(n).toLocaleString('en-US');

describe('sales metrics through the bot core', () => {
  let world: EvalWorld;
  let today: string;
  let quarter: { from: string; to: string; label: string };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    today = day(world.services.clock());
    const [y, m] = today.split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3);
    const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const to = day(new Date(Date.UTC(y, q * 3 + 3, 1) - DAY));
    quarter = { from, to, label: `Q${q + 1} ${y}` };
  }, 120_000);
  afterAll(() => world.close());

  const dealsOf = async (email: string) => {
    const sam = (await world.services.store.users.findOne({ email }))!;
    return world.services.store.deals.find({ ownerId: sam._id });
  };

  it("a rep's win rate is won of won + lost closed this quarter, with the counts and the period", async () => {
    const closed = (await dealsOf(SAM)).filter(
      (d) => (d.stage === 'closed_won' || d.stage === 'closed_lost') && closedIn(d, quarter.from, quarter.to),
    );
    const won = closed.filter((d) => d.stage === 'closed_won').length;
    expect(closed.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-win-rate', { localUser: SAM });
    const [reply] = await chat.say("what's my win rate");
    expect(reply!.text).toMatch(
      new RegExp(
        `^${percent(won, closed.length)} win rate, ${quarter.label} \\(your deals\\): won ${won} of ${closed.length} deals? closed \\(${closed.length - won} lost\\)`,
      ),
    );
  }, 60_000);

  it("a manager's win rate by rep ranks each rep's own rate, highest first", async () => {
    const { store } = world.services;
    const morgan = (await store.users.findOne({ email: MORGAN }))!;
    const reps = await store.users.find({ team: morgan.team, role: 'rep' });
    const rates = await Promise.all(
      reps.map(async (rep) => {
        const closed = (await store.deals.find({ ownerId: rep._id })).filter(
          (d) =>
            (d.stage === 'closed_won' || d.stage === 'closed_lost') && closedIn(d, quarter.from, quarter.to),
        );
        return {
          name: rep.name,
          won: closed.filter((d) => d.stage === 'closed_won').length,
          closed: closed.length,
        };
      }),
    );
    const chat = new ChatDriver(world.services, 'c-win-rate-reps', { localUser: MORGAN });
    const [reply] = await chat.say('win rate by rep');
    expect(reply!.text).toContain('By rep:');
    // The first rep listed has the highest rate.
    const best = Math.max(...rates.filter((r) => r.closed > 0).map((r) => r.won / r.closed));
    const first = /\n1\. (.+?) — /.exec(reply!.text)![1];
    const firstRate = rates.find((r) => r.name === first)!;
    expect(firstRate.won / firstRate.closed).toBe(best);
    for (const rate of rates.filter((r) => r.closed > 0))
      expect(reply!.text).toContain(
        `${rate.name} — ${percent(rate.won, rate.closed)} (won ${rate.won} of ${rate.closed} closed)`,
      );
  }, 60_000);

  it("the average won deal size is per currency, never added: the store's mean in each", async () => {
    const won = (await dealsOf(SAM)).filter(
      (d) =>
        d.stage === 'closed_won' && closedIn(d, `${today.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`),
    );
    const currencies = [...new Set(won.map((d) => d.currency))];
    expect(won.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-average', { localUser: SAM });
    const [reply] = await chat.say("what's the average deal size this year");
    expect(reply!.text).toContain(`average won deal size, ${today.slice(0, 4)} (your deals)`);
    for (const currency of currencies) {
      const amounts = won.filter((d) => d.currency === currency).map((d) => d.amount);
      const mean = amounts.reduce((s, a) => s + a, 0) / amounts.length;
      expect(reply!.text).toContain(
        `${exact(mean)} (${amounts.length} deal${amounts.length === 1 ? '' : 's'})`,
      );
    }
    // The median of the same deals.
    const [median] = await chat.say('median won deal this year');
    const usd = won
      .filter((d) => d.currency === 'USD')
      .map((d) => d.amount)
      .sort((a, b) => a - b);
    const mid = Math.floor(usd.length / 2);
    const expected = usd.length % 2 ? usd[mid]! : (usd[mid - 1]! + usd[mid]!) / 2;
    if (usd.length)
      expect(median!.text).toMatch(new RegExp(`^\\$${exact(expected)} \\(${usd.length} deals?\\)`));
    // A median is said as one, never as "averaged".
    expect(median!.text).not.toMatch(/averaged/);
    if (new Set(won.map((d) => d.currency)).size > 1)
      expect(median!.text).toContain('Each currency has its own median, never added together.');
  }, 60_000);

  it('the sales cycle is the days from created to won of the deals won this quarter', async () => {
    const won = (await dealsOf(SAM)).filter(
      (d) => d.stage === 'closed_won' && closedIn(d, quarter.from, quarter.to),
    );
    const days = won.map((d) =>
      Math.max(0, Math.round(((d.closedAt ?? d.closeDate).getTime() - d.createdAt.getTime()) / DAY)),
    );
    const chat = new ChatDriver(world.services, 'c-cycle', { localUser: SAM });
    const [reply] = await chat.say('how many days does it take me to close on average');
    if (!won.length) return expect(reply!.text).toMatch(/^No deals won in/);
    const mean = Math.round(days.reduce((s, d) => s + d, 0) / days.length);
    expect(reply!.text).toMatch(
      new RegExp(
        `^${mean} days? on average from created to won .*over ${won.length} deals? won in ${quarter.label} \\(your deals\\)`,
      ),
    );
  }, 60_000);

  it('quiet deals are the open ones with no interaction logged on the deal in the window (w14r: not its account)', async () => {
    const { store } = world.services;
    const open = (await dealsOf(SAM)).filter((d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost');
    const since = new Date(Date.parse(`${today}T00:00:00Z`) - 14 * DAY);
    const recent = (await store.interactions.find({})).filter((i) => i.occurredAt >= since);
    const quiet = open.filter((d) => !recent.some((i) => i.dealId === d._id));
    const chat = new ChatDriver(world.services, 'c-quiet', { localUser: SAM });
    const [reply] = await chat.say("which of my deals haven't been touched in 2 weeks");
    expect(reply!.text).toContain(
      'no call, email, meeting, note or chat logged on the deal in the last 14 days',
    );
    if (!quiet.length) return expect(reply!.text).toMatch(/^No open deals/);
    expect(reply!.text).toMatch(new RegExp(`^${quiet.length} open deals?`));
    for (const deal of quiet.slice(0, 25)) expect(reply!.text).toContain(`• ${deal.name} —`);
    for (const deal of open.filter((d) => !quiet.includes(d)))
      expect(reply!.text).not.toContain(`• ${deal.name} —`);
  }, 60_000);

  it("a manager's top rep this quarter is ranked on what each rep won in it, not on open pipeline", async () => {
    const { store } = world.services;
    const morgan = (await store.users.findOne({ email: MORGAN }))!;
    const reps = await store.users.find({ team: morgan.team, role: 'rep' });
    const wonUsd = await Promise.all(
      reps.map(async (rep) => ({
        name: rep.name,
        usd: (await store.deals.find({ ownerId: rep._id, stage: 'closed_won', currency: 'USD' }))
          .filter((d) => closedIn(d, quarter.from, quarter.to))
          .reduce((sum, d) => sum + d.amount, 0),
      })),
    );
    const top = wonUsd.sort((a, b) => b.usd - a.usd)[0]!;
    const chat = new ChatDriver(world.services, 'c-top-rep', { localUser: MORGAN });
    const [reply] = await chat.say('who is top rep this quarter');
    expect(reply!.text).toMatch(new RegExp(`^${top.name} has the biggest won business`));
    expect(reply!.text).toContain(formatMoney(top.usd, 'USD'));
  }, 60_000);

  it('what slipped from last month: the open deals whose close date fell in it', async () => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const first = day(new Date(Date.UTC(y, m - 2, 1)));
    const last = day(new Date(Date.UTC(y, m - 1, 1) - DAY));
    const slipped = (await dealsOf(SAM)).filter(
      (d) =>
        d.stage !== 'closed_won' &&
        d.stage !== 'closed_lost' &&
        day(d.closeDate) >= first &&
        day(d.closeDate) <= last,
    );
    const chat = new ChatDriver(world.services, 'c-slipped', { localUser: SAM });
    const [reply] = await chat.say('what slipped from last month');
    expect(reply!.text).toMatch(
      slipped.length
        ? new RegExp(`^${slipped.length} open deals? closing .*past their close date`)
        : /^No open deals? closing .*past their close date/,
    );
    for (const deal of slipped.slice(0, 25)) expect(reply!.text).toContain(`• ${deal.name} —`);
  }, 60_000);

  it('a quarter ahead asked as a pipeline is the open deals closing in it, added up', async () => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const q = Math.floor((m - 1) / 3);
    const start = new Date(Date.UTC(y, q * 3 + 3, 1));
    const from = day(start);
    const to = day(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1) - DAY));
    const label = `q${Math.floor(start.getUTCMonth() / 3) + 1}`;
    const ahead = (await dealsOf(SAM)).filter(
      (d) =>
        d.stage !== 'closed_won' &&
        d.stage !== 'closed_lost' &&
        day(d.closeDate) >= from &&
        day(d.closeDate) <= to,
    );
    const usd = ahead.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0);
    const chat = new ChatDriver(world.services, 'c-pipeline-ahead', { localUser: SAM });
    const [reply] = await chat.say(`${label} pipeline`);
    expect(reply!.text).toContain(
      `add up to ${formatMoney(usd, 'USD')} (${formatMoneyExact(usd, 'USD')}) across ${ahead.length} deals`,
    );
  }, 60_000);
});
