import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, eleventh round (W9-G): people's pipelines, comparisons and follow-ups on a list, through
// the bot core on the demo CRM ("now" is Friday 4 December 2026): a rep's pipeline asked with the
// possessive typed without its apostrophe, the deals at risk narrowed to one owner, a period set
// against the present, the accounts just counted narrowed by status, a lead's status by the
// person's name and who is behind. Every figure is recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const ALEX = 'alex.kim@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const usd = (deals: Deal[]) =>
  deals.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0);

describe("people's pipelines, comparisons and follow-ups on a list", () => {
  let world: EvalWorld;
  const userNamed = async (name: string): Promise<User> =>
    (await world.services.store.users.findOne({ name }))!;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("'whats lenas pipeline' from a manager: Lena Fischer's open deals", async () => {
    const lena = await userNamed('Lena Fischer');
    const open = (await world.services.store.deals.find({ ownerId: lena._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-lena', { localUser: MORGAN });
    const [reply] = await chat.say('whats lenas pipeline');
    expect(reply!.text).toContain('Lena Fischer');
    expect(reply!.text).toContain(`${open.length} deals`);
    expect(reply!.text).toContain(`$${Math.round(usd(open) / 1000)}k`);
  }, 120_000);

  it("'only sophies' after the team's deals at risk: her deals at risk, not all her deals", async () => {
    const sophie = await userNamed('Sophie Laurent');
    const hers = (await world.services.store.deals.find({ ownerId: sophie._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-risk', { localUser: MORGAN });
    await chat.say('which deals on the team are at risk');
    const [reply] = await chat.say('only sophies');
    const match = /^(\d+) of (\d+) open deals \(Sophie Laurent\) are at risk/.exec(reply!.text);
    expect(match).not.toBeNull();
    expect(Number(match![2])).toBe(hers.length);
    expect(Number(match![1])).toBeLessThan(hers.length);
    const listed = [...reply!.text.matchAll(/^\d+\. (.+?) — /gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(hers.map((d) => d.name)).toContain(name);
  }, 120_000);

  it("'how are we doing vs last quarter' from a manager: the team's wins this quarter against last", async () => {
    const team = await world.services.store.users.find({ team: 'Enterprise' });
    const ids = new Set(team.map((u) => u._id));
    const won = (await world.services.store.deals.find({ stage: 'closed_won' })).filter((d) =>
      ids.has(d.ownerId),
    );
    const closedIn = (from: string, to: string) =>
      won.filter((d) => day(d.closedAt ?? d.closeDate) >= from && day(d.closedAt ?? d.closeDate) <= to);
    const now = closedIn('2026-10-01', '2026-12-31');
    const then = closedIn('2026-07-01', '2026-09-30');
    const chat = new ChatDriver(world.services, 'c-vs', { localUser: MORGAN });
    const [reply] = await chat.say('how are we doing vs last quarter');
    expect(reply!.text).toContain('Q4 2026 against Q3 2026');
    expect(reply!.text).toContain(`Won: ${now.length} deals`);
    expect(reply!.text).toContain(`(Q3 2026: ${then.length} deals`);
  }, 120_000);

  it("'how many of them are prospects' after the rep's accounts were counted: his prospects", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const accounts = await world.services.store.accounts.find({ ownerId: sam._id });
    const prospects = accounts.filter((a) => a.status === 'prospect');
    const all = await world.services.store.accounts.find({ status: 'prospect' });
    expect(prospects.length).toBeLessThan(all.length);
    const chat = new ChatDriver(world.services, 'c-prospects', { localUser: SAM });
    const [count] = await chat.say('how many accounts do i own');
    expect(count!.text).toContain(String(accounts.length));
    const [reply] = await chat.say('how many of them are prospects');
    expect(reply!.text).toMatch(new RegExp(`^${prospects.length} prospects \\(your accounts\\)`));
  }, 120_000);

  it.each([
    [SAM, 'whats the status of the joseph turner lead', 'Joseph Turner'],
    [ALEX, "what status is hugo andersson's lead in", 'Hugo Andersson'],
  ])(
    "a lead's status by the person's name (%s: '%s')",
    async (user, text, name) => {
      const lead = (await world.services.store.leads.findOne({ name }))!;
      const chat = new ChatDriver(world.services, `c-lead-${name}`, { localUser: user });
      const [reply] = await chat.say(text);
      expect(reply!.text).toContain(name);
      expect(reply!.text).toContain(`— ${lead.status}`);
    },
    120_000,
  );

  it("'whos behind this quarter' from a manager: the reps ranked on what they won, the least first", async () => {
    const chat = new ChatDriver(world.services, 'c-behind', { localUser: MORGAN });
    const [furthest] = await chat.say("who's furthest behind this quarter");
    const [reply] = await chat.say('whos behind this quarter');
    const first = /^(.+?) has the smallest won business/.exec(reply!.text)?.[1];
    expect(first).toBeDefined();
    expect((await userNamed(first!)).team).toBe('Enterprise');
    expect(reply!.text).toBe(furthest!.text);
  }, 120_000);
});
