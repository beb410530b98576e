import { importCsv, importSummaryLine } from '../../src/store/import';
import { fixture, importCrm, type ImportCrm } from '../fixtures/import/import-crm';

let crm: ImportCrm;
beforeEach(async () => {
  crm = await importCrm();
});
afterEach(async () => {
  await crm.cleanup();
});

describe('import contacts', () => {
  it('finds the account by name or by the email domain, updates by email, and explains each rejection', async () => {
    const report = await importCsv(crm.store, 'contacts', fixture('contacts.csv'));
    expect(report.rejected).toEqual([
      { row: 3, reason: "account: none given and no account has the email's domain consultants.example" },
      { row: 4, reason: "account: unknown account 'Unknown Corp'" },
      { row: 5, reason: 'duplicate of row 1 (same contact email jane.cooper@initech.com)' },
      { row: 6, reason: 'last name: is required' },
      {
        row: 7,
        reason: "account: 'Globex' matches 2 accounts (globex.com, globex.co.uk); add the account domain",
      },
      {
        row: 8,
        reason: "buying role: 'boss' is not one of champion, decision maker, influencer, user, blocker",
      },
      { row: 9, reason: 'phone: phone must be digits, spaces, +, -, (, )' },
    ]);
    expect(importSummaryLine(report)).toBe('imported 2 (new 1, updated 1), rejected 7');
    expect(await crm.store.contacts.findById(crm.janeId)).toMatchObject({
      title: 'VP of IT',
      buyingRole: 'champion',
      phone: '+1 (415) 555-0100',
    });
    expect(await crm.store.contacts.findOne({ email: 'peter.gibbons@initech.com' })).toMatchObject({
      accountId: crm.initechId,
      buyingRole: 'user',
      nameKey: 'peter gibbons',
    });
  });
});

describe('import deals', () => {
  it('needs account, stage, amount and close date; records a stage change in the history', async () => {
    const now = new Date('2025-05-20T12:00:00Z');
    const report = await importCsv(crm.store, 'deals', fixture('deals.csv'), {}, now);
    expect(report.rejected).toEqual([
      { row: 3, reason: 'owner: none given and account Hooli has no owner' },
      {
        row: 4,
        reason: "account: 'Globex' matches 2 accounts (globex.com, globex.co.uk); add the account domain",
      },
      {
        row: 5,
        reason:
          "stage: 'Dreaming' is not one of prospecting, qualification, proposal, negotiation, closed won, closed lost",
      },
      { row: 6, reason: "close date: '31/31/2025' is not a date (use YYYY-MM-DD)" },
      { row: 7, reason: 'amount: -5 is negative' },
    ]);
    expect(report).toMatchObject({ inserted: 1, updated: 1 });

    const renewal = await crm.store.deals.findById(crm.renewalId);
    expect(renewal).toMatchObject({
      stage: 'closed_won',
      amount: 48_000,
      probability: 100,
      forecastCategory: 'closed',
      closedAt: new Date('2025-06-30T00:00:00Z'),
    });
    expect(renewal!.stageHistory.map((change) => change.stage)).toEqual([
      'prospecting',
      'proposal',
      'closed_won',
    ]);
    expect(renewal!.stageHistory[2]!.at).toEqual(now);

    const expansion = await crm.store.deals.findOne({ name: 'Acme - Expansion' });
    expect(expansion).toMatchObject({
      accountId: crm.acmeId,
      ownerId: crm.oliviaId,
      stage: 'proposal',
      amount: 25_000,
      currency: 'EUR',
      probability: 45,
      closeDate: new Date('2025-06-15T00:00:00Z'),
      stageHistory: [{ stage: 'proposal', at: now, byUserId: crm.oliviaId }],
    });
  });
});

describe('import interactions', () => {
  it('resolves contact, user and deal; takes the account from the contact; does not duplicate on re-import', async () => {
    const first = await importCsv(crm.store, 'interactions', fixture('interactions.tsv'));
    expect(first.rejected).toEqual([
      { row: 3, reason: "type: 'Fax' is not one of call, email, meeting, note, chat" },
      { row: 4, reason: 'contact: jane.cooper@initech.com is not at Acme Corporation' },
      { row: 5, reason: "deal: unknown deal 'Unknown Deal' at Initech" },
    ]);
    const call = await crm.store.interactions.findOne({ type: 'call' });
    expect(call).toMatchObject({
      accountId: crm.initechId,
      contactId: crm.janeId,
      userId: crm.samId,
      dealId: crm.renewalId,
      occurredAt: new Date('2025-05-01T15:00:00Z'),
      summary: 'Discussed renewal pricing',
      durationMinutes: 30,
    });
    expect(await crm.store.interactions.findOne({ type: 'meeting' })).toMatchObject({
      accountId: crm.initechId,
      userId: crm.samId,
    });

    const again = await importCsv(crm.store, 'interactions', fixture('interactions.tsv'));
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    expect(await crm.store.interactions.countDocuments({})).toBe(2);
  });
});

describe('import orders', () => {
  it('reads UCI Online Retail columns: lines grouped by invoice, a bad line rejects its whole order, C invoices are returns', async () => {
    const report = await importCsv(crm.store, 'orders', fixture('orders-online-retail.csv'), {
      currency: 'GBP',
    });
    expect(report.rejected).toEqual([
      {
        row: 3,
        reason: "sku: unknown product '85123A' (import it into the catalogue first, or use --add-products)",
      },
      { row: 4, reason: 'order 536366 not imported: its line in row 3 was rejected' },
      { row: 6, reason: "quantity: 'abc' is not a number" },
    ]);
    expect(importSummaryLine(report)).toBe('imported 2 (new 2, updated 0), rejected 3');
    const invoice = await crm.store.orders.findOne({ orderNumber: '536365' });
    expect(invoice).toMatchObject({
      customerRef: '17850',
      currency: 'GBP',
      country: 'United Kingdom',
      status: 'placed',
      total: 35.64,
    });
    expect(invoice!.lines.map((line) => [line.sku, line.quantity])).toEqual([
      ['DEV-HEADSET', 6],
      ['CNS-CUSH', 6],
    ]);
    expect(await crm.store.orders.findOne({ orderNumber: 'C536379' })).toMatchObject({
      status: 'returned',
      total: -27.5,
    });
  });

  it('adds unknown products when asked, and removes them again if the orders cannot be written', async () => {
    const report = await importCsv(crm.store, 'orders', fixture('orders-online-retail.csv'), {
      addProducts: true,
    });
    expect(report).toMatchObject({ imported: 3, productsAdded: 1 });
    expect(await crm.store.products.findOne({ sku: '85123A' })).toMatchObject({
      name: 'WHITE HANGING HEART T-LIGHT HOLDER',
      category: 'Imported',
      unitPrice: 2.55,
    });

    await crm.store.products.deleteOne({ sku: '85123A' });
    await crm.store.orders.deleteMany({});
    const orders = new Proxy(crm.store.orders, {
      get: (target, name, receiver) =>
        name === 'bulkWrite'
          ? () => Promise.reject(new Error('disk full'))
          : Reflect.get(target, name, receiver),
    });
    const failing = new Proxy(crm.store, {
      get: (target, property, receiver) =>
        property === 'orders' ? orders : Reflect.get(target, property, receiver),
    });
    await expect(
      importCsv(failing, 'orders', fixture('orders-online-retail.csv'), { addProducts: true }),
    ).rejects.toThrow('Nothing was imported from orders-online-retail.csv: the write failed (disk full).');
    expect(await crm.store.products.countDocuments({})).toBe(2);
    expect(await crm.store.orders.countDocuments({})).toBe(0);
  });

  it('reads the CRM form with accounts, and replaces an order on re-import', async () => {
    const first = await importCsv(crm.store, 'orders', fixture('orders-crm.csv'));
    expect(first.rejected).toEqual([{ row: 2, reason: "account: unknown account 'Nobody Inc'" }]);
    expect(await crm.store.orders.findOne({ orderNumber: 'SO-1' })).toMatchObject({
      accountId: crm.acmeId,
      status: 'shipped',
      total: 1870,
    });

    await crm.store.orders.updateOne(
      { orderNumber: 'SO-1' },
      { $set: { lines: [{ sku: 'DEV-HEADSET', quantity: 1, unitPrice: 1 }], total: 1 } },
    );
    const again = await importCsv(crm.store, 'orders', fixture('orders-crm.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 1 });
    const order = await crm.store.orders.findOne({ orderNumber: 'SO-1' });
    expect(order).toMatchObject({ total: 1870 });
    expect(order!.lines).toHaveLength(2);
    expect(await crm.store.orders.countDocuments({})).toBe(1);
  });
});
