import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { exactMoney } from '../../src/dialogs/intents/deal-metric-replies';
import { formatMoney, formatMoneyExact } from '../../src/dialogs/replies/format';
import type { Deal } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';
import { JORDAN as ADMIN, MORGAN, SAM } from '../fixtures/demo-users';

// Issue 19, ninth round (w5c), through the bot core on the demo CRM ("now" is Friday 4 December
// 2026): a period alone as a follow-up, two periods in one message, sums in everyday words and the
// late ones of a task list. Every figure is counted from the store.
const TODAY = '2026-12-04';

describe('periods, sums and task follow-ups in chat', () => {
  let world: EvalWorld;
  let teamDeals: Deal[];
  let samDeals: Deal[];
  let samId: string;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
    const team = await world.services.store.users.find({ team: morgan.team });
    teamDeals = await world.services.store.deals.find({ ownerId: { $in: team.map((u) => u._id) } });
    samId = (await world.services.store.users.findOne({ email: SAM }))!._id;
    samDeals = teamDeals.filter((d) => d.ownerId === samId);
  }, 120_000);
  afterAll(() => world.close());

  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);
  const wonBetween = (deals: Deal[], from: string, to: string) =>
    deals.filter((d) => d.stage === 'closed_won' && day(d.closedAt)! >= from && day(d.closedAt)! <= to);
  const dollars = (deals: Deal[]) =>
    deals.filter((d) => d.currency === 'USD').reduce((sum, d) => sum + d.amount, 0);
  const usd = (deals: Deal[]) => formatMoney(dollars(deals), 'USD');
  /** A dollar sum as a sum answer says it: rounded, then to the unit ("$1.3M ($1,252,800)"). */
  const usdSum = (deals: Deal[]) => `${usd(deals)} (${formatMoneyExact(dollars(deals), 'USD')})`;
  const say = async (email: string, id: string, ...turns: string[]) => {
    const chat = new ChatDriver(world.services, id, { localUser: email });
    let last = '';
    for (const turn of turns) last = replyText(await chat.say(turn));
    return last;
  };

  it('a period alone re-runs the last question for it: this quarter so far, a bare year', async () => {
    const quarter = await say(
      SAM,
      'c-so-far',
      'how much did i close last quarter',
      'what about this quarter so far',
    );
    const q4 = wonBetween(samDeals, '2026-10-01', '2026-12-31');
    expect(quarter).toContain(`add up to ${usdSum(q4)} across ${q4.length} deal`);
    expect(quarter).not.toMatch(/couldn't find an account/);

    const year = await say(MORGAN, 'c-2024', 'how much has the team closed this year', 'what about 2024');
    const won2024 = wonBetween(teamDeals, '2024-01-01', '2024-12-31');
    expect(year).toContain('1 Jan 2024–31 Dec 2024 (team');
    expect(year).toContain(usd(won2024));
    expect(year).toContain(`across ${won2024.length} deals`);
  }, 120_000);

  it('a period alone with nothing to re-run asks what to look at then, never an account of that name', async () => {
    const first = await say(SAM, 'c-alone', 'what about last quarter');
    expect(first).toMatch(/^What should I look at for last quarter\?/);
    const afterBriefing = await say(
      SAM,
      'c-alone-acme',
      'tell me about acme',
      'what about this quarter so far',
    );
    expect(afterBriefing).toMatch(/^What should I look at for this quarter\?/);
    expect(afterBriefing).not.toMatch(/couldn't find an account/);
    // A reading the model is sure of stays: the forecast for the quarter after.
    const forecast = await say(MORGAN, 'c-alone-forecast', 'forecast this quarter', 'and next quarter?');
    expect(forecast).toMatch(/Forecast Q1 2027/);
  }, 120_000);

  it("an admin's audit question asked again for another period keeps its account", async () => {
    await say(SAM, 'c-sam-reads', 'brief me on acme corporation');
    const reply = await say(ADMIN, 'c-audit', 'who looked at acme corporation last week', 'what about today');
    expect(reply).toContain('Acme Corporation');
    expect(reply).toContain('Sam Rivera (rep)');
    expect(reply).not.toMatch(/Which account/);
  }, 120_000);

  it('two periods in one message: both totals, the change and the same stretch of the earlier one', async () => {
    const reply = await say(SAM, 'c-two', 'this year vs last year, how much did i win');
    const now = wonBetween(samDeals, '2026-01-01', '2026-12-31');
    const then = wonBetween(samDeals, '2025-01-01', '2025-12-31');
    const stretch = wonBetween(samDeals, '2025-01-01', TODAY.replace('2026', '2025'));
    expect(reply).toMatch(/^2026 against 2025 \(your deals\):/);
    expect(reply).toContain(`(${usd(then)} → ${usd(now)})`);
    expect(reply).toContain(`${now.length} deals against ${then.length}`);
    expect(reply).toContain(`1 Jan 2025–4 Dec 2025: ${stretch.length} deals, ${usd(stretch)}`);
  }, 120_000);

  it("a manager's average deal size in two years, currency by currency, and bookings as won", async () => {
    const reply = await say(MORGAN, 'c-average', 'average deal size this year compared to last year');
    const mean = (deals: Deal[]) => {
      const inUsd = deals.filter((d) => d.currency === 'USD');
      return exactMoney(inUsd.reduce((sum, d) => sum + d.amount, 0) / inUsd.length, 'USD');
    };
    const now = wonBetween(teamDeals, '2026-01-01', '2026-12-31');
    const then = wonBetween(teamDeals, '2025-01-01', '2025-12-31');
    expect(reply).toContain(`USD: ${mean(now)} (`);
    expect(reply).toContain(`against ${mean(then)} (`);
    const bookings = await say(MORGAN, 'c-bookings', 'bookings this year vs last year');
    expect(bookings).toContain(`(${usd(then)} → ${usd(now)})`);
  }, 120_000);

  it('sums in everyday words: all the open stuff, and the total of what was just listed', async () => {
    const open = await say(SAM, 'c-open', 'how much money is in all my open stuff added up');
    const openDeals = samDeals.filter((d) => !d.stage.startsWith('closed'));
    expect(open).toContain(`add up to ${usdSum(openDeals)} across ${openDeals.length} deals`);
    const total = await say(
      SAM,
      'c-total',
      'how many deals did i win last month',
      'how much was that worth in total',
    );
    const november = wonBetween(samDeals, '2026-11-01', '2026-11-30');
    expect(total).toContain(`add up to ${usdSum(november)}`);
  }, 120_000);

  it("the late ones of the task list just shown, and the week's things to do", async () => {
    // Sam's own tasks: one late, one due later this week, one next week (with any the demo has).
    for (const [title, due] of [
      ['Send the late quote to Globex', '2026-12-01'],
      ['Prepare the Friday pipeline deck', '2026-12-05'],
      ['Book the Hooli review', '2026-12-09'],
    ] as const)
      await world.services.store.tasks.insertOne({
        title,
        ownerId: samId,
        status: 'open',
        dueAt: new Date(`${due}T12:00:00Z`),
      });
    const tasks = (await world.services.store.tasks.find({ ownerId: samId })).filter(
      (t) => t.status === 'open',
    );
    const late = tasks.filter((t) => day(t.dueAt)! < TODAY);
    const notLate = tasks.filter((t) => day(t.dueAt)! >= TODAY);
    expect(late.length).toBeGreaterThan(0);
    const reply = await say(SAM, 'c-late', 'what tasks do i have', 'which ones are late');
    for (const task of late) expect(reply).toContain(task.title);
    for (const task of notLate) expect(reply).not.toContain(task.title);
    const week = await say(SAM, 'c-week', 'where do i see stuff i have to do this week');
    const thisWeek = tasks.filter((t) => day(t.dueAt)! >= '2026-11-30' && day(t.dueAt)! <= '2026-12-06');
    for (const task of thisWeek) expect(week).toContain(task.title);
    expect(week).toContain(`${thisWeek.length} open task`);
  }, 120_000);
});
