import { isCrmError } from '../../src/core/errors';
import { createLead } from '../../src/skills/create-lead';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('create-lead skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  let manager: Caller;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
    manager = { role: 'manager', userId: ids.managerId, timezone: 'UTC' };
    await temp.store.users.insertOne({
      email: 'pat@demo.crmpro.dev',
      name: 'Pat Outsider',
      role: 'rep',
      team: 'SMB',
      timezone: 'UTC',
      active: true,
    });
  });
  afterAll(() => temp.cleanup());

  it('creates a lead owned by the caller with a normalised email and an E.164 phone', async () => {
    const lead = await invokeSkill(
      createLead,
      {
        name: 'John Smith',
        company: 'Hooli',
        email: 'John.Smith@Hooli.com',
        phone: '(415) 555-2671',
        source: 'event',
      },
      { caller: rep, services },
    );
    expect(lead).toMatchObject({
      name: 'John Smith',
      company: 'Hooli',
      email: 'john.smith@hooli.com',
      phone: '+14155552671',
      source: 'event',
      status: 'new',
      owner: { name: 'Sam Rivera' },
    });
    expect((await temp.store.leads.findById(lead.id))?.ownerId).toBe(rep.userId);
  });

  it('explains a bad email or phone, and needs one of them', async () => {
    await expect(
      invokeSkill(createLead, { name: 'Ann Lee', email: 'ann@hooli' }, { caller: rep, services }),
    ).rejects.toThrow(/"ann@hooli" isn't a valid email address: it needs a domain like ann@company.com/);
    await expect(
      invokeSkill(createLead, { name: 'Ann Lee', phone: '555-12' }, { caller: rep, services }),
    ).rejects.toThrow(/isn't a valid phone number/);
    await expect(invokeSkill(createLead, { name: 'Ann Lee' }, { caller: rep, services })).rejects.toThrow(
      /email: give an email address or a phone number/,
    );
  });

  it('refuses a duplicate of an existing lead or contact', async () => {
    const lead = invokeSkill(
      createLead,
      { name: 'J. Smith', email: 'john.smith@hooli.com' },
      { caller: rep, services },
    );
    await expect(lead).rejects.toThrow(
      'There is already a lead with john.smith@hooli.com: John Smith (Hooli), status new.',
    );
    const contact = await invokeSkill(
      createLead,
      { name: 'Jane', email: 'jane.park@initech.com' },
      { caller: rep, services },
    ).catch((e: unknown) => e);
    expect(isCrmError(contact, 'CONFLICT')).toBe(true);
    expect((contact as Error).message).toContain('already a contact: Jane Park at Initech');
  });

  it('lets managers assign leads within their team only, and reps not at all', async () => {
    const assigned = await invokeSkill(
      createLead,
      { name: 'Kim Ho', phone: '+44 20 7946 0958', owner: 'Sam Rivera' },
      { caller: manager, services },
    );
    expect(assigned.owner?.name).toBe('Sam Rivera');
    expect(assigned.phone).toBe('+442079460958');
    await expect(
      invokeSkill(
        createLead,
        { name: 'Kim Ho', phone: '+44 20 7946 0959', owner: 'Pat Outsider' },
        { caller: manager, services },
      ),
    ).rejects.toThrow(/not in your team/);
    await expect(
      invokeSkill(
        createLead,
        { name: 'Kim Ho', phone: '+44 20 7946 0959', owner: 'Morgan Lee' },
        { caller: rep, services },
      ),
    ).rejects.toThrow(/only for themselves/);
  });
});
