import { isCrmError } from '../../src/core/errors';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { updateDeal } from '../../src/skills/update-deal';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('update-deal skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  let otherRep: Caller;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
    const [pat] = await temp.store.users.insertMany([
      {
        email: 'pat@demo.crmpro.dev',
        name: 'Pat Other',
        role: 'rep',
        team: 'Enterprise',
        timezone: 'UTC',
        active: true,
      },
    ]);
    otherRep = { role: 'rep', userId: pat!._id, timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  const change = (input: object, caller: Caller = rep) =>
    invokeSkill(updateDeal, input, { caller, services });

  it("changes an open deal's amount and says what it was", async () => {
    const update = await change({ deal: 'skates', account: 'Acme', amount: 30_000 });
    expect(update.amount).toEqual({ from: 40_000, to: 30_000 });
    expect((await temp.store.deals.findById(update.deal.id))?.amount).toBe(30_000);
  });

  it('moves the close date to the start of that day, noting a later one as the at-risk check reads it', async () => {
    const update = await change({ deal: 'skates', account: 'Acme', closeDate: '2027-02-15' });
    const notes = await temp.store.interactions.find({ dealId: update.deal.id, type: 'note' });
    expect(notes.map((n) => n.summary)).toContainEqual(
      expect.stringMatching(/^Close date moved from \d{4}-\d{2}-\d{2} to 2027-02-15$/),
    );
    expect(update.closeDate?.to.toISOString()).toBe('2027-02-15T00:00:00.000Z');
    expect((await temp.store.deals.findById(update.deal.id))?.closeDate.toISOString()).toBe(
      '2027-02-15T00:00:00.000Z',
    );
  });

  it("refuses another rep's deal, a visitor, an empty change and a day not on the calendar", async () => {
    const refused = await change({ deal: 'skates', account: 'Acme', amount: 1 }, otherRep).catch((e) => e);
    expect(isCrmError(refused)).toBe(true);
    expect((await temp.store.deals.find({ name: 'Acme rocket skates' }))[0]?.amount).toBe(30_000);
    const visitor = await change({ deal: 'skates', amount: 1 }, { role: 'visitor', timezone: 'UTC' }).catch(
      (e) => e,
    );
    expect(isCrmError(visitor)).toBe(true);
    await expect(change({ deal: 'skates', account: 'Acme' })).rejects.toThrow();
    await expect(change({ deal: 'skates', account: 'Acme', closeDate: '2027-02-31x' })).rejects.toThrow();
    // The pattern fits, but no such day exists: refused, not rolled over to 3 March.
    await expect(change({ deal: 'skates', account: 'Acme', closeDate: '2027-02-31' })).rejects.toThrow(
      /not a day of the calendar/,
    );
    await expect(change({ deal: 'skates', account: 'Acme', closeDate: '2027-13-01' })).rejects.toThrow();
    const kept = (await temp.store.deals.find({ name: 'Acme rocket skates' }))[0]!;
    expect(kept.closeDate.toISOString().slice(5, 10)).not.toBe('03-03');
  });

  it('keeps a closed deal as it was', async () => {
    const [deal] = await temp.store.deals.find({ name: 'Acme rocket skates' });
    await temp.store.deals.updateOne({ _id: deal!._id }, { $set: { stage: 'closed_won' } });
    const refused = await change({ dealId: deal!._id, amount: 5 }).catch((e) => e);
    expect(String(refused.message)).toMatch(/closed won; a closed deal keeps its amount/);
    await temp.store.deals.updateOne({ _id: deal!._id }, { $set: { stage: 'proposal' } });
  });
});
