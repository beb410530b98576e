import { productFollowUpOf, productQuestionOf } from '../../../src/dialogs/routing/product-questions';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';

// Issue 19, twenty-sixth round (w27b, from dev-qa47): orders and products asked in other shapes than
// the reader's sentences. One account's orders with the account named ("acme orders this year"), the
// units of one product sold ("how many kiosks did we sell"), who bought the most of a product, the
// accounts that have a product said without a verb of buying, best sellers by units, and a follow-up
// narrowing the last product question to a place ("just in emea").
const PRODUCTS = [
  'Tablet Kiosk T10',
  'Slack Connector',
  'Teams Connector',
  'SSO & SCIM',
  'Analytics Pro',
  'Forecasting Module',
  'Onboarding Package',
].map((name, i) => ({ id: `p${i}`, name }));
const ACCOUNTS = ['Acme Corporation', 'Globex', 'Initech', 'Hooli'].map((name, i) => ({ id: `a${i}`, name }));
const read = (text: string) =>
  productQuestionOf(
    text,
    [],
    extractEntities(text, {
      now: new Date('2026-12-04T15:00:00Z'),
      timeZone: 'UTC',
      products: PRODUCTS,
      accounts: ACCOUNTS,
    }),
  );

describe("one account's orders, the account named", () => {
  it.each([
    ['has acme placed any orders this year', 'acme'],
    ['acme orders this year', 'acme'],
    ['Did Globex place an order last month?', 'Globex'],
    ['any orders from initech?', 'initech'],
    ["hooli's orders", 'hooli'],
    ['has globex made an order this quarter', 'globex'],
  ])('%s → %s', (text, account) => {
    expect(read(text)).toEqual({ kind: 'account-orders', account });
  });

  it.each(['my orders', 'open orders', 'any orders today?', 'the orders'])('no account named: %s', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('units of one product sold', () => {
  it.each([
    ['how many kiosks did we sell this year', 'kiosks'],
    ['how many units of analytics pro have we sold', 'analytics pro'],
    ['How many SSO & SCIM were sold in q3?', 'SSO & SCIM'],
    ['units of the forecasting module sold this quarter', 'forecasting module'],
    ['kiosk sales this year', 'kiosk'],
    ['how much onboarding package did the team sell last year', 'onboarding package'],
  ])('%s → %s', (text, product) => {
    expect(read(text)).toEqual({ kind: 'buyers', product, lead: 'units' });
  });

  it.each(['how many deals did we sell', 'team sales this year', 'q3 sales'])('not a product: %s', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('who bought the most of a product', () => {
  it.each([
    ['who bought the most analytics pro', 'analytics pro'],
    ['which customers buy the most kiosks?', 'kiosks'],
    ['top buyers of sso & scim', 'sso & scim'],
    ['who are the biggest customers for the forecasting module', 'forecasting module'],
    ['which account ordered the most slack connector this year', 'slack connector'],
  ])('%s → %s', (text, product) => {
    expect(read(text)).toEqual({ kind: 'buyers', product, lead: 'most' });
  });

  it('"what has acme bought the most of" stays the account\'s', () => {
    expect(read('what has acme bought the most of')).toEqual({ kind: 'account-orders', account: 'acme' });
  });
});

describe('the accounts that have a product', () => {
  it.each([
    ['customers with the slack connector but not the teams connector', 'slack connector', 'teams connector'],
    ['accounts that have sso & scim', 'sso & scim', undefined],
    [
      'which clients are using analytics pro without the forecasting module',
      'analytics pro',
      'forecasting module',
    ],
    ['customers on the teams connector', 'teams connector', undefined],
  ])('%s', (text, product, without) => {
    expect(read(text)).toEqual({ kind: 'buyers', product, ...(without ? { without } : {}) });
  });

  it.each(['customers with open deals', 'accounts with no contacts', 'customers using the api a lot'])(
    'not a product: %s',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

describe('best sellers ranked by units', () => {
  it.each([
    'best sellers by units this quarter',
    'top 5 products by units sold',
    'what sold the most units last month',
    'top selling items by volume',
  ])('%s', (text) => {
    expect(read(text)).toEqual({ kind: 'best-sellers', rankBy: 'units' });
  });

  it('by revenue stays the plain ranking', () => {
    expect(read('top 5 products by revenue')).toEqual({ kind: 'best-sellers' });
  });
});

describe('a follow-up on a product question', () => {
  it.each([
    ['just in emea', { region: 'EMEA' }],
    ['what about germany?', { country: 'Germany' }],
    ['and in apac this year', { region: 'APAC' }],
    ['only in north america', { region: 'NA' }],
    ['what about last year', {}],
  ])('%s', (text, scope) => {
    expect(productFollowUpOf(text)).toEqual({ scope });
  });

  it.each(['thanks', 'who is the rep in emea for acme', 'tell me about acme'])('not one: %s', (text) => {
    expect(productFollowUpOf(text)).toBeUndefined();
  });
});
