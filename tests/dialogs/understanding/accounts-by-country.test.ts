import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { countryNamedIn, countryWithArticle } from '../../../src/vocabulary';

// Issue 19, eleventh round (W10-Q): accounts of an industry AND a country ("how many healthcare
// customers do we have in the uk" counted every healthcare customer, "any software companies in
// germany?" got the company-facts answer). The country is read by its name or another name people
// use (UK, England, Holland, USA), as the store spells it; ISO codes and regions are not countries.
const NOW = new Date('2026-12-04T15:00:00Z');
const INDUSTRIES = [
  { id: 'Healthcare', name: 'Healthcare' },
  { id: 'Manufacturing', name: 'Manufacturing' },
  { id: 'Software', name: 'Software' },
];
const ACCOUNTS = [{ id: 'acc-acme', name: 'Acme Corporation' }];

function parse(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: ACCOUNTS,
    industries: INDUSTRIES,
  });
  return parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('the country a message names', () => {
  it.each([
    ['healthcare customers in the uk', 'United Kingdom'],
    ['accounts in great britain', 'United Kingdom'],
    ['clients based in england', 'United Kingdom'],
    ['any companies in holland?', 'Netherlands'],
    ['customers in the usa', 'United States'],
    ['prospects in south korea', 'South Korea'],
    ['manufacturing accounts in japan', 'Japan'],
    ['software companies in Deutschland', 'Germany'],
  ])('"%s" names %s', (text, name) => {
    expect(countryNamedIn(text)?.name).toBe(name);
  });

  it.each([
    'accounts in north america',
    'customers in latin america',
    'can you send it to us',
    'what is it in emea',
    'no accounts in new jersey',
    'leads from our webinars in 2026',
  ])('"%s" names no country', (text) => {
    expect(countryNamedIn(text)).toBeUndefined();
  });

  it('says the article a country takes', () => {
    expect(countryWithArticle('United Kingdom')).toBe('the United Kingdom');
    expect(countryWithArticle('Netherlands')).toBe('the Netherlands');
    expect(countryWithArticle('Japan')).toBe('Japan');
  });
});

describe('accounts of an industry in a country', () => {
  it.each<[string, object]>([
    [
      'how many healthcare customers do we have in the uk',
      { industry: 'Healthcare', country: 'United Kingdom', accountStatus: 'customer', aggregate: 'count' },
    ],
    [
      'how many healthcare accounts are there in the uk',
      { industry: 'Healthcare', country: 'United Kingdom', aggregate: 'count' },
    ],
    ['any software companies in germany?', { industry: 'Software', country: 'Germany', aggregate: 'list' }],
    [
      'list our manufacturing accounts in japan',
      { industry: 'Manufacturing', country: 'Japan', aggregate: 'list' },
    ],
    ['which customers are in brazil', { country: 'Brazil', accountStatus: 'customer' }],
    ['are there any prospects in the netherlands', { country: 'Netherlands', accountStatus: 'prospect' }],
    ['show me accounts based in great britain', { country: 'United Kingdom' }],
    ['number of software clients in india', { industry: 'Software', country: 'India', aggregate: 'count' }],
  ])('"%s"', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'account', ...query } });
  });

  it.each([
    // An account named is that account, not a list.
    'any open cases for acme corporation in the uk',
    // Deals or contacts in a country are not accounts.
    'list my deals in japan',
    'which contacts are in germany',
    // "any" with no industry, place or region asks nothing of the accounts' fields.
    'any customers complaining this week',
  ])('"%s" is no account list by country', (text) => {
    const question = parse(text);
    // Fifteenth round (w16g): deals in a country are those of its accounts ("list my deals in
    // japan": deals with country Japan), still no list of accounts.
    expect(
      question?.kind === 'query' && question.query.record === 'account' && question.query.country,
    ).toBeFalsy();
  });
});
