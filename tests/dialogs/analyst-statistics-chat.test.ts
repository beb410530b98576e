import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatPercent } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING, NOAH as ANALYST, RILEY as SUPPORT } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twentieth round (w21a), through the bot core on the demo CRM: an analyst gets read-only
// statistics over the whole CRM in chat (win rate overall, by source or type, for one source; the
// sales cycle; how many deals were won; lead conversion), over all time unless a period is said, and
// never the records (lists, one account's deals, a collection's size: `crmpro export`). Writes stay
// refused, and other roles see no more than before. Every figure is recomputed from the store.

describe("an analyst's statistics in chat", () => {
  let world: EvalWorld;
  let deals: Deal[];
  let turn = 0;
  const say = async (as: string, message: string) => {
    const chat = new ChatDriver(world.services, `analyst-stats-${(turn += 1)}`, { localUser: as });
    return replyText(await chat.say(message));
  };
  const rateOf = (of: readonly Deal[]) => {
    const won = of.filter((d) => d.stage === 'closed_won').length;
    const lost = of.filter((d) => d.stage === 'closed_lost').length;
    return { won, lost, rate: formatPercent(won / (won + lost)) };
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  it.each([
    'whats our overall win rate',
    'what is the win rate across the whole crm',
    'how often do we win',
    'close rate overall?',
  ])(
    'the win rate over every deal ever closed: %s',
    async (message) => {
      const { won, lost, rate } = rateOf(deals);
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`${rate} win rate, all time (everyone): won ${won} of ${won + lost}`);
    },
    60_000,
  );

  it.each(['win rate by source', 'win rate per deal source', 'which source has the best win rate'])(
    'the win rate per source: %s',
    async (message) => {
      const reply = await say(ANALYST, message);
      expect(reply).toContain('By source:');
      for (const source of new Set(deals.map((d) => d.source ?? 'no source'))) {
        const { won, lost, rate } = rateOf(deals.filter((d) => (d.source ?? 'no source') === source));
        if (won + lost) expect(reply).toContain(`${source} — ${rate} (won ${won} of ${won + lost} closed)`);
      }
    },
    60_000,
  );

  // Session of 2026-12-08: "win rate by deal size" gave the overall rate alone.
  it('the win rate per deal size band: every closed deal in exactly one band, bands in size order', async () => {
    const reply = await say(ANALYST, 'what is the win rate by deal size?');
    expect(reply).toContain('By deal size');
    const rows = [...reply.matchAll(/^\d+\. (.+) — \d+% \(won (\d+) of (\d+) closed\)$/gm)].map((m) => ({
      band: m[1]!,
      won: Number(m[2]),
      closed: Number(m[3]),
    }));
    const { won, lost } = rateOf(deals);
    expect(rows.reduce((sum, r) => sum + r.won, 0)).toBe(won);
    expect(rows.reduce((sum, r) => sum + r.closed, 0)).toBe(won + lost);
    // Each band's closed deals are those whose amount lies in its range, in its currency.
    const closed = deals.filter((d) => d.stage === 'closed_won' || d.stage === 'closed_lost');
    const amount = (text: string) => Number(text.replace(/k$/, 'e3').replace(/m$/, 'e6'));
    const symbols: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
    for (const row of rows) {
      const under = /^under ([$€£])([\d.]+[km]?)$/.exec(row.band);
      const between = /^([$€£])([\d.]+[km]?)–([\d.]+[km]?)$/.exec(row.band);
      const over = /^([$€£])([\d.]+[km]?) and over$/.exec(row.band);
      const currency = symbols[(under ?? between ?? over)![1]!]!;
      const low = under ? 0 : amount((between ?? over)![2]!);
      const high = under ? amount(under[2]!) : between ? amount(between[3]!) : Infinity;
      const inBand = closed.filter((d) => d.currency === currency && d.amount >= low && d.amount < high);
      expect({ band: row.band, closed: row.closed }).toEqual({ band: row.band, closed: inBand.length });
    }
  }, 60_000);

  it.each([
    ['win rate for partner deals', 'partner'],
    ['whats the close rate on referral deals', 'referral'],
    ['win rate of deals that came in from events', 'event'],
  ])(
    'the win rate of one source: %s',
    async (message, source) => {
      const { won, rate } = rateOf(deals.filter((d) => d.source === source));
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`${rate} win rate, all time (everyone, from ${source}): won ${won} of`);
    },
    60_000,
  );

  it.each([
    'average sales cycle length',
    'how long does it take us on average to close a won deal',
    'how many days does it take to win a deal on average',
  ])(
    'the sales cycle of every won deal: %s',
    async (message) => {
      const won = deals.filter((d) => d.stage === 'closed_won');
      const reply = await say(ANALYST, message);
      expect(reply).toMatch(/^\d+ days on average from created to won/);
      expect(reply).toContain(`over ${won.length} deals won over all time (everyone)`);
    },
    60_000,
  );

  it.each(['how many deals were won in total', 'how many deals have we won', 'number of deals lost ever'])(
    'deals won or lost, counted, none listed: %s',
    async (message) => {
      const stage = /lost/.test(message) ? 'closed_lost' : 'closed_won';
      const reply = await say(ANALYST, message);
      expect(reply).toContain(`${deals.filter((d) => d.stage === stage).length} `);
      expect(reply).not.toMatch(/•/);
    },
    60_000,
  );

  // Session of 2026-12-08: deals coming in period by period were refused to analysts as records.
  it('deals created month by month this year: counted per month, none listed', async () => {
    const reply = await say(ANALYST, 'how many deals were created each month this year?');
    expect(reply).toContain('Deals created per month, 2026 (everyone)');
    const months = [...reply.matchAll(/^• \w+ 2026: (\d+) deals?/gm)].map((m) => Number(m[1]));
    expect(months).toHaveLength(12);
    const total = Number(/^Total: (\d+) deals?/m.exec(reply)![1]);
    expect(months.reduce((a, b) => a + b, 0)).toBe(total);
    // Every deal created this year (to the evaluation's day), give or take the time zone's hours at New Year.
    const created = deals.filter((d) => d.createdAt.getUTCFullYear() === 2026).length;
    expect(Math.abs(total - created)).toBeLessThanOrEqual(
      deals.filter((d) => Math.abs(d.createdAt.getTime() - Date.UTC(2026, 0, 1)) < 86_400_000).length,
    );
    expect(reply).not.toMatch(/^• .* — /m);
  }, 60_000);

  it.each(['lead conversion by source', 'which lead source converts best', 'conversion rate of event leads'])(
    'lead conversion figures: %s',
    async (message) => {
      const reply = await say(ANALYST, message);
      expect(reply).toMatch(/convert/i);
      expect(reply).toMatch(/\d+%/);
    },
    60_000,
  );

  it.each([
    'how many deals are in the CRM in total?',
    'show me all open deals',
    'list the deals created last month',
    'list the deals won this quarter',
    'what are the globex deals',
    'top leads',
  ])(
    'records stay with the command line: %s',
    async (message) => {
      const reply = await say(ANALYST, message);
      expect(reply).toMatch(/can.t|isn.t available|crmpro export|data profile/);
      expect(reply).not.toMatch(/•.*\$/);
    },
    60_000,
  );

  it('a write stays refused', async () => {
    const reply = await say(ANALYST, 'move the globex renewal to negotiation');
    expect(reply).toMatch(/can.t|isn.t available|not available/);
    expect(reply).not.toMatch(/Move .* to negotiation\?/);
  }, 60_000);

  it.each([SUPPORT, MARKETING])(
    'gives %s no deal statistics',
    async (as) => {
      const reply = await say(as, 'whats our overall win rate');
      expect(reply).not.toMatch(/win rate, all time/);
    },
    60_000,
  );
});
