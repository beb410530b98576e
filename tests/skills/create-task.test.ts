import { createTask } from '../../src/skills/create-task';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('create-task skill', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
  });
  afterAll(() => temp.cleanup());

  it('creates a follow-up owned by the caller, due on a day, linked to the account, contact and deal', async () => {
    const task = await invokeSkill(
      createTask,
      { title: 'Send the renewal quote', due: '2026-05-01', account: 'Acme', contact: 'Wile', deal: 'anvil' },
      { caller: rep, services },
    );
    expect(task).toMatchObject({
      title: 'Send the renewal quote',
      ownerId: rep.userId,
      account: { name: 'Acme Corporation' },
      contact: { name: 'Wile Coyote' },
      deal: { name: 'Acme anvil fleet renewal' },
    });
    const stored = await temp.store.tasks.findById(task.id);
    expect(stored?.dueAt?.toISOString()).toBe('2026-05-01T12:00:00.000Z');
    expect(stored?.status).toBe('open');
  });

  it('refuses a due date in the past and a contact without its account', async () => {
    await expect(
      invokeSkill(createTask, { title: 'x', due: '2026-01-02' }, { caller: rep, services }),
    ).rejects.toThrow(/in the past/);
    await expect(
      invokeSkill(createTask, { title: 'x', contact: 'Jane' }, { caller: rep, services }),
    ).rejects.toThrow(/account: name the account/);
  });

  it('refuses a contact of another account', async () => {
    await expect(
      invokeSkill(
        createTask,
        { title: 'x', account: 'Globex', contact: 'Jane Park' },
        { caller: rep, services },
      ),
    ).rejects.toThrow(/I don't see a contact called "Jane Park" at Globex/);
  });
});
