import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, tenth round (W8-I): the visibility policy and the docs give marketing every account
// and its contacts with their e-mail addresses ("the customer segments and target lists"), not
// phones, deals, interactions or tasks. Counting and listing accounts by industry, region and
// status, and the people at an account with their e-mails, answer marketing; deals, phones, notes
// and tasks are still refused. Through the bot core on the demo CRM; every figure from the store.
const ALEX = 'alex.kim@demo.crmpro.dev';
const REFUSED = /isn.t available to you|can.t show you that/;

describe("marketing's questions about accounts and contacts", () => {
  let world: EvalWorld;
  let accounts: Account[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    accounts = await world.services.store.accounts.find({});
  }, 120_000);
  afterAll(() => world.close());

  const count = (keep: (a: Account) => boolean) => accounts.filter(keep).length;

  it.each([
    ['how many accounts are in healthcare', (a: Account) => a.industry === 'Healthcare'],
    ['number of accounts in software', (a: Account) => a.industry === 'Software'],
    [
      'number of logistics customers we have',
      (a: Account) => a.industry === 'Logistics' && a.status === 'customer',
    ],
    ['how many customers do we have in emea', (a: Account) => a.region === 'EMEA' && a.status === 'customer'],
    ['count of our prospects in apac', (a: Account) => a.region === 'APAC' && a.status === 'prospect'],
    ['how many churned accounts are there', (a: Account) => a.status === 'churned'],
  ])(
    '"%s" is counted over every account',
    async (message, keep) => {
      const expected = count(keep);
      const chat = new ChatDriver(world.services, `c-mkt-${message}`, { localUser: ALEX });
      const [reply] = await chat.say(message);
      expect(reply!.text).not.toMatch(REFUSED);
      expect(reply!.text).toMatch(new RegExp(`^${expected} `));
    },
    120_000,
  );

  it('lists the people at an account with their e-mail addresses, never their phones', async () => {
    const { store } = world.services;
    const globex = (await store.accounts.findOne({ name: 'Globex' }))!;
    const people = await store.contacts.find({ accountId: globex._id });
    expect(people.length).toBeGreaterThan(0);
    for (const message of [
      'contacts at globex',
      'who are the contacts at globex',
      'emails of the contacts at globex',
      'email addresses for everyone at globex',
    ]) {
      const chat = new ChatDriver(world.services, `c-mkt-people-${message}`, { localUser: ALEX });
      const [reply] = await chat.say(message);
      expect(reply!.text).not.toMatch(REFUSED);
      for (const person of people.slice(0, 5)) {
        expect(reply!.text).toContain(person.lastName);
        if (person.email) expect(reply!.text).toContain(person.email);
      }
      for (const person of people) if (person.phone) expect(reply!.text).not.toContain(person.phone);
    }
  }, 120_000);

  it("never gives a contact's phone number", async () => {
    const { store } = world.services;
    const acme = (await store.accounts.findOne({ name: 'Acme Corporation' }))!;
    const person = (await store.contacts.find({ accountId: acme._id })).find((c) => c.phone)!;
    const chat = new ChatDriver(world.services, 'c-mkt-phone', { localUser: ALEX });
    const [reply] = await chat.say(`what's ${person.firstName} ${person.lastName}'s phone number at acme`);
    expect(reply!.text).not.toContain(person.phone!);
    expect(reply!.text).toMatch(/isn.t available|can.t show you|not available|phone/i);
  }, 120_000);

  it.each([
    'which deals is sam rivera negotiating right now',
    'how many open deals do we have in emea',
    'my open tasks',
    'when did we last talk to globex',
  ])(
    'still refuses "%s"',
    async (message) => {
      const chat = new ChatDriver(world.services, `c-mkt-no-${message}`, { localUser: ALEX });
      const [reply] = await chat.say(message);
      expect(reply!.text).toMatch(/isn.t available|can.t show you|not available|phone/i);
      expect(reply!.text).not.toMatch(/\+1 \(|\$\d/);
    },
    120_000,
  );
});
