import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { withShorthandWrittenOut } from '../../../src/dialogs/routing/sales-shorthand';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';

// Issue 19, eighteenth round (w19m): marketing asks in Title Case with colons and "#" ("Top 5
// Industries By # Of Accounts?", "Accounts: UK vs Germany?", "Germany: Customers vs Prospects",
// "Accounts With 10,000+ Employees - Count?"). A field's values ranked by how many records have
// them are a breakdown showing the first N; two values of one field set side by side are a
// breakdown of those values only; a headcount said of accounts is a filter on their employees.
// The small CRM's industries are Manufacturing, Logistics, Energy and Software.

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

describe("marketing's ranked counts, side-by-side counts and headcounts", () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());
  /** As the root dialog reads a message: the shorthand ("#") written out first. */
  const queryOf = async (text: string) => {
    const reading = await understander.understand(withShorthandWrittenOut(text), context);
    return reading.question?.kind === 'query' ? reading.question.query : undefined;
  };

  it.each([
    ['Top 5 Industries By # Of Accounts?', { record: 'account', breakdown: 'industry', limit: 5 }],
    [
      'Top 3 Countries By # Of Customers',
      { record: 'account', breakdown: 'country', limit: 3, accountStatus: 'customer' },
    ],
    ['top five industries by customer count', { breakdown: 'industry', limit: 5, accountStatus: 'customer' }],
    ['what are our 3 biggest industries by number of accounts', { breakdown: 'industry', limit: 3 }],
    ['industries ranked by number of prospects', { breakdown: 'industry', accountStatus: 'prospect' }],
    ['TOP 10 COUNTRIES BY # OF CONTACTS', { record: 'contact', breakdown: 'country', limit: 10 }],
    ['which countries have the most customers', { breakdown: 'country', accountStatus: 'customer' }],
    ['which industries have the most contacts', { record: 'contact', breakdown: 'industry' }],
    ['top 3 industrys by # of acounts', { record: 'account', breakdown: 'industry', limit: 3 }],
    ['countries with the most prospects?', { breakdown: 'country', accountStatus: 'prospect' }],
  ])('%s: ranked by count', async (text, expected) => {
    expect(await queryOf(text)).toMatchObject({ aggregate: 'count', ...expected });
  });

  it.each([
    ['accounts by industry', { breakdown: 'industry' }],
    ['customers by country', { breakdown: 'country' }],
  ])('%s: every value, as before', async (text, expected) => {
    const query = await queryOf(text);
    expect(query).toMatchObject(expected);
    expect(query?.limit).toBeUndefined();
    expect(query?.breakdownValues).toBeUndefined();
  });

  it.each([
    'top 5 deals by amount',
    'top accounts in emea',
    'which industry is acme in',
    'what industry for the account',
    'top 5 accounts by revenue',
    'how many accounts in germany',
  ])('%s: no ranking of a field', async (text) => {
    const query = await queryOf(text);
    expect(query?.limit === undefined || query.breakdown === undefined).toBe(true);
    expect(query?.breakdownValues).toBeUndefined();
  });

  it.each([
    ['Accounts: UK vs Germany?', 'account', 'country', ['United Kingdom', 'Germany']],
    ['uk vs germany accounts', 'account', 'country', ['United Kingdom', 'Germany']],
    ['how many accounts in the uk vs germany', 'account', 'country', ['United Kingdom', 'Germany']],
    ['accounts in the uk compared to germany', 'account', 'country', ['United Kingdom', 'Germany']],
    [
      'do we have more customers in the uk or in germany?',
      'account',
      'country',
      ['United Kingdom', 'Germany'],
    ],
    ['german vs french customers', 'account', 'country', ['Germany', 'France']],
    ['compare accounts in france and spain', 'account', 'country', ['France', 'Spain']],
    ['Customers: Software vs Energy - Which Is Bigger?', 'account', 'industry', ['Software', 'Energy']],
    ['software versus manufacturing accounts', 'account', 'industry', ['Software', 'Manufacturing']],
    ['Germany: Customers vs Prospects', 'account', 'status', ['customer', 'prospect']],
    ['customers versus prospects in germany', 'account', 'status', ['customer', 'prospect']],
    ['emea vs apac accounts', 'account', 'region', ['EMEA', 'APAC']],
    ['Contacts: UK vs Germany', 'contact', 'country', ['United Kingdom', 'Germany']],
  ])('%s: %s by %s, side by side', async (text, record, field, values) => {
    expect(await queryOf(text)).toMatchObject({
      record,
      aggregate: 'count',
      breakdown: field,
      breakdownValues: values,
    });
  });

  it('keeps what else is said of the accounts compared', async () => {
    expect(await queryOf('Customers: Software vs Energy - Which Is Bigger?')).toMatchObject({
      accountStatus: 'customer',
      owner: { scope: 'all' },
    });
    expect(await queryOf('Germany: Customers vs Prospects')).toMatchObject({ country: 'Germany' });
    expect(await queryOf('Germany: Customers vs Prospects')).not.toHaveProperty('accountStatus');
    expect(await queryOf('my accounts: uk vs germany')).toMatchObject({ owner: { scope: 'mine' } });
  });

  it.each([
    'customers in the uk and germany',
    'won vs lost this quarter',
    'deals in the uk vs germany',
    'leads from web vs events',
    'commit vs best case',
    'how many accounts in germany',
    'compare sam and marcus',
  ])('%s: no side-by-side count of accounts', async (text) => {
    expect((await queryOf(text))?.breakdownValues).toBeUndefined();
  });

  it.each([
    ['Accounts With 10,000+ Employees - Count?', { minEmployees: 10000, aggregate: 'count' }],
    ['how many companies have over 500 staff', { minEmployees: 501, aggregate: 'count' }],
    ['customers with fewer than 50 employees', { maxEmployees: 49, accountStatus: 'customer' }],
    ['accounts with 10k+ employees', { minEmployees: 10000 }],
    ['list accounts with between 200 and 1000 employees', { minEmployees: 200, maxEmployees: 1000 }],
    ['any prospects with at least 5000 people?', { minEmployees: 5000, accountStatus: 'prospect' }],
    ['how many accounts have a headcount over 1,000', { minEmployees: 1001 }],
    ['ACCOUNTS WITH 5000 OR MORE EMPLOYEES', { minEmployees: 5000 }],
  ])('%s: accounts by headcount', async (text, expected) => {
    expect(await queryOf(text)).toMatchObject({ record: 'account', ...expected });
  });

  it.each([
    'deals over 10,000',
    'accounts with more than 5 contacts',
    'how many accounts do we have',
    'open deals over 500k',
  ])('%s: no headcount', async (text) => {
    const query = await queryOf(text);
    expect(query?.minEmployees).toBeUndefined();
    expect(query?.maxEmployees).toBeUndefined();
  });
});
