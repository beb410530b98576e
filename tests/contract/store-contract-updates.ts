import { ErrorCode } from '../../src/core/errors';
import type { Deal } from '../../src/vocabulary';
import type { Store } from '../../src/store/store';
import { aDeal, crmErrorOf, namesOf, utc } from './store-fixtures';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Updates, upserts and deletes with MongoDB semantics, validated by the schema. */
export function updateContract(store: () => Store): void {
  describe('updates and deletes', () => {
    let deal: Deal;
    beforeEach(async () => {
      await store().dropAll();
      deal = await store().deals.insertOne(
        aDeal('a-1', 'Renewal', { stage: 'proposal', amount: 1000, lostReason: 'n/a' }),
      );
      await store().deals.insertMany([
        aDeal('a-1', 'Pilot', { amount: 200 }),
        aDeal('a-2', 'Expansion', { stage: 'negotiation', amount: 7000 }),
      ]);
    });
    const deals = () => store().deals;

    test('$set, $inc and $unset; createdAt kept, updatedAt moves on', async () => {
      await pause(5);
      const result = await deals().updateOne(
        { _id: deal._id },
        {
          $set: { stage: 'negotiation', closeDate: '2025-12-31' },
          $inc: { amount: 250, probability: 5 },
          $unset: { lostReason: '' },
        },
      );
      expect(result).toEqual({ matchedCount: 1, modifiedCount: 1 });
      const updated = (await deals().findById(deal._id))!;
      expect(updated.stage).toBe('negotiation');
      expect(updated.closeDate).toEqual(utc('2025-12-31'));
      expect(updated.amount).toBe(1250);
      expect(updated.probability).toBe(15);
      expect(updated).not.toHaveProperty('lostReason');
      expect(updated.createdAt).toEqual(deal.createdAt);
      expect(updated.updatedAt.getTime()).toBeGreaterThan(deal.updatedAt.getTime());
    });

    test('a field named by two operators, and $inc of a text field, are refused and change nothing', async () => {
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $set: { amount: 5 }, $inc: { amount: 1 } }),
        ErrorCode.InvalidInput,
      );
      await crmErrorOf(deals().updateOne({ _id: deal._id }, { $inc: { name: 1 } }), ErrorCode.InvalidInput);
      const unchanged = (await deals().findById(deal._id))!;
      expect(unchanged.amount).toBe(1000);
      expect(unchanged.name).toBe('Renewal');
    });

    test("a $set array is stored as a copy: changing the caller's array afterwards changes nothing stored", async () => {
      const history = [{ stage: 'proposal' as const, at: utc('2025-03-01') }];
      await deals().updateOne({ _id: deal._id }, { $set: { stageHistory: history } });
      history[0]!.stage = 'closed_lost' as never;
      const stored = (await deals().findById(deal._id))!;
      expect(stored.stageHistory.map((s) => s.stage)).toEqual(['proposal']);
    });

    test('$push (with $each and $slice) and $pull on arrays of sub-documents', async () => {
      await deals().updateOne(
        { _id: deal._id },
        { $push: { stageHistory: { stage: 'negotiation', at: '2025-04-01T00:00:00Z' } } },
      );
      let updated = (await deals().findById(deal._id))!;
      expect(updated.stageHistory.map((s) => s.stage)).toEqual([
        'prospecting',
        'qualification',
        'proposal',
        'negotiation',
      ]);
      expect(updated.stageHistory[3]!.at).toEqual(utc('2025-04-01'));
      expect(updated.stageHistory[3]!.at).toBeInstanceOf(Date);

      await deals().updateOne(
        { _id: deal._id },
        { $pull: { stageHistory: { stage: { $in: ['prospecting', 'qualification'] } } } },
      );
      updated = (await deals().findById(deal._id))!;
      expect(updated.stageHistory.map((s) => s.stage)).toEqual(['proposal', 'negotiation']);

      const more = [1, 2, 3].map((i) => ({ stage: 'negotiation', at: utc(`2025-05-0${i}`) }));
      await deals().updateOne({ _id: deal._id }, { $push: { stageHistory: { $each: more, $slice: -3 } } });
      updated = (await deals().findById(deal._id))!;
      expect(updated.stageHistory.map((s) => s.at)).toEqual(more.map((m) => m.at));
    });

    test('updateMany updates every match; updateOne only the first; no match is not an error', async () => {
      expect(await deals().updateMany({ accountId: 'a-1' }, { $set: { ownerId: 'u-cat' } })).toEqual({
        matchedCount: 2,
        modifiedCount: 2,
      });
      expect(namesOf(await deals().find({ ownerId: 'u-cat' }))).toEqual(['Pilot', 'Renewal']);
      expect(await deals().updateOne({ accountId: 'a-1' }, { $set: { ownerId: 'u-dan' } })).toEqual({
        matchedCount: 1,
        modifiedCount: 1,
      });
      expect(await deals().countDocuments({ ownerId: 'u-dan' })).toBe(1);
      expect(await deals().updateOne({ accountId: 'none' }, { $set: { ownerId: 'u-eve' } })).toEqual({
        matchedCount: 0,
        modifiedCount: 0,
      });
      expect(await deals().updateMany({ accountId: 'none' }, { $set: { ownerId: 'u-eve' } })).toEqual({
        matchedCount: 0,
        modifiedCount: 0,
      });
    });

    test('findOneAndUpdate returns the document after the update, honouring sort', async () => {
      const biggest = await deals().findOneAndUpdate(
        {},
        { $set: { forecastCategory: 'commit' } },
        { sort: { amount: -1 } },
      );
      expect(biggest!.name).toBe('Expansion');
      expect(biggest!.forecastCategory).toBe('commit');
      expect(biggest!.closeDate).toBeInstanceOf(Date);
      const smallest = await deals().findOneAndUpdate(
        { accountId: 'a-1' },
        { $inc: { amount: 1 } },
        { sort: { amount: 1 } },
      );
      expect(smallest!.name).toBe('Pilot');
      expect(smallest!.amount).toBe(201);
      expect(await deals().findOneAndUpdate({ accountId: 'none' }, { $set: { amount: 1 } })).toBeNull();
    });

    test('upsert inserts from the filter equalities, $set and $setOnInsert; a second upsert updates', async () => {
      const first = await store().users.updateOne(
        { email: 'ann@example.com', team: 'east' },
        { $set: { active: true }, $setOnInsert: { name: 'Ann', role: 'rep' } },
        { upsert: true },
      );
      expect(first.matchedCount).toBe(0);
      expect(first.upsertedId).toEqual(expect.any(String));
      const ann = (await store().users.findById(first.upsertedId!))!;
      expect(ann).toMatchObject({
        email: 'ann@example.com',
        team: 'east',
        name: 'Ann',
        role: 'rep',
        active: true,
        timezone: 'UTC',
      });
      expect(ann.createdAt).toBeInstanceOf(Date);

      const second = await store().users.updateOne(
        { email: 'ann@example.com', team: 'east' },
        { $set: { active: false }, $setOnInsert: { name: 'Someone else', role: 'admin' } },
        { upsert: true },
      );
      expect(second).toEqual({ matchedCount: 1, modifiedCount: 1 });
      expect(await store().users.findById(first.upsertedId!)).toMatchObject({
        name: 'Ann',
        role: 'rep',
        active: false,
      });
      expect(await store().users.countDocuments()).toBe(1);

      const state = await store().botState.findOneAndUpdate(
        { _id: 'conv/1' },
        { $set: { eTag: 'e1', data: '{}' } },
        { upsert: true },
      );
      expect(state).toMatchObject({ _id: 'conv/1', eTag: 'e1', data: '{}' });
    });

    test('the transcript upsert: $push, $inc, $set and $setOnInsert together', async () => {
      const at = utc('2025-06-01T10:00:00Z');
      const log = (text: string, when: Date) =>
        store().conversations.updateOne(
          { _id: 'test:c1' },
          {
            $push: { messages: { at: when, direction: 'in', text } },
            $inc: { messageCount: 1 },
            $set: { lastActivityAt: when },
            $setOnInsert: { channel: 'test', channelConversationId: 'c1', startedAt: when },
          },
          { upsert: true },
        );
      await log('hello', at);
      await log('again', new Date(at.getTime() + 60_000));
      const conversation = (await store().conversations.findById('test:c1'))!;
      expect(conversation.messageCount).toBe(2);
      expect(conversation.startedAt).toEqual(at);
      expect(conversation.lastActivityAt).toEqual(new Date(at.getTime() + 60_000));
      expect(conversation.messages!.map((m) => m.text)).toEqual(['hello', 'again']);
      expect(conversation.messages![1]!.at).toBeInstanceOf(Date);
    });

    test('_id cannot change; a replacement document is refused; invalid values are refused and nothing changes', async () => {
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $set: { _id: 'another-id' } }),
        ErrorCode.InvalidInput,
      );
      await crmErrorOf(deals().updateOne({ _id: deal._id }, { name: 'Replaced' }), ErrorCode.InvalidInput);
      await crmErrorOf(
        deals().findOneAndUpdate({ _id: deal._id }, { name: 'Replaced' }),
        ErrorCode.InvalidInput,
      );
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $rename: { name: 'title' }, $bogus: { name: 1 } }),
        ErrorCode.InvalidInput,
      );
      const stage = await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $set: { stage: 'won' } }),
        ErrorCode.InvalidInput,
      );
      expect(stage.message).toMatch(/stage/);
      const amount = await crmErrorOf(
        deals().updateMany({}, { $set: { amount: 'lots' } }),
        ErrorCode.InvalidInput,
      );
      expect(amount.message).toMatch(/amount/);
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $set: { amount: -1 } }),
        ErrorCode.InvalidInput,
      );
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $inc: { amount: 'ten' } }),
        ErrorCode.InvalidInput,
      );
      await crmErrorOf(
        deals().updateOne({ _id: deal._id }, { $set: { closeDate: 'someday' } }),
        ErrorCode.InvalidInput,
      );
      const unchanged = (await deals().findById(deal._id))!;
      expect(unchanged).toEqual(deal);
      expect(await deals().countDocuments({ amount: { $type: 'string' } })).toBe(0);
    });

    test('unknown fields in an update are ignored; createdAt cannot be rewritten', async () => {
      await deals().updateOne(
        { _id: deal._id },
        { $set: { favouriteColour: 'teal', createdAt: utc('2001-01-01'), amount: 5 } },
      );
      const updated = (await deals().findById(deal._id))!;
      expect(updated).not.toHaveProperty('favouriteColour');
      expect(updated.createdAt).toEqual(deal.createdAt);
      expect(updated.amount).toBe(5);
    });

    test('50 concurrent $inc on one document add exactly 50', async () => {
      await Promise.all(
        Array.from({ length: 50 }, () => deals().updateOne({ _id: deal._id }, { $inc: { amount: 1 } })),
      );
      expect((await deals().findById(deal._id))!.amount).toBe(1050);
    });

    test('deleteOne deletes one match, deleteMany all matches', async () => {
      expect(await deals().deleteOne({ accountId: 'a-1' })).toEqual({ deletedCount: 1 });
      expect(await deals().countDocuments({ accountId: 'a-1' })).toBe(1);
      expect(await deals().deleteOne({ accountId: 'none' })).toEqual({ deletedCount: 0 });
      await deals().insertMany([aDeal('a-3', 'x'), aDeal('a-3', 'y')]);
      expect(await deals().deleteMany({ accountId: { $in: ['a-1', 'a-3'] } })).toEqual({ deletedCount: 3 });
      expect(namesOf(await deals().find({}))).toEqual(['Expansion']);
      expect(await deals().deleteMany({})).toEqual({ deletedCount: 1 });
    });
  });
}
