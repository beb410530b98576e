import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { EVAL_NOW } from '../../src/cli/conversation-eval/run-conversation-eval';
import { catchUp } from '../../src/skills/catch-up';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { isOpenStage, type Deal, type User } from '../../src/vocabulary';
import { MORGAN, RILEY, SAM } from '../fixtures/demo-users';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, eighteenth round (w19c): the catch-up skill ("what did i miss") on the seeded demo CRM.
// Every figure expected is read from the store here, by its own filter, not from the skill.
const FROM = '2026-11-20';
const TO = '2026-12-04';
const START = new Date(`${FROM}T00:00:00Z`);
const END = new Date('2026-12-05T00:00:00Z');
const day = (at: Date) => at.toISOString().slice(0, 10);

describe('the catch-up skill', () => {
  let world: EvalWorld;
  let sam: User;
  let morgan: User;
  let riley: User;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    const users = world.services.store.users;
    sam = (await users.findOne({ email: SAM }))!;
    morgan = (await users.findOne({ email: MORGAN }))!;
    riley = (await users.findOne({ email: RILEY }))!;
  }, 120_000);
  afterAll(() => world.close());

  const callerOf = (user: User): Caller => ({
    role: user.role as Caller['role'],
    userId: user._id,
    team: user.team,
    timezone: 'UTC',
  });
  const run = (user: User, input: Record<string, unknown>) =>
    invokeSkill(
      catchUp,
      { from: FROM, to: TO, ...input },
      { caller: callerOf(user), services: world.services },
    );
  const closedIn = (deals: Deal[], stage: string) =>
    deals
      .filter(
        (d) =>
          d.stage === stage && day(d.closedAt ?? d.closeDate) >= FROM && day(d.closedAt ?? d.closeDate) <= TO,
      )
      .map((d) => d._id)
      .sort();
  const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

  it("gives a rep their own deals won, lost, moved and created, their accounts' new cases and their overdue tasks", async () => {
    const store = world.services.store;
    const deals = await store.deals.find({ ownerId: sam._id });
    const result = await run(sam, {});
    expect(result.scopeLabel).toBe('your deals');
    expect(ids(result.won)).toEqual(closedIn(deals, 'closed_won'));
    expect(ids(result.lost)).toEqual(closedIn(deals, 'closed_lost'));
    expect(ids(result.created)).toEqual(
      deals
        .filter((d) => d.createdAt >= START && d.createdAt < END)
        .map((d) => d._id)
        .sort(),
    );
    const movedIds = deals
      .filter(
        (d) =>
          isOpenStage(d.stage) &&
          d.stageHistory.some((change, k) => k > 0 && change.at >= START && change.at < END),
      )
      .map((d) => d._id)
      .sort();
    expect(ids(result.moved)).toEqual(movedIds);
    for (const moved of result.moved) expect(moved.movedFrom).toBeDefined();
    const accounts = await store.accounts.find({ ownerId: sam._id });
    const cases = (await store.cases.find({})).filter(
      (c) =>
        c.accountId &&
        accounts.some((a) => a._id === c.accountId) &&
        c.createdAt >= START &&
        c.createdAt < END,
    );
    expect(result.cases.map((c) => c.number).sort()).toEqual(cases.map((c) => c.number).sort());
    const tasks = (await store.tasks.find({ ownerId: sam._id, status: 'open' })).filter(
      (t) => t.dueAt && t.dueAt >= START && t.dueAt < END && t.dueAt < EVAL_NOW,
    );
    expect(result.overdueTasks.map((t) => t.id).sort()).toEqual(tasks.map((t) => t._id).sort());
    // Something happened in two weeks on the demo book (the test would prove nothing on an empty one).
    expect(result.won.length + result.lost.length + result.moved.length).toBeGreaterThan(0);
    expect(result.notTracked.join(' ')).toMatch(/amount/);
  }, 60_000);

  it("gives a manager the whole team's deals", async () => {
    const team = await world.services.store.users.find({ team: morgan.team });
    const deals = await world.services.store.deals.find({ ownerId: { $in: team.map((u) => u._id) } });
    const result = await run(morgan, {});
    expect(result.scopeLabel).toBe(`team ${morgan.team}`);
    expect(ids(result.won)).toEqual(closedIn(deals, 'closed_won'));
    expect(ids(result.lost)).toEqual(closedIn(deals, 'closed_lost'));
  }, 60_000);

  it("gives one account's changes, only of the deals the caller sees in full", async () => {
    const store = world.services.store;
    const samDeal = (
      await store.deals.find({ ownerId: sam._id, stage: { $in: ['closed_won', 'closed_lost'] } })
    )[0];
    expect(samDeal).toBeDefined();
    const account = (await store.accounts.findById(samDeal!.accountId))!;
    const result = await run(sam, { accountId: account._id });
    expect(result.account).toEqual({ id: account._id, name: account.name });
    const team = await store.users.find({ team: sam.team });
    const seen = (await store.deals.find({ accountId: account._id })).filter((d) =>
      team.some((u) => u._id === d.ownerId),
    );
    expect(ids(result.won)).toEqual(closedIn(seen, 'closed_won'));
    expect(ids(result.lost)).toEqual(closedIn(seen, 'closed_lost'));
  }, 60_000);

  it('is not for support, who has no deals of their own', async () => {
    await expect(run(riley, {})).rejects.toThrow();
  });
});
