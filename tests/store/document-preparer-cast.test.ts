import mongoose from 'mongoose';
import { DocumentPreparer } from '../../src/store/embedded/document-preparer';
import { plainUpdateCheck } from '../../src/store/embedded/plain-document-check';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/store/schemas';
import type { AnyModel, Filter, Update } from '../../src/store/store';

const validator = new mongoose.Mongoose();
const models = new Map(
  COLLECTION_NAMES.map((name) => {
    const { modelName, schema } = COLLECTIONS[name];
    return [name, validator.model(modelName, schema, name) as unknown as AnyModel] as const;
  }),
);
const preparerOf = (name: CollectionName) => new DocumentPreparer(name, models.get(name)!);

/** What mongoose itself makes of a filter: a Query cast against the model. */
function castByMongoose(name: CollectionName, filter: Filter): Filter {
  const model = models.get(name)!;
  const query = model.find(filter);
  query.cast(model);
  return query.getFilter() as Filter;
}

/** What mongoose makes of an update, with a query built for this one update. */
function updateByMongoose(name: CollectionName, update: Update, upsert: boolean): Update {
  const query = models.get(name)!.updateOne({}, {}, { upsert }) as unknown as {
    _castUpdate: (update: unknown) => Update | undefined;
  };
  return query._castUpdate(structuredClone(update)) ?? {};
}

describe('casting filters and updates as mongoose does', () => {
  test('every string condition on every String field of every collection casts as mongoose casts it', () => {
    for (const name of COLLECTION_NAMES) {
      const preparer = preparerOf(name);
      COLLECTIONS[name].schema.eachPath((path, type) => {
        if ((type as unknown as { instance: string }).instance !== 'String') return;
        // Upper case and spaces: fields with lowercase or trim must still go through mongoose.
        for (const condition of [' Mixed Case ', { $eq: ' Mixed Case ' }, { $in: [' A ', 'b'] }]) {
          const filter = { [path]: condition };
          expect({ name, cast: preparer.castFilter(filter) }).toEqual({
            name,
            cast: castByMongoose(name, filter),
          });
        }
      });
    }
  });

  test('a lowercase and trimmed field is cast by mongoose, not taken as given', () => {
    expect(preparerOf('users').castFilter({ email: '  Sam@Example.COM ' })).toEqual({
      email: 'sam@example.com',
    });
    expect(preparerOf('users').castFilter({ email: { $in: ['A@B.C'] } })).toEqual({
      email: { $in: ['a@b.c'] },
    });
  });

  test('filters of other shapes still go through mongoose (numbers cast, dates cast)', () => {
    const deals = preparerOf('deals');
    expect(deals.castFilter({ amount: '5000' })).toEqual({ amount: 5000 });
    expect(deals.castFilter({ ownerId: 'u1', closeDate: { $gte: '2026-01-01' } })).toEqual({
      ownerId: 'u1',
      closeDate: { $gte: new Date('2026-01-01') },
    });
  });

  test('updates cast by the reused caster equal those of a fresh query, upsert or not, one after another', () => {
    const conversations = preparerOf('conversations');
    const at = '2026-12-05T00:00:00.000Z';
    const updates: Array<[Update, boolean]> = [
      [
        {
          $inc: { messageCount: '2' },
          $set: { lastActivityAt: at },
          $setOnInsert: { channel: 'e', startedAt: at },
        },
        true,
      ],
      [{ $set: { userId: 'u1', createdAt: at, unknownField: 1 } }, false],
      [{ $push: { messages: { at, direction: 'in', text: 'hi' } } }, true],
      [{ $set: { lastActivityAt: at, createdAt: at } }, true],
      [{}, true],
    ];
    for (let round = 0; round < 2; round++)
      for (const [update, upsert] of updates)
        expect(conversations.castUpdate(update, upsert)).toEqual(
          updateByMongoose('conversations', update, upsert),
        );
  });

  test('the updates of every chat turn are cast without mongoose, and every update cast so equals mongoose’s, operator and key order included', () => {
    const at = new Date('2026-12-05T00:00:00Z');
    const conversation = {
      $inc: { messageCount: 2 },
      $set: { lastActivityAt: at, userId: 'u1' },
      $setOnInsert: { channel: 'emulator', channelConversationId: 'c1', startedAt: at },
    };
    expect(plainUpdateCheck(COLLECTIONS.conversations.schema)!(conversation)).toBeDefined();
    expect(
      plainUpdateCheck(COLLECTIONS.botState.schema)!({ $set: { data: '{}', eTag: 'e2' } }),
    ).toBeDefined();

    let state = 99991;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const values = [
      'a',
      '',
      'Mixed Case',
      0,
      2,
      -1,
      '5',
      at,
      'not a date',
      null,
      true,
      undefined,
      ['x'],
      { a: 1 },
    ];
    const operators = ['$set', '$set', '$setOnInsert', '$inc', '$inc', '$unset', '$push'];
    let plainCount = 0;
    for (const name of COLLECTION_NAMES) {
      const check = plainUpdateCheck(COLLECTIONS[name].schema);
      if (!check) continue;
      const paths = Object.keys(COLLECTIONS[name].schema.paths).concat(['unknownField', 'a.b']);
      for (let i = 0; i < 300; i++) {
        const update: Record<string, Record<string, unknown>> = {};
        for (let o = 0; o < 1 + Math.floor(random() * 3); o++) {
          const operand: Record<string, unknown> = {};
          for (let f = 0; f < 1 + Math.floor(random() * 3); f++) {
            const path = pick(paths);
            const instance = (COLLECTIONS[name].schema.path(path) as { instance?: string } | undefined)
              ?.instance;
            const typed = {
              String: pick(['a', 'Mixed Case']),
              Number: pick([0, 2, 7.5]),
              Date: at,
              Boolean: true,
            };
            operand[path] =
              random() < 0.7 && instance && instance in typed
                ? typed[instance as keyof typeof typed]
                : pick(values);
          }
          update[pick(operators)] = operand;
        }
        const upsert = random() < 0.5;
        const plain = check(update);
        if (!plain) continue;
        plainCount++;
        const reference = updateByMongoose(name, update, upsert);
        expect({ name, update, cast: JSON.stringify(plain) }).toEqual({
          name,
          update,
          cast: JSON.stringify(reference),
        });
        expect(plain).toEqual(reference);
      }
    }
    expect(plainCount).toBeGreaterThan(50);
  });
});
