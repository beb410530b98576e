import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCrmError } from '../../src/core/errors';
import { importCsv, importSummaryLine } from '../../src/store/import';
import type { Store } from '../../src/store/store';
import { fixture, importCrm, type ImportCrm } from '../fixtures/import/import-crm';

let crm: ImportCrm;
beforeEach(async () => {
  crm = await importCrm();
});
afterEach(async () => {
  await crm.cleanup();
});

const file = fixture('accounts-semicolon.csv');

describe('import accounts', () => {
  it('maps header synonyms in a semicolon file with a BOM and quoted fields, and imports the valid rows', async () => {
    const report = await importCsv(crm.store, 'accounts', file);

    expect(report).toMatchObject({ rows: 8, imported: 3, inserted: 2, updated: 1 });
    expect(importSummaryLine(report)).toBe('imported 3 (new 2, updated 1), rejected 5');

    const acme = await crm.store.accounts.findById(crm.acmeId);
    expect(acme).toMatchObject({
      name: 'Acme Corporation',
      domain: 'acme.com',
      industry: 'Manufacturing',
      employees: 12_500,
      size: '5000+',
      region: 'NA',
      country: 'United States',
      ownerId: crm.samId,
      status: 'customer',
      annualRevenue: 1_500_000,
    });
    const northwind = await crm.store.accounts.findOne({ domain: 'northwind.example.com' });
    expect(northwind).toMatchObject({
      name: 'Northwind Traders',
      nameKey: 'northwind traders',
      employees: 1200,
      region: 'EMEA',
      ownerId: crm.oliviaId,
      status: 'prospect',
    });
    const quoted = await crm.store.accounts.findOne({ domain: 'quoted.co.uk' });
    expect(quoted).toMatchObject({ name: 'Quote "Q" Ltd; with semicolon', size: '5000+' });
    expect(quoted!.employees).toBeUndefined();
  });

  it('names each rejected row by its data-row number (blank and multi-line records counted like a spreadsheet) with the reason', async () => {
    const report = await importCsv(crm.store, 'accounts', file);
    expect(report.rejected).toEqual([
      { row: 3, reason: "domain: 'not a domain' is not a web domain like example.com" },
      { row: 4, reason: "owner: unknown user 'nobody@example.com' (no user with that email or name)" },
      { row: 7, reason: "status: 'zombie' is not one of customer, prospect, churned" },
      { row: 8, reason: 'duplicate of row 2 (same account domain northwind.example.com)' },
      { row: 9, reason: "employees: 'multi\nline' is not a number" },
    ]);
    expect(
      await crm.store.accounts.countDocuments({
        name: { $in: ['Bad Domain Inc', 'Ghost Owner Ltd', 'Weird Status', 'No Website Co'] },
      }),
    ).toBe(0);
  });

  it('updates on re-import instead of duplicating', async () => {
    await importCsv(crm.store, 'accounts', file);
    const before = await crm.store.accounts.countDocuments({});
    const again = await importCsv(crm.store, 'accounts', file);
    expect(again).toMatchObject({ imported: 3, inserted: 0, updated: 3 });
    expect(await crm.store.accounts.countDocuments({})).toBe(before);
    expect(await crm.store.accounts.countDocuments({ domain: 'northwind.example.com' })).toBe(1);
  });

  it('matches by name when the file has no domain, and refuses an ambiguous name', async () => {
    const csv = path.join(crm.dataDir, 'by-name.csv');
    writeFileSync(csv, 'company,industry\ninitech,Software\nGlobex,Energy\n');
    const report = await importCsv(crm.store, 'accounts', csv);
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    expect(report.rejected).toEqual([
      { row: 2, reason: "name: 'Globex' matches 2 accounts; add a domain column to say which" },
    ]);
    expect(await crm.store.accounts.findById(crm.initechId)).toMatchObject({
      name: 'initech',
      industry: 'Software',
      domain: 'initech.com',
    });
  });

  it('writes nothing in a dry run but reports what it would do', async () => {
    const report = await importCsv(crm.store, 'accounts', file, { dryRun: true });
    expect(importSummaryLine(report)).toBe('dry run: would import 3 (new 2, updated 1), rejected 5');
    expect(await crm.store.accounts.countDocuments({})).toBe(5);
    expect((await crm.store.accounts.findById(crm.acmeId))!.employees).toBeUndefined();
  });

  it('imports nothing when the write fails part-way', async () => {
    // The write itself fails after the rows were checked: an extra document the schema refuses is
    // slipped in at the end of the single bulkWrite, so the engine fails in the middle of applying it.
    const failing = new Proxy(crm.store, {
      get(target, property, receiver) {
        if (property !== 'accounts') return Reflect.get(target, property, receiver);
        const accounts = target.accounts;
        return new Proxy(accounts, {
          get(inner, name, innerReceiver) {
            if (name !== 'bulkWrite') return Reflect.get(inner, name, innerReceiver);
            return (operations: unknown[]) =>
              inner.bulkWrite([
                ...(operations as never[]),
                { insertOne: { document: { name: '' } as never } },
              ]);
          },
        });
      },
    }) as Store;
    const before = await crm.store.accounts.find({});

    const error = await importCsv(failing, 'accounts', file).catch((e: unknown) => e);
    expect(isCrmError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^Nothing was imported from accounts-semicolon\.csv: the write failed/,
    );
    expect(await crm.store.accounts.find({})).toEqual(before);
  });

  it('refuses a file without a recognisable header, naming the file and the missing columns', async () => {
    const csv = path.join(crm.dataDir, 'wrong.csv');
    writeFileSync(csv, 'foo,bar\n1,2\n');
    await expect(importCsv(crm.store, 'accounts', csv)).rejects.toThrow(
      /^wrong\.csv: no recognisable header for name\. The file needs a column for name \('name', 'account', 'account name', 'company'/,
    );
    await expect(importCsv(crm.store, 'accounts', path.join(crm.dataDir, 'missing.csv'))).rejects.toThrow(
      /^Cannot read .*missing\.csv: no such file\.$/,
    );
  });
});
