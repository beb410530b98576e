import type { Store } from '../../src/store/store';
import { aggregateContract } from './store-contract-aggregate';
import { insertContract } from './store-contract-inserts';
import { readContract } from './store-contract-reads';
import { transactionContract } from './store-contract-transactions';
import { updateContract } from './store-contract-updates';

/**
 * The store contract: what skills rely on, with MongoDB semantics, for any engine. `openFreshStore`
 * opens an empty store with its indexes; the suite closes it at the end.
 */
export function describeStoreContract(engine: string, openFreshStore: () => Promise<Store>): void {
  describe(`Store contract: ${engine}`, () => {
    let store: Store | undefined;
    const current = (): Store => {
      if (!store) throw new Error('the store did not open');
      return store;
    };

    beforeAll(async () => {
      store = await openFreshStore();
    });
    afterAll(async () => {
      await store?.close();
    });

    test('ping answers and dropAll empties every collection', async () => {
      await expect(current().ping()).resolves.toBeUndefined();
      await current().accounts.insertOne({ name: 'Temp', nameKey: 'temp', status: 'prospect' });
      await current().tasks.insertOne({ title: 'Call back', ownerId: 'u-1', status: 'open' });
      await current().dropAll();
      expect(await current().accounts.countDocuments()).toBe(0);
      expect(await current().tasks.countDocuments()).toBe(0);
      await expect(current().ensureIndexes()).resolves.toBeUndefined();
    });

    insertContract(current);
    readContract(current);
    updateContract(current);
    aggregateContract(current);
    transactionContract(current);
  });
}
