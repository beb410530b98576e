import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Account, Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, thirteenth round (w14f): fields of a named record and follow-ups on what was just
// shown, through the bot core on the demo CRM ("now" is Friday 4 December 2026). Names, owners,
// e-mails and deals are read from the store, never from the replies.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const TODAY = '2026-12-04';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('• '));

describe('fields of a named record and follow-ups on what was just shown', () => {
  let world: EvalWorld;
  let sam: User;
  const users = new Map<string, string>();
  const accountNamed = async (name: string): Promise<Account> =>
    (await world.services.store.accounts.findOne({ name }))!;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    for (const user of await world.services.store.users.find({})) users.set(user._id, user.name);
  }, 120_000);
  afterAll(() => world.close());

  it("an account whose name extends another's: Globex Financial's CFO, Acme Logistics' owner", async () => {
    const globexFinancial = await accountNamed('Globex Financial');
    const cfo = (await world.services.store.contacts.find({ accountId: globexFinancial._id })).find((c) =>
      /\bCFO\b/.test(c.title ?? ''),
    )!;
    const chat = new ChatDriver(world.services, 'c-longer-names', { localUser: SAM });
    const [reply] = await chat.say("who's the cfo over at globex financial?");
    expect(reply!.text).toContain(`${cfo.firstName} ${cfo.lastName}`);
    expect(reply!.text).toContain('Globex Financial');
    const logistics = await accountNamed('Acme Logistics');
    const [owner] = await chat.say('who owns the acme logistics account');
    expect(owner!.text).toBe(`Acme Logistics is owned by ${users.get(logistics.ownerId!)}.`);
  }, 120_000);

  it.each(['who owns the hooli pilot', 'whos the owner of the hooli sales team pilot deal'])(
    "'%s': the pilot deal's owner, not the Hooli account's",
    async (text) => {
      const hooli = await accountNamed('Hooli');
      const pilot = (await world.services.store.deals.find({ accountId: hooli._id })).find(
        (d) => isOpen(d) && /sales team pilot/i.test(d.name),
      )!;
      const chat = new ChatDriver(world.services, `c-owner-${text}`, { localUser: MORGAN });
      const [reply] = await chat.say(text);
      expect(reply!.text).toBe(`${pilot.name} is owned by ${users.get(pilot.ownerId)}.`);
    },
    120_000,
  );

  it.each([
    [
      'any chance you could tell me who our main contact at acme corp is?',
      "brilliant, cheers - and what's their email?",
    ],
    ['whos the primary contact at acme', 'and their email?'],
  ])(
    "'%s' → '%s': the main contact's e-mail",
    async (first, followUp) => {
      const acme = await accountNamed('Acme Corporation');
      const contacts = await world.services.store.contacts.find({ accountId: acme._id });
      const main = contacts.find((c) => c.primary && !c.leftAt)!;
      const chat = new ChatDriver(world.services, `c-main-${first}`, { localUser: SAM });
      await chat.say(first);
      const [reply] = await chat.say(followUp);
      expect(reply!.text).toContain(main.email!);
      for (const other of contacts.filter((c) => c._id !== main._id && c.email))
        expect(reply!.text).not.toContain(other.email!);
    },
    120_000,
  );

  it.each([
    'lovely, ta. and which ones have I let slip - the overdue ones?',
    'great - which of them did i let slip',
  ])(
    "'%s' after the tasks due next week: Sam's overdue tasks",
    async (followUp) => {
      const overdue = (await world.services.store.tasks.find({ ownerId: sam._id })).filter(
        (t) => t.status === 'open' && t.dueAt && day(t.dueAt) < TODAY,
      );
      expect(overdue.length).toBeGreaterThan(0);
      const chat = new ChatDriver(world.services, `c-late-${followUp}`, { localUser: SAM });
      await chat.say('what tasks have I got due next week, please?');
      const [reply] = await chat.say(followUp);
      expect(bullets(reply!.text)).toHaveLength(overdue.length);
      for (const task of overdue) expect(reply!.text).toContain(task.title);
      expect(reply!.text).not.toMatch(/deals? past/);
    },
    120_000,
  );

  it.each(['just the globex ones', 'which of them are globex?'])(
    "'%s' after Sam's deals closing this month: his Globex deals closing then",
    async (followUp) => {
      const globex = await accountNamed('Globex');
      const december = (await world.services.store.deals.find({ ownerId: sam._id })).filter(
        (d) => isOpen(d) && day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
      );
      const atGlobex = december.filter((d) => d.accountId === globex._id);
      expect(atGlobex.length).toBeGreaterThan(0);
      const chat = new ChatDriver(world.services, `c-narrow-${followUp}`, { localUser: SAM });
      await chat.say('deals closing this month');
      const [reply] = await chat.say(followUp);
      expect(bullets(reply!.text)).toHaveLength(atGlobex.length);
      for (const deal of atGlobex) expect(reply!.text).toContain(deal.name);
    },
    120_000,
  );

  it("'@crmpro biggest one?' after an account's deals: that account's biggest, then its contact", async () => {
    const acme = await accountNamed('Acme Corporation');
    const open = (await world.services.store.deals.find({ accountId: acme._id })).filter(isOpen);
    const biggest = open.sort((a, b) => b.amount - a.amount)[0]!;
    const contact = (await world.services.store.contacts.findById(biggest.contactId!))!;
    const chat = new ChatDriver(world.services, 'c-biggest-of-account', { localUser: SAM });
    await chat.say('@crmpro acme corp deals :point_down:');
    const [top] = await chat.say('@crmpro biggest one?');
    expect(top!.text).toContain(biggest.name);
    expect(bullets(top!.text)).toHaveLength(1);
    const [who] = await chat.say('@crmpro whos the contact on it');
    expect(who!.text).toContain(`${contact.firstName} ${contact.lastName}`);
  }, 120_000);
});
