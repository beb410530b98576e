import { exportRecords, EXPORT_SKILL_NAME, type RecordExport } from '../../src/skills/data-export';
import { PAGE_SIZE } from '../../src/skills/shared/record-pages';
import { invokeSkill, type Caller } from '../../src/skills/skill';
import { seedDemoCrm } from '../../src/store/seed';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

const ANCHOR = new Date('2026-03-01T00:00:00Z');
const temp = temporaryStore();
const services = servicesFor(temp.store, ANCHOR);
let analyst: Caller;

beforeAll(async () => {
  await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  const user = (await temp.store.users.findOne({ role: 'analyst' }))!;
  analyst = { role: 'analyst', userId: user._id, timezone: 'UTC', channel: 'cli' };
}, 120_000);
afterAll(() => temp.cleanup());

const exportOf = (collection: string) =>
  invokeSkill(exportRecords, { collection }, { caller: analyst, services }) as Promise<RecordExport>;
const auditCount = () => temp.store.auditEntries.countDocuments({ skill: EXPORT_SKILL_NAME });

describe('export-records', () => {
  it('streams a collection a page at a time in id order, every record once', async () => {
    const result = await exportOf('interactions');
    const total = await temp.store.interactions.countDocuments();
    expect(total).toBeGreaterThan(2 * PAGE_SIZE);
    expect(result.expected).toBe(total);
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const batch of result.batches) {
      sizes.push(batch.length);
      ids.push(...batch.map((row) => String(row[0])));
    }
    expect(sizes.length).toBe(Math.ceil(total / PAGE_SIZE));
    expect(Math.max(...sizes)).toBe(PAGE_SIZE);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(total);
  });

  it('records one audit entry once the rows are read, with the count, and none before', async () => {
    const before = await auditCount();
    const result = await exportOf('accounts');
    expect(await auditCount()).toBe(before);
    let rows = 0;
    for await (const batch of result.batches) rows += batch.length;
    const entries = await temp.store.auditEntries.find({ skill: EXPORT_SKILL_NAME }, { sort: { at: 1 } });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ action: 'read', role: 'analyst', recordCount: rows });
  });

  it('a reader that stops early still leaves an audit entry of what it read', async () => {
    const before = await auditCount();
    const result = await exportOf('interactions');
    for await (const batch of result.batches) {
      expect(batch).toHaveLength(PAGE_SIZE);
      break;
    }
    const entries = await temp.store.auditEntries.find({ skill: EXPORT_SKILL_NAME }, { sort: { at: 1 } });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)!.recordCount).toBe(PAGE_SIZE);
  });
});
