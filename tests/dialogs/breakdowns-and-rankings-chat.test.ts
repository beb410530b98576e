import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-first round: deals counted by their account's industry, customers per industry
// asked as "which industries have more", and a ranking of reps said with "the top rep" (no row of a
// list). Through the bot core on the demo CRM; the expected counts come from the store.
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const ALEX = 'alex.kim@demo.crmpro.dev';
const OPEN = ['prospecting', 'qualification', 'proposal', 'negotiation'];

describe('breakdowns by a field and rankings of reps', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('counts the open deals per their account industry, the most first', async () => {
    const { store } = world.services;
    const deals = await store.deals.find({ stage: { $in: OPEN } });
    const accounts = new Map((await store.accounts.find({})).map((a) => [a._id, a]));
    const counts = new Map<string, number>();
    for (const d of deals) {
      const industry = accounts.get(d.accountId)?.industry ?? '(not recorded)';
      counts.set(industry, (counts.get(industry) ?? 0) + 1);
    }
    const [first] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const wording of ['open pipeline by industry', 'pipeline per vertical']) {
      const chat = new ChatDriver(world.services, `c-by-industry-${wording}`, { localUser: JORDAN });
      const [reply] = await chat.say(wording);
      expect(reply!.text).toMatch(
        new RegExp(`^Open deals by industry \\(everyone, ${deals.length} in all\\):`),
      );
      expect(reply!.text.split('\n')[1]).toMatch(new RegExp(`^• ${first![0]} — ${first![1]}, `));
      expect(reply!.text).toMatch(/Each deal counts under its account's industry\.$/);
    }
  }, 120_000);

  it('answers marketing "which industries have more clients" with customers per industry, not the docs', async () => {
    const customers = await world.services.store.accounts.find({ status: 'customer' });
    const chat = new ChatDriver(world.services, 'c-more-clients', { localUser: ALEX });
    const [reply] = await chat.say('which are the industries with more clients of us');
    expect(reply!.text).toMatch(
      new RegExp(`^Customers by industry \\(all accounts, ${customers.length} in all\\):`),
    );
  }, 120_000);

  it('ranks the reps for "who is the top rep this year by revenue" instead of asking which list', async () => {
    for (const wording of ['who is the top rep this year by revenue', "who's the best rep this quarter"]) {
      const chat = new ChatDriver(world.services, `c-top-rep-${wording}`, { localUser: MORGAN });
      const [reply] = await chat.say(wording);
      expect(reply!.text).not.toMatch(/Which list do you mean/);
      expect(reply!.text).toMatch(/\n1\. [A-Z][a-z]+ [A-Z][a-z]+ — \d+ deals?, /);
    }
    // A row asked of no list still asks for the list.
    const chat = new ChatDriver(world.services, 'c-top-row', { localUser: MORGAN });
    const [row] = await chat.say('who owns the top one?');
    expect(row!.text).toMatch(/^Which list do you mean\?/);
  }, 120_000);

  it('gives the biggest open deal of each region, each the biggest of its region in the store', async () => {
    const { store } = world.services;
    const deals = await store.deals.find({ stage: { $in: OPEN } });
    const accounts = new Map((await store.accounts.find({})).map((a) => [a._id, a]));
    const chat = new ChatDriver(world.services, 'c-each-region', { localUser: JORDAN });
    const [reply] = await chat.say('biggest open deal in each region');
    const lines = reply!.text.split('\n');
    expect(lines[0]).toBe('Biggest open deal in each region (everyone):');
    const regionOf = (d: (typeof deals)[number]) => accounts.get(d.accountId)?.region ?? 'no region';
    // A region whose deals are in several currencies has its biggest in each (w23b): amounts in
    // different currencies are never set against each other.
    const groups = new Set<string>();
    for (const region of new Set(deals.map(regionOf))) {
      const currencies = new Set(deals.filter((d) => regionOf(d) === region).map((d) => d.currency));
      for (const currency of currencies)
        groups.add(currencies.size > 1 ? `${region}, in ${currency}` : region);
    }
    expect(lines.length - 1).toBe(groups.size);
    for (const line of lines.slice(1)) {
      const [, region, currency, name] = /^• ([^:,]+)(?:, in ([A-Z]{3}))?: (.+?) — /.exec(line)!;
      const inGroup = deals.filter((d) => regionOf(d) === region && (!currency || d.currency === currency));
      expect(name).toBe(inGroup.sort((a, b) => b.amount - a.amount)[0]!.name);
    }
  }, 120_000);
});
