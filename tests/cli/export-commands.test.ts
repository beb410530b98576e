import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDelimitedTable } from '../../src/core/delimited-text';
import { EXPORT_SKILL_NAME } from '../../src/skills/data-export';
import {
  columnInfoOf,
  EXPORT_COLLECTIONS,
  type ExportCollection,
} from '../../src/skills/shared/record-columns';
import { seedDemoCrm } from '../../src/store/seed';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { DEMO, runAnalystCli } from './analyst-cli-harness';

const ANCHOR = new Date('2026-03-01T00:00:00Z');
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const temp = temporaryStore();
const services = servicesFor(temp.store, ANCHOR);
const out = mkdtempSync(path.join(tmpdir(), 'crmpro-export-'));
const cli = (args: string[]) => runAnalystCli(services, temp.dataDir, args);
let planted: { contactId: string };

beforeAll(async () => {
  await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  const account = (await temp.store.accounts.findOne({}))!;
  const contact = await temp.store.contacts.insertOne({
    accountId: account._id,
    firstName: 'Ines',
    lastName: 'Vogel, "the buyer"',
    nameKey: 'ines vogel the buyer',
    email: 'ines.vogel@example.de',
    title: 'Head of Buying,\r\nDACH',
    primary: false,
    preferredChannel: 'phone',
    preferredLanguage: 'de',
    emailOptOut: true,
    phoneOptOut: false,
  });
  planted = { contactId: contact._id };
}, 120_000);
afterAll(async () => {
  await temp.cleanup();
  rmSync(out, { recursive: true, force: true });
});

const names = (collection: ExportCollection) => columnInfoOf(collection).map((c) => c.name);
const timestampColumns = (collection: ExportCollection) =>
  columnInfoOf(collection)
    .filter((c) => c.type === 'timestamp')
    .map((c) => c.name);

describe('crmpro export --format csv', () => {
  it.each(EXPORT_COLLECTIONS.map((c) => [c]))(
    '%s: a header row of the documented columns, every record, ISO dates',
    async (collection) => {
      const file = path.join(out, `${collection}.csv`);
      const run = await cli(['export', collection, '--format', 'csv', '--out', file, '--as', DEMO.analyst]);
      expect(run).toMatchObject({ code: 0 });
      const table = await readDelimitedTable(file, { sameWidth: true });
      expect(table.header).toEqual(names(collection));
      const stored = await (temp.store as unknown as Record<string, { countDocuments(): Promise<number> }>)[
        collection
      ]!.countDocuments();
      expect(table.rows).toHaveLength(stored);
      expect(run.out).toContain(`exported ${stored} ${collection}`);
      for (const column of timestampColumns(collection)) {
        const at = table.header.indexOf(column);
        for (const row of table.rows) if (row[at] !== '') expect(row[at]).toMatch(ISO_UTC);
      }
      const ids = table.rows.map((row) => row[0]);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('contacts: preferences and opt-outs are columns; commas, quotes and line breaks survive', async () => {
    const file = path.join(out, 'contacts-prefs.csv');
    expect((await cli(['export', 'contacts', '--out', file, '--as', DEMO.admin])).code).toBe(0);
    const table = await readDelimitedTable(file);
    const row = table.rows.find((r) => r[0] === planted.contactId)!;
    const cell = (name: string) => row[table.header.indexOf(name)];
    expect([
      cell('lastName'),
      cell('title'),
      cell('preferredChannel'),
      cell('preferredLanguage'),
      cell('emailOptOut'),
      cell('phoneOptOut'),
    ]).toEqual(['Vogel, "the buyer"', 'Head of Buying,\r\nDACH', 'phone', 'de', 'true', 'false']);
  });
});

describe('crmpro export --format jsonl', () => {
  it('deals: one flat object per line; the stage history flattened to a count and its first and last change', async () => {
    const file = path.join(out, 'deals.jsonl');
    expect(
      (await cli(['export', 'deals', '--format', 'jsonl', '--out', file, '--as', DEMO.analyst])).code,
    ).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(await temp.store.deals.countDocuments());
    for (const row of rows) expect(Object.keys(row)).toEqual(names('deals'));
    const deal = (await temp.store.deals.findOne({ 'stageHistory.2': { $exists: true } }))!;
    const row = rows.find((r) => r.id === deal._id)!;
    const history = deal.stageHistory;
    expect(row).toMatchObject({
      'stageHistory.count': history.length,
      'stageHistory.first.stage': history[0]!.stage,
      'stageHistory.first.at': history[0]!.at.toISOString(),
      'stageHistory.last.stage': history[history.length - 1]!.stage,
      'stageHistory.last.at': history[history.length - 1]!.at.toISOString(),
      closeDate: deal.closeDate.toISOString(),
      amount: deal.amount,
    });
  });

  it('orders: the lines flattened to a count, the units summed and the first and last SKU', async () => {
    const file = path.join(out, 'orders.jsonl');
    expect(
      (await cli(['export', 'orders', '--format', 'jsonl', '--out', file, '--as', DEMO.analyst])).code,
    ).toBe(0);
    const rows = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const order = (await temp.store.orders.findOne({ 'lines.1': { $exists: true } }))!;
    expect(rows.find((r) => r.id === order._id)).toMatchObject({
      'lines.count': order.lines.length,
      'lines.sum.quantity': order.lines.reduce((sum, line) => sum + line.quantity, 0),
      'lines.first.sku': order.lines[0]!.sku,
      'lines.last.sku': order.lines[order.lines.length - 1]!.sku,
    });
  });
});

describe('who may export', () => {
  it.each([['rep'], ['marketing'], ['support']] as const)(
    'the %s role is refused, exit code 1, no file',
    async (role) => {
      const file = path.join(out, `refused-${role}.csv`);
      const run = await cli(['export', 'accounts', '--out', file, '--as', DEMO[role]]);
      expect(run.code).toBe(1);
      expect(run.err).toBe(`error: crmpro export is for admins and analysts; ${DEMO[role]} is a ${role}.`);
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.partial`)).toBe(false);
    },
  );

  it('without --as it acts as LOCAL_USER (the demo rep) and is refused', async () => {
    const run = await cli(['export', 'accounts', '--out', path.join(out, 'local.csv')]);
    expect(run).toMatchObject({ code: 1, err: expect.stringContaining('is a rep') });
  });

  it('an unknown user is named, with the address probably meant', async () => {
    const run = await cli([
      'export',
      'accounts',
      '--out',
      path.join(out, 'x.csv'),
      '--as',
      'noah.sing@demo.crmpro.dev',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'No active CRM user noah.sing@demo.crmpro.dev. Did you mean noah.singh@demo.crmpro.dev?',
    );
  });

  it('an export is one audited read: who, which skill, how many records', async () => {
    const analyst = (await temp.store.users.findOne({ email: DEMO.analyst }))!;
    const before = await temp.store.auditEntries.countDocuments({ skill: EXPORT_SKILL_NAME });
    const run = await cli([
      'export',
      'leads',
      '--out',
      path.join(out, 'leads-audit.csv'),
      '--as',
      DEMO.analyst,
    ]);
    expect(run.code).toBe(0);
    const entries = await temp.store.auditEntries.find({ skill: EXPORT_SKILL_NAME }, { sort: { at: 1 } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[entries.length - 1]).toMatchObject({
      action: 'read',
      userId: analyst._id,
      role: 'analyst',
      channel: 'cli',
      recordCount: await temp.store.leads.countDocuments(),
    });
  });

  it('an unknown collection or format is refused with the choices', async () => {
    const a = await cli(['export', 'tasks', '--out', path.join(out, 't.csv'), '--as', DEMO.analyst]);
    const b = await cli([
      'export',
      'deals',
      '--format',
      'xlsx',
      '--out',
      path.join(out, 't.x'),
      '--as',
      DEMO.analyst,
    ]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(a.err).toContain('accounts, contacts, leads, deals, interactions, orders, cases');
    expect(b.err).toContain('csv, jsonl, parquet');
  });
});
