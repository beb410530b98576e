import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { DataProfile } from '../../src/skills/data-profile';
import { columnInfoOf } from '../../src/skills/shared/record-columns';
import { seedDemoCrm } from '../../src/store/seed';
import { nameKeyOf } from '../../src/vocabulary';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { DEMO, runAnalystCli } from './analyst-cli-harness';

const ANCHOR = new Date('2026-03-01T00:00:00Z');
/** An id no record has. */
const NOWHERE = 'ffffffffffffffffffffffff';

const temp = temporaryStore();
const services = servicesFor(temp.store, ANCHOR);
const reports = mkdtempSync(path.join(tmpdir(), 'crmpro-profile-'));
const cli = (args: string[]) => runAnalystCli(services, temp.dataDir, args);
const planted = {} as {
  orphanContact: string;
  copyAccount: string;
  original: string;
  strayInteraction: string;
  lonelyInteraction: string;
};

/** Runs the profile as the analyst and reads back profile.json and the page. */
async function profile(collection: string) {
  const dir = path.join(reports, collection);
  const run = await cli(['data', 'profile', collection, '--report', dir, '--as', DEMO.analyst]);
  expect(run).toMatchObject({ code: 0, err: '' });
  const figures = JSON.parse(readFileSync(path.join(dir, 'profile.json'), 'utf8')) as DataProfile;
  const page = parse(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  return { run, dir, figures, page };
}

beforeAll(async () => {
  await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  const original = (await temp.store.accounts.findOne({ domain: { $exists: true } }))!;
  planted.original = original._id;
  // A duplicate: the same company entered again with different capitals and punctuation.
  const copy = await temp.store.accounts.insertOne({
    name: `${original.name.toUpperCase()}.`,
    nameKey: nameKeyOf(`${original.name.toUpperCase()}.`),
    domain: `WWW.${original.domain!.toUpperCase()}`,
    status: 'prospect',
  });
  planted.copyAccount = copy._id;
  // An orphan: a contact whose account was deleted.
  planted.orphanContact = (
    await temp.store.contacts.insertOne({
      accountId: NOWHERE,
      firstName: 'Otto',
      lastName: 'Waise',
      nameKey: 'otto waise',
      primary: false,
    })
  )._id;
  const someone = (await temp.store.contacts.findOne({ email: { $exists: true } }))!;
  await temp.store.contacts.insertOne({
    accountId: someone.accountId,
    firstName: someone.firstName,
    lastName: someone.lastName,
    nameKey: someone.nameKey,
    email: ` ${someone.email!.toUpperCase()} `.trim(),
    primary: false,
  });
  const at = new Date('2026-02-01T10:00:00Z');
  planted.strayInteraction = (
    await temp.store.interactions.insertOne({
      type: 'call',
      dealId: NOWHERE,
      occurredAt: at,
      summary: 'About a deal since deleted',
    })
  )._id;
  planted.lonelyInteraction = (
    await temp.store.interactions.insertOne({ type: 'note', occurredAt: at, summary: 'About nobody' })
  )._id;
}, 120_000);
afterAll(async () => {
  await temp.cleanup();
  rmSync(reports, { recursive: true, force: true });
});

describe('crmpro data profile', () => {
  it('accounts: every field listed with its type and missing share; the planted duplicate found by name key and domain (www. dropped)', async () => {
    const { figures, page, dir } = await profile('accounts');
    expect(figures.rows).toBe(await temp.store.accounts.countDocuments());
    expect(figures.fields.map((f) => [f.name, f.type])).toEqual(
      columnInfoOf('accounts').map((c) => [c.name, c.type]),
    );
    const domain = figures.fields.find((f) => f.name === 'domain')!;
    expect(domain.missing).toBe(await temp.store.accounts.countDocuments({ domain: { $exists: false } }));
    const byKey = Object.fromEntries(figures.duplicates.map((d) => [d.column, d]));
    expect(byKey.nameKey).toMatchObject({ groups: 1, records: 2 });
    expect(byKey.nameKey!.examples[0]!.ids.sort()).toEqual([planted.original, planted.copyAccount].sort());
    expect(byKey.domain).toMatchObject({ groups: 1, records: 2 });
    // The page: a heading per field, the overview table, and the charts as inlined PNG images.
    const headings = page.querySelectorAll('h2').map((h) => h.text);
    expect(headings).toEqual(expect.arrayContaining(columnInfoOf('accounts').map((c) => c.name)));
    const overview = page
      .querySelector('table')!
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('td')[0]!.text);
    expect(overview).toEqual(columnInfoOf('accounts').map((c) => c.name));
    const images = page.querySelectorAll('img');
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(
      expect.arrayContaining(['Top values of industry', 'Histogram of employees', 'Histogram of createdAt']),
    );
    for (const img of images) expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(readdirSync(dir)).toEqual(
      expect.arrayContaining(['index.html', 'profile.json', 'industry.png', 'employees.png']),
    );
    expect(page.text).toContain(planted.copyAccount);
  });

  it('contacts: the orphan (an account id matching no account), the duplicate e-mail and the same name at one account', async () => {
    const { figures, page } = await profile('contacts');
    const account = figures.orphans.find((o) => o.column === 'accountId')!;
    expect(account).toMatchObject({
      target: 'accounts',
      missing: 0,
      dangling: 1,
      examples: [{ id: planted.orphanContact, value: NOWHERE }],
    });
    expect(figures.duplicates).toEqual([
      expect.objectContaining({ column: 'email', groups: 1, records: 2 }),
      // Since the twenty-seventh round: the same name twice at one account (shown by the person's name).
      expect.objectContaining({ column: 'accountId+nameKey' }),
    ]);
    expect(figures.fields.find((f) => f.name === 'emailOptOut')!.topValues[0]).toEqual({
      value: 'false',
      count: figures.rows - (await temp.store.contacts.countDocuments({ emailOptOut: true })),
    });
    expect(page.text).toContain(`${planted.orphanContact} → ${NOWHERE}`);
  });

  it('interactions: one pointing at a deal that does not exist, one tied to nobody', async () => {
    const { figures } = await profile('interactions');
    expect(figures.orphans.find((o) => o.column === 'dealId')).toMatchObject({
      dangling: 1,
      examples: [{ id: planted.strayInteraction, value: NOWHERE }],
    });
    expect(figures.orphans.find((o) => o.column === 'accountId')!.dangling).toBe(0);
    expect(figures.unattached).toMatchObject({ count: 1, examples: [{ id: planted.lonelyInteraction }] });
    const occurred = figures.fields.find((f) => f.name === 'occurredAt')!;
    expect(occurred.histogram!.reduce((sum, bin) => sum + bin.count, 0)).toBe(figures.rows);
    expect(occurred.range!.max).toBe(
      '2026-02-28T23:59:59.999Z' < String(occurred.range!.max) ? occurred.range!.max : occurred.range!.max,
    );
    expect(String(occurred.range!.min)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('deals on clean demo data: no orphans, no duplicates', async () => {
    const { figures, run } = await profile('deals');
    expect(figures.orphans.map((o) => [o.column, o.dangling])).toEqual([
      ['accountId', 0],
      ['contactId', 0],
      ['ownerId', 0],
    ]);
    expect(run.out).toContain(
      `profiled ${figures.rows} deals: ${columnInfoOf('deals').length} fields, 0 orphan reference(s)`,
    );
  });

  it.each([['rep'], ['marketing'], ['support']] as const)(
    'the %s role is refused with exit code 1',
    async (role) => {
      const run = await cli([
        'data',
        'profile',
        'accounts',
        '--report',
        path.join(reports, role),
        '--as',
        DEMO[role],
      ]);
      expect(run).toMatchObject({
        code: 1,
        err: `error: crmpro data profile is for admins and analysts; ${DEMO[role]} is a ${role}.`,
      });
    },
  );

  it('an admin may profile', async () => {
    const run = await cli([
      'data',
      'profile',
      'leads',
      '--report',
      path.join(reports, 'admin'),
      '--as',
      DEMO.admin,
    ]);
    expect(run.code).toBe(0);
  });
});
