import { accountProductQuestionOf } from '../../../src/dialogs/routing/account-product-questions';

// Issue 19, twenty-seventh round (w28b): one account's products and orders — whether it has a
// product, when it last ordered, what plan it is on — in the words of reps, support and managers.
const product = (name: string, text = name.toLowerCase()) => ({ name, text, score: 1 });
const ANALYTICS = product('Analytics Pro');
const FORECASTING = product('Forecasting Module');
const SSO = product('SSO & SCIM', 'sso and scim');
const PREMIUM = product('Premium Support');

describe("one account's products and orders", () => {
  it.each<[string, ReturnType<typeof product>[], string]>([
    ['does bennett software already own analytics pro?', [ANALYTICS], 'Analytics Pro'],
    ['is acme using the forecasting module', [FORECASTING], 'Forecasting Module'],
    ['has globex ever bought premium support?', [PREMIUM], 'Premium Support'],
    ['Does Initech have SSO and SCIM yet?', [SSO], 'SSO & SCIM'],
    ['do they have analytics pro', [ANALYTICS], 'Analytics Pro'],
    ['quick one - are they on premium support already', [PREMIUM], 'Premium Support'],
    ['did hooli purchase the forecasting module', [FORECASTING], 'Forecasting Module'],
  ])('"%s" asks whether the account has %s', (text, products, name) => {
    expect(accountProductQuestionOf(text, products)).toEqual({ kind: 'owns', product: name });
  });

  it.each([
    'when was their last order?',
    'when did greenville transit authority last order',
    "what's the date of acme's most recent purchase",
    'last order date for globex?',
    'when did they last buy from us',
  ])('"%s" asks when the account last ordered', (text) => {
    expect(accountProductQuestionOf(text)).toEqual({ kind: 'last-order' });
  });

  it.each([
    'what plan are they on? what have they bought',
    'which edition does hooli have',
    'what tier is cedar group plc on',
  ])('"%s" asks what plan the account is on', (text) => {
    expect(accountProductQuestionOf(text)).toEqual({ kind: 'plan' });
  });

  it.each<[string, ReturnType<typeof product>[]]>([
    ['which plan should i choose', []],
    ['what plan are we on', []],
    ['who bought analytics pro', [ANALYTICS]],
    ['does analytics pro include forecasting', [ANALYTICS]],
    ['what did initech buy from us this year', []],
    ['how many orders has acme placed', []],
    ['what is the last stage of the pipeline', []],
  ])('"%s" keeps its own reading', (text, products) => {
    expect(accountProductQuestionOf(text, products)).toBeUndefined();
  });
});
