import { BotStateStorage } from '../../src/skills/shared/bot-state-storage';
import type { Store } from '../../src/store/store';
import { temporaryStore } from '../fixtures/small-crm';

/** The store with a count of the finds and look-ups by id made on botState. */
function countingStateReads(store: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const botState = new Proxy(store.botState, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const wrapped = Object.create(store) as Store;
  Object.defineProperty(wrapped, 'botState', { value: botState });
  return { store: wrapped, calls };
}

describe('bot state storage', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('reads one key by id, and gives back what was written with its eTag', async () => {
    const counting = countingStateReads(temp.store);
    const storage = new BotStateStorage(counting.store);
    await storage.write({ 'c/one/': { memory: { lastFocus: 'account' }, eTag: '*' } });
    counting.calls.length = 0;
    const items = await storage.read(['c/one/']);
    expect(counting.calls).toEqual(['findById']);
    expect(items['c/one/']).toEqual({ memory: { lastFocus: 'account' }, eTag: expect.any(String) });
  });

  it('leaves a key with no state out, alone or beside others', async () => {
    const storage = new BotStateStorage(temp.store);
    await storage.write({ 'c/two/': { n: 2 } });
    expect(await storage.read(['c/missing/'])).toEqual({});
    const items = await storage.read(['c/missing/', 'c/two/', 'c/one/']);
    expect(Object.keys(items).sort()).toEqual(['c/one/', 'c/two/']);
    expect(items['c/two/']).toMatchObject({ n: 2 });
  });

  it('refuses a write with a stale eTag, as before', async () => {
    const storage = new BotStateStorage(temp.store);
    const read = await storage.read(['c/one/']);
    const eTag = (read['c/one/'] as { eTag: string }).eTag;
    await storage.write({ 'c/one/': { memory: { lastFocus: 'deal' }, eTag } });
    await expect(storage.write({ 'c/one/': { memory: { lastFocus: 'case' }, eTag } })).rejects.toThrow(
      /eTag conflict/,
    );
    expect((await storage.read(['c/one/']))['c/one/']).toMatchObject({ memory: { lastFocus: 'deal' } });
  });
});
