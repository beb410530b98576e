import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, tenth round (W8-M), through the bot core on the demo CRM: records counted by a field
// they have. Every count is recomputed here from the store, so a reply that routes right but
// states a wrong number fails.
const SAM = 'sam.rivera@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';

/** How many of the records have each value (none: "(not recorded)"). */
function counts<T>(records: readonly T[], valueOf: (record: T) => string | undefined): Map<string, number> {
  const found = new Map<string, number>();
  for (const record of records) {
    const value = valueOf(record) || '(not recorded)';
    found.set(value, (found.get(value) ?? 0) + 1);
  }
  return found;
}

describe('records counted by a field through the bot core', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it("an admin's accounts by country and customers by industry in emea are the store's counts", async () => {
    const { store } = world.services;
    const accounts = await store.accounts.find({});
    const chat = new ChatDriver(world.services, 'c-accounts-country', { localUser: JORDAN });
    const [byCountry] = await chat.say('accounts by country');
    expect(byCountry!.text).toMatch(
      new RegExp(`^Accounts by country \\(all accounts, ${accounts.length} in all\\):`),
    );
    for (const [country, count] of counts(accounts, (a) => a.country))
      expect(byCountry!.text).toMatch(new RegExp(`• ${country} — ${count}(\\n|$)`));
    const customers = accounts.filter((a) => a.status === 'customer' && a.region === 'EMEA');
    const [byIndustry] = await chat.say('how many customers per industry in emea');
    expect(byIndustry!.text).toMatch(
      new RegExp(`^Customers \\(EMEA\\) by industry \\(all accounts, ${customers.length} in all\\):`),
    );
    for (const [industry, count] of counts(customers, (a) => a.industry))
      expect(byIndustry!.text).toMatch(new RegExp(`• ${industry} — ${count}(\\n|$)`));
  }, 60_000);

  it("a rep's open deals by source: each source's count and dollars from the store", async () => {
    const { store } = world.services;
    const sam = (await store.users.findOne({ email: SAM }))!;
    const open = (await store.deals.find({ ownerId: sam._id })).filter(isOpen);
    const chat = new ChatDriver(world.services, 'c-deals-source', { localUser: SAM });
    const [reply] = await chat.say('break down my deals by source');
    expect(reply!.text).toMatch(new RegExp(`^Open deals by source \\(your deals, ${open.length} in all\\):`));
    for (const [source, count] of counts(open, (d) => d.source)) {
      const usd = open
        .filter((d) => (d.source || '(not recorded)') === source && d.currency === 'USD')
        .reduce((sum, d) => sum + d.amount, 0);
      const line = reply!.text.split('\n').find((l) => l.startsWith(`• ${source.replace(/_/g, ' ')} — `));
      expect(line).toBeDefined();
      expect(line).toContain(` — ${count}`);
      if (usd) expect(line).toContain(formatMoney(usd, 'USD'));
    }
  }, 60_000);

  it("contacts by country count each contact under their account's country", async () => {
    const { store } = world.services;
    const accounts = new Map((await store.accounts.find({})).map((a) => [a._id, a]));
    const contacts = (await store.contacts.find({})).filter((c) => !c.leftAt && accounts.has(c.accountId));
    const chat = new ChatDriver(world.services, 'c-contacts-country', { localUser: JORDAN });
    const [reply] = await chat.say('how many contacts per country');
    expect(reply!.text).toMatch(
      new RegExp(`^Contacts by country \\(all contacts, ${contacts.length} in all\\):`),
    );
    for (const [country, count] of counts(contacts, (c) => accounts.get(c.accountId)!.country))
      expect(reply!.text).toMatch(new RegExp(`• ${country.replace(/[()]/g, '\\$&')} — ${count}(\\n|$)`));
    expect(reply!.text).toContain("Each contact counts under their account's country.");
  }, 60_000);

  it('a person after "by" is an owner, not a field: "deals by sam" lists deals', async () => {
    const chat = new ChatDriver(world.services, 'c-deals-by-sam', { localUser: JORDAN });
    const [reply] = await chat.say('deals by sam');
    expect(reply!.text).not.toMatch(/ by source| by deal type/);
  }, 60_000);
});
