import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19m), through the bot core on the demo CRM as marketing: a field's
// values ranked by their number of accounts ("Top 5 Industries By # Of Accounts?"), two values set
// side by side ("Accounts: UK vs Germany?", "Germany: Customers vs Prospects") and accounts by
// headcount ("Accounts With 10,000+ Employees - Count?"). Every count is recomputed from the store.

/** How many of the accounts have each value, the most first, ties by value. */
function ranked(
  accounts: readonly Account[],
  valueOf: (a: Account) => string | undefined,
): Array<[string, number]> {
  const found = new Map<string, number>();
  for (const account of accounts) {
    const value = valueOf(account);
    if (value) found.set(value, (found.get(value) ?? 0) + 1);
  }
  return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

describe("marketing's ranked and side-by-side counts through the bot core", () => {
  let world: EvalWorld;
  let accounts: Account[];
  let turn = 0;
  const say = async (message: string) => {
    const chat = new ChatDriver(world.services, `marketing-ranks-${(turn += 1)}`, { localUser: MARKETING });
    return replyText(await chat.say(message));
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    accounts = await world.services.store.accounts.find({});
  }, 120_000);
  afterAll(() => world.close());

  it('names the five industries with the most accounts, with their counts, and no sixth', async () => {
    const industries = ranked(accounts, (a) => a.industry);
    const reply = await say('Top 5 Industries By # Of Accounts?');
    expect(reply).toContain('Top 5 industries by number of accounts');
    let at = -1;
    for (const [industry, count] of industries.slice(0, 5)) {
      const row = reply.indexOf(`• ${industry} — ${count}`);
      expect(row).toBeGreaterThan(at);
      at = row;
    }
    const sixth = industries[5]!;
    if (sixth[1] < industries[4]![1]) expect(reply).not.toContain(`• ${sixth[0]} —`);
  }, 60_000);

  it('ranks the countries by their customers, the status kept', async () => {
    const customers = accounts.filter((a) => a.status === 'customer');
    const countries = ranked(customers, (a) => a.country);
    const reply = await say('Top 3 Countries By # Of Customers');
    for (const [country, count] of countries.slice(0, 3)) expect(reply).toContain(`• ${country} — ${count}`);
    expect(reply).not.toMatch(/isn't available|sales team/);
  }, 60_000);

  it('sets two countries side by side and says which has more', async () => {
    const uk = accounts.filter((a) => a.country === 'United Kingdom').length;
    const germany = accounts.filter((a) => a.country === 'Germany').length;
    const reply = await say('Accounts: UK vs Germany?');
    expect(reply).toContain(`• United Kingdom — ${uk}`);
    expect(reply).toContain(`• Germany — ${germany}`);
    if (uk !== germany)
      expect(reply).toContain(`(${Math.max(uk, germany)} against ${Math.min(uk, germany)})`);
    expect(reply).not.toMatch(/segment/i);
  }, 60_000);

  it("sets one country's customers against its prospects", async () => {
    const inGermany = accounts.filter((a) => a.country === 'Germany');
    const customers = inGermany.filter((a) => a.status === 'customer').length;
    const prospects = inGermany.filter((a) => a.status === 'prospect').length;
    const reply = await say('Germany: Customers vs Prospects');
    expect(reply).toContain('in Germany');
    expect(reply).toContain(`• customers — ${customers}`);
    expect(reply).toContain(`• prospects — ${prospects}`);
  }, 60_000);

  it('counts the accounts with 10,000 employees or more', async () => {
    const big = accounts.filter((a) => (a.employees ?? 0) >= 10_000).length;
    const reply = await say('Accounts With 10,000+ Employees - Count?');
    expect(reply).toMatch(new RegExp(`^${big} accounts? with 10,000 or more employees`));
  }, 60_000);
});
