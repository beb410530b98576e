import { UserDirectory } from '../../../src/skills/shared/user-directory';
import { UserRecords } from '../../../src/skills/shared/user-records';
import type { Store } from '../../../src/store/store';
import { temporaryStore } from '../../fixtures/small-crm';

/** The store with its users' reads counted. */
function counted(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const users = new Proxy(store.users, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'findById' || property === 'findOne') reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: { ...store, users, changeMark: store.changeMark } as Store, reads: () => reads };
}

describe('user records: kept until a user changes', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());
  let userId = '';
  beforeAll(async () => {
    const user = await temp.store.users.insertOne({
      email: 'pat.lee@example.com',
      name: 'Pat Lee',
      role: 'manager',
      team: 'Enterprise',
      timezone: 'UTC',
      active: true,
    } as never);
    userId = user._id;
  });

  it('reads a user once while no user changes, whatever else is written', async () => {
    const { store, reads } = counted(temp.store);
    const records = new UserRecords(store);
    expect((await records.findById(userId))?.role).toBe('manager');
    await temp.store.meta.updateOne({ _id: 'user-records' }, { $set: { value: 1 } }, { upsert: true });
    expect((await records.findById(userId))?.role).toBe('manager');
    expect((await records.findOne({ email: 'pat.lee@example.com', active: true }))?._id).toBe(userId);
    expect((await records.findOne({ email: 'pat.lee@example.com', active: true }))?._id).toBe(userId);
    expect(reads()).toBe(2);
  });

  it('sees a role or team change, a user deactivated, added or removed on the very next read', async () => {
    const records = new UserRecords(temp.store);
    const directory = new UserDirectory(temp.store);
    expect((await records.findById(userId))?.team).toBe('Enterprise');
    await temp.store.users.updateOne({ _id: userId }, { $set: { role: 'rep', team: 'Mid-Market' } });
    expect(await records.findById(userId)).toMatchObject({ role: 'rep', team: 'Mid-Market' });
    expect((await directory.byEmail('pat.lee@example.com'))?.role).toBe('rep');
    await temp.store.users.updateOne({ _id: userId }, { $set: { active: false } });
    expect(await directory.byEmail('pat.lee@example.com')).toBeNull();
    expect(await directory.activeById(userId)).toBeNull();

    expect(await directory.byEmail('robin.fox@example.com')).toBeNull();
    const added = await temp.store.users.insertOne({
      email: 'robin.fox@example.com',
      name: 'Robin Fox',
      role: 'rep',
      team: 'Enterprise',
      timezone: 'UTC',
      active: true,
    } as never);
    expect((await directory.byEmail('robin.fox@example.com'))?._id).toBe(added._id);
    await temp.store.users.deleteOne({ _id: added._id });
    expect(await directory.byEmail('robin.fox@example.com')).toBeNull();
    expect(await records.findById(added._id)).toBeNull();
  });

  it('reads every time from a store without change marks (MongoDB)', async () => {
    const { store, reads } = counted(temp.store);
    const records = new UserRecords({ ...store, changeMark: undefined } as Store);
    await records.findById(userId);
    await records.findById(userId);
    expect(reads()).toBe(2);
  });
});
