import { ErrorCode } from '../../src/core/errors';
import type { Store } from '../../src/store/store';
import { aDeal, anAccount, crmErrorOf, utc } from './store-fixtures';

/** Inserts: casting, defaults, timestamps, validation, unique keys, all-or-nothing batches. */
export function insertContract(store: () => Store): void {
  describe('inserts', () => {
    beforeEach(() => store().dropAll());

    test('casts values to schema types, fills defaults and timestamps, drops unknown fields', async () => {
      const before = Date.now();
      const inserted = await store().deals.insertOne({
        ...aDeal('a-1', '  Big deal  '),
        amount: '12500.5' as unknown as number,
        closeDate: '2025-09-30T00:00:00.000Z' as unknown as Date,
        probability: undefined as unknown as number,
        currency: undefined as unknown as string,
        stageHistory: [{ stage: 'prospecting', at: '2025-01-02T03:04:05.000Z' as unknown as Date }],
        favouriteColour: 'teal',
      } as never);
      expect(inserted._id).toMatch(/^[0-9a-f]{24}$/);
      expect(inserted.name).toBe('Big deal');
      expect(inserted.amount).toBe(12500.5);
      expect(inserted.closeDate).toEqual(utc('2025-09-30'));
      expect(inserted.probability).toBe(10);
      expect(inserted.currency).toBe('USD');
      expect(inserted.createdAt).toBeInstanceOf(Date);
      expect(inserted.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(inserted.updatedAt.getTime()).toBe(inserted.createdAt.getTime());
      expect(inserted).not.toHaveProperty('favouriteColour');

      const stored = await store().deals.findById(inserted._id);
      expect(stored).toEqual(inserted);
      expect(stored!.stageHistory[0]!.at).toEqual(utc('2025-01-02T03:04:05.000Z'));
      expect(stored).not.toHaveProperty('favouriteColour');
      expect(stored).not.toHaveProperty('__v');
    });

    test('keeps a given _id and given timestamps (imports keep history)', async () => {
      const createdAt = utc('2023-05-01');
      const account = await store().accounts.insertOne({
        ...anAccount('Old Co'),
        _id: 'acct-old',
        createdAt,
        updatedAt: createdAt,
      } as never);
      expect(account._id).toBe('acct-old');
      const stored = await store().accounts.findById('acct-old');
      expect(stored!.createdAt).toEqual(createdAt);
      expect(stored!.updatedAt).toEqual(createdAt);
    });

    test('trims and lower-cases as the schema says', async () => {
      const account = await store().accounts.insertOne(anAccount('Hooli', { domain: '  HOOLI.com ' }));
      expect(account.domain).toBe('hooli.com');
      expect((await store().accounts.findOne({ domain: 'hooli.com' }))!._id).toBe(account._id);
    });

    test('an invalid document is INVALID_INPUT naming every bad field, and nothing is stored', async () => {
      const error = await crmErrorOf(
        store().deals.insertOne({ ...aDeal('a-1', 'x'), name: undefined, amount: -5, stage: 'won' } as never),
        ErrorCode.InvalidInput,
      );
      expect(error.message).toMatch(/name/);
      expect(error.message).toMatch(/amount/);
      expect(error.message).toMatch(/stage/);
      expect((error.details as { issues: string[] }).issues).toHaveLength(3);
      expect(await store().deals.countDocuments()).toBe(0);

      const cast = await crmErrorOf(
        store().deals.insertOne({ ...aDeal('a-1', 'x'), amount: 'lots' } as never),
        ErrorCode.InvalidInput,
      );
      expect(cast.message).toMatch(/amount/);
      const date = await crmErrorOf(
        store().deals.insertOne({ ...aDeal('a-1', 'x'), closeDate: 'someday' } as never),
        ErrorCode.InvalidInput,
      );
      expect(date.message).toMatch(/closeDate/);
      const nested = await crmErrorOf(
        store().deals.insertOne({
          ...aDeal('a-1', 'x'),
          stageHistory: [{ stage: 'nowhere', at: new Date() }],
        } as never),
        ErrorCode.InvalidInput,
      );
      expect(nested.message).toMatch(/stageHistory/);
      expect(await store().deals.countDocuments()).toBe(0);
    });

    test('a duplicate unique key or _id is CONFLICT; sparse unique keys allow many missing values', async () => {
      await store().products.insertOne({
        sku: 'CRM-PRO',
        name: 'CRM Pro',
        category: 'software',
        unitPrice: 49,
      } as never);
      const error = await crmErrorOf(
        store().products.insertOne({
          sku: 'CRM-PRO',
          name: 'Copy',
          category: 'software',
          unitPrice: 1,
        } as never),
        ErrorCode.Conflict,
      );
      expect(error.message).toMatch(/sku/);
      await store().accounts.insertOne({ ...anAccount('First'), _id: 'same-id' } as never);
      await crmErrorOf(
        store().accounts.insertOne({ ...anAccount('Second'), _id: 'same-id' } as never),
        ErrorCode.Conflict,
      );
      await store().accounts.insertMany([anAccount('No domain 1'), anAccount('No domain 2')]);
      await store().accounts.insertOne(anAccount('Acme', { domain: 'acme.com' }));
      await crmErrorOf(
        store().accounts.insertOne(anAccount('Acme again', { domain: 'ACME.com' })),
        ErrorCode.Conflict,
      );
      expect(await store().accounts.countDocuments()).toBe(4);
      expect(await store().products.countDocuments()).toBe(1);
    });

    test('insertMany inserts all documents or none', async () => {
      await store().products.insertOne({ sku: 'TAKEN', name: 'Taken', category: 'x', unitPrice: 1 } as never);
      const docs = Array.from({ length: 5 }, (_, i) => ({
        sku: `SKU-${i}`,
        name: `P${i}`,
        category: 'x',
        unitPrice: i,
      }));
      const invalid = [
        ...docs.slice(0, 2),
        { sku: 'BAD', name: 'Bad', category: 'x', unitPrice: -1 },
        ...docs.slice(2),
      ];
      await crmErrorOf(store().products.insertMany(invalid as never), ErrorCode.InvalidInput);
      expect(await store().products.countDocuments()).toBe(1);

      const dupInBatch = [...docs.slice(0, 3), { sku: 'SKU-1', name: 'again', category: 'x', unitPrice: 1 }];
      await crmErrorOf(store().products.insertMany(dupInBatch as never), ErrorCode.Conflict);
      expect(await store().products.countDocuments()).toBe(1);

      const dupWithStored = [
        ...docs.slice(0, 3),
        { sku: 'TAKEN', name: 'again', category: 'x', unitPrice: 1 },
      ];
      await crmErrorOf(store().products.insertMany(dupWithStored as never), ErrorCode.Conflict);
      expect(await store().products.countDocuments()).toBe(1);

      const inserted = await store().products.insertMany(docs as never);
      expect(inserted.map((p) => p.sku)).toEqual(docs.map((d) => d.sku));
      expect(await store().products.countDocuments()).toBe(6);
      expect(await store().products.insertMany([])).toEqual([]);
    });

    test('bulkWrite applies every operation or none, each seeing the previous ones', async () => {
      const [keep, drop] = await store().accounts.insertMany([anAccount('Keep'), anAccount('Drop')]);
      const result = await store().accounts.bulkWrite([
        { insertOne: { document: { ...anAccount('New'), _id: 'acct-new' } } },
        { updateOne: { filter: { _id: 'acct-new' }, update: { $set: { status: 'customer' } } } },
        { updateOne: { filter: { _id: keep!._id }, update: { $set: { industry: 'Retail' } } } },
        {
          updateOne: {
            filter: { nameKey: 'upserted' },
            update: { $set: { name: 'Upserted' } },
            upsert: true,
          },
        },
        { deleteOne: { filter: { _id: drop!._id } } },
      ]);
      expect(result).toEqual({
        insertedCount: 1,
        matchedCount: 2,
        modifiedCount: 2,
        upsertedCount: 1,
        deletedCount: 1,
      });
      expect((await store().accounts.findById('acct-new'))!.status).toBe('customer');
      expect(await store().accounts.countDocuments()).toBe(3);

      const failing = store().accounts.bulkWrite([
        { insertOne: { document: anAccount('Never') } },
        { updateOne: { filter: { _id: keep!._id }, update: { $set: { industry: 'Mining' } } } },
        { deleteOne: { filter: { _id: 'acct-new' } } },
        { updateOne: { filter: { _id: keep!._id }, update: { $set: { status: 'bogus' } } } },
      ]);
      await crmErrorOf(failing, ErrorCode.InvalidInput);
      expect(await store().accounts.countDocuments()).toBe(3);
      expect((await store().accounts.findById(keep!._id))!.industry).toBe('Retail');
      expect(await store().accounts.findById('acct-new')).not.toBeNull();
      expect(await store().accounts.findOne({ name: 'Never' })).toBeNull();

      await store().accounts.updateOne({ _id: keep!._id }, { $set: { domain: 'keep.com' } });
      const conflicting = store().accounts.bulkWrite([
        { deleteOne: { filter: { _id: 'acct-new' } } },
        { insertOne: { document: anAccount('Clash', { domain: 'keep.com' }) } },
      ]);
      await crmErrorOf(conflicting, ErrorCode.Conflict);
      expect(await store().accounts.findById('acct-new')).not.toBeNull();
      expect(await store().accounts.countDocuments()).toBe(3);
    });

    test('Dates come back as Date at the top level, inside arrays and inside free-form values', async () => {
      const at = utc('2025-03-04T05:06:07.089Z');
      await store().conversations.insertOne({
        _id: 'test:conv-1',
        channel: 'test',
        channelConversationId: 'conv-1',
        startedAt: at,
        lastActivityAt: at,
        messageCount: 1,
        messages: [{ at, direction: 'in', text: 'hi', attachments: ['text/plain'] }],
      });
      const conversation = await store().conversations.findById('test:conv-1');
      expect(conversation!.startedAt).toEqual(at);
      expect(conversation!.messages![0]!.at).toBeInstanceOf(Date);
      expect(conversation!.messages![0]!.at).toEqual(at);
      await store().meta.insertOne({
        _id: 'seed',
        value: { loadedAt: at, counts: { accounts: 3 }, runs: [{ at }] },
      });
      const meta = await store().meta.findById('seed');
      expect(meta!.value).toEqual({ loadedAt: at, counts: { accounts: 3 }, runs: [{ at }] });
      expect(meta!.value.loadedAt).toBeInstanceOf(Date);
    });
  });
}
