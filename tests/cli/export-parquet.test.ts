import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDelimitedTable } from '../../src/core/delimited-text';
import { columnInfoOf } from '../../src/skills/shared/record-columns';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../../src/store/seed';
import type { Deal } from '../../src/vocabulary';
import { DEMO, readParquet } from './analyst-cli-harness';

const root = path.join(__dirname, '..', '..');

/** The real `crmpro` in a child process (Parquet's writer is an ES module Jest's loader cannot take). */
function crmpro(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli.ts'), ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '', LOG_LEVEL: 'warn' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('crmpro export, the real command (Parquet read back with hyparquet)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-parquet-'));
  const out = mkdtempSync(path.join(tmpdir(), 'crmpro-parquet-out-'));
  let deal: Deal;
  let counts: { deals: number; contacts: number };
  let plantedId: string;

  beforeAll(async () => {
    const store = openEmbeddedStore({ dataDir });
    await seedDemoCrm(store, { anchor: new Date('2026-03-01T00:00:00Z'), scale: 0.05 });
    const account = (await store.accounts.findOne({}))!;
    plantedId = (
      await store.contacts.insertOne({
        accountId: account._id,
        firstName: 'Ines',
        lastName: 'Vogel',
        nameKey: 'ines vogel',
        email: 'ines.vogel@example.de',
        primary: false,
        preferredLanguage: 'de',
        emailOptOut: true,
      })
    )._id;
    deal = (await store.deals.findOne({ stage: 'closed_lost' }))!;
    counts = { deals: await store.deals.countDocuments(), contacts: await store.contacts.countDocuments() };
    await store.close();
  }, 120_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('deals: typed columns (timestamps as UTC instants), the documented names, every row', async () => {
    const file = path.join(out, 'deals.parquet');
    const run = await crmpro(
      ['export', 'deals', '--format', 'parquet', '--out', file, '--as', DEMO.analyst],
      dataDir,
    );
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining(`exported ${counts.deals} deals`) });
    const { rows, schema } = readParquet(file);
    expect(schema.map((s) => s.name)).toEqual(columnInfoOf('deals').map((c) => c.name));
    const typeOf = (name: string) => schema.find((s) => s.name === name);
    expect(typeOf('amount')).toMatchObject({ type: 'DOUBLE' });
    expect(typeOf('stageHistory.count')).toMatchObject({ type: 'INT32' });
    expect(typeOf('closeDate')).toMatchObject({ type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' });
    expect(typeOf('stage')).toMatchObject({ type: 'BYTE_ARRAY', converted_type: 'UTF8' });
    expect(rows).toHaveLength(counts.deals);
    expect(rows.find((r) => r.id === deal._id)).toMatchObject({
      closeDate: deal.closeDate.toISOString(),
      closedAt: deal.closedAt!.toISOString(),
      amount: deal.amount,
      stage: 'closed_lost',
      'stageHistory.count': deal.stageHistory.length,
      'stageHistory.last.stage': 'closed_lost',
    });
  });

  it('contacts: booleans, preferences and missing values (null) kept', async () => {
    const file = path.join(out, 'contacts.parquet');
    const run = await crmpro(
      ['export', 'contacts', '--format', 'parquet', '--out', file, '--as', DEMO.admin],
      dataDir,
    );
    expect(run.code).toBe(0);
    const { rows, schema } = readParquet(file);
    expect(rows).toHaveLength(counts.contacts);
    expect(schema.find((s) => s.name === 'emailOptOut')).toMatchObject({ type: 'BOOLEAN' });
    expect(rows.find((r) => r.id === plantedId)).toMatchObject({
      emailOptOut: true,
      phoneOptOut: false,
      preferredLanguage: 'de',
      phone: null,
    });
  });

  it('--format csv --out FILE: a CSV with a header row (the stable interface)', async () => {
    const file = path.join(out, 'deals.csv');
    const run = await crmpro(
      ['export', 'deals', '--format', 'csv', '--out', file, '--as', DEMO.analyst],
      dataDir,
    );
    expect(run.code).toBe(0);
    const table = await readDelimitedTable(file, { sameWidth: true });
    expect(table.header[0]).toBe('id');
    expect(table.rows).toHaveLength(counts.deals);
  });

  it('a rep is refused by the real command with exit code 1', async () => {
    const run = await crmpro(
      ['export', 'deals', '--out', path.join(out, 'no.csv'), '--as', DEMO.rep],
      dataDir,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('crmpro export is for admins and analysts');
  });
});
