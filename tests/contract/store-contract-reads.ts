import { ErrorCode } from '../../src/core/errors';
import type { Store } from '../../src/store/store';
import { crmErrorOf, namesOf, seedSmallCrm, sorted, utc } from './store-fixtures';

/** Reads: filters, sort/skip/limit, projection, counts and distinct, with MongoDB semantics. */
export function readContract(store: () => Store): void {
  describe('reads', () => {
    let ids: Awaited<ReturnType<typeof seedSmallCrm>>;
    beforeAll(async () => {
      await store().dropAll();
      ids = await seedSmallCrm(store());
    });

    const deals = () => store().deals;

    test('equality, $in, $nin and $ne', async () => {
      expect(namesOf(await deals().find({ accountId: ids.acme }))).toEqual([
        'Acme pilot',
        'Acme renewal',
        'Acme upsell',
      ]);
      expect(namesOf(await deals().find({ stage: { $in: ['proposal', 'negotiation'] } }))).toEqual([
        'Acme upsell',
        'Globex platform',
        'Initech training',
      ]);
      expect(await deals().countDocuments({ stage: { $nin: ['closed_won', 'closed_lost'] } })).toBe(5);
      expect(await deals().countDocuments({ ownerId: { $ne: 'u-bob' } })).toBe(5);
      expect(
        namesOf(await deals().find({ _id: { $in: [ids.deal['Acme pilot'], ids.deal['Globex lost']] } })),
      ).toEqual(['Acme pilot', 'Globex lost']);
    });

    test('ranges on numbers and on dates (Date values or date strings)', async () => {
      expect(namesOf(await deals().find({ amount: { $gte: 9000, $lt: 48000 } }))).toEqual([
        'Acme upsell',
        'Globex lost',
        'Initech support',
      ]);
      const q1 = { closeDate: { $gte: utc('2025-01-01'), $lt: utc('2025-04-01') } };
      expect(namesOf(await deals().find(q1))).toEqual(['Acme upsell', 'Initech support', 'Initech training']);
      expect(
        namesOf(await deals().find({ closeDate: { $gte: '2025-01-01', $lt: '2025-04-01T00:00:00Z' } })),
      ).toEqual(['Acme upsell', 'Initech support', 'Initech training']);
      expect(await deals().countDocuments({ closeDate: utc('2025-01-01') })).toBe(1);
    });

    test('$or, $and, $nor and conditions on several fields', async () => {
      const or = await deals().find({ $or: [{ amount: { $gt: 40000 } }, { stage: 'prospecting' }] });
      expect(namesOf(or)).toEqual(['Acme pilot', 'Globex platform']);
      const and = await deals().find({
        $and: [{ accountId: ids.initech }, { $or: [{ stage: 'proposal' }, { amount: { $gt: 5000 } }] }],
      });
      expect(namesOf(and)).toEqual(['Initech support', 'Initech training']);
      expect(
        await deals().countDocuments({ $nor: [{ stage: 'closed_won' }, { stage: 'closed_lost' }] }),
      ).toBe(5);
      expect(namesOf(await deals().find({ ownerId: 'u-bob', stage: 'proposal' }))).toEqual(['Acme upsell']);
    });

    test('regular expressions, as RegExp and as $regex', async () => {
      expect(namesOf(await deals().find({ name: /^acme/i }))).toEqual([
        'Acme pilot',
        'Acme renewal',
        'Acme upsell',
      ]);
      expect(await deals().countDocuments({ name: /^acme/ })).toBe(0);
      expect(namesOf(await deals().find({ name: { $regex: 'lost|seats', $options: 'i' } }))).toEqual([
        'Globex lost',
        'Initech seats',
      ]);
      expect(await deals().countDocuments({ name: { $not: /Initech/ } })).toBe(5);
    });

    test('array fields: a dotted path matches any element, $elemMatch one element, $size the length', async () => {
      expect(await deals().countDocuments({ 'stageHistory.stage': 'negotiation' })).toBe(4);
      // Globex platform entered negotiation on 2025-03-01; Initech support on 2024-12-30 and was won on 2025-01-09.
      // Only $elemMatch ties date and stage to one element.
      const after = utc('2025-01-05');
      const anyElements = await deals().find({
        'stageHistory.stage': 'negotiation',
        'stageHistory.at': { $gte: after },
      });
      const oneElement = await deals().find({
        stageHistory: { $elemMatch: { stage: 'negotiation', at: { $gte: after } } },
      });
      expect(namesOf(oneElement)).toEqual(['Globex platform']);
      expect(namesOf(anyElements)).toEqual(['Globex platform', 'Initech support']);
      expect(namesOf(await deals().find({ stageHistory: { $size: 1 } }))).toEqual(['Acme pilot']);
    });

    test('null matches missing and null; $exists tells them apart', async () => {
      expect(await deals().countDocuments({ contactId: null })).toBe(7);
      expect(namesOf(await deals().find({ contactId: { $exists: true } }))).toEqual([
        'Acme renewal',
        'Initech training',
      ]);
      expect(namesOf(await deals().find({ contactId: { $ne: null } }))).toEqual(['Acme renewal']);
      expect(await deals().countDocuments({ closedAt: { $exists: false } })).toBe(5);
      expect(namesOf(await deals().find({ contactId: { $type: 'null' } }))).toEqual(['Initech training']);
    });

    test('sort, skip and limit; missing values sort first ascending and last descending', async () => {
      const page = await deals().find({}, { sort: { amount: -1 }, skip: 1, limit: 3 });
      expect(page.map((d) => d.amount)).toEqual([20000, 12000, 9000]);
      const byStage = await deals().find(
        { accountId: { $in: [ids.acme, ids.initech] } },
        { sort: { stage: 1, amount: -1 } },
      );
      expect(byStage.map((d) => d.name)).toEqual([
        'Initech support',
        'Acme renewal',
        'Acme upsell',
        'Initech training',
        'Acme pilot',
        'Initech seats',
      ]);
      const closedFirst = await deals().find({}, { sort: { closedAt: -1 }, limit: 3 });
      expect(closedFirst.map((d) => d.name)).toEqual(['Initech support', 'Acme renewal', 'Globex lost']);
      const openFirst = await deals().find({}, { sort: { closedAt: 1 } });
      expect(openFirst.slice(0, 5).every((d) => d.closedAt === undefined)).toBe(true);
      expect(openFirst.slice(5).map((d) => d.name)).toEqual([
        'Globex lost',
        'Acme renewal',
        'Initech support',
      ]);
      // The same sort over a filter only partly expressible in SQL gives the same order.
      const viaMemory = await deals().find(
        { $or: [{ amount: { $gte: 0 } }] },
        { sort: { amount: -1 }, skip: 1, limit: 3 },
      );
      expect(viaMemory.map((d) => d.amount)).toEqual([20000, 12000, 9000]);
      expect((await deals().find({}, { sort: { closeDate: 1 }, limit: 1 }))[0]!.name).toBe('Globex lost');
    });

    test('projection by inclusion and by exclusion', async () => {
      const [included] = await deals().find({ name: 'Acme upsell' }, { projection: { name: 1, amount: 1 } });
      expect(Object.keys(included!).sort()).toEqual(['_id', 'amount', 'name']);
      const [noId] = await deals().find(
        { name: 'Acme upsell' },
        { projection: { _id: 0, name: 1, 'stageHistory.stage': 1 } },
      );
      expect(noId).toEqual({
        name: 'Acme upsell',
        stageHistory: [{ stage: 'prospecting' }, { stage: 'qualification' }, { stage: 'proposal' }],
      });
      const [excluded] = await deals().find(
        { name: 'Acme upsell' },
        { projection: { stageHistory: 0, createdAt: 0 } },
      );
      expect(excluded).not.toHaveProperty('stageHistory');
      expect(excluded).not.toHaveProperty('createdAt');
      expect(excluded!.closeDate).toBeInstanceOf(Date);
      expect(excluded!.amount).toBe(12000);
    });

    test('findOne honours sort; findOne and findById give null when nothing matches', async () => {
      expect((await deals().findOne({ accountId: ids.acme }, { sort: { amount: -1 } }))!.name).toBe(
        'Acme upsell',
      );
      expect((await deals().findOne({ accountId: ids.acme }, { sort: { closeDate: 1 } }))!.name).toBe(
        'Acme renewal',
      );
      expect(
        (await deals().findOne({ $or: [{ accountId: ids.globex }] }, { sort: { amount: 1 } }))!.name,
      ).toBe('Globex lost');
      expect(await deals().findOne({ accountId: 'no-such-account' })).toBeNull();
      expect(await deals().findById('0123456789abcdef01234567')).toBeNull();
      expect((await store().accounts.findById(ids.globex))!.name).toBe('Globex');
    });

    test('countDocuments with and without a filter', async () => {
      expect(await deals().countDocuments()).toBe(8);
      expect(await deals().countDocuments({ accountId: ids.globex })).toBe(2);
      expect(await store().interactions.countDocuments({ accountId: ids.acme, type: 'call' })).toBe(5);
      expect(await deals().countDocuments({ name: /Initech/, amount: { $gt: 2000 } })).toBe(2);
    });

    test('distinct flattens arrays and honours the filter', async () => {
      expect(sorted(await deals().distinct<string>('ownerId'))).toEqual(['u-ann', 'u-bob']);
      expect(sorted(await deals().distinct<string>('stage', { accountId: ids.acme }))).toEqual([
        'closed_won',
        'proposal',
        'prospecting',
      ]);
      expect(sorted(await deals().distinct<string>('stageHistory.stage', { accountId: ids.globex }))).toEqual(
        ['closed_lost', 'negotiation', 'proposal', 'prospecting', 'qualification'],
      );
      const closed = await deals().distinct<Date>('closedAt');
      expect(closed).toHaveLength(3);
      expect(closed.every((value) => value instanceof Date)).toBe(true);
      expect(await deals().distinct('lostReason', { accountId: ids.acme })).toEqual([]);
    });

    test('interactions of an account, newest first, limited', async () => {
      const recent = await store().interactions.find(
        { accountId: ids.acme },
        { sort: { occurredAt: -1 }, limit: 5 },
      );
      expect(recent.map((i) => i.summary)).toEqual([
        'touch 28',
        'touch 26',
        'touch 24',
        'touch 22',
        'touch 20',
      ]);
      expect(recent[0]!.occurredAt).toBeInstanceOf(Date);
    });

    test('a filter value of the wrong type is INVALID_INPUT naming the field', async () => {
      const error = await crmErrorOf(deals().find({ amount: 'lots' }), ErrorCode.InvalidInput);
      expect(error.message).toContain('amount');
    });

    test('an unknown query operator is INVALID_INPUT', async () => {
      await crmErrorOf(deals().find({ $frobnicate: 1 }), ErrorCode.InvalidInput);
      await crmErrorOf(deals().find({ amount: { $frobnicate: 1 } }), ErrorCode.InvalidInput);
      await crmErrorOf(deals().countDocuments({ name: { $frobnicate: 'x' } }), ErrorCode.InvalidInput);
    });
  });
}
