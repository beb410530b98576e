import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';

// Issue 19, twelfth round (W13-M): a follow-up that narrows the last answer by a region or a close
// window keeps what that answer was: the deals at risk stay deals at risk ("only the ones in emea"),
// a pipeline's "only the ones closing this month" lists its open deals closing then. Through the bot
// core on the demo CRM ("now" is Friday 4 December 2026); names and counts are read from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('• '));
/** The numbered rows of an answer of deals at risk ("1. Acme - Renewal — $10k, 30% win chance"). */
const rows = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

describe('narrowing the last answer by a region or a close window', () => {
  let world: EvalWorld;
  let olivia: User;
  let emeaAccounts: Set<string>;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    olivia = (await world.services.store.users.findOne({ name: 'Olivia Chen' }))!;
    const accounts = await world.services.store.accounts.find({});
    emeaAccounts = new Set(accounts.filter((a) => a.region === 'EMEA').map((a) => a.name));
  }, 120_000);
  afterAll(() => world.close());

  const accountOfRow = (line: string) => line.replace(/^\d+\. /, '').split(' - ')[0]!;

  it.each(['only the ones in emea', 'just emea', 'what about europe', 'and only the emea ones'])(
    "'%s' after the team's deals at risk: the team's deals at risk in EMEA",
    async (followUp) => {
      const chat = new ChatDriver(world.services, `c-risk-${followUp}`, { localUser: MORGAN });
      const [all] = await chat.say('deals at risk on my team');
      const everywhere = rows(all!.text).map(accountOfRow);
      expect(everywhere.some((name) => !emeaAccounts.has(name))).toBe(true);
      const [reply] = await chat.say(followUp);
      expect(reply!.text).toMatch(/^\d+ of \d+ open deals \(team Enterprise, EMEA\) are at risk/);
      const shown = rows(reply!.text).map(accountOfRow);
      expect(shown.length).toBeGreaterThan(0);
      for (const name of shown) expect(emeaAccounts.has(name)).toBe(true);
    },
    120_000,
  );

  it("'deals at risk in emea' asked outright: only deals of EMEA accounts", async () => {
    const chat = new ChatDriver(world.services, 'c-risk-outright', { localUser: MORGAN });
    const [reply] = await chat.say('which deals are at risk in emea');
    expect(reply!.text).toMatch(/^\d+ of \d+ open deals \(team Enterprise, EMEA\) are at risk/);
    const shown = rows(reply!.text).map(accountOfRow);
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(emeaAccounts.has(name)).toBe(true);
  }, 120_000);

  it.each([
    'only the ones closing this month',
    'just the ones that close this month',
    'which of them close this month',
    'only deals closing in december',
  ])(
    "'%s' after Olivia's pipeline: her open deals closing in December",
    async (followUp) => {
      const hers = (await world.services.store.deals.find({ ownerId: olivia._id })).filter(isOpen);
      const december = hers.filter(
        (d) => day(d.closeDate) >= '2026-12-01' && day(d.closeDate) <= '2026-12-31',
      );
      expect(december.length).toBeGreaterThan(1);
      expect(december.length).toBeLessThan(hers.length);
      const chat = new ChatDriver(world.services, `c-pipe-${followUp}`, { localUser: MORGAN });
      await chat.say("what's in olivia's pipeline right now");
      const [reply] = await chat.say(followUp);
      expect(reply!.text).toMatch(new RegExp(`^${december.length} open deals`));
      for (const deal of december) expect(reply!.text).toContain(deal.name);
      for (const deal of hers.filter((d) => !december.includes(d)))
        expect(reply!.text).not.toContain(`${deal.name} —`);
      expect(bullets(reply!.text)).toHaveLength(december.length);
    },
    120_000,
  );

  it("'what about last month' after a pipeline stays the pipeline, its won and lost in November", async () => {
    const chat = new ChatDriver(world.services, 'c-pipe-last-month', { localUser: MORGAN });
    await chat.say("what's in olivia's pipeline right now");
    const [reply] = await chat.say('what about last month');
    expect(reply!.text).toMatch(/^Olivia Chen: open pipeline/);
    expect(reply!.text).toContain('November 2026: won');
  }, 120_000);
});
