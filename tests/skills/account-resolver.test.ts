import { AccountResolver } from '../../src/skills/shared/account-resolver';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { nameKeyOf } from '../../src/vocabulary';
import { loadSmallCrm, temporaryStore } from '../fixtures/small-crm';

/** The store with a count of the finds made on accounts (the exact-name query among them). */
function countingAccountFinds(store: Store, withMarks = true): { store: Store; finds: () => number } {
  let finds = 0;
  const accounts = new Proxy(store.accounts, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'find') finds++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const wrapped = Object.create(store) as Store;
  Object.defineProperty(wrapped, 'accounts', { value: accounts });
  // Without change marks the resolver must ask the store (as on MongoDB).
  if (!withMarks) Object.defineProperty(wrapped, 'changeMark', { value: undefined });
  return { store: wrapped, finds: () => finds };
}

function newAccount(ownerId: string, name: string) {
  return { name, nameKey: nameKeyOf(name), ownerId, status: 'prospect' as const };
}

describe('account resolver: exact names', () => {
  const temp = temporaryStore();
  let ownerId = '';
  beforeAll(async () => {
    ownerId = (await loadSmallCrm(temp.store)).repId;
  });
  afterAll(() => temp.cleanup());

  it('resolves an exact name from the kept names, without a query once they are loaded', async () => {
    const counting = countingAccountFinds(temp.store);
    const resolver = new AccountResolver(counting.store);
    expect((await resolver.resolve('Acme Corporation')).domain).toBe('acme.com');
    const loaded = counting.finds();
    expect((await resolver.resolve('Globex')).domain).toBe('globex.com');
    expect((await resolver.resolve('acme')).name).toBe('Acme Corporation');
    expect(counting.finds()).toBe(loaded);
  });

  it('finds an account added by this process, and stops finding one removed, at once', async () => {
    const resolver = new AccountResolver(temp.store);
    await resolver.resolve('Globex');
    const added = await temp.store.accounts.insertOne(newAccount(ownerId, 'Hooli Widgets'));
    expect((await resolver.resolve('hooli widgets'))._id).toBe(added._id);
    await temp.store.accounts.deleteOne({ _id: added._id });
    await expect(resolver.resolve('hooli widgets')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds an account another connection added at once', async () => {
    const resolver = new AccountResolver(temp.store);
    await resolver.resolve('Globex');
    const other = openEmbeddedStore({ dataDir: temp.dataDir });
    try {
      const added = await other.accounts.insertOne(newAccount(ownerId, 'Vandelay Industries'));
      expect((await resolver.resolve('Vandelay Industries'))._id).toBe(added._id);
    } finally {
      await other.close();
    }
  });

  it('answers AMBIGUOUS with every account of that exact name, in stored order', async () => {
    const first = await temp.store.accounts.insertOne(newAccount(ownerId, 'Pied Piper'));
    const second = await temp.store.accounts.insertOne(newAccount(ownerId, 'Pied  Piper'));
    for (const resolver of [
      new AccountResolver(temp.store),
      new AccountResolver(countingAccountFinds(temp.store, false).store),
    ]) {
      await expect(resolver.resolve('pied piper')).rejects.toMatchObject({
        code: 'AMBIGUOUS',
        details: {
          candidates: [
            { id: first._id, name: 'Pied Piper', score: 1 },
            { id: second._id, name: 'Pied  Piper', score: 1 },
          ],
        },
      });
    }
  });

  it('without change marks, asks the store for the exact name every time', async () => {
    const counting = countingAccountFinds(temp.store, false);
    const resolver = new AccountResolver(counting.store);
    expect((await resolver.resolve('Initech')).domain).toBe('initech.com');
    expect((await resolver.resolve('Initech')).domain).toBe('initech.com');
    expect(counting.finds()).toBe(2);
  });
});
