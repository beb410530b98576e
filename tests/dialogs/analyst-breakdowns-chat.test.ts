import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Account, Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { ALEX as MARKETING, MORGAN as MANAGER, NOAH as ANALYST } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twenty-sixth round (w27b, from dev-qa48): an analyst asking "lost reasons this year" or
// "revenue by industry" was refused (a list of deals; a breakdown). Deals counted and summed per value
// of a field are statistics: the analyst gets them over everyone's deals with a chart, never the deals.
// Every figure is recounted from the store.

describe("an analyst's breakdowns of deals", () => {
  let world: EvalWorld;
  let deals: Deal[];
  let accounts: Map<string, Account>;
  let turn = 0;
  const say = async (as: string, message: string) => {
    const chat = new ChatDriver(world.services, `analyst-breakdowns-${(turn += 1)}`, { localUser: as });
    return chat.say(message);
  };
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    deals = await world.services.store.deals.find({});
    accounts = new Map((await world.services.store.accounts.find({})).map((a) => [a._id, a]));
  }, 120_000);
  afterAll(() => world.close());

  const lostThisYear = () =>
    deals.filter(
      (d) =>
        d.stage === 'closed_lost' &&
        d.closedAt &&
        d.closedAt >= new Date('2026-01-01T00:00:00Z') &&
        d.closedAt < new Date('2027-01-01T00:00:00Z'),
    );

  it.each([
    'lost reasons this year',
    'what were the top loss reasons this year?',
    'why did we lose deals this year',
    'lost deals this year by reason',
  ])(
    'the reasons deals were lost, counted: %s',
    async (message) => {
      const lost = lostThisYear();
      const competitor = lost.filter((d) => d.lostReason === 'Lost to competitor').length;
      const reply = replyText(await say(ANALYST, message));
      expect(reply).toContain(`Lost to competitor — ${competitor},`);
      expect(reply).toContain(`(everyone, ${lost.length} in all)`);
      expect(reply).toMatch(/crmpro export deals/);
      expect(reply).not.toMatch(/•.*closed lost/);
    },
    60_000,
  );

  it.each(['revenue by industry', 'won revenue per vertical', 'bookings by industry'])(
    'won business per industry, with a chart: %s',
    async (message) => {
      const software = deals.filter(
        (d) =>
          d.stage === 'closed_won' &&
          d.currency === 'USD' &&
          accounts.get(d.accountId)?.industry === 'Software',
      );
      const sum = software.reduce((total, d) => total + d.amount, 0);
      const reply = await say(ANALYST, message);
      expect(replyText(reply)).toContain(`Software — `);
      expect(replyText(reply)).toContain(`$${sum.toLocaleString('en-US')}`);
      expect(reply[0]?.images?.[0]?.alt).toMatch(/^Won deals by industry \(USD\), /);
    },
    60_000,
  );

  it('open pipeline by company size is a statistic too', async () => {
    const reply = replyText(await say(ANALYST, 'pipeline by company size'));
    expect(reply).toMatch(/Open deals by company size \(everyone, \d+ in all\)/);
  }, 60_000);

  it('a list of lost deals stays with the command line', async () => {
    const reply = replyText(await say(ANALYST, 'show me the lost deals this year'));
    expect(reply).toMatch(/isn.t available|crmpro export/);
    expect(reply).not.toMatch(/•.*closed lost/);
  }, 60_000);

  it("a manager's reasons are their team's", async () => {
    const reply = replyText(await say(MANAGER, 'lost reasons this year'));
    expect(reply).toMatch(/^The main reason: Lost to competitor, \d+ of the \d+ lost deals .*\(team /);
  }, 60_000);

  it('marketing gets no deal breakdown', async () => {
    const reply = replyText(await say(MARKETING, 'revenue by industry'));
    expect(reply).not.toMatch(/Won deals by industry/);
  }, 60_000);
});
