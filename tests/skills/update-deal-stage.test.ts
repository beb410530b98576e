import { isCrmError } from '../../src/core/errors';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { updateDealStage } from '../../src/skills/update-deal-stage';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('update-deal-stage skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  let manager: Caller;
  let otherRep: Caller;
  let otherManager: Caller;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
    manager = { role: 'manager', userId: ids.managerId, timezone: 'UTC' };
    const [pat, kim] = await temp.store.users.insertMany([
      {
        email: 'pat@demo.crmpro.dev',
        name: 'Pat Other',
        role: 'rep',
        team: 'Enterprise',
        timezone: 'UTC',
        active: true,
      },
      {
        email: 'kim@demo.crmpro.dev',
        name: 'Kim Boss',
        role: 'manager',
        team: 'SMB',
        timezone: 'UTC',
        active: true,
      },
    ]);
    otherRep = { role: 'rep', userId: pat!._id, timezone: 'UTC' };
    otherManager = { role: 'manager', userId: kim!._id, timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  const move = (input: object, caller: Caller = rep) =>
    invokeSkill(updateDealStage, input, { caller, services });

  it('moves a deal named within its account and appends to the stage history', async () => {
    const update = await move({ deal: 'skates', account: 'Acme', stage: 'negotiation' });
    expect(update).toMatchObject({
      from: 'proposal',
      to: 'negotiation',
      reopened: false,
      deal: { name: 'Acme rocket skates' },
    });
    const deal = await temp.store.deals.findById(update.deal.id);
    expect(deal?.stage).toBe('negotiation');
    expect(deal?.stageHistory.at(-1)).toEqual({
      stage: 'negotiation',
      at: FIXTURE_NOW,
      byUserId: rep.userId,
    });
    expect(deal?.closedAt).toBeUndefined();
  });

  it('closes a deal by id: closedAt, probability and forecast category follow', async () => {
    const globex = await temp.store.deals.findOne({ name: 'Globex energy analytics' });
    const update = await move({
      dealId: globex!._id,
      stage: 'closed_lost',
      lostReason: 'went with a competitor',
    });
    expect(update.closedAt).toEqual(FIXTURE_NOW);
    const deal = await temp.store.deals.findById(globex!._id);
    expect(deal).toMatchObject({
      stage: 'closed_lost',
      probability: 0,
      forecastCategory: 'omitted',
      lostReason: 'went with a competitor',
    });
  });

  it('refuses to move a closed deal unless reopening is explicit, then clears closedAt', async () => {
    const refused = await move({ deal: 'Globex energy analytics', stage: 'proposal' }).catch(
      (e: unknown) => e,
    );
    expect(isCrmError(refused, 'CONFLICT')).toBe(true);
    expect((refused as Error).message).toContain('is closed lost; say that you want to reopen it');
    const update = await move({ deal: 'Globex energy analytics', stage: 'proposal', reopen: true });
    expect(update.reopened).toBe(true);
    const deal = await temp.store.deals.findById(update.deal.id);
    expect(deal).toMatchObject({ stage: 'proposal', forecastCategory: 'pipeline' });
    expect(deal?.closedAt).toBeUndefined();
    expect(deal?.lostReason).toBeUndefined();
  });

  it('says when the deal is already in that stage, or the name is ambiguous or unknown', async () => {
    await expect(move({ deal: 'Acme anvil fleet renewal', stage: 'negotiation' })).rejects.toThrow(
      /already in negotiation/,
    );
    const ambiguous = await move({ deal: 'acme', stage: 'proposal' }).catch((e: unknown) => e);
    expect(isCrmError(ambiguous, 'AMBIGUOUS')).toBe(true);
    await expect(move({ deal: 'zeppelin', stage: 'proposal' })).rejects.toThrow(
      /couldn't find a deal called "zeppelin"/,
    );
  });

  it('lets reps change only their own deals and managers only their team’s', async () => {
    await expect(move({ deal: 'anvil', stage: 'proposal' }, otherRep)).rejects.toThrow(
      /belongs to Sam Rivera; reps can change only their own deals/,
    );
    await expect(move({ deal: 'anvil', stage: 'proposal' }, otherManager)).rejects.toThrow(
      /outside your team \(SMB\)/,
    );
    const update = await move({ deal: 'anvil', stage: 'proposal' }, manager);
    expect(update.to).toBe('proposal');
    await expect(
      move({ deal: 'anvil', stage: 'proposal' }, { role: 'marketing', timezone: 'UTC' }),
    ).rejects.toThrow(/marketing role can't ask me that/);
  });
});
