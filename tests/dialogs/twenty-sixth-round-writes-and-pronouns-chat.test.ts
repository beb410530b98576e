import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import { isOpenStage, type Contact } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-sixth round (w27a, dev-qa47 and dev-qa48), through the bot core on the demo CRM
// ("now" is Friday 4 December 2026): a write with a question after it answers the question (with the
// write's person, deal or account as what "his", "their", "there" and "that deal" mean) and still asks
// its confirmation; follow-ups keep the person or account named before. Figures are read from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';

describe('writes with a question, and follow-ups that keep who was named', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  const chat = (id: string, user = SAM) => new ChatDriver(world.services, id, { localUser: user });
  const say = async (talk: ChatDriver, text: string) => replyText(await talk.say(text));
  const accountNamed = async (name: string) => (await world.services.store.accounts.findOne({ name }))!;
  const contactsAt = async (accountName: string): Promise<Contact[]> =>
    world.services.store.contacts.find({ accountId: (await accountNamed(accountName))._id });
  const person = async (first: string, last: string, accountName: string) =>
    (await contactsAt(accountName)).find((c) => c.firstName === first && c.lastName === last)!;

  it.each([
    "add a task to call bill lumbergh tomorrow, and what's his number?",
    'remind me to call bill lumbergh on monday. can you also tell me his phone number',
    'new task: follow up with bill lumbergh next week - btw whats his phone?',
  ])(
    '"%s": his number, then the task to confirm, which "yes" creates',
    async (text) => {
      const bill = await person('Bill', 'Lumbergh', 'Initech');
      const talk = chat(`c-task-${text}`);
      const reply = await say(talk, text);
      expect(reply).toContain(bill.phone!);
      expect(reply).toMatch(/Create a task "[^"]*"/);
      expect(reply).not.toMatch(/Create a task "[^"]*(?:number|phone)/i);
      expect(await say(talk, 'yes')).toMatch(/Task created/);
    },
    60_000,
  );

  it("a call note keeps its words; who else we know there is the account's other people", async () => {
    const others = (await contactsAt('Initech')).filter((c) => c.firstName !== 'Jane' && !c.leftAt);
    const talk = chat('c-log-there');
    const reply = await say(
      talk,
      "log a call with jane cooper at initech, she's leaving. who else do we know there?",
    );
    expect(others.some((c) => reply.includes(`${c.firstName} ${c.lastName}`))).toBe(true);
    expect(reply).toMatch(/Log a call with Jane Cooper at Initech on [^:]+: "she's leaving"\?/);
  }, 60_000);

  it('log a call, then their open deals: the deals, then what the call was about', async () => {
    const acme = await accountNamed('Acme Corporation');
    const open = (await world.services.store.deals.find({ accountId: acme._id })).filter((d) =>
      isOpenStage(d.stage),
    );
    const reply = await say(chat('c-log-deals'), 'log that I called acme corp and show me their open deals');
    for (const deal of open) expect(reply).toContain(deal.name);
    expect(reply).toMatch(/What was it about\?/);
  }, 60_000);

  it("a manager's task about a deal, and how big that deal is", async () => {
    const umbrella = await accountNamed('Umbrella Corporation');
    const renewals = (await world.services.store.deals.find({ accountId: umbrella._id })).filter(
      (d) => isOpenStage(d.stage) && d.type === 'renewal',
    );
    expect(renewals).toHaveLength(1);
    const reply = await say(
      chat('c-task-deal', MORGAN),
      'add a task for me to review the umbrella renewal on friday, and how big is that deal?',
    );
    expect(reply).toContain(formatMoney(renewals[0]!.amount, renewals[0]!.currency).replace(/\.00$/, ''));
    expect(reply).toMatch(/Create a task "Review the umbrella renewal"/);
  }, 60_000);

  it.each([
    'log a call with acme: discussed pricing and what they need next quarter',
    'log a call with acme: they asked, can we start in january?',
  ])(
    'keeps the note whole: %s',
    async (text) => {
      const note = text.slice(text.indexOf(':') + 2);
      // The note's words after its first letter (which the confirmation may write in capitals).
      expect(await say(chat(`c-note-${text}`), text)).toContain(note.slice(1));
    },
    60_000,
  );

  it.each([
    "patricia baker at acme - what's her email",
    'whats patricia baker from acme corporation email',
    'acme: patricia baker email?',
  ])(
    'a person named with an account is the one there: %s',
    async (text) => {
      const patricia = await person('Patricia', 'Baker', 'Acme Corporation');
      const reply = await say(chat(`c-at-${text}`), text);
      expect(reply).toContain(patricia.email);
      expect(reply).not.toMatch(/Several people match/);
    },
    60_000,
  );

  it('"what about her phone" after Emily Nelson at Wayne Enterprises: only hers', async () => {
    const others = (
      await world.services.store.contacts.find({ firstName: 'Emily', lastName: 'Nelson' })
    ).filter((c) => c.phone);
    const talk = chat('c-emily');
    await say(talk, 'tell me about Emily Nelson at Wayne Enterprises');
    const reply = await say(talk, 'what about her phone');
    expect(reply).not.toMatch(/Several people match/);
    for (const other of others)
      if (other.accountId !== (await accountNamed('Wayne Enterprises'))._id)
        expect(reply).not.toContain(other.phone!);
  }, 60_000);

  it.each<[string, string]>([
    ['who is david nguyen', 'and his open deals?'],
    ['who is jane cooper', 'her open deals?'],
    ["whats jane cooper's title", 'what deals does she have open'],
  ])(
    '"%s" then "%s": the open deals at that person\'s account, said so',
    async (first, then) => {
      const talk = chat(`c-his-${first}`);
      await say(talk, first);
      const reply = await say(talk, then);
      expect(reply).toMatch(/^(?:David Nguyen|Jane Cooper) is at [^;]+; the deals there:/);
      expect(reply).not.toMatch(/\(your deals\)/);
    },
    60_000,
  );

  it('"and his open deals?" after a rep keeps the rep', async () => {
    const talk = chat('c-rep-his', MORGAN);
    await say(talk, 'how is sam doing this quarter');
    expect(await say(talk, 'and his open deals?')).not.toMatch(/ is at .*; the deals there/);
  }, 60_000);

  it.each(['any open cases?', 'open tickets?'])(
    'after a briefing, "%s" is that account\'s',
    async (then) => {
      const talk = chat(`c-cases-${then}`);
      await say(talk, 'tell me about globex');
      const reply = await say(talk, then);
      expect(reply).toMatch(/Globex/);
      expect(reply).not.toMatch(/Willowgate/);
    },
    60_000,
  );

  it.each(['which deals were they', 'which ones?', 'ok what were they', 'list them'])(
    'after a total won, "%s" lists those deals',
    async (then) => {
      const sam = (await world.services.store.users.findOne({ email: SAM }))!;
      const won = (await world.services.store.deals.find({ ownerId: sam._id, stage: 'closed_won' })).filter(
        (d) => d.closedAt && d.closedAt >= new Date('2026-11-01') && d.closedAt < new Date('2026-12-01'),
      );
      expect(won.length).toBeGreaterThan(0);
      const talk = chat(`c-won-${then}`);
      await say(talk, 'how much did i win in november');
      const reply = await say(talk, then);
      for (const deal of won) expect(reply).toContain(deal.name);
    },
    60_000,
  );

  it.each(["where's the hooli pilot at", 'how is the hooli pilot going', 'any update on the hooli pilot?'])(
    '"%s": the deal\'s stage, amount and close date',
    async (text) => {
      const hooli = await accountNamed('Hooli');
      const pilot = (await world.services.store.deals.find({ accountId: hooli._id })).find(
        (d) => isOpenStage(d.stage) && /pilot/i.test(d.name),
      )!;
      const reply = await say(chat(`c-pilot-${text}`), text);
      expect(reply).toContain(pilot.name);
      expect(reply).toContain(pilot.stage);
    },
    60_000,
  );
});
