/**
 * Issue 19, eleventh round (W10-T), in chat on the small demo CRM: marketing's "which industries
 * convert best" and "what's our best lead source this year" rank the groups by conversion rate and
 * name the best, and a manager's "win rate this quarter vs last" compares the quarter with the one
 * before. Every figure is counted here from the store, not taken from a skill.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Deal, Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';
const pct = (converted: number, resolved: number) => `${Math.round((100 * converted) / resolved)}%`;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Groups of leads with their counts, ranked as the bot ranks them (3+ resolved, best rate first). */
function ranked(leads: readonly Lead[], groupOf: (lead: Lead) => string | undefined) {
  const values = [...new Set(leads.map(groupOf).filter((value) => value !== undefined))];
  return values
    .map((value) => {
      const of = leads.filter((lead) => groupOf(lead) === value);
      const converted = of.filter((lead) => lead.status === 'converted').length;
      const resolved = converted + of.filter((lead) => lead.status === 'disqualified').length;
      return { value, converted, resolved, total: of.length };
    })
    .filter((row) => row.resolved >= 3)
    .sort(
      (a, b) =>
        b.converted / b.resolved - a.converted / a.resolved ||
        b.resolved - a.resolved ||
        a.value.localeCompare(b.value),
    );
}

describe('groups ranked by conversion, and a period against the one before, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (text: string, as = MARKETING) => {
    const chat = new ChatDriver(world.services, `c-rates-ranked-${n++}`, { localUser: as });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it.each([
    'which industries convert best',
    'what industry converts the most',
    'conversion rate by vertical',
  ])('"%s": the industries ranked, the best named first with its counts', async (text) => {
    const rows = ranked(leads, (lead) => lead.industry);
    expect(rows.length).toBeGreaterThan(0);
    const reply = await say(text);
    const best = rows[0]!;
    expect(reply).toMatch(
      new RegExp(
        `^${best.value} converts best: ${pct(best.converted, best.resolved)} \\(${best.converted} of ${best.resolved} resolved\\)`,
      ),
    );
    for (const row of rows)
      expect(reply).toContain(
        `• ${row.value} — ${pct(row.converted, row.resolved)} (${row.converted} of ${row.resolved} resolved) · ${row.total} lead`,
      );
    expect(reply).toContain('Best = the highest conversion rate');
  });

  it('"what\'s our best lead source this year": this year\'s leads by source, the best named and how it was judged', async () => {
    const year = localDayIn(world.services.clock(), 'America/New_York').slice(0, 4);
    const thisYear = leads.filter((lead) => localDayIn(lead.createdAt, 'America/New_York').startsWith(year));
    const rows = ranked(thisYear, (lead) => lead.source);
    const best = rows[0]!;
    const reply = await say("what's our best lead source this year");
    expect(reply.toLowerCase()).toMatch(
      new RegExp(
        `^${best.value} converts best: ${pct(best.converted, best.resolved)} \\(${best.converted} of ${best.resolved} resolved\\)`,
      ),
    );
    for (const row of rows) expect(reply).toContain(`• ${row.value} — ${pct(row.converted, row.resolved)}`);
    expect(reply).toMatch(/Best = the highest conversion rate: leads converted ÷ leads resolved/);
  });

  it("a manager's win rate this quarter vs last: the two quarters' rates from the team's deals", async () => {
    const { store } = world.services;
    const morgan = (await store.users.findOne({ email: MANAGER }))!;
    const team = await store.users.find({ team: morgan.team });
    const deals = (await Promise.all(team.map((user) => store.deals.find({ ownerId: user._id })))).flat();
    const rate = (from: string, to: string) => {
      const closed = deals.filter((deal: Deal) => {
        const on = day(deal.closedAt ?? deal.closeDate);
        return (deal.stage === 'closed_won' || deal.stage === 'closed_lost') && on >= from && on <= to;
      });
      const won = closed.filter((deal) => deal.stage === 'closed_won').length;
      return `${pct(won, closed.length)} (won ${won} of ${closed.length} closed)`;
    };
    const reply = await say("whats the team's win rate this quarter vs last", MANAGER);
    expect(reply).toContain('Q4 2026 against Q3 2026');
    expect(reply).toContain(
      `${rate('2026-10-01', '2026-12-31')} against ${rate('2026-07-01', '2026-09-30')}`,
    );
  });
});
