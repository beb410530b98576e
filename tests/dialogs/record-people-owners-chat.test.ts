import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, fourth round, through the bot core on the demo CRM: every figure is recomputed here from
// the store, so a reply that routes right but states a wrong number fails.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const RILEY = 'riley.park@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const usd = (deals: Deal[]) => deals.filter((d) => d.currency === 'USD').reduce((s, d) => s + d.amount, 0);

describe('people, activity, owners and teams through the bot core', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("ranks a manager's reps by open pipeline, the top one with the store's count and amount", async () => {
    const { store } = world.services;
    const team = await store.users.find({ team: 'Enterprise' });
    const deals = (await store.deals.find({ ownerId: { $in: team.map((u) => u._id) } })).filter(isOpen);
    const byOwner = team
      .map((u) => ({ name: u.name, deals: deals.filter((d) => d.ownerId === u._id) }))
      .filter((o) => o.deals.length)
      .sort((a, b) => usd(b.deals) - usd(a.deals));
    const top = byOwner[0]!;
    const chat = new ChatDriver(world.services, 'c-rank', { localUser: MORGAN });
    const [reply] = await chat.say("who's carrying the biggest pipeline on my team");
    expect(reply!.text).toMatch(
      new RegExp(
        `^${top.name} has the biggest open pipeline \\(team Enterprise\\): ${top.deals.length} deals`,
      ),
    );
    expect(reply!.text).toContain(formatMoney(usd(top.deals), 'USD'));
    // Every owner with open deals is listed, not the deals.
    for (const owner of byOwner) expect(reply!.text).toContain(`${owner.name} — ${owner.deals.length} deal`);
  }, 60_000);

  it("counts a rep's meetings in November in their own time zone", async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: sam.timezone ?? 'UTC' });
    const meetings = (await store.interactions.find({ userId: sam._id, type: 'meeting' })).filter((i) =>
      day.format(i.occurredAt).startsWith('2026-11'),
    );
    expect(meetings.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-meetings', { localUser: SAM });
    const [reply] = await chat.say('how many meetings did i have in november');
    expect(reply!.text).toMatch(
      new RegExp(`^${meetings.length} meetings? \\(yours, 1 Nov 2026 – 30 Nov 2026\\)`),
    );
  }, 60_000);

  it("answers a team named without the word 'team' for that team, from the store's team names", async () => {
    const { store } = world.services;
    const team = await store.users.find({ team: 'Mid-Market' });
    const open = (await store.deals.find({ ownerId: { $in: team.map((u) => u._id) } })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-team', { localUser: JORDAN });
    const [reply] = await chat.say('total open pipeline for mid-market');
    expect(reply!.text).toContain(
      `team Mid-Market: open pipeline: ${open.length} deals worth ${formatMoney(usd(open), 'USD')}`,
    );
  }, 60_000);

  it("gives an admin everyone's overdue tasks for 'across the team', with whose they are", async () => {
    const { store } = world.services;
    const overdue = (await store.tasks.find({ status: 'open' })).filter(
      (t) => t.dueAt && t.dueAt.toISOString().slice(0, 10) < '2026-12-04',
    );
    const chat = new ChatDriver(world.services, 'c-tasks', { localUser: JORDAN });
    const [reply] = await chat.say('which tasks are overdue across the team');
    if (!overdue.length) expect(reply!.text).toMatch(/^No overdue tasks \(everyone\)/);
    else {
      expect(reply!.text).toMatch(new RegExp(`^${overdue.length} overdue tasks \\(everyone\\)`));
      expect(reply!.text).toContain(overdue[0]!.title);
    }
  }, 60_000);

  it('answers a field of a named person, and "what\'s her email" after the decision maker was shown', async () => {
    const { store } = world.services;
    const acme = (await store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const decider = (await store.contacts.find({ accountId: acme._id })).find(
      (c) => c.buyingRole === 'decision_maker',
    )!;
    const name = `${decider.firstName} ${decider.lastName}`;
    const chat = new ChatDriver(world.services, 'c-person', { localUser: SAM });
    const [title] = await chat.say(`what's ${name}'s title again`);
    expect(title!.text).toContain(`${name} at Acme Corporation: ${decider.title}`);

    const other = new ChatDriver(world.services, 'c-person-2', { localUser: SAM });
    await other.say('who is the decision maker at Acme?');
    const [email] = await other.say("what's her email");
    expect(email!.text).toContain(decider.email!);
  }, 60_000);

  it('tells support, after a customer view of one person, whether they may be e-mailed (by the id kept, not the reply text)', async () => {
    const { store } = world.services;
    const jane = (await store.contacts.findOne({ firstName: 'Jane', lastName: 'Cooper' }))!;
    const chat = new ChatDriver(world.services, 'c-support', { localUser: RILEY });
    await chat.say('who is Jane Cooper?');
    const [reply] = await chat.say('can we email her?');
    expect(reply!.text).toContain('Jane Cooper');
    if (jane.emailOptOut) expect(reply!.text).toMatch(/opted out of e-mail/);
    else expect(reply!.text).toMatch(/not opted out/);
    if (jane.leftAt) expect(reply!.text).toMatch(/left/);
  }, 60_000);
});
