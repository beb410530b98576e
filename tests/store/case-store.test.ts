import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isCrmError, ErrorCode } from '../../src/core/errors';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { SqliteCollection } from '../../src/store/embedded/sqlite-collection';
import type { Filter, FindOptions, NewDocument, Store } from '../../src/store/store';
import type { Case } from '../../src/vocabulary';

let dataDir: string;
let store: Store;
const explain = (filter: Filter, options?: FindOptions) =>
  (store.cases as unknown as SqliteCollection<{ _id: string }>).explainFind(filter, options).join(' | ');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-cases-'));
  store = openEmbeddedStore({ dataDir });
  await store.ensureIndexes();
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cases on the embedded engine', () => {
  test('a case number is unique: a second case 1001 is a CONFLICT', async () => {
    const first: Omit<NewDocument<Case>, 'number'> = {
      subject: 'Login fails',
      status: 'open',
      priority: 'high',
      channel: 'email',
      history: [],
    };
    await store.cases.insertOne({ ...first, number: 1001 });
    const error = await store.cases.insertOne({ ...first, number: 1001 }).catch((e: unknown) => e);
    expect(isCrmError(error, ErrorCode.Conflict)).toBe(true);
    expect(await store.cases.countDocuments({ number: 1001 })).toBe(1);
  });

  test('the schema refuses an unknown priority and fills the defaults', async () => {
    const error = await store.cases
      .insertOne({
        number: 1002,
        subject: 'x',
        priority: 'critical' as never,
        status: 'open',
        channel: 'email',
        history: [],
      })
      .catch((e: unknown) => e);
    expect(isCrmError(error, ErrorCode.InvalidInput)).toBe(true);
    const saved = await store.cases.insertOne({ number: 1003, subject: 'Invoice' } as never);
    expect(saved).toMatchObject({ status: 'open', priority: 'normal', channel: 'email', history: [] });
  });

  test('the lookups the case skills make use their indexes', () => {
    expect(explain({ number: 1042 }, { limit: 1 })).toMatch(/USING INDEX ux_cases__number/);
    expect(
      explain({ status: { $in: ['open', 'pending'] }, slaDueAt: { $lte: new Date('2026-12-05T00:00:00Z') } }),
    ).toMatch(/USING INDEX ix_cases__status__slaDueAt/);
    expect(explain({ ownerId: 'u-1', status: { $in: ['open', 'pending'] } })).toMatch(
      /USING INDEX ix_cases__ownerId__status/,
    );
    expect(explain({ accountId: 'a-1', status: 'open' })).toMatch(/USING INDEX ix_cases__accountId__status/);
  });

  test('contact preferences are kept, and a language that is not a tag is refused', async () => {
    const contact = await store.contacts.insertOne({
      accountId: 'a-1',
      firstName: 'Jane',
      lastName: 'Cooper',
      nameKey: 'jane cooper',
      primary: true,
      preferredChannel: 'phone',
      preferredLanguage: 'pt-BR',
      emailOptOut: true,
      phoneOptOut: false,
    });
    expect(await store.contacts.findById(contact._id)).toMatchObject({
      preferredChannel: 'phone',
      preferredLanguage: 'pt-BR',
      emailOptOut: true,
      phoneOptOut: false,
    });
    const error = await store.contacts
      .insertOne({
        accountId: 'a-1',
        firstName: 'A',
        lastName: 'B',
        nameKey: 'a b',
        primary: false,
        preferredLanguage: 'Klingon!',
      })
      .catch((e: unknown) => e);
    expect(isCrmError(error, ErrorCode.InvalidInput)).toBe(true);
  });
});
