import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Account, Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twelfth round (W12-F): chains of short follow-ups and corrections through the bot core on
// the demo CRM ("now" is Friday 4 December 2026). Every figure expected is read from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const day = (d: Date) => d.toISOString().slice(0, 10);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('follow-up chains and corrections', () => {
  let world: EvalWorld;
  let sams: Deal[];
  let account: Account;
  let accountOpen: Deal[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    sams = await world.services.store.deals.find({ ownerId: sam._id });
    // One of Sam's accounts with several open deals, the biggest of them with a contact of its own.
    const accounts = await world.services.store.accounts.find({ ownerId: sam._id });
    for (const candidate of accounts) {
      const open = (await world.services.store.deals.find({ accountId: candidate._id })).filter(isOpen);
      const biggest = [...open].sort((a, b) => b.amount - a.amount)[0];
      if (open.length >= 3 && biggest?.contactId && new Set(open.map((d) => d.amount)).size === open.length) {
        account = candidate;
        accountOpen = open;
        break;
      }
    }
    expect(account).toBeDefined();
  }, 120_000);
  afterAll(() => world.close());

  const chat = (id: string, user = SAM) => new ChatDriver(world.services, id, { localUser: user });

  it("after an account, 'deals?' are its open deals, 'biggest?' the biggest, 'who's the contact' that deal's own", async () => {
    const biggest = [...accountOpen].sort((a, b) => b.amount - a.amount)[0]!;
    const contact = (await world.services.store.contacts.findById(biggest.contactId!))!;
    const talk = chat('c-chain');
    await talk.say(account.name);
    const [deals] = await talk.say('deals?');
    expect(deals!.text).toMatch(
      new RegExp(`^${accountOpen.length} open deals \\(${escaped(account.name)}\\)`),
    );
    const [top] = await talk.say('biggest?');
    expect(top!.text).toContain(biggest.name);
    const [close] = await talk.say('when does it close');
    expect(close!.text).toMatch(new RegExp(`^${escaped(biggest.name)} closes on `));
    const [who] = await talk.say("who's the contact");
    expect(who!.text).toMatch(
      new RegExp(`^The contact on ${escaped(biggest.name)} is ${contact.firstName} ${contact.lastName}\\b`),
    );
  }, 120_000);

  it('after a briefing, the contact on the biggest one and the owner of a deal named by its title', async () => {
    const biggest = [...accountOpen].sort((a, b) => b.amount - a.amount)[0]!;
    const contact = (await world.services.store.contacts.findById(biggest.contactId!))!;
    const talk = chat('c-briefing-2');
    await talk.say(account.name);
    const [contactReply] = await talk.say('whos the contact on the biggest one');
    expect(contactReply!.text).toContain(`${contact.firstName} ${contact.lastName}`);
    // A deal whose title words (after the account) name it alone among the account's open deals.
    const titleOf = (d: Deal) => d.name.slice(account.name.length + 3).replace(/\s+Q[1-4]\s+\d{4}.*$/, '');
    const named = accountOpen.find((d) => accountOpen.filter((o) => titleOf(o) === titleOf(d)).length === 1)!;
    const owner = (await world.services.store.users.findById(named.ownerId))!;
    const talk2 = chat('c-named');
    await talk2.say(account.name);
    const [ownerReply] = await talk2.say(`who owns the ${titleOf(named).toLowerCase()} one`);
    expect(ownerReply!.text).toBe(`${named.name} is owned by ${owner.name}.`);
  }, 120_000);

  it("an account's name and words of a deal's title are that deal; 'who's the contact on it' its contact", async () => {
    const titleOf = (d: Deal) => d.name.slice(account.name.length + 3).replace(/\s+Q[1-4]\s+\d{4}.*$/, '');
    const deal = accountOpen.find(
      (d) =>
        d.contactId &&
        titleOf(d).split(' ').length >= 2 &&
        // "acme contact center" reads as a question about contacts, "acme premium support upgrade" as
        // one about support: titles whose words name nothing else.
        !/contact|support/i.test(titleOf(d)) &&
        accountOpen.filter((o) => titleOf(o) === titleOf(d)).length === 1,
    )!;
    const contact = (await world.services.store.contacts.findById(deal.contactId!))!;
    const talk = chat('c-deal-named');
    const [shown] = await talk.say(`${account.name.toLowerCase()} ${titleOf(deal).toLowerCase()}`);
    expect(shown!.text).toMatch(new RegExp(`^1 open deal \\(${escaped(account.name)}\\)`));
    expect(shown!.text).toContain(deal.name);
    const [who] = await talk.say("who's the contact on it");
    expect(who!.text).toContain(`The contact on ${deal.name} is ${contact.firstName} ${contact.lastName}`);
  }, 120_000);

  it("'when's the next one' after an account's deals is the next of them to close", async () => {
    const ahead = accountOpen.filter((d) => day(d.closeDate) >= '2026-12-04');
    const next = [...ahead].sort((a, b) => a.closeDate.getTime() - b.closeDate.getTime())[0]!;
    const talk = chat('c-next');
    await talk.say(account.name);
    await talk.say('open deals?');
    const [when] = await talk.say("when's the next one");
    expect(when!.text).toMatch(new RegExp(`^${escaped(next.name)} closes on `));
  }, 120_000);

  it('a correction re-asks the last question for the corrected period', async () => {
    const wonIn = (from: string, to: string) =>
      sams.filter(
        (d) => d.stage === 'closed_won' && d.closedAt && day(d.closedAt) >= from && day(d.closedAt) <= to,
      );
    const q3 = wonIn('2026-07-01', '2026-09-30');
    const talk = chat('c-correct');
    await talk.say('what did i win this quarter');
    const [corrected] = await talk.say('sorry - last quarter, not this one');
    expect(corrected!.text).toMatch(
      new RegExp(`^${q3.length} won deals? 1 Jul 2026–30 Sept 2026 \\(your deals\\)`),
    );
  }, 120_000);

  it("'wait, just the open deals' after an account lists that account's open deals", async () => {
    const talk = chat('c-just');
    await talk.say(`show me ${account.name}`);
    const [open] = await talk.say('wait, just the open deals');
    expect(open!.text).toMatch(
      new RegExp(`^${accountOpen.length} open deals \\(${escaped(account.name)}\\)`),
    );
  }, 120_000);

  it("'and meetings?' after the team's calls were counted counts the team's meetings in the same week", async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const reps = await world.services.store.users.find({ team: morgan.team, role: 'rep' });
    const ids = new Set(reps.map((u) => u._id));
    const inWeek = (await world.services.store.interactions.find({ type: 'meeting' })).filter(
      (i) =>
        i.userId &&
        ids.has(i.userId) &&
        day(i.occurredAt) >= '2026-11-30' &&
        day(i.occurredAt) <= '2026-12-06',
    );
    const talk = chat('c-kinds', MORGAN);
    await talk.say('how many calls did my team log this week');
    const [meetings] = await talk.say('and meetings?');
    expect(meetings!.text).toBe(`${inWeek.length} meetings (team ${morgan.team}, 30 Nov 2026 – 6 Dec 2026).`);
  }, 120_000);

  it("'how much is that worth' after a list of several deals is the list's total, per currency", async () => {
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team });
    const ids = new Set(team.map((u) => u._id));
    const all = await world.services.store.deals.find({ stage: 'negotiation' });
    const listed = all.filter((d) => ids.has(d.ownerId));
    expect(listed.length).toBeGreaterThan(1);
    const byCurrency = new Map<string, number>();
    for (const d of listed) byCurrency.set(d.currency, (byCurrency.get(d.currency) ?? 0) + d.amount);
    const talk = chat('c-worth', MORGAN);
    await talk.say('team deals in negotiation');
    const [worth] = await talk.say('how much is that worth');
    expect(worth!.text).toContain(`across ${listed.length} deals`);
    for (const [currency, amount] of byCurrency) expect(worth!.text).toContain(formatMoney(amount, currency));
  }, 120_000);
});
