import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importCsv } from '../../src/store/import';
import { importCrm, type ImportCrm } from '../fixtures/import/import-crm';

let crm: ImportCrm;
let dir: string;
beforeEach(async () => {
  crm = await importCrm();
  dir = mkdtempSync(path.join(tmpdir(), 'crmpro-prefs-'));
});
afterEach(async () => {
  await crm.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('import contacts with their preferences', () => {
  it('reads the preference columns, updates an existing contact, and explains a bad value', async () => {
    const file = path.join(dir, 'contacts.csv');
    writeFileSync(
      file,
      [
        'Email,Name,Account,Preferred channel,Preferred language,Email opt-out,Do not call',
        'jane.cooper@initech.com,Jane Cooper,Initech,Phone,German,yes,no',
        'peter.gibbons@initech.com,Peter Gibbons,Initech,chat,pt-br,,yes',
        'milton@initech.com,Milton Waddams,Initech,fax,en,,',
        'bill@initech.com,Bill Lumbergh,Initech,email,Klingon!,,',
      ].join('\n'),
    );
    const report = await importCsv(crm.store, 'contacts', file);
    expect(report.rejected).toEqual([
      { row: 3, reason: "preferred channel: 'fax' is not one of email, phone, chat" },
      { row: 4, reason: "preferred language: 'Klingon!' is not a language tag such as en, de or pt-BR" },
    ]);
    expect(await crm.store.contacts.findById(crm.janeId)).toMatchObject({
      preferredChannel: 'phone',
      preferredLanguage: 'de',
      emailOptOut: true,
      phoneOptOut: false,
    });
    const peter = await crm.store.contacts.findOne({ email: 'peter.gibbons@initech.com' });
    expect(peter).toMatchObject({ preferredChannel: 'chat', preferredLanguage: 'pt-BR', phoneOptOut: true });
    expect(peter?.emailOptOut).toBeUndefined();
  });
});
