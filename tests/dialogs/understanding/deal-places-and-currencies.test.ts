import { conversionAskedIn, countrySaidIn, currencyNamedIn } from '../../../src/vocabulary';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fifteenth round (w16g): places, industries and currencies as filters of deals and
// accounts. "my open deals in healthcare" listed all 42 open deals, "my accounts in canada" was read
// as a segment named "canada", "open pipeline in my canadian accounts" gave the whole pipeline,
// "list the EUR deals" and "largest GBP deal" ignored the currency, and "how much is that in euros"
// after deals got the billing-currency knowledge page. The account's industry and country (by name,
// adjective or code) and the deal's own currency are filters; a currency asked of the amounts just
// shown is a conversion the CRM cannot make (no exchange rates): their per-currency total.
const NOW = new Date('2026-12-04T15:00:00Z');
const INDUSTRIES = [
  { id: 'Healthcare', name: 'Healthcare' },
  { id: 'Manufacturing', name: 'Manufacturing' },
  { id: 'Software', name: 'Software' },
];
const ACCOUNTS = [{ id: 'acc-acme', name: 'Acme Corporation' }];

const { parse } = recordQuestionReader(NOW, { accounts: ACCOUNTS, industries: INDUSTRIES });

describe('a country said by its adjective or code before records', () => {
  it.each([
    ['my canadian accounts', 'Canada'],
    ['open pipeline in our German customers', 'Germany'],
    ['british prospects', 'United Kingdom'],
    ['any dutch deals', 'Netherlands'],
    ['US accounts', 'United States'],
    ['deals in the us', 'United States'],
    ['accounts in canada', 'Canada'],
  ])('"%s" names %s', (text, name) => {
    expect(countrySaidIn(text)?.name).toBe(name);
  });

  it.each([
    'support in german',
    'do you speak french',
    'send us accounts of the meeting',
    'give us deals',
    'which indian restaurant',
  ])('"%s" names no country', (text) => {
    expect(countrySaidIn(text)).toBeUndefined();
  });
});

describe('a currency said as a filter, not as an amount', () => {
  it.each([
    ['list the EUR deals', 'EUR'],
    ['largest gbp deal', 'GBP'],
    ['deals in pounds', 'GBP'],
    ['euro deals closing this quarter', 'EUR'],
    ['show me the sterling opps', 'GBP'],
    ['our USD pipeline', 'USD'],
  ])('"%s" names %s', (text, currency) => {
    expect(currencyNamedIn(text)).toBe(currency);
  });

  it.each([
    'deals over 50k euros',
    'deals over €50,000',
    'how many dollars did we win',
    'deals above 20000 gbp',
  ])('"%s" names no currency filter', (text) => {
    expect(currencyNamedIn(text)).toBeUndefined();
  });
});

describe('deals of an industry, a country or a currency', () => {
  it.each<[string, object]>([
    ['my open deals in healthcare', { owner: { scope: 'mine' }, industry: 'Healthcare', aggregate: 'list' }],
    ['healthcare deals', { industry: 'Healthcare', aggregate: 'list' }],
    ['open deals in germany', { country: 'Germany', aggregate: 'list' }],
    ['deals at german accounts', { country: 'Germany', aggregate: 'list' }],
    [
      'total open pipeline in my canadian accounts',
      { owner: { scope: 'mine' }, country: 'Canada', aggregate: 'sum' },
    ],
    ['pipeline in the uk', { country: 'United Kingdom', aggregate: 'sum' }],
    ['how many deals do we have in japan', { country: 'Japan', aggregate: 'count' }],
    ['list the EUR deals', { currency: 'EUR', aggregate: 'list' }],
    ['largest GBP deal', { currency: 'GBP', aggregate: 'top' }],
    ['biggest deal in pounds', { currency: 'GBP', aggregate: 'top' }],
    ['how much open pipeline in euros', { currency: 'EUR', aggregate: 'sum' }],
    [
      'open pipeline in my canadian accounts',
      { owner: { scope: 'mine' }, country: 'Canada', aggregate: 'sum' },
    ],
    [
      'team deals in eur closing this quarter',
      { currency: 'EUR', closeFrom: '2026-10-01', closeTo: '2026-12-31' },
    ],
  ])('"%s"', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'deal', ...query } });
  });

  it.each([
    ['deals over 50k euros', { minAmount: 50_000 }],
    ['my open deals', {}],
    ['what is my pipeline', undefined],
  ])('"%s" keeps its reading, with no place or currency', (text, query) => {
    const question = parse(text);
    if (query) expect(question).toMatchObject({ kind: 'query', query });
    if (question?.kind === 'query') {
      expect(question.query.country).toBeUndefined();
      expect(question.query.industry).toBeUndefined();
      expect(question.query.currency).toBeUndefined();
    }
  });

  it('"how\'s the pipeline in emea" stays the region\'s summary', () => {
    expect(parse("how's the pipeline in emea")).toMatchObject({ kind: 'summary', query: { region: 'EMEA' } });
  });
});

describe('accounts in a country, whose owner is said', () => {
  it.each<[string, object]>([
    ['my accounts in canada', { owner: { scope: 'mine' }, country: 'Canada' }],
    ['my canadian accounts', { owner: { scope: 'mine' }, country: 'Canada' }],
    ['my customers in germany', { owner: { scope: 'mine' }, country: 'Germany', accountStatus: 'customer' }],
    ['my accts in the netherlands', { owner: { scope: 'mine' }, country: 'Netherlands' }],
  ])('"%s"', (text, query) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      query: { record: 'account', aggregate: 'list', ...query },
    });
  });
});

describe('a conversion asked of the amounts just shown', () => {
  it.each([
    ['how much is that in euros', 'EUR'],
    ['total in eur', 'EUR'],
    ["what's that in pounds?", 'GBP'],
    ['convert that to dollars', 'USD'],
    ['and in gbp terms', 'GBP'],
    ['how much is it in usd please', 'USD'],
  ])('"%s" asks the shown deals\' total in %s', (text, currency) => {
    expect(conversionAskedIn(text)).toBe(currency);
    expect(parse(text)).toMatchObject({
      kind: 'query',
      convertTo: currency,
      refersTo: 'deals',
      query: { record: 'deal', aggregate: 'sum' },
    });
  });

  it.each(['list the EUR deals', 'what is my pipeline in euros', 'deals in pounds', 'how do i pay in euros'])(
    '"%s" is no conversion of shown amounts',
    (text) => {
      expect(conversionAskedIn(text)).toBeUndefined();
    },
  );
});
