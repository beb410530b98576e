import { isCrmError, ErrorCode } from '../../src/core/errors';
import { listCases, openCase, updateCase } from '../../src/skills/cases';
import { CASE_NUMBER_COUNTER_ID } from '../../src/skills/shared/case-records';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { CASE_SLA_HOURS, OPEN_CASE_STATUSES } from '../../src/vocabulary';
import { loadSupportCrm, SUPPORT_NOW, type SupportCrm } from './support-crm';

let crm: SupportCrm;
beforeAll(async () => {
  crm = await loadSupportCrm();
}, 60_000);
afterAll(() => crm.cleanup());

const call = <I, O>(skill: Parameters<typeof invokeSkill<I, O>>[0], input: unknown, caller: Caller) =>
  invokeSkill(skill, input, { caller, services: crm.services });

describe('open-case', () => {
  it('opens a numbered case after the seeded ones, owned by the caller, due under its SLA', async () => {
    const highest = (await crm.store.cases.findOne({}, { sort: { number: -1 } }))!.number;
    const opened = await call(
      openCase,
      { subject: 'Login fails for all users', priority: 'high', account: 'Initech', contact: 'Jane' },
      crm.support,
    );
    expect(opened).toMatchObject({
      number: highest + 1,
      status: 'open',
      priority: 'high',
      account: { name: 'Initech' },
      owner: { id: crm.support.userId },
      breached: false,
    });
    expect(opened.contact?.name).toMatch(/^Jane /);
    expect(opened.slaDueAt!.getTime() - SUPPORT_NOW.getTime()).toBe(CASE_SLA_HOURS.high * 3_600_000);
    const second = await call(
      openCase,
      { subject: 'Invoice question', account: 'Initech' },
      crm.otherSupport,
    );
    expect(second).toMatchObject({ number: highest + 2, priority: 'normal', channel: 'chat' });
    expect((await crm.store.meta.findById(CASE_NUMBER_COUNTER_ID))?.value).toEqual({
      last: highest + 2 - 1000,
    });
  });

  it('gives each of many concurrent openings its own number', async () => {
    const opened = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(openCase, { subject: `Burst ${i}`, account: 'Initech' }, crm.support),
      ),
    );
    const numbers = opened.map((c) => c.number);
    expect(new Set(numbers).size).toBe(8);
  });

  it('is refused to reps, analysts, marketing and visitors, in plain words', async () => {
    for (const caller of [crm.rep, crm.analyst, crm.marketing, crm.visitor]) {
      const error = await call(openCase, { subject: 'x', account: 'Initech' }, caller).catch(
        (e: unknown) => e,
      );
      expect(isCrmError(error, ErrorCode.Forbidden)).toBe(true);
      expect((error as Error).message).toMatch(/can't ask me that/);
    }
  });
});

describe('update-case', () => {
  it('resolves a case with its resolution, appending who did what to the history', async () => {
    const opened = await call(openCase, { subject: 'Locked out', account: 'Initech' }, crm.support);
    const { case: updated, changes } = await call(
      updateCase,
      { number: opened.number, status: 'closed', resolution: 'fixed by reset' },
      crm.support,
    );
    expect(updated).toMatchObject({
      status: 'closed',
      resolution: 'fixed by reset',
      resolvedAt: SUPPORT_NOW,
    });
    expect(changes.map((c) => [c.action, c.value])).toEqual([
      ['note', 'fixed by reset'],
      ['status', 'closed'],
    ]);
    const stored = (await crm.store.cases.findOne({ number: opened.number }))!;
    expect(stored.history.map((h) => h.action)).toEqual(['opened', 'note', 'status']);
    expect(stored.history.every((h) => h.userId === crm.support.userId)).toBe(true);
  });

  it('asks for a resolution before closing, and moves the SLA with the priority', async () => {
    const opened = await call(openCase, { subject: 'Slow reports', account: 'Initech' }, crm.support);
    await expect(call(updateCase, { number: opened.number, status: 'closed' }, crm.support)).rejects.toThrow(
      /How was case \d+ resolved/,
    );
    const { case: urgent } = await call(
      updateCase,
      { number: opened.number, priority: 'urgent' },
      crm.support,
    );
    expect(urgent.slaDueAt!.getTime() - SUPPORT_NOW.getTime()).toBe(4 * 3_600_000);
    await expect(call(updateCase, { number: 99_999, note: 'x' }, crm.support)).rejects.toThrow(
      /couldn't find case 99999/,
    );
  });
});

describe('list-cases', () => {
  it("lists the caller's open cases, newest first", async () => {
    const mine = await call(listCases, { scope: 'mine' }, crm.support);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.cases.every((c) => c.owner?.id === crm.support.userId)).toBe(true);
    expect(mine.cases.every((c) => OPEN_CASE_STATUSES.includes(c.status))).toBe(true);
    const numbers = mine.cases.map((c) => c.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it("lists the cases breaching their SLA by the end of the caller's day (Denver), breached ones first", async () => {
    const breaching = await call(listCases, { scope: 'breaching' }, crm.support);
    // Friday 22:00 UTC is 15:00 in Denver: the day ends at 07:00 UTC on Saturday.
    expect(breaching.dueBy?.toISOString()).toBe('2026-12-05T07:00:00.000Z');
    const open = await crm.store.cases.find({ status: { $in: ['open', 'pending'] } });
    const expected = open.filter((c) => c.slaDueAt! <= breaching.dueBy!).map((c) => c.number);
    expect(breaching.cases.map((c) => c.number).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    const due = breaching.cases.map((c) => c.slaDueAt!.getTime());
    expect(due).toEqual([...due].sort((a, b) => a - b));
    // In Warsaw the same moment is 23:00: the day ends an hour later, at 23:00 UTC, and a case due
    // at 03:00 UTC tomorrow is not in the list.
    const warsaw = await call(listCases, { scope: 'breaching' }, crm.otherSupport);
    expect(warsaw.dueBy?.toISOString()).toBe('2026-12-04T23:00:00.000Z');
  });

  it("shows an account's cases to support and to the account's team, not to another team's rep", async () => {
    await call(openCase, { subject: 'Webhooks return 401', account: 'Initech' }, crm.otherSupport);
    const forSupport = await call(listCases, { scope: 'account', account: 'Initech' }, crm.support);
    expect(forSupport.account?.name).toBe('Initech');
    expect(forSupport.cases.length).toBeGreaterThan(0);
    expect(forSupport.cases.every((c) => c.account?.name === 'Initech')).toBe(true);
    const forRep = await call(listCases, { scope: 'account', account: 'Initech', status: 'all' }, crm.rep);
    expect(forRep.total).toBeGreaterThanOrEqual(forSupport.total);
    const otherTeam = (await crm.store.users.find({ role: 'rep', team: { $ne: crm.rep.team } })).map(
      (u) => u._id,
    );
    const otherTeamAccount = (await crm.store.accounts.findOne({ ownerId: { $in: otherTeam } }))!;
    await expect(
      call(listCases, { scope: 'account', account: otherTeamAccount.name }, crm.rep),
    ).rejects.toThrow(/for its own team and support/);
    await expect(call(listCases, { scope: 'mine' }, crm.marketing)).rejects.toThrow(/can't ask me that/);
    await expect(call(listCases, { scope: 'breaching' }, crm.visitor)).rejects.toThrow(/can't ask me that/);
  });

  it('finds one case by its number whatever its status, only for those who may see its account', async () => {
    const closed = (await crm.store.cases.findOne({ status: 'closed', accountId: { $exists: true } }))!;
    const found = await call(listCases, { scope: 'number', number: closed.number }, crm.support);
    expect(found.total).toBe(1);
    expect(found.cases[0]).toMatchObject({
      number: closed.number,
      status: 'closed',
      subject: closed.subject,
    });
    const none = await call(listCases, { scope: 'number', number: 99_999 }, crm.support);
    expect(none.total).toBe(0);
    const otherTeam = (await crm.store.users.find({ role: 'rep', team: { $ne: crm.rep.team } })).map(
      (u) => u._id,
    );
    const theirs = (await crm.store.accounts.find({ ownerId: { $in: otherTeam } })).map((a) => a._id);
    const theirCase = (await crm.store.cases.findOne({ accountId: { $in: theirs } }))!;
    expect((await call(listCases, { scope: 'number', number: theirCase.number }, crm.rep)).total).toBe(0);
  });
});
