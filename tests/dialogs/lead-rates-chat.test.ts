/**
 * How leads convert, in chat (issue 19, eighth round, m5): the rate first, converted among the
 * resolved (converted or disqualified) leads the caller may see; every figure here is counted from
 * the store's leads, not taken from the skill.
 */
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { localDayIn } from '../../src/skills/shared/local-day';
import type { Lead } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

const MARKETING = 'alex.kim@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';

const pct = (converted: number, resolved: number) => `${Math.round((100 * converted) / resolved)}%`;

/** Converted, resolved and all of some leads. */
function tally(leads: readonly Lead[]) {
  const converted = leads.filter((lead) => lead.status === 'converted').length;
  const disqualified = leads.filter((lead) => lead.status === 'disqualified').length;
  return { converted, resolved: converted + disqualified, total: leads.length };
}

describe('lead conversion rates, in chat', () => {
  let world: EvalWorld;
  let leads: Lead[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    leads = await world.services.store.leads.find({});
  }, 120_000);
  afterAll(() => world.close());

  let n = 0;
  const say = async (text: string, as = MARKETING) => {
    const chat = new ChatDriver(world.services, `c-lead-rate-${n++}`, { localUser: as });
    return (await chat.say(text)).map((reply) => reply.text).join('\n');
  };

  it.each(["what's our lead conversion rate", 'how well do our leads convert'])(
    '%s → the rate of all leads first',
    async (text) => {
      const all = tally(leads);
      expect(await say(text)).toMatch(
        new RegExp(
          `^Leads convert at ${pct(all.converted, all.resolved)}: ${all.converted} of the ${all.resolved} resolved converted .* All told ${all.converted} of ${all.total} converted`,
        ),
      );
    },
  );

  it('ranks the sources by rate, the best first, with their counts', async () => {
    const sources = [...new Set(leads.map((lead) => lead.source))]
      .map((source) => ({ source, ...tally(leads.filter((lead) => lead.source === source)) }))
      .filter((row) => row.resolved >= 3)
      .sort((a, b) => b.converted / b.resolved - a.converted / a.resolved || b.resolved - a.resolved);
    const best = sources[0]!;
    const reply = await say('which source converts best');
    expect(reply).toMatch(
      new RegExp(
        `converts best: ${pct(best.converted, best.resolved)} \\(${best.converted} of ${best.resolved} resolved\\)`,
        'i',
      ),
    );
    expect(reply.toLowerCase().startsWith(best.source)).toBe(true);
    for (const row of sources)
      expect(reply).toContain(
        `• ${row.source} — ${pct(row.converted, row.resolved)} (${row.converted} of ${row.resolved} resolved) · ${row.total} lead`,
      );
  });

  it("one source's rate, 'website chat' being chat", async () => {
    const chat = tally(leads.filter((lead) => lead.source === 'chat'));
    expect(await say('how well do website chat leads convert')).toMatch(
      new RegExp(
        `^Chat leads convert at ${pct(chat.converted, chat.resolved)}: ${chat.converted} of the ${chat.resolved} resolved`,
      ),
    );
    expect(await say('how many leads came through the website chat?')).toMatch(
      new RegExp(`^${chat.total} chat lead`),
    );
  });

  it("a mention's campaigns together: every webinar's leads for 'webinar leads'", async () => {
    const webinars = leads.filter((lead) => /webinar/i.test(lead.campaign ?? ''));
    const all = tally(webinars);
    const names = [...new Set(webinars.map((lead) => lead.campaign!))];
    const what = names.length === 1 ? `${names[0]} leads` : 'Webinar leads';
    const reply = await say('whats the conversion rate on our webinar leads');
    if (!all.resolved) expect(reply).toMatch(/no conversion rate yet/);
    else
      expect(reply).toMatch(
        new RegExp(
          `^${what} convert at ${pct(all.converted, all.resolved)}: ${all.converted} of the ${all.resolved} resolved converted .* All told ${all.converted} of ${all.total} converted`,
        ),
      );
    for (const name of names) expect(reply).toContain(name);
  });

  it('a campaign asked how it did: its leads, converted, disqualified and open', async () => {
    const campaigns = [...new Set(leads.map((lead) => lead.campaign).filter((name) => name !== undefined))];
    const name = campaigns.find((campaign) => /saas connect/i.test(campaign)) ?? campaigns[0]!;
    const its = tally(leads.filter((lead) => lead.campaign === name));
    const reply = await say(`how did ${name} do for us`);
    expect(reply).toContain(`${name} leads`);
    expect(reply).toContain(`All told ${its.converted} of ${its.total} converted`);
  });

  it('ranks campaigns with enough resolved leads; the rest are listed apart', async () => {
    const reply = await say('which campaign actually works');
    expect(reply).toMatch(/Lead conversion rate by campaign|converts best|Too few resolved leads to rank/);
    expect(reply).toMatch(/Leads with no campaign, for comparison: \d+%/);
  });

  it("a period asked: the leads that came in then (on the caller's calendar)", async () => {
    const then = tally(
      leads.filter((lead) => {
        const day = localDayIn(lead.createdAt, 'America/New_York');
        return day >= '2026-07-01' && day <= '2026-09-30';
      }),
    );
    const reply = await say('conversion rate of leads from last quarter');
    if (!then.resolved) expect(reply).toMatch(/no conversion rate yet/);
    else
      expect(reply).toMatch(
        new RegExp(
          `^Leads that came in last quarter convert at ${pct(then.converted, then.resolved)}: ${then.converted} of the ${then.resolved} resolved converted .* All told ${then.converted} of ${then.total} converted`,
        ),
      );
  });

  it('"how many new leads came in last month": every lead that came in then, not status new', async () => {
    const then = leads.filter((lead) => {
      const day = localDayIn(lead.createdAt, 'America/New_York');
      return day >= '2026-11-01' && day <= '2026-11-30';
    });
    expect(await say('how many new leads came in last month')).toMatch(
      new RegExp(`^${then.length} leads? that came in last month \\(1 Nov 2026–30 Nov 2026\\)\\.`),
    );
  });

  it("a rep's rate counts only the leads the rep may see", async () => {
    const users = await world.services.store.users.find({});
    const rep = users.find((user) => user.email === REP)!;
    const team = new Set(users.filter((user) => user.team === rep.team).map((user) => String(user._id)));
    const seen = tally(leads.filter((lead) => !lead.ownerId || team.has(String(lead.ownerId))));
    expect(await say("what's our lead conversion rate", REP)).toMatch(
      new RegExp(`All told ${seen.converted} of ${seen.total} converted`),
    );
  });
});
