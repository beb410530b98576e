import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { temporaryStore } from '../fixtures/small-crm';

describe('embedded store change marks: what was read may be reused until they move', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());
  const mark = () => temp.store.changeMark!(['products']);
  const product = (sku: string) =>
    ({ sku, name: `Product ${sku}`, category: 'Tools', unitPrice: 10 }) as never;

  it('stays put through reads and writes to other collections, and moves with a write to its own', async () => {
    const before = mark();
    await temp.store.products.find({});
    await temp.store.meta.updateOne({ _id: 'mark-test' }, { $set: { value: 1 } }, { upsert: true });
    expect(mark()).toBe(before);
    await temp.store.products.insertOne(product('A-1'));
    expect(mark()).not.toBe(before);
  });

  it('moves when another connection to the same file commits', async () => {
    const other = openEmbeddedStore({ dataDir: temp.dataDir });
    const before = mark();
    try {
      await other.products.insertOne(product('B-1'));
    } finally {
      await other.close();
    }
    expect(mark()).not.toBe(before);
  });

  it('moves when a transaction is rolled back, even to a mark seen inside it', async () => {
    let inside = '';
    await expect(
      temp.store.transaction(async () => {
        await temp.store.products.insertOne(product('C-1'));
        inside = mark();
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(mark()).not.toBe(inside);
    expect(await temp.store.products.findOne({ sku: 'C-1' })).toBeNull();
  });
});
