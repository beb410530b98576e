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
  ])('"%s" is not a question about sales by product', (wording) => {
    expect(productQuestionOf(wording)).toBeUndefined();
  });
});
