import { ErrorCode } from '../../src/core/errors';
import type { Store } from '../../src/store/store';
import { crmErrorOf, seedSmallCrm, utc } from './store-fixtures';

/** Aggregation pipelines the reports and models run. */
export function aggregateContract(store: () => Store): void {
  describe('aggregate', () => {
    let ids: Awaited<ReturnType<typeof seedSmallCrm>>;
    beforeAll(async () => {
      await store().dropAll();
      ids = await seedSmallCrm(store());
    });
    const deals = () => store().deals;

    test('$match, $group and $sort: pipeline by stage', async () => {
      const rows = await deals().aggregate([
        { $match: { stage: { $in: ['prospecting', 'qualification', 'proposal', 'negotiation'] } } },
        { $group: { _id: '$stage', total: { $sum: '$amount' }, deals: { $sum: 1 } } },
        { $sort: { total: -1 } },
      ]);
      expect(rows).toEqual([
        { _id: 'negotiation', total: 48000, deals: 1 },
        { _id: 'proposal', total: 13500, deals: 2 },
        { _id: 'qualification', total: 3000, deals: 1 },
        { _id: 'prospecting', total: 800, deals: 1 },
      ]);
    });

    test('$match on dates and amounts, then $count', async () => {
      const rows = await deals().aggregate([
        { $match: { closeDate: { $gte: utc('2025-01-01') }, amount: { $gt: 1000 } } },
        { $count: 'n' },
      ]);
      expect(rows).toEqual([{ n: 5 }]);
      const none = await deals().aggregate([
        { $match: { closeDate: { $gte: utc('2030-01-01') } } },
        { $count: 'n' },
      ]);
      expect(none).toEqual([]);
    });

    test('$unwind the stage history and count entries into each stage', async () => {
      const rows = await deals().aggregate<{ _id: string; n: number }>([
        { $unwind: '$stageHistory' },
        { $group: { _id: '$stageHistory.stage', n: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ]);
      expect(rows).toEqual([
        { _id: 'closed_lost', n: 1 },
        { _id: 'closed_won', n: 2 },
        { _id: 'negotiation', n: 4 },
        { _id: 'proposal', n: 6 },
        { _id: 'prospecting', n: 8 },
        { _id: 'qualification', n: 7 },
      ]);
    });

    test('$lookup between collections, then $unwind and $project', async () => {
      const rows = await deals().aggregate<{ name: string; account: string; region: string }>([
        { $match: { amount: { $gte: 12000 } } },
        { $lookup: { from: 'accounts', localField: 'accountId', foreignField: '_id', as: 'account' } },
        { $unwind: '$account' },
        { $project: { _id: 0, name: 1, account: '$account.name', region: '$account.region' } },
        { $sort: { name: 1 } },
      ]);
      expect(rows).toEqual([
        { name: 'Acme upsell', account: 'Acme Corp', region: 'NA' },
        { name: 'Globex lost', account: 'Globex', region: 'EMEA' },
        { name: 'Globex platform', account: 'Globex', region: 'EMEA' },
      ]);
      const perAccount = await store().accounts.aggregate<{ name: string; open: number }>([
        { $lookup: { from: 'deals', localField: '_id', foreignField: 'accountId', as: 'deals' } },
        {
          $project: {
            _id: 0,
            name: 1,
            open: {
              $size: {
                $filter: {
                  input: '$deals',
                  cond: { $not: [{ $in: ['$$this.stage', ['closed_won', 'closed_lost']] }] },
                },
              },
            },
          },
        },
        { $sort: { name: 1 } },
      ]);
      expect(perAccount).toEqual([
        { name: 'Acme Corp', open: 2 },
        { name: 'Globex', open: 1 },
        { name: 'Initech', open: 2 },
      ]);
    });

    test('date operators work in UTC and dates stay Dates through $group', async () => {
      const rows = await deals().aggregate([
        { $match: { accountId: ids.initech } },
        {
          $project: {
            _id: 0,
            name: 1,
            year: { $year: '$closeDate' },
            month: { $month: '$closeDate' },
            day: { $dateToString: { format: '%Y-%m-%d', date: '$closeDate' } },
            quarter: { $ceil: { $divide: [{ $month: '$closeDate' }, 3] } },
          },
        },
        { $sort: { day: 1 } },
      ]);
      expect(rows).toEqual([
        { name: 'Initech training', year: 2025, month: 1, day: '2025-01-01', quarter: 1 },
        { name: 'Initech support', year: 2025, month: 2, day: '2025-02-28', quarter: 1 },
        { name: 'Initech seats', year: 2025, month: 5, day: '2025-05-15', quarter: 2 },
      ]);
      const latest = await deals().aggregate<{ _id: string; last: Date }>([
        { $group: { _id: '$accountId', last: { $max: '$closeDate' } } },
        { $match: { _id: ids.acme } },
      ]);
      expect(latest[0]!.last).toBeInstanceOf(Date);
      expect(latest[0]!.last).toEqual(utc('2025-08-01'));
      const byMonth = await store().interactions.aggregate<{
        _id: { y: number; m: number };
        n: number;
        newest: Date;
      }>([
        { $match: { accountId: ids.acme } },
        {
          $group: {
            _id: { y: { $year: '$occurredAt' }, m: { $month: '$occurredAt' } },
            n: { $sum: 1 },
            newest: { $max: '$occurredAt' },
          },
        },
      ]);
      expect(byMonth).toEqual([
        { _id: { y: 2025, m: 1 }, n: 15, newest: new Date(utc('2025-01-01').getTime() + 28 * 3_600_000) },
      ]);
    });

    test('$push and $addToSet collect values, skipping documents where the field is missing', async () => {
      const rows = await deals().aggregate<{ _id: string; reasons: unknown[]; contacts: unknown[] }>([
        {
          $group: {
            _id: '$accountId',
            reasons: { $push: '$lostReason' },
            contacts: { $addToSet: '$contactId' },
          },
        },
      ]);
      const byAccount = Object.fromEntries(rows.map((row) => [row._id, row]));
      expect(byAccount[ids.globex]!.reasons).toEqual(['price']);
      expect(byAccount[ids.acme]!.reasons).toEqual([]);
      expect(byAccount[ids.acme]!.contacts).toEqual(['c-1']);
      // An explicit null is a value; a missing field is not.
      expect(byAccount[ids.initech]!.contacts).toEqual([null]);
    });

    test('an unknown stage is INVALID_INPUT', async () => {
      await crmErrorOf(deals().aggregate([{ $frobnicate: {} }]), ErrorCode.InvalidInput);
    });
  });
}
