import type { Store } from '../../src/store/store';
import { aDeal, anAccount } from './store-fixtures';

/**
 * `store.transaction`: the writes of one piece of work across collections, all or none (on MongoDB
 * this needs a replica set: a standalone server has no transactions).
 */
export function transactionContract(store: () => Store): void {
  describe('transactions', () => {
    beforeEach(() => store().dropAll());

    test('commits the writes of every collection together, and returns what the work returns', async () => {
      const account = await store().accounts.insertOne(anAccount('Initech'));
      const result = await store().transaction(async () => {
        await store().deals.insertOne(aDeal(account._id, 'Renewal'));
        await store().tasks.insertOne({ title: 'Send the quote', ownerId: 'u-1', status: 'open' });
        await store().accounts.updateOne({ _id: account._id }, { $set: { status: 'customer' } });
        return 'done';
      });
      expect(result).toBe('done');
      expect(await store().deals.countDocuments()).toBe(1);
      expect(await store().tasks.countDocuments()).toBe(1);
      expect((await store().accounts.findById(account._id))!.status).toBe('customer');
    });

    test('a throw half-way undoes every write already made, in every collection, and is passed on', async () => {
      const account = await store().accounts.insertOne(anAccount('Globex'));
      const deal = await store().deals.insertOne(aDeal(account._id, 'Expansion'));
      await store().tasks.insertOne({ title: 'Call back', ownerId: 'u-1', status: 'open' });
      const failure = store().transaction(async () => {
        await store().deals.deleteMany({ _id: deal._id });
        await store().tasks.updateMany({}, { $set: { status: 'done' } });
        await store().accounts.insertOne(anAccount('Hooli'));
        await store().deals.insertMany([aDeal(account._id, 'Upsell')]);
        throw new Error('the third step failed');
      });
      await expect(failure).rejects.toThrow('the third step failed');
      expect(await store().deals.findById(deal._id)).not.toBeNull();
      expect(await store().deals.countDocuments()).toBe(1);
      expect(await store().tasks.countDocuments({ status: 'open' })).toBe(1);
      expect(await store().accounts.countDocuments()).toBe(1);
      // The store takes writes again afterwards.
      await store().transaction(() => store().accounts.insertOne(anAccount('Hooli')));
      expect(await store().accounts.countDocuments()).toBe(2);
    });

    test('a write made outside the work is kept when the work is undone', async () => {
      let release!: () => void;
      const started = new Promise<void>((resolve) => (release = resolve));
      const failure = store().transaction(async () => {
        await store().accounts.insertOne(anAccount('Inside'));
        release();
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('undo');
      });
      await started;
      // Issued from outside the work's async context while it runs.
      const outside = store().tasks.insertOne({ title: 'Outside', ownerId: 'u-1', status: 'open' });
      await expect(failure).rejects.toThrow('undo');
      await outside;
      expect(await store().accounts.countDocuments({ name: 'Inside' })).toBe(0);
      expect(await store().tasks.countDocuments({ title: 'Outside' })).toBe(1);
    });
  });
}
