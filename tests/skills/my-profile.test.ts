import { ErrorCode } from '../../src/core/errors';
import { setMyTimezone, showMyProfile } from '../../src/skills/my-profile';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('show-my-profile and set-my-timezone skills', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  let manager: Caller;
  let ids: Awaited<ReturnType<typeof loadSmallCrm>>;
  beforeAll(async () => {
    ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
    manager = { role: 'manager', userId: ids.managerId, timezone: 'UTC' };
    await temp.store.digestSubscriptions.insertOne({
      _id: `${ids.repId}:forecast`,
      userId: ids.repId,
      kind: 'forecast',
      channel: 'teams',
      cron: '30 7 * * 1-5',
      timezone: 'UTC',
      schedule: 'weekdays at 07:30',
      active: true,
    } as never);
  });
  afterAll(() => temp.cleanup());

  it("shows the caller's own record, their team's manager and what they own, counted from the store", async () => {
    const profile = await invokeSkill(showMyProfile, {}, { caller: rep, services });
    const user = (await temp.store.users.findById(ids.repId))!;
    expect(profile).toMatchObject({
      name: user.name,
      email: user.email,
      role: 'rep',
      team: user.team,
      timezone: 'UTC',
      linked: { slack: false, teams: true },
      managers: ['Morgan Lee'],
    });
    expect(profile.owns).toEqual({
      accounts: await temp.store.accounts.countDocuments({ ownerId: ids.repId }),
      openDeals: await temp.store.deals.countDocuments({
        ownerId: ids.repId,
        stage: { $nin: ['won', 'lost'] },
      }),
      openTasks: await temp.store.tasks.countDocuments({ ownerId: ids.repId, status: 'open' }),
    });
    expect(profile.owns!.accounts).toBeGreaterThan(0);
    expect(profile.digests).toEqual([
      { kind: 'forecast', schedule: 'weekdays at 07:30', timezone: 'UTC', channel: 'teams' },
    ]);
    // A manager is not their own manager.
    expect((await invokeSkill(showMyProfile, {}, { caller: manager, services })).managers).toEqual([]);
  });

  it('is refused to visitors and to callers with no CRM user', async () => {
    await expect(
      invokeSkill(showMyProfile, {}, { caller: { role: 'visitor', timezone: 'UTC' }, services }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(
      invokeSkill(
        showMyProfile,
        {},
        { caller: { role: 'rep', userId: 'nobody', timezone: 'UTC' }, services },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });

  it("changes only the caller's own time zone, from words people say, and tells the digests that keep theirs", async () => {
    const change = await invokeSkill(setMyTimezone, { timezone: 'london' }, { caller: rep, services });
    expect(change).toEqual({
      before: 'UTC',
      after: 'Europe/London',
      digestsElsewhere: [{ kind: 'forecast', schedule: 'weekdays at 07:30', timezone: 'UTC' }],
    });
    expect((await temp.store.users.findById(ids.repId))!.timezone).toBe('Europe/London');
    expect((await temp.store.users.findById(ids.managerId))!.timezone).toBe('UTC');
    await expect(
      invokeSkill(setMyTimezone, { timezone: 'Europe/London' }, { caller: rep, services }),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidInput, message: expect.stringMatching(/already/) });
    await expect(
      invokeSkill(setMyTimezone, { timezone: 'Mars/Olympus' }, { caller: rep, services }),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidInput });
    expect((await temp.store.users.findById(ids.repId))!.timezone).toBe('Europe/London');
    await expect(
      invokeSkill(
        setMyTimezone,
        { timezone: 'UTC' },
        { caller: { role: 'visitor', timezone: 'UTC' }, services },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
