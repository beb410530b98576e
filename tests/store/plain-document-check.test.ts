import mongoose, { type Schema } from 'mongoose';
import { plainDocumentCheck } from '../../src/store/embedded/plain-document-check';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/store/schemas';

type Document = Record<string, unknown>;

const validator = new mongoose.Mongoose();
const models = new Map(
  COLLECTION_NAMES.map((name) => {
    const { modelName, schema } = COLLECTIONS[name];
    return [name, validator.model(modelName, schema, name)] as const;
  }),
);

/** What mongoose stores for `input` (as the embedded engine asks it), or the error it throws. */
async function byMongoose(name: CollectionName, input: Document): Promise<Document | Error> {
  const hydrated = new (models.get(name)!)(input);
  try {
    await hydrated.validate();
  } catch (error) {
    return error as Error;
  }
  return hydrated.toObject({ depopulate: true, virtuals: false, versionKey: false }) as Document;
}

/** A deterministic pseudo-random source (the same documents on every run). */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

interface PathShape {
  instance: string;
  enumValues?: string[];
  options: Record<string, unknown>;
  schema?: Schema;
}

/**
 * A document for `schema` whose fields are each, at random, left out, given a value of their
 * type (within their enum), or given something mongoose casts, fills, drops or refuses: wrong
 * types, empty strings, nulls, undefined, numeric strings, out-of-range numbers, unknown keys.
 */
function randomDocument(schema: Schema, random: () => number, depth = 0): Document {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const document: Document = {};
  schema.eachPath((name, schemaType) => {
    const type = schemaType as unknown as PathShape;
    const roll = random();
    if (roll < 0.15) return;
    if (roll < 0.25) {
      document[name] = pick([
        null,
        undefined,
        '',
        '12',
        12,
        -5,
        1e12,
        'not a date',
        [],
        {},
        true,
        new Date(NaN),
      ]);
      return;
    }
    const value = (): unknown => {
      switch (type.instance) {
        case 'String':
          return type.enumValues?.length ? pick(type.enumValues) : pick(['a', 'Acme', ' padded ', 'x@y.z']);
        case 'Number':
          return pick([0, 1, 2.5, 50, 100, 5000]);
        case 'Date':
          return new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 300)));
        case 'Boolean':
          return random() < 0.5;
        case 'Array':
          if (type.schema && depth === 0)
            return Array.from({ length: Math.floor(random() * 3) }, () =>
              randomDocument(type.schema!, random, depth + 1),
            );
          return Array.from({ length: Math.floor(random() * 3) }, () => pick(['a', 'b', 7]));
        default:
          return pick(['a', 1, { nested: true }]);
      }
    };
    document[name] = value();
  });
  if (random() < 0.1) document.unknownField = 'dropped by mongoose';
  return document;
}

/** The same document with a newly generated `_id` replaced by a marker (ids differ run to run), key order kept. */
function withIdMarked(document: Document, generated: boolean): string {
  return JSON.stringify(generated ? { ...document, _id: 'NEW ID' } : document);
}

describe('building documents without mongoose (the plain document check)', () => {
  const checked = COLLECTION_NAMES.filter((name) => plainDocumentCheck(COLLECTIONS[name].schema));

  test('covers the collections every chat turn writes, and no schema with setters such as trim or lowercase', () => {
    expect(checked).toEqual(
      expect.arrayContaining(['auditEntries', 'transcriptTurns', 'conversations', 'botState']),
    );
    // users (email lowercase + trim), accounts (name trim), orders (a custom validator): always mongoose.
    for (const name of ['users', 'accounts', 'orders', 'meta', 'audiences'] as const)
      expect(plainDocumentCheck(COLLECTIONS[name].schema)).toBeUndefined();
  });

  test.each(checked)(
    '%s: every document it builds is exactly what mongoose stores, keys in the same order',
    async (name) => {
      const check = plainDocumentCheck(COLLECTIONS[name].schema)!;
      const random = randomSource(name.length * 7919);
      let built = 0;
      for (let i = 0; i < 400; i++) {
        const input = randomDocument(COLLECTIONS[name].schema, random);
        const stamped = {
          ...input,
          createdAt: new Date('2026-12-01T00:00:00Z'),
          updatedAt: new Date('2026-12-02T00:00:00Z'),
        };
        const plain = check(stamped);
        if (!plain) continue;
        built++;
        const reference = await byMongoose(name, stamped);
        expect(reference).not.toBeInstanceOf(Error);
        const generated = !('_id' in stamped);
        expect(withIdMarked(plain, generated)).toBe(withIdMarked(reference as Document, generated));
        if (generated) expect(typeof plain._id).toBe('string');
      }
      // The random documents must exercise both outcomes: some built here, the rest left to mongoose.
      expect(built).toBeGreaterThan(0);
      expect(built).toBeLessThan(400);
    },
  );

  test('a chat turn’s documents are built here, equal to mongoose’s, and its copies are its own', async () => {
    const at = new Date('2026-12-05T00:00:00Z');
    const stamps = { createdAt: at, updatedAt: at };
    const turn: Array<[CollectionName, Document]> = [
      [
        'auditEntries',
        {
          at,
          action: 'read',
          skill: 'account-briefing',
          channel: 'emulator',
          userId: 'u1',
          role: 'rep',
          recordIds: ['a1', 'u2'],
          recordCount: 2,
          ...stamps,
        },
      ],
      [
        'transcriptTurns',
        {
          conversationId: 'emulator:c1',
          channel: 'emulator',
          at,
          userId: 'u1',
          channelUserId: 'emulator-user',
          messages: [
            { at, direction: 'in', text: 'tell me about Acme', activityId: 'in-1' },
            {
              at,
              direction: 'out',
              text: 'Acme Corporation',
              activityId: 'out-1',
              attachments: ['application/vnd.microsoft.card.adaptive'],
            },
          ],
          ...stamps,
        },
      ],
      [
        'conversations',
        {
          _id: 'emulator:c1',
          channel: 'emulator',
          channelConversationId: 'c1',
          startedAt: at,
          lastActivityAt: at,
          messageCount: 2,
          userId: 'u1',
          ...stamps,
        },
      ],
      ['botState', { _id: 'emulator/conversations/c1/', data: '{"memory":{}}', eTag: 'e1', ...stamps }],
    ];
    for (const [name, input] of turn) {
      const plain = plainDocumentCheck(COLLECTIONS[name].schema)!(input);
      expect(plain).toBeDefined();
      const generated = !('_id' in input);
      expect(withIdMarked(plain!, generated)).toBe(
        withIdMarked((await byMongoose(name, input)) as Document, generated),
      );
      expect(plain!.createdAt).not.toBe(input.createdAt);
    }
  });

  test('documents mongoose would change or refuse are left to it', () => {
    const check = plainDocumentCheck(COLLECTIONS.auditEntries.schema)!;
    const at = new Date('2026-12-05T00:00:00Z');
    const valid = {
      at,
      action: 'read',
      skill: 's',
      channel: 'c',
      role: 'rep',
      recordIds: [],
      recordCount: 0,
    };
    expect(check(valid)).toBeDefined();
    expect(check({ ...valid, action: 'delete' })).toBeUndefined(); // not in the enum: mongoose's error
    expect(check({ ...valid, skill: '' })).toBeUndefined(); // required and empty
    expect(check({ ...valid, recordCount: '3' })).toBeUndefined(); // cast by mongoose
    expect(check({ ...valid, at: '2026-12-05' })).toBeUndefined(); // cast by mongoose
    expect(check({ ...valid, extra: 1 })).toBeUndefined(); // dropped by mongoose
    expect(check({ ...valid, userId: undefined })).toBeUndefined();
    const { recordCount: _count, ...withoutDefault } = valid;
    expect(check(withoutDefault)).toBeUndefined(); // mongoose fills in the default
  });
});
