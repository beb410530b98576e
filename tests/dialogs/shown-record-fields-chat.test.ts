import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, tenth round: a follow-up of two or three words asking one field of the records just
// shown, through the bot core on the demo CRM ("now" is Friday 4 December 2026). Every name and
// count is recomputed from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

describe('a field asked of the records just shown', () => {
  let world: EvalWorld;
  let sam: User;
  let sams: Deal[];
  const accountNamed = async (name: string) => (await world.services.store.accounts.findOne({ name }))!;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    sams = (await world.services.store.deals.find({ ownerId: sam._id })).filter(isOpen);
  }, 120_000);
  afterAll(() => world.close());

  it("'next step?' after an account's deals: the open tasks on that account only", async () => {
    const acme = await accountNamed('Acme Corporation');
    const tasks = await world.services.store.tasks.find({
      ownerId: sam._id,
      accountId: acme._id,
      status: 'open',
    });
    expect(tasks.length).toBeGreaterThan(0);
    const chat = new ChatDriver(world.services, 'c-next-step', { localUser: SAM });
    await chat.say('acme deals');
    const [next] = await chat.say('next step?');
    expect(next!.text).toMatch(new RegExp(`^${tasks.length} open tasks? at Acme Corporation:`));
    for (const task of tasks) expect(next!.text).toContain(task.title);
    expect(next!.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(tasks.length);
  }, 120_000);

  it("'whos the contact at the biggest one' after a list: the biggest deal's own contact, else the people at its account", async () => {
    const thisMonth = sams.filter(
      (d) => day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
    );
    expect(new Set(thisMonth.map((d) => d.accountId)).size).toBeGreaterThan(1);
    const biggest = [...thisMonth].sort((a, b) => b.amount - a.amount)[0]!;
    const account = (await world.services.store.accounts.findById(biggest.accountId))!;
    const people = await world.services.store.contacts.find({ accountId: account._id });
    const chat = new ChatDriver(world.services, 'c-biggest-contact', { localUser: SAM });
    await chat.say('which deals close this month?');
    const [contacts] = await chat.say('whos the contact at the biggest one');
    expect(contacts!.text).toContain(account.name);
    // A deal with a contact of its own names that person (W12-F); one without names the account's people.
    const own = biggest.contactId
      ? people.find((p) => String(p._id) === String(biggest.contactId))
      : undefined;
    for (const person of own ? [own] : people)
      expect(contacts!.text).toContain(`${person.firstName} ${person.lastName}`);
    // The deals just shown are at several accounts: "the account" alone is asked back.
    await chat.say('which deals close this month?');
    const [which] = await chat.say('who owns the account');
    expect(which!.text).toMatch(/Which account do you mean/);
  }, 120_000);

  it("'who owns the account' after one deal: the owner of that deal's account", async () => {
    const biggest = [...sams].sort((a, b) => b.amount - a.amount)[0]!;
    const account = (await world.services.store.accounts.findById(biggest.accountId))!;
    const owner = (await world.services.store.users.findById(account.ownerId!))!;
    const chat = new ChatDriver(world.services, 'c-account-owner', { localUser: SAM });
    const [deal] = await chat.say('my biggest deal');
    expect(deal!.text).toContain(biggest.name);
    const [owns] = await chat.say('who owns the account');
    expect(owns!.text).toBe(`${account.name} is owned by ${owner.name}.`);
  }, 120_000);

  it("'which ones are mine' after an account's deals: the caller's own there", async () => {
    // An account where Sam and someone else both have open deals.
    let shared: { name: string; mine: Deal[]; others: Deal[] } | undefined;
    for (const accountId of new Set(sams.map((d) => d.accountId))) {
      const open = (await world.services.store.deals.find({ accountId })).filter(isOpen);
      const others = open.filter((d) => d.ownerId !== sam._id);
      if (others.length) {
        const { name } = (await world.services.store.accounts.findById(accountId))!;
        shared = { name, mine: open.filter((d) => d.ownerId === sam._id), others };
        break;
      }
    }
    expect(shared).toBeDefined();
    const chat = new ChatDriver(world.services, 'c-mine-there', { localUser: SAM });
    await chat.say(`${shared!.name} deals`);
    const [narrowed] = await chat.say('which ones are mine');
    expect(narrowed!.text).toMatch(new RegExp(`^${shared!.mine.length} open deals? `));
    for (const deal of shared!.mine) expect(narrowed!.text).toContain(deal.name);
    for (const deal of shared!.others) expect(narrowed!.text).not.toContain(`${deal.name} —`);
  }, 120_000);

  it("'whos the coo' after an account's contacts: the one with that title", async () => {
    // One of Sam's accounts with a chief among its contacts.
    let found: { account: string; title: string; person: string } | undefined;
    for (const accountId of new Set(sams.map((d) => d.accountId))) {
      const chief = (await world.services.store.contacts.find({ accountId })).find((c) =>
        ['CEO', 'CFO', 'COO', 'CTO'].includes(c.title ?? ''),
      );
      if (chief) {
        const { name } = (await world.services.store.accounts.findById(accountId))!;
        found = { account: name, title: chief.title!, person: `${chief.firstName} ${chief.lastName}` };
        break;
      }
    }
    expect(found).toBeDefined();
    const chat = new ChatDriver(world.services, 'c-coo', { localUser: SAM });
    await chat.say(`${found!.account} contacts`);
    const [who] = await chat.say(`whos the ${found!.title.toLowerCase()}`);
    expect(who!.text).toContain(found!.person);
    expect(who!.text).toContain(found!.account);
  }, 120_000);

  it("'what does each of them have open' after a manager's roster: each member's open deals", async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const reps = (await world.services.store.users.find({ team: morgan.team, role: 'rep' })).filter(
      (u) => u.active !== false,
    );
    const chat = new ChatDriver(world.services, 'c-each-open', { localUser: MORGAN });
    await chat.say("who's on my team");
    const [each] = await chat.say('what does each of them have open');
    for (const rep of reps) {
      const open = (await world.services.store.deals.find({ ownerId: rep._id })).filter(isOpen);
      if (open.length)
        expect(each!.text).toContain(`${rep.name} — ${open.length} deal${open.length === 1 ? '' : 's'}`);
    }
    // Without a roster just shown, the same words are no follow-up on it.
    const fresh = new ChatDriver(world.services, 'c-each-open-alone', { localUser: MORGAN });
    const [alone] = await fresh.say('what does each of them have open');
    expect(alone!.text).not.toContain(`${reps[0]!.name} — `);
  }, 120_000);
  it("'who is the contact' after an account's biggest deal that a colleague owns: that deal's own contact", async () => {
    const { store } = world.services;
    const acme = await accountNamed('Acme Corporation');
    expect(String(acme.ownerId)).toBe(String(sam._id));
    const biggest = (await store.deals.find({ accountId: acme._id }))
      .filter(isOpen)
      .sort((a, b) => b.amount - a.amount)[0]!;
    const contact = (await store.contacts.find({ accountId: acme._id }))[0]!;
    const colleague = (await store.users.find({ role: 'rep' })).find((user) => user.email !== SAM)!;
    const before = { ownerId: biggest.ownerId, contactId: biggest.contactId };
    await store.deals.updateOne(
      { _id: biggest._id },
      { $set: { ownerId: colleague._id, contactId: contact._id } },
    );
    try {
      const chat = new ChatDriver(world.services, 'c-colleague-deal-contact', { localUser: SAM });
      await chat.say('acme');
      await chat.say('deals?');
      const [top] = await chat.say('biggest?');
      expect(top!.text).toContain(biggest.name);
      const [who] = await chat.say('who is the contact');
      expect(who!.text).toContain(`${contact.firstName} ${contact.lastName}`);
      expect(who!.text).not.toMatch(/can't find the deals/);
    } finally {
      await store.deals.updateOne({ _id: biggest._id }, { $set: before });
    }
  }, 120_000);
});
