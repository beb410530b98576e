import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { SAM as REP } from '../fixtures/demo-users';

// Issue 19, fifteenth round (w16x): stages and accounts left out, amount ranges, close windows said
// with digits or up to a day or a month's end, and deals past their close date, asked in chat on the
// evaluation's demo CRM (4 December 2026). Figures are read from the seeded store.
const TODAY = '2026-12-04';
const OPEN = ['prospecting', 'qualification', 'proposal', 'negotiation'];

describe('exclusions and numbers in many forms, in chat', () => {
  let world: EvalWorld;
  let rep: User;
  let mine: Deal[];
  let accounts: Account[];
  let conversation = 0;
  const chat = () => {
    const driver = new ChatDriver(world.services, `w16x-${(conversation += 1)}`, { localUser: REP });
    return async (message: string) => replyText(await driver.say(message));
  };
  const say = async (message: string) => chat()(message);
  const day = (d: Deal) => d.closeDate.toISOString().slice(0, 10);
  const accountId = (name: string) => accounts.find((a) => a.name.startsWith(name))!._id;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const users: User[] = await world.services.store.users.find({ active: true });
    rep = users.find((u) => u.email === REP)!;
    mine = (await world.services.store.deals.find({ ownerId: rep._id })).filter((d: Deal) =>
      OPEN.includes(d.stage),
    );
    accounts = await world.services.store.accounts.find({});
  }, 120_000);
  afterAll(() => world.close());

  it.each(['deals not in negotiation', "my deals that aren't in negotiation"])(
    '"%s" counts the rep\'s open deals in every other stage, and says what was left out',
    async (message) => {
      const left = mine.filter((d) => d.stage !== 'negotiation');
      const reply = await say(message);
      expect(reply).toMatch(new RegExp(`^${left.length} open deals not in negotiation`, 'i'));
      for (const d of mine.filter((x) => x.stage === 'negotiation'))
        expect(reply).not.toContain(`${d.name} —`);
    },
    60_000,
  );

  it('"and the ones that are?" then lists the deals in negotiation', async () => {
    const ask = chat();
    await ask('deals not in negotiation');
    const inIt = mine.filter((d) => d.stage === 'negotiation');
    const reply = await ask('and the ones that are?');
    expect(reply).toMatch(new RegExp(`^${inIt.length} open deals in negotiation`, 'i'));
    for (const d of inIt) expect(reply).toContain(d.name);
  }, 60_000);

  it.each<[string, string[]]>([
    ['my open deals except acme', ['Acme']],
    ['open deals not at acme or wayne', ['Acme', 'Wayne']],
  ])(
    '"%s" leaves those accounts\' deals out, and a count after it counts the same deals',
    async (message, names) => {
      const out = names.map(accountId);
      const left = mine.filter((d) => !out.includes(d.accountId));
      const ask = chat();
      const reply = await ask(message);
      expect(reply).toMatch(new RegExp(`^${left.length} open deals not at `));
      expect(reply).not.toMatch(/Which account do you mean/);
      expect(await ask('how many is that')).toMatch(new RegExp(`^${left.length} open deals`));
    },
    60_000,
  );

  it('"deals between 10 and 50 thousand" lists the rep\'s open deals in that range', async () => {
    const inRange = mine.filter((d) => d.amount > 10_000 && d.amount < 50_000);
    expect(await say('deals between 10 and 50 thousand')).toMatch(
      new RegExp(`^${inRange.length} open deals`),
    );
  }, 60_000);

  it.each<[string, string, string]>([
    ['deals closing before 1/15', TODAY, '2027-01-14'],
    ['total of my pipeline closing 12/20 to 12/31', '2026-12-20', '2026-12-31'],
    ['how much is closing by end of jan', TODAY, '2027-01-31'],
  ])(
    '"%s" is the open deals closing %s to %s',
    async (message, from, to) => {
      const inWindow = mine.filter((d) => day(d) >= from && day(d) <= to);
      const reply = await say(message);
      expect(reply).toMatch(new RegExp(`\\b${inWindow.length}\\b`));
      if (/^deals/.test(message))
        for (const d of mine.filter((x) => day(x) > to)) expect(reply).not.toContain(`${d.name} —`);
    },
    60_000,
  );

  it('"which of my open deals have a close date that already passed" lists only the overdue ones', async () => {
    const overdue = mine.filter((d) => day(d) < TODAY);
    const reply = await say('which of my open deals have a close date that already passed');
    for (const d of overdue) expect(reply).toContain(d.name);
    for (const d of mine.filter((x) => day(x) >= TODAY)) expect(reply).not.toContain(`${d.name} —`);
  }, 60_000);
});
