import { productQuestionOf } from '../../../src/dialogs/routing/product-questions';

describe('questions about sales by product', () => {
  it.each([
    'best-selling product this quarter',
    'best selling products',
    "what's our top selling product in november",
    'top sellers this year?',
    'top 5 products by revenue',
    'most popular products last quarter',
    'what are the most sold items ytd',
    'which product sells best',
    'what sold the most last month',
    'can you show me the best sellers',
    'Top Products?',
  ])('"%s" asks for the best sellers', (wording) => {
    expect(productQuestionOf(wording)).toEqual({ kind: 'best-sellers' });
  });

  it.each([
    ['who bought analytics pro', 'analytics pro'],
    ['Who has bought the Onboarding Package?', 'Onboarding Package'],
    ['which customers purchased premium support this year', 'premium support'],
    ['which accounts ordered the forecasting module', 'forecasting module'],
    ['what customers have bought tablet kiosk t10 in 2026', 'tablet kiosk t10'],
    ['who buys ANL-PRO', 'ANL-PRO'],
    // The end of a question is spaces and marks in any order, all left out of the product's name.
    ['who bought sso & scim  ? .', 'sso & scim'],
    ['which accounts bought analytics pro ?!', 'analytics pro'],
  ])('"%s" asks who bought "%s"', (wording, product) => {
    expect(productQuestionOf(wording)).toEqual({ kind: 'buyers', product });
  });

  it.each([
    ['how many orders has acme placed', 'acme'],
    ['How many orders has Globex placed with us?', 'Globex'],
    ['how many orders did initech make this year', 'initech'],
    ['number of orders from hooli', 'hooli'],
    ['how many orders from wayne enterprises', 'wayne enterprises'],
    ['how many times has umbrella ordered from us', 'umbrella'],
  ])('"%s" counts the orders of "%s"', (wording, account) => {
    expect(productQuestionOf(wording)).toEqual({ kind: 'account-orders', account });
  });

  const industries = [
    { name: 'Healthcare', text: 'healthcare' },
    { name: 'Energy', text: 'energy' },
    { name: 'Software', text: 'software' },
    { name: 'Retail', text: 'retail' },
    { name: 'Financial Services', text: 'financial services' },
  ];
  const said = (text: string) => industries.filter((i) => text.toLowerCase().includes(i.text));

  it.each([
    ['top products in EMEA this quarter', { region: 'EMEA' }],
    ['LATAM best sellers this quarter', { region: 'LATAM' }],
    ['what sells best in asia-pacific this year', { region: 'APAC' }],
    ['North America best selling products last quarter', { region: 'NA' }],
    ['most popular products across europe', { region: 'EMEA' }],
    ['best sellers in germany this year', { country: 'Germany' }],
    ['top 5 products among UK customers', { country: 'United Kingdom' }],
    ['top products among healthcare accounts this year', { industry: 'Healthcare' }],
    ['best sellers in the energy sector in 2026', { industry: 'Energy' }],
    ['retail accounts: top products this year', { industry: 'Retail' }],
    ['what do software companies buy most this year', { industry: 'Software' }],
    ['what do financial services clients order the most', { industry: 'Financial Services' }],
    ['best selling products for healthcare customers in EMEA', { region: 'EMEA', industry: 'Healthcare' }],
  ])('"%s" asks for the best sellers of %j', (wording, scope) => {
    expect(productQuestionOf(wording, said(wording))).toEqual({ kind: 'best-sellers', scope });
  });

  it.each(['what do customers buy most', 'what do our clients order the most this year'])(
    '"%s" asks for the best sellers of all accounts',
    (wording) => {
      expect(productQuestionOf(wording, said(wording))).toEqual({ kind: 'best-sellers' });
    },
  );

  it.each([
    [
      'accounts that bought analytics pro but not the forecasting module',
      { product: 'analytics pro', without: 'forecasting module' },
    ],
    [
      'which customers purchased onboarding package and never premium support',
      { product: 'onboarding package', without: 'premium support' },
    ],
    [
      'customers who bought analytics pro without data migration',
      { product: 'analytics pro', without: 'data migration' },
    ],
    ['how many accounts have bought SSO & SCIM', { product: 'SSO & SCIM' }],
    ['number of customers who purchased the forecasting module', { product: 'forecasting module' }],
    [
      'which customers in europe bought analytics pro',
      { product: 'analytics pro', scope: { region: 'EMEA' } },
    ],
    [
      'who bought analytics pro in the uk',
      { product: 'analytics pro', scope: { country: 'United Kingdom' } },
    ],
  ])('"%s" asks for buyers %j', (wording, asked) => {
    expect(productQuestionOf(wording, said(wording))).toEqual({ kind: 'buyers', ...asked });
  });

  it.each([
    ['what has acme bought the most of', 'acme'],
    ['what does globex buy most', 'globex'],
    ['what did initech order the most this year', 'initech'],
  ])('"%s" asks what %s bought most (its orders)', (wording, account) => {
    expect(productQuestionOf(wording)).toEqual({ kind: 'account-orders', account });
  });

  it.each([
    'who bought the most',
    'who bought from us last month',
    "which customers haven't bought in 90 days",
    'who bought recently',
    'what did acme buy this year',
    'what should i pitch to globex',
    'what products does acme have',
    'top deals',
    'my top accounts',
    'best customers in north america',
    'how many orders do we have',
    'top 5 industries by number of accounts',
    'which deals are in negotiation',
    'who bought it',
    'what do fintech companies buy most',
    'top deals in emea',
    'best customers in germany',
    'healthcare accounts in emea',
  ])('"%s" is not a question about sales by product', (wording) => {
    expect(productQuestionOf(wording)).toBeUndefined();
  });
});
