import { temporaryStore } from '../fixtures/small-crm';

// Jest runs tests in a VM context; structuredClone made objects of another realm there, and mingo
// then silently ignored `$set` of a sub-document. The engine now clones with this realm's objects.
describe('embedded engine inside a VM context (jest)', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('replaces a sub-document with $set', async () => {
    const at = new Date('2026-05-04T07:00:00Z');
    await temp.store.meta.updateOne(
      { _id: 'k' },
      { $setOnInsert: { value: { state: 'running', at } } },
      { upsert: true },
    );
    await temp.store.meta.updateOne({ _id: 'k' }, { $set: { value: { state: 'done', at } } });
    expect((await temp.store.meta.findById('k'))?.value).toEqual({ state: 'done', at });
  });
});
