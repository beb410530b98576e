import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatMoney } from '../../src/dialogs/replies/format';
import { nameKeyOf, type Account, type Deal, type Task } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twelfth round (W12-R): a rep's periods compared, through the bot core on the demo CRM
// ("now" is 4 December 2026); every figure expected is read from the store.
const SAM = 'sam.rivera@demo.crmpro.dev';

describe("a rep's periods, compared, tasks, churned customers, renewals and named deals", () => {
  let world: EvalWorld;
  let samDeals: Deal[];
  let samAccounts: Account[];
  let samTasks: Task[];
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const sam = (await world.services.store.users.findOne({ email: SAM }))!;
    // The small demo CRM may hold none of these for Sam: one of each is planted (read back below).
    const store = world.services.store;
    await store.accounts.insertOne({
      name: 'Planted Churned Ltd',
      nameKey: nameKeyOf('Planted Churned Ltd'),
      status: 'churned',
      ownerId: sam._id,
    });
    await store.tasks.insertMany([
      {
        title: 'Planted late task',
        ownerId: sam._id,
        status: 'open',
        dueAt: new Date('2026-12-01T09:00:00Z'),
      },
      {
        title: 'Planted task due later',
        ownerId: sam._id,
        status: 'open',
        dueAt: new Date('2026-12-09T09:00:00Z'),
      },
    ]);
    const hooli = (await store.accounts.findOne({ name: 'Hooli' }))!;
    await store.deals.insertOne({
      name: 'Hooli - Planted pilot',
      accountId: hooli._id,
      ownerId: sam._id,
      stage: 'qualification',
      amount: 42_000,
      currency: 'USD',
      closeDate: new Date('2027-01-19T00:00:00Z'),
      probability: 30,
      forecastCategory: 'pipeline',
      type: 'new_business',
      stageHistory: [{ stage: 'qualification', at: new Date('2026-11-02T00:00:00Z') }],
    });
    samDeals = await world.services.store.deals.find({ ownerId: sam._id });
    samAccounts = await world.services.store.accounts.find({ ownerId: sam._id });
    samTasks = await world.services.store.tasks.find({ ownerId: sam._id });
  }, 120_000);
  afterAll(() => world.close());

  /** Deals won between two days (inclusive, UTC calendar days). */
  const wonBetween = (deals: Deal[], from: string, to: string) =>
    deals.filter((d) => {
      const day = d.closedAt?.toISOString().slice(0, 10);
      return d.stage === 'closed_won' && day !== undefined && day >= from && day <= to;
    });
  const usd = (deals: Deal[]) =>
    formatMoney(
      deals.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0),
      'USD',
    );

  it('"did i win more this quarter than last": both quarters\' won sums and the change', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-more-than', { localUser: SAM });
    const [reply] = await chat.say('did i win more this quarter than last');
    const now = wonBetween(samDeals, '2026-10-01', '2026-12-04');
    const then = wonBetween(samDeals, '2026-07-01', '2026-09-30');
    expect(reply!.text).toMatch(/^Q4 2026 against Q3 2026 \(your deals\):/);
    expect(reply!.text).toContain(
      `Won: ${now.length} deals, ${usd(now)} (Q3 2026: ${then.length} deals, ${usd(then)})`,
    );
    expect(reply!.text).toContain(`(${usd(then)} → ${usd(now)})`);
  }, 120_000);

  it('"i won more in november or october?": the two months just gone, not next October', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-months', { localUser: SAM });
    const [reply] = await chat.say('i won more in november or october?');
    const november = wonBetween(samDeals, '2026-11-01', '2026-11-30');
    const october = wonBetween(samDeals, '2026-10-01', '2026-10-31');
    expect(reply!.text).toMatch(/^November 2026 against October 2026 \(your deals\):/);
    expect(reply!.text).toContain(`${november.length} deals against ${october.length}`);
    expect(reply!.text).toContain(`(${usd(october)} → ${usd(november)})`);
  }, 120_000);

  const isOpen = (d: Deal) => d.stage !== 'closed_won' && d.stage !== 'closed_lost';
  const dayOf = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? '';

  it('"which task of me is late": the open tasks past their due day only', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-late', { localUser: SAM });
    const [reply] = await chat.say('which task of me is late');
    const open = samTasks.filter((t) => t.status === 'open');
    const late = open.filter((t) => dayOf(t.dueAt) !== '' && dayOf(t.dueAt) < '2026-12-04');
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(open.length);
    expect(reply!.text).toMatch(new RegExp(`^${late.length} overdue tasks?:`));
    for (const task of late) expect(reply!.text).toContain(task.title);
    for (const task of open.filter((t) => !late.includes(t))) expect(reply!.text).not.toContain(task.title);
  }, 120_000);

  it('"which of my customers have churned": the accounts whose status is churned', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-churned', { localUser: SAM });
    const [reply] = await chat.say('which of my customers have churned');
    const churned = samAccounts.filter((a) => a.status === 'churned');
    expect(churned.length).toBeGreaterThan(0);
    expect(reply!.text).toMatch(new RegExp(`^${churned.length} churned`));
    for (const account of churned) expect(reply!.text).toContain(account.name);
  }, 120_000);

  it('"renewals coming up next quarter": open renewals closing in 2027-Q1, counted and summed', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-renewals', { localUser: SAM });
    const [reply] = await chat.say('renewals coming up next quarter');
    const renewals = samDeals.filter(
      (d) =>
        isOpen(d) &&
        d.type === 'renewal' &&
        dayOf(d.closeDate) >= '2027-01-01' &&
        dayOf(d.closeDate) <= '2027-03-31',
    );
    expect(reply!.text).toMatch(
      new RegExp(`^${renewals.length} open renewal deals closing 1 Jan 2027–31 Mar 2027`),
    );
    expect(reply!.text).toContain(`worth ${usd(renewals)}`);
  }, 120_000);

  it('"which deals am i likely to lose": the deals at risk, not the lost ones', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-lose', { localUser: SAM });
    const [reply] = await chat.say('which deals am i likely to lose');
    expect(reply!.text).toMatch(/open deals \(your deals\) are at risk/);
    expect(reply!.text).not.toMatch(/closed lost/);
  }, 120_000);

  it('"when closing hooli pilot deal": the deal whose title has the words, not the next Hooli deal', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-pilot', { localUser: SAM });
    const [reply] = await chat.say('when closing hooli pilot deal');
    const hooli = (await world.services.store.accounts.findOne({ name: 'Hooli' }))!;
    const pilots = (await world.services.store.deals.find({ accountId: hooli._id })).filter(
      (d) => isOpen(d) && /pilot/i.test(d.name),
    );
    expect(pilots).toHaveLength(1);
    const day = pilots[0]!.closeDate.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(reply!.text).toContain(`${pilots[0]!.name} closes on ${day}`);
  }, 120_000);

  it('"whats my commit number for the quarter": the forecast call of this quarter, not the target', async () => {
    const chat = new ChatDriver(world.services, 'c-w12r-commit', { localUser: SAM });
    const [reply] = await chat.say('whats my commit number for the quarter');
    const won = wonBetween(samDeals, '2026-10-01', '2026-12-31');
    const commit = samDeals.filter(
      (d) =>
        isOpen(d) &&
        d.forecastCategory === 'commit' &&
        dayOf(d.closeDate) >= '2026-10-01' &&
        dayOf(d.closeDate) <= '2026-12-31',
    );
    expect(reply!.text).not.toMatch(/target/i);
    expect(reply!.text).toMatch(/^Forecast Q4 2026 \(your deals\)/);
    expect(reply!.text).toContain(`won ${usd(won)}, commit ${usd([...won, ...commit])}`);
  }, 120_000);
});
