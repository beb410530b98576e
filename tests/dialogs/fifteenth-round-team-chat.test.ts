import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Deal, User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, fifteenth round (w16t): the team and its people, through the bot core on the demo CRM
// ("now" is Friday 4 December 2026). Every figure is recomputed here from the store.
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const JORDAN = 'jordan.blake@demo.crmpro.dev';
const SAM = 'sam.rivera@demo.crmpro.dev';
const day = (d: Date) => d.toISOString().slice(0, 10);
const pct = (won: number, closed: number) => `${Math.round((100 * won) / closed)}%`;

describe('the team and its people (fifteenth round)', () => {
  let world: EvalWorld;
  let team: User[];
  let deals: Deal[];
  beforeAll(async () => {
    world = await openEvalScaleWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    team = (await world.services.store.users.find({ team: morgan.team })).filter((u) => u.role === 'rep');
    deals = await world.services.store.deals.find({});
  }, 120_000);
  afterAll(() => world.close());

  /** Each rep's deals won and lost, closed between the two days, lowest rate first. */
  const rates = (from: string, to: string) =>
    team
      .map((rep) => {
        const closed = deals.filter((d) => {
          const when = day(d.closedAt ?? d.closeDate);
          return d.ownerId === rep._id && when >= from && when <= to && d.stage.startsWith('closed_');
        });
        const won = closed.filter((d) => d.stage === 'closed_won').length;
        return { name: rep.name, won, closed: closed.length, rate: closed.length ? won / closed.length : 0 };
      })
      .filter((r) => r.closed > 0)
      .sort((a, b) => a.rate - b.rate);

  let n = 0;
  const chatOf = () => new ChatDriver(world.services, `c-team-15-${n++}`, { localUser: MORGAN });

  it("'worst win rate last quarter' names the rep with the lowest rate first, then 'and the best?'", async () => {
    const q3 = rates('2026-07-01', '2026-09-30');
    const worst = q3[0]!;
    const best = q3.at(-1)!;
    expect(worst.rate).toBeLessThan(q3[1]!.rate);
    const chat = chatOf();
    const first = replyText(await chat.say('worst win rate last quarter'));
    expect(first.split('\n')[0]).toBe(
      `Lowest win rate, Q3 2026: ${worst.name} — ${pct(worst.won, worst.closed)} (won ${worst.won} of ${worst.closed} closed).`,
    );
    const then = replyText(await chat.say('and the best?'));
    expect(then.split('\n')[0]).toBe(
      `Highest win rate, Q3 2026: ${best.name} — ${pct(best.won, best.closed)} (won ${best.won} of ${best.closed} closed).`,
    );
  }, 120_000);

  it("'best close rate this quarter' names the best; a tie at the low end names each tied rep", async () => {
    const q4 = rates('2026-10-01', '2026-12-31');
    const best = q4.at(-1)!;
    const best_ = replyText(await chatOf().say('best close rate this quarter'));
    expect(best_).toContain(`Highest win rate, Q4 2026: ${best.name} — ${pct(best.won, best.closed)}`);
    const lowest = q4.filter((r) => pct(r.won, r.closed) === pct(q4[0]!.won, q4[0]!.closed));
    const worst = replyText(await chatOf().say('Worst win rate'));
    for (const rep of lowest) expect(worst.split('\n')[0]).toContain(rep.name);
    if (lowest.length > 1) expect(worst.split('\n')[0]).toContain('tied reps');
  }, 120_000);

  it("'how many open support cases are there in total' from an admin: every open case counted", async () => {
    const cases = await world.services.store.cases.find({});
    const open = cases.filter((c) => c.status === 'open' || c.status === 'pending');
    const chat = new ChatDriver(world.services, 'c-cases-total', { localUser: JORDAN });
    const reply = replyText(await chat.say('how many open support cases are there in total'));
    expect(reply).toMatch(new RegExp(`^${open.length} cases`));
  }, 120_000);

  it("'what did sam change today' from an admin: Sam's changes in the audit log, today", async () => {
    const chat = new ChatDriver(world.services, 'c-audit-sam', { localUser: JORDAN });
    const reply = replyText(await chat.say('what did sam change today'));
    expect(reply).toMatch(/changes by Sam Rivera, today/);
  }, 120_000);

  it("'accounts i own' from a rep: the rep's accounts, counted", async () => {
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    const accounts = await world.services.store.accounts.find({ ownerId: sam._id });
    const chat = new ChatDriver(world.services, 'c-own-accounts', { localUser: SAM });
    const reply = replyText(await chat.say('accounts i own'));
    expect(reply).toMatch(new RegExp(`^${accounts.length} accounts \\(your accounts\\)`));
  }, 120_000);

  it("'who is the opportunity owner on <deal>': the deal's owner, not its account's", async () => {
    const deal = deals.find((d) => d.name === 'Hooli - Sales team pilot Q4 2026')!;
    const owner = (await world.services.store.users.findOne({ _id: deal.ownerId }))!;
    const account = (await world.services.store.accounts.findOne({ _id: deal.accountId }))!;
    const accountOwner = (await world.services.store.users.findOne({ _id: account.ownerId }))!;
    expect(owner.name).not.toBe(accountOwner.name);
    const chat = new ChatDriver(world.services, 'c-opp-owner', { localUser: SAM });
    const reply = replyText(await chat.say(`who is the opportunity owner on ${deal.name}`));
    expect(reply).toBe(`${deal.name} is owned by ${owner.name}.`);
  }, 120_000);
});
