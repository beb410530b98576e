import { ErrorCode } from '../../src/core/errors';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { findTasks, updateTask } from '../../src/skills/update-task';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

describe('update-task and find-tasks skills', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  let rep: Caller;
  let manager: Caller;
  let otherRep: Caller;
  let admin: Caller;
  let support: Caller;
  let repTask: string;
  let otherTask: string;
  beforeAll(async () => {
    const ids = await loadSmallCrm(temp.store);
    rep = { role: 'rep', userId: ids.repId, timezone: 'UTC' };
    manager = { role: 'manager', userId: ids.managerId, timezone: 'UTC' };
    const [other, root, agent] = await temp.store.users.insertMany([
      { email: 'dana.kim@x.dev', name: 'Dana Kim', role: 'rep', team: 'EMEA', timezone: 'UTC', active: true },
      { email: 'root@x.dev', name: 'Root', role: 'admin', team: 'Operations', timezone: 'UTC', active: true },
      {
        email: 'riley@x.dev',
        name: 'Riley',
        role: 'support',
        team: 'Support',
        timezone: 'UTC',
        active: true,
      },
    ]);
    otherRep = { role: 'rep', userId: other!._id, timezone: 'UTC' };
    admin = { role: 'admin', userId: root!._id, timezone: 'UTC' };
    support = { role: 'support', userId: agent!._id, timezone: 'UTC' };
    const [first, , third] = await temp.store.tasks.insertMany([
      {
        title: 'Send Acme the QBR agenda',
        ownerId: ids.repId,
        status: 'open',
        accountId: ids.acmeId,
        dueAt: new Date('2027-01-11T12:00:00Z'),
      },
      {
        title: 'Prepare the QBR deck',
        ownerId: ids.repId,
        status: 'open',
        dueAt: new Date('2027-01-08T12:00:00Z'),
      },
      { title: 'Call Globex back', ownerId: other!._id, status: 'open', accountId: ids.globexId },
    ]);
    repTask = first!._id;
    otherTask = third!._id;
  });
  afterAll(() => temp.cleanup());

  it("finds the caller's own open tasks by words of the title or the account, soonest due first", async () => {
    const all = await invokeSkill(findTasks, { mention: 'the qbr task' }, { caller: rep, services });
    expect(all.matches.map((t) => t.title)).toEqual(['Prepare the QBR deck', 'Send Acme the QBR agenda']);
    const acme = await invokeSkill(findTasks, { mention: 'my acme to-do' }, { caller: rep, services });
    expect(acme.matches).toEqual([expect.objectContaining({ id: repTask, account: 'Acme Corporation' })]);
    const agendas = await invokeSkill(findTasks, { mention: 'agendas' }, { caller: rep, services });
    expect(agendas.matches.map((t) => t.id)).toEqual([repTask]);
    // Another rep's task is never among them.
    const globex = await invokeSkill(findTasks, { mention: 'globex' }, { caller: rep, services });
    expect(globex.matches).toEqual([]);
  });

  it('moves the due day and marks done, telling what it was', async () => {
    const moved = await invokeSkill(
      updateTask,
      { taskId: repTask, due: '2027-01-15' },
      { caller: rep, services },
    );
    expect(moved).toMatchObject({ changed: ['due'], before: { dueAt: new Date('2027-01-11T12:00:00Z') } });
    expect((await temp.store.tasks.findById(repTask))?.dueAt?.toISOString()).toBe('2027-01-15T12:00:00.000Z');
    const done = await invokeSkill(
      updateTask,
      { taskId: repTask, status: 'done' },
      { caller: rep, services },
    );
    expect(done).toMatchObject({
      changed: ['status'],
      task: { status: 'done', account: 'Acme Corporation' },
    });
    expect((await temp.store.tasks.findById(repTask))?.status).toBe('done');
    const reopened = await invokeSkill(
      updateTask,
      { taskId: repTask, status: 'open' },
      { caller: rep, services },
    );
    expect(reopened.task.status).toBe('open');
  });

  it('refuses a past due day, a change that changes nothing, and an empty change', async () => {
    await expect(
      invokeSkill(updateTask, { taskId: repTask, due: '2026-01-02' }, { caller: rep, services }),
    ).rejects.toThrow(/in the past/);
    await expect(
      invokeSkill(updateTask, { taskId: repTask, status: 'open' }, { caller: rep, services }),
    ).rejects.toThrow(/already like that; nothing changed/);
    await expect(invokeSkill(updateTask, { taskId: repTask }, { caller: rep, services })).rejects.toThrow(
      /say what to change/,
    );
  });

  it("lets a manager change the team's tasks and an admin any; another team's rep finds none, support may not", async () => {
    const byManager = await invokeSkill(
      updateTask,
      { taskId: repTask, due: '2027-01-20' },
      { caller: manager, services },
    );
    expect(byManager.changed).toEqual(['due']);
    await expect(
      invokeSkill(updateTask, { taskId: repTask, status: 'done' }, { caller: otherRep, services }),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    await expect(
      invokeSkill(updateTask, { taskId: otherTask, status: 'done' }, { caller: manager, services }),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    const byAdmin = await invokeSkill(
      updateTask,
      { taskId: otherTask, status: 'cancelled' },
      { caller: admin, services },
    );
    expect(byAdmin.task.status).toBe('cancelled');
    await expect(
      invokeSkill(updateTask, { taskId: repTask, status: 'done' }, { caller: support, services }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(
      invokeSkill(updateTask, { taskId: 'no-such-task', status: 'done' }, { caller: rep, services }),
    ).rejects.toThrow(/could not find that task/);
  });
  // Issue 19, eighteenth round (w19t): a manager names a teammate's task ("mark sam's qbr task
  // done"); update-task already lets them change it, find-tasks now finds it. A rep finds only
  // their own, and another team's tasks are no manager's.
  it("finds a teammate's tasks for a manager by the teammate's name, and never for a rep", async () => {
    const [managerTask] = await temp.store.tasks.insertMany([
      { title: 'Review the QBR numbers', ownerId: manager.userId!, status: 'open' },
    ]);
    const words = async (mention: string, caller: Caller) =>
      (await invokeSkill(findTasks, { mention }, { caller, services })).matches;
    for (const mention of [
      "sam's qbr task",
      'sams qbr task',
      'the qbr task of sam',
      'rivera qbr',
      "Sam's QBR to-do",
    ])
      expect({ mention, found: (await words(mention, manager)).map((t) => [t.title, t.owner]) }).toEqual({
        mention,
        found: [
          ['Prepare the QBR deck', 'Sam Rivera'],
          ['Send Acme the QBR agenda', 'Sam Rivera'],
        ],
      });
    // Without a name: the manager's own task first; a teammate's only when none of their own fits.
    expect((await words('the qbr task', manager)).map((t) => [t.id, t.owner])).toEqual([
      [managerTask!._id, undefined],
    ]);
    expect((await words('acme agenda', manager)).map((t) => [t.id, t.owner])).toEqual([
      [repTask, 'Sam Rivera'],
    ]);
    // Another team's task (Dana Kim, EMEA) is no manager's to find; an admin finds anyone's.
    expect(await words("dana's globex task", manager)).toEqual([]);
    expect(await words('globex', manager)).toEqual([]);
    // (The admin cancelled Dana's task above.)
    const cancelled = await invokeSkill(
      findTasks,
      { mention: "dana's globex task", status: 'cancelled' },
      { caller: admin, services },
    );
    expect(cancelled.matches.map((t) => [t.id, t.owner])).toEqual([[otherTask, 'Dana Kim']]);
    // A rep: their own tasks only, whoever they name.
    expect(await words("dana's globex task", rep)).toEqual([]);
    expect(await words('globex', rep)).toEqual([]);
    expect((await words("morgan's qbr task", rep)).map((t) => t.owner)).toEqual([]);
  });
});
