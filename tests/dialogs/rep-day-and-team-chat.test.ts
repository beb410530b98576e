import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { formatCalendarDay } from '../../src/dialogs/replies/format';
import { localDayIn } from '../../src/skills/shared/local-day';
import { daysInStage, stalledAfterDays, typicalStageDays } from '../../src/skills/shared/stage-time';
import type { User } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19 (ninth round, W5-A) through the bot core on the demo CRM: a rep's day, accounts that have
// not heard from us, deals stuck in their stage, and a manager's per-member tasks and activity. Every
// figure is recomputed here from the store, so a reply that routes right but counts wrong fails.
const SAM = 'sam.rivera@demo.crmpro.dev';
const MORGAN = 'morgan.lee@demo.crmpro.dev';
const RILEY = 'riley.park@demo.crmpro.dev';
const DAY = 86_400_000;
const minusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

describe("a rep's day and a manager's team questions through the bot core", () => {
  let world: EvalWorld;
  let sam: User;
  let morgan: User;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    sam = (await world.services.store.users.findOne({ email: SAM }))!;
    morgan = (await world.services.store.users.findOne({ email: MORGAN }))!;
  }, 120_000);
  afterAll(() => world.close());
  const todayOf = (user: User) => localDayIn(world.services.clock(), user.timezone);

  it("a rep's plate today is their overdue and today's tasks, not cases", async () => {
    const today = todayOf(sam);
    const open = await world.services.store.tasks.find({ ownerId: sam._id, status: 'open' });
    const day = (d?: Date) => d?.toISOString().slice(0, 10);
    const overdue = open.filter((t) => t.dueAt && day(t.dueAt)! < today);
    const dueToday = open.filter((t) => day(t.dueAt) === today);
    const chat = new ChatDriver(world.services, 'c-my-day', { localUser: SAM });
    const [reply] = await chat.say("what's on my plate today");
    const text = reply!.text;
    expect(text).toMatch(new RegExp(`^Your day, ${formatCalendarDay(today)}:`));
    expect(text).not.toMatch(/cases/i);
    if (overdue.length) expect(text).toContain(`Overdue (${overdue.length}):`);
    else expect(text).not.toContain('Overdue');
    if (dueToday.length) expect(text).toContain(`Due today (${dueToday.length}):`);
    else expect(text).toContain('Nothing due today.');
    for (const task of [...overdue, ...dueToday]) expect(text).toContain(task.title);
    // Tasks due later are not today's.
    for (const task of open.filter((t) => t.dueAt && day(t.dueAt)! > today))
      expect(text).not.toContain(`• ${task.title}`);
  }, 60_000);

  it.each(["what's on my plate today", 'my day', 'what should i do first today'])(
    "a support agent's day (%s) is still their cases",
    async (text) => {
      const chat = new ChatDriver(world.services, 'c-support-day', { localUser: RILEY });
      const [reply] = await chat.say(text);
      expect(reply!.text).toMatch(/cases/i);
      expect(reply!.text).not.toMatch(/^Your day|sales team/);
    },
    60_000,
  );

  it('accounts that have not heard from us in 60 days are those with no interaction since', async () => {
    const today = todayOf(sam);
    const since = minusDays(today, 60);
    const accounts = await world.services.store.accounts.find({ ownerId: sam._id });
    const interactions = await world.services.store.interactions.find({
      accountId: { $in: accounts.map((a) => a._id) },
    });
    const quiet = accounts.filter(
      (a) =>
        !interactions.some((i) => i.accountId === a._id && localDayIn(i.occurredAt, sam.timezone) >= since),
    );
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.length).toBeLessThan(accounts.length);
    const chat = new ChatDriver(world.services, 'c-quiet-accounts', { localUser: SAM });
    const [reply] = await chat.say("which of my accounts haven't heard from us in 60 days");
    expect(reply!.text).toMatch(
      new RegExp(
        `^${quiet.length} accounts? \\(your accounts\\) with no interaction logged since ${formatCalendarDay(since)} \\(60 days\\)`,
      ),
    );
    for (const account of quiet.slice(0, 25)) expect(reply!.text).toContain(account.name);
  }, 60_000);

  it('deals stuck in proposal are those held longer than won deals hold the stage, with their days', async () => {
    const { store } = world.services;
    const now = world.services.clock();
    const won = await store.deals.find({ stage: 'closed_won' }, { sort: { closedAt: -1 }, limit: 2000 });
    const typical = typicalStageDays(won);
    const team = await store.users.find({ team: morgan.team });
    const proposal = await store.deals.find({
      ownerId: { $in: team.map((u) => u._id) },
      stage: 'proposal',
    });
    const stuck = proposal
      .filter((d) => daysInStage(d, now) > stalledAfterDays('proposal', typical))
      .sort((a, b) => daysInStage(b, now) - daysInStage(a, now));
    const chat = new ChatDriver(world.services, 'c-stuck', { localUser: MORGAN });
    const [reply] = await chat.say('show me deals stuck in proposal for a long time');
    if (!stuck.length) {
      expect(reply!.text).toMatch(/^No open deals in proposal, in their stage longer than/);
      return;
    }
    expect(reply!.text).toMatch(
      new RegExp(`^${stuck.length} open deals? in proposal, in their stage longer than`),
    );
    const first = stuck[0]!;
    expect(reply!.text.split('\n')[1]).toContain(`${first.name} — `);
    expect(reply!.text).toContain(`proposal for ${daysInStage(first, now)} days`);
  }, 60_000);

  it("a manager's 'which rep has the most overdue tasks' counts every member's", async () => {
    const today = todayOf(morgan);
    const members = (await world.services.store.users.find({ team: morgan.team, active: true })).filter(
      (u) => u._id !== morgan._id && (u.role === 'rep' || u.role === 'manager'),
    );
    const open = await world.services.store.tasks.find({ status: 'open' });
    const overdue = (u: User) =>
      open.filter((t) => t.ownerId === u._id && t.dueAt && t.dueAt.toISOString().slice(0, 10) < today).length;
    const most = Math.max(...members.map(overdue));
    const chat = new ChatDriver(world.services, 'c-overdue-by-rep', { localUser: MORGAN });
    const [reply] = await chat.say('which rep has the most overdue tasks');
    const lines = reply!.text.split('\n');
    expect(lines).toHaveLength(members.length + 1);
    for (const member of members)
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^• ${member.name} — ${overdue(member)} overdue,`)),
      );
    if (most > 0)
      expect(lines[0]).toMatch(new RegExp(`the most overdue tasks \\(team ${morgan.team}\\): ${most}\\.$`));
  }, 60_000);

  it("a manager's 'who hasn't logged any activity this week' counts each member's interactions", async () => {
    const today = todayOf(morgan);
    const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = minusDays(today, weekday);
    const members = (await world.services.store.users.find({ team: morgan.team, active: true })).filter(
      (u) => u._id !== morgan._id && (u.role === 'rep' || u.role === 'manager'),
    );
    const interactions = await world.services.store.interactions.find({
      userId: { $in: members.map((m) => m._id) },
    });
    const countOf = (u: User) =>
      interactions.filter((i) => {
        const day = localDayIn(i.occurredAt, morgan.timezone);
        return i.userId === u._id && day >= monday && day <= today;
      }).length;
    const none = members.filter((m) => countOf(m) === 0);
    const chat = new ChatDriver(world.services, 'c-no-activity', { localUser: MORGAN });
    const [reply] = await chat.say("who on my team hasn't logged any activity this week");
    if (none.length)
      expect(reply!.text).toMatch(
        new RegExp(`^${none.length} of ${members.length} \\(team ${morgan.team}\\) logged no interactions`),
      );
    else expect(reply!.text).toMatch(new RegExp(`^Everyone \\(team ${morgan.team}\\) logged interactions`));
    for (const member of members.filter((m) => countOf(m) > 0))
      expect(reply!.text).toContain(`• ${member.name} — ${countOf(member)} (`);
  }, 60_000);
});
