import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Contact } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, sixteenth round (w17m): marketing builds campaign audiences from accounts and the
// people at them, by country, industry, status and role, narrowed over turns and counted. Through
// the bot core on the demo CRM, as Alex Kim (marketing); every figure is read from the store.
const ALEX = 'alex.kim@demo.crmpro.dev';
const REFUSED = /isn.t available to you|can.t show you that|can.t help with that|Which account do you mean/;

describe("marketing's audiences by place, industry, status and role", () => {
  let world: EvalWorld;
  let accounts: Account[];
  let contacts: Contact[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    accounts = await world.services.store.accounts.find({});
    contacts = await world.services.store.contacts.find({});
  }, 120_000);
  afterAll(() => world.close());

  const accountsWhere = (keep: (a: Account) => boolean) => accounts.filter(keep);
  const peopleAt = (keep: (a: Account) => boolean, role?: (c: Contact) => boolean) => {
    const ids = new Set(accountsWhere(keep).map((a) => a._id));
    return contacts.filter((c) => ids.has(c.accountId) && (!role || role(c)));
  };
  const chat = (id: string) => new ChatDriver(world.services, `c-w17m-${id}`, { localUser: ALEX });
  const last = async (id: string, turns: string[]) => {
    const driver = chat(id);
    let text = '';
    for (const turn of turns) text = (await driver.say(turn)).map((r) => r.text).join('\n');
    return text;
  };

  it('lists the decision makers at the accounts of a country, with how many accounts that is', async () => {
    const german = (a: Account) => a.country === 'Germany';
    const people = peopleAt(german, (c) => c.buyingRole === 'decision_maker');
    const reply = await last('dm', ['decision makers at german accounts - for an event invite in munich']);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toMatch(
      new RegExp(
        `^${people.length} decision makers? at the ${accountsWhere(german).length} accounts? in Germany`,
      ),
    );
    for (const person of people.slice(0, 5))
      expect(reply).toContain(`${person.firstName} ${person.lastName}`);
    for (const person of people) if (person.phone) expect(reply).not.toContain(person.phone);
  }, 120_000);

  it.each([
    'how many contacts do we have in the uk',
    'number of contacts at uk accounts',
    'How many contacts at British companies?',
  ])(
    '"%s" counts every contact at the UK accounts',
    async (message) => {
      const uk = (a: Account) => a.country === 'United Kingdom';
      const reply = await last(`count-${message}`, [message]);
      expect(reply).toMatch(
        new RegExp(
          `^${peopleAt(uk).length} contacts? at the ${accountsWhere(uk).length} accounts? in the United Kingdom`,
        ),
      );
    },
    120_000,
  );

  it('narrows the accounts just shown by industry, status and region, and counts them', async () => {
    const healthcare = (a: Account) => a.industry === 'Healthcare';
    const customers = (a: Account) => healthcare(a) && a.status === 'customer';
    const inEmea = (a: Account) => customers(a) && a.region === 'EMEA';
    const driver = chat('narrow');
    const [first] = await driver.say('healthcare accounts for a campaign');
    expect(first!.text).toMatch(new RegExp(`^${accountsWhere(healthcare).length} `));
    const [second] = await driver.say('just customers');
    expect(second!.text).toMatch(new RegExp(`^${accountsWhere(customers).length} `));
    const [third] = await driver.say('only emea');
    expect(third!.text).toMatch(new RegExp(`^${accountsWhere(inEmea).length} `));
    const [count] = await driver.say('how many is that');
    expect(count!.text).toMatch(new RegExp(`^${accountsWhere(inEmea).length} `));
    expect(count!.text).not.toMatch(REFUSED);
  }, 120_000);

  it.each<[string[], (a: Account) => boolean]>([
    [
      ['uk customers', 'only software ones'],
      (a) => a.country === 'United Kingdom' && a.status === 'customer' && a.industry === 'Software',
    ],
    [
      ['how many accounts in germany', 'prospects only'],
      (a) => a.country === 'Germany' && a.status === 'prospect',
    ],
    [
      ['how many accounts in germany', 'how many are prospects'],
      (a) => a.country === 'Germany' && a.status === 'prospect',
    ],
    [
      ['list healthcare accounts', 'just the german ones'],
      (a) => a.industry === 'Healthcare' && a.country === 'Germany',
    ],
  ])(
    '%j keeps the filters said before',
    async (turns, keep) => {
      const reply = await last(turns.join('-'), turns);
      expect(reply).not.toMatch(REFUSED);
      const expected = accountsWhere(keep).length;
      expect(reply).toMatch(expected ? new RegExp(`^${expected} `) : /^No /);
    },
    120_000,
  );

  it('"top lead source" ranks the lead sources (the most leads first)', async () => {
    const leads = await world.services.store.leads.find({});
    const bySource = new Map<string, number>();
    for (const lead of leads) bySource.set(lead.source, (bySource.get(lead.source) ?? 0) + 1);
    const [top] = [...bySource].sort((a, b) => b[1] - a[1]);
    const reply = await last('source', ['top lead source']);
    expect(reply).not.toMatch(REFUSED);
    expect(reply).toContain(top![0]);
  }, 120_000);
});
