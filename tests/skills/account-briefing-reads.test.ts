import { accountBriefing } from '../../src/skills/account-briefing';
import { invokeSkill, type Caller, type SkillServices } from '../../src/skills/skill';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { FIXTURE_NOW, loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { fullView } from './full-view';

const DAY = 86_400_000;

/** The store with a count of the reads a briefing makes of an account's deals, contacts and interactions. */
function countingReads(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counted = <C extends object>(collection: C): C =>
    new Proxy(collection, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'find' || key === 'countDocuments' || key === 'findOne') reads++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const wrapped = Object.create(store) as Store & Record<string, unknown>;
  for (const name of ['deals', 'contacts', 'interactions'] as const)
    Object.defineProperty(wrapped, name, { value: counted(store[name]) });
  return { store: wrapped, reads: () => reads };
}

describe('account briefing: reads kept until the store changes', () => {
  const temp = temporaryStore();
  const counting = countingReads(temp.store);
  let now = FIXTURE_NOW;
  const services: SkillServices = { ...servicesFor(counting.store), clock: () => now };
  const rep: Caller = { role: 'rep', userId: 'x', timezone: 'UTC' };
  let acmeId = '';
  beforeAll(async () => {
    rep.userId = (await loadSmallCrm(temp.store)).repId;
    acmeId = (await temp.store.accounts.findOne({ name: 'Acme Corporation' }))!._id;
  });
  afterAll(() => temp.cleanup());
  afterEach(() => {
    now = FIXTURE_NOW;
  });

  const brief = async () =>
    fullView(await invokeSkill(accountBriefing, { account: 'Acme' }, { caller: rep, services }));

  it('reads nothing of the account again when nothing was written since, and answers the same', async () => {
    const first = await brief();
    const before = counting.reads();
    const second = await brief();
    expect(counting.reads() - before).toBe(0);
    expect(second).toEqual(first);
  });

  it('shows a call logged since (a write of this process) in the next briefing', async () => {
    await brief();
    await temp.store.interactions.insertOne({
      accountId: acmeId,
      type: 'call',
      occurredAt: new Date(FIXTURE_NOW.getTime() - 60_000),
      summary: 'Called about the anvil fleet',
    } as never);
    const briefing = await brief();
    expect(briefing.recentInteractions?.[0]?.summary).toBe('Called about the anvil fleet');
  });

  it('shows a deal another process added (a second connection to the same file)', async () => {
    await brief();
    const other = openEmbeddedStore({ dataDir: temp.dataDir });
    try {
      const owner = (await temp.store.accounts.findById(acmeId))!.ownerId!;
      await other.deals.insertOne({
        name: 'Acme tunnel paint',
        accountId: acmeId,
        ownerId: owner,
        stage: 'proposal',
        amount: 10_000,
        currency: 'USD',
        probability: 50,
        closeDate: new Date(FIXTURE_NOW.getTime() + 30 * DAY),
      } as never);
    } finally {
      await other.close();
    }
    const briefing = await brief();
    expect(briefing.openDeals?.map((d) => d.name)).toContain('Acme tunnel paint');
  });

  it('forgets what it read of a transaction that was rolled back', async () => {
    const owner = (await temp.store.accounts.findById(acmeId))!.ownerId!;
    let seenInside: string[] = [];
    await expect(
      temp.store.transaction(async () => {
        await temp.store.deals.insertOne({
          name: 'Acme never signed',
          accountId: acmeId,
          ownerId: owner,
          stage: 'proposal',
          amount: 5_000,
          currency: 'USD',
          probability: 50,
          closeDate: new Date(FIXTURE_NOW.getTime() + 10 * DAY),
        } as never);
        seenInside = (await brief()).openDeals?.map((d) => d.name) ?? [];
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(seenInside).toContain('Acme never signed');
    expect((await brief()).openDeals?.map((d) => d.name)).not.toContain('Acme never signed');
  });

  it('drops a won deal from the last 12 months once it is older, without any write', async () => {
    expect((await brief()).wonLastYear).toEqual([{ currency: 'USD', amount: 120_000 }]);
    // The fixture's win closed 90 days before its "now": a year after it, it is out of the window.
    now = new Date(FIXTURE_NOW.getTime() + 280 * DAY);
    const before = counting.reads();
    expect((await brief()).wonLastYear).toEqual([]);
    expect(counting.reads() - before).toBe(0);
  });

  it('reads the window again when the clock is set back before the one kept', async () => {
    await temp.store.interactions.insertOne({
      accountId: acmeId,
      type: 'email',
      occurredAt: new Date(FIXTURE_NOW.getTime() - 120_000),
      summary: 'Sent the quote',
    } as never);
    now = new Date(FIXTURE_NOW.getTime() + 280 * DAY);
    expect((await brief()).wonLastYear).toEqual([]);
    now = FIXTURE_NOW;
    expect((await brief()).wonLastYear).toEqual([{ currency: 'USD', amount: 120_000 }]);
  });
});
