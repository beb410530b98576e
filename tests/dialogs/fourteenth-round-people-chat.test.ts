import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Deal, User } from '../../src/vocabulary';
import { AccountResolver } from '../../src/skills/shared/account-resolver';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, fourteenth round (W15-P): people and names, through the bot core on the demo CRM ("now"
// is Friday 4 December 2026): a colleague's records asked with the name before the noun, a leaver's
// deals counted, what a colleague has open. Every figure is recomputed from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('people and names (fourteenth round)', () => {
  let world: EvalWorld;
  const userNamed = async (name: string): Promise<User> =>
    (await world.services.store.users.findOne({ name }))!;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("'marcus meetings last week' from a manager: the meetings Marcus logged that week", async () => {
    const marcus = await userNamed('Marcus Johnson');
    const meetings = (await world.services.store.interactions.find({ userId: marcus._id })).filter(
      (i) =>
        i.type === 'meeting' &&
        i.occurredAt.toISOString().slice(0, 10) >= '2026-11-23' &&
        i.occurredAt.toISOString().slice(0, 10) <= '2026-11-29',
    );
    const chat = new ChatDriver(world.services, 'c-meetings', { localUser: MORGAN });
    const [reply] = await chat.say('marcus meetings last week');
    expect(reply!.text).toMatch(new RegExp(`^${meetings.length} meetings \\(Marcus Johnson`));
  }, 120_000);

  it("'X is leaving, how many open deals does he own' from an admin: his open deals counted", async () => {
    const james = await userNamed('James Whitfield');
    const open = (await world.services.store.deals.find({ ownerId: james._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-leaver', { localUser: JORDAN });
    const [reply] = await chat.say('james whitfield is leaving, how many open deals does he own');
    expect(reply!.text).toMatch(new RegExp(`^${open.length} open deals \\(James Whitfield\\)`));
  }, 120_000);

  it("'accounts owned by james whitfield' from an admin: his accounts", async () => {
    const james = await userNamed('James Whitfield');
    const accounts = await world.services.store.accounts.find({ ownerId: james._id });
    const chat = new ChatDriver(world.services, 'c-accounts', { localUser: JORDAN });
    const [reply] = await chat.say('accounts owned by james whitfield');
    expect(reply!.text).toMatch(new RegExp(`^${accounts.length} accounts \\(James Whitfield`));
  }, 120_000);

  it("'what's sam got open' from a manager: Sam's open deals", async () => {
    const sam = await userNamed('Sam Rivera');
    const open = (await world.services.store.deals.find({ ownerId: sam._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-open', { localUser: MORGAN });
    const [reply] = await chat.say("1:1 with sam in 10 - what's he got open?");
    expect(reply!.text).toMatch(new RegExp(`^${open.length} open deals \\(Sam Rivera\\)`));
  }, 120_000);

  it("'who's my manager' from a rep: the manager of the rep's team", async () => {
    const sam = await userNamed('Sam Rivera');
    const managers = await world.services.store.users.find({ team: sam.team, role: 'manager' });
    const chat = new ChatDriver(world.services, 'c-manager', { localUser: SAM });
    const [reply] = await chat.say("who's my manager");
    for (const manager of managers) expect(reply!.text).toContain(manager.name);
    expect(reply!.text).toContain(`team ${sam.team}`);
  }, 120_000);

  it("'who covers emea' from a manager: the members of the team whose region is EMEA", async () => {
    const morgan = await userNamed('Morgan Lee');
    const team = await world.services.store.users.find({ team: morgan.team, active: true });
    const emea = team.filter((u) => u.region === 'EMEA').map((u) => u.name);
    const others = team.filter((u) => u.region !== 'EMEA').map((u) => u.name);
    expect(emea.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-emea', { localUser: MORGAN });
    const [reply] = await chat.say('who covers emea on my team');
    for (const name of emea) expect(reply!.text).toContain(name);
    for (const name of others) expect(reply!.text).not.toContain(name);
  }, 120_000);

  it("'hi its my first day here, what accounts are mine?' from a rep: the rep's accounts", async () => {
    const sam = await userNamed('Sam Rivera');
    const accounts = await world.services.store.accounts.find({ ownerId: sam._id });
    const chat = new ChatDriver(world.services, 'c-first-day', { localUser: SAM });
    const [reply] = await chat.say('hi its my first day here, what accounts are mine?');
    expect(reply!.text).toMatch(new RegExp(`^${accounts.length} accounts \\(your accounts\\)`));
  }, 120_000);

  it("'and hers at risk?' after Olivia's open deals: her deals at risk, not the team's", async () => {
    const olivia = await userNamed('Olivia Chen');
    const hers = (await world.services.store.deals.find({ ownerId: olivia._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-hers', { localUser: MORGAN });
    await chat.say("olivia's open deals");
    const [reply] = await chat.say('and hers at risk?');
    const match = /^(\d+) of (\d+) open deals \(Olivia Chen\) are at risk/.exec(reply!.text);
    expect(match).not.toBeNull();
    expect(Number(match![2])).toBe(hers.length);
    const listed = [...reply!.text.matchAll(/^\d+\. (.+?) — /gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(hers.map((d) => d.name)).toContain(name);
  }, 120_000);

  it("'and his at risk deals' after how Marcus is doing: his deals at risk", async () => {
    const marcus = await userNamed('Marcus Johnson');
    const his = (await world.services.store.deals.find({ ownerId: marcus._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-his', { localUser: MORGAN });
    await chat.say('how is marcus doing this year');
    const [reply] = await chat.say('and his at risk deals');
    expect(reply!.text).toMatch(
      new RegExp(`^\\d+ of ${his.length} open deals \\(Marcus Johnson\\) are at risk`),
    );
  }, 120_000);

  describe('an account name one keystroke off', () => {
    it.each<[string, string[]]>([
      ['acne', ['Acme Corporation', 'Acme Logistics']],
      ['globe', ['Globex', 'Globex Financial']],
      ['ACMEE', ['Acme Corporation', 'Acme Logistics']],
      ['hoolii', ['Hooli']],
    ])('"%s" is one keystroke from %s', async (typed, names) => {
      const near = await new AccountResolver(world.services.store).oneKeystrokeAway(typed);
      for (const name of names) expect(near.map((c) => c.name)).toContain(name);
    });

    it.each([['acme'], ['ac'], ['globex financial'], ['the']])('"%s" is no typo read', async (typed) => {
      const near = await new AccountResolver(world.services.store).oneKeystrokeAway(typed);
      expect(near.map((c) => c.name)).not.toContain('Acme Logistics');
      if (typed !== 'acme') expect(near).toEqual([]);
    });

    it.each<[string, string]>([
      ['acne open deals', 'acme'],
      ['globe deals', 'globex'],
      ['whats open at acmr', 'acme'],
    ])(
      "'%s' from a rep: the account the rep owns of those one keystroke off",
      async (text, first) => {
        const sam = await userNamed('Sam Rivera');
        const own = (await world.services.store.accounts.find({ ownerId: sam._id })).filter(
          (a) => a.name.toLowerCase().split(' ')[0] === first,
        );
        expect(own).toHaveLength(1);
        const chat = new ChatDriver(world.services, `c-typo-${first}`, { localUser: SAM });
        const [reply] = await chat.say(text);
        expect(reply!.text.startsWith(own[0]!.name)).toBe(true);
      },
      120_000,
    );

    it("'globe deals' from a manager, who owns neither Globex: still asked which", async () => {
      const chat = new ChatDriver(world.services, 'c-typo-manager', { localUser: MORGAN });
      const [reply] = await chat.say('globe deals');
      expect(reply!.text).toMatch(/Several accounts match "globe"/);
    }, 120_000);
  });
});
