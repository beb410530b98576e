import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, seventeenth round (w18m): people who have left their company, asked of contacts in
// general ("how many contacts have left their company"), are the contacts marked as gone across the
// accounts (of a place when one is said), counted or listed; "their" points at no account. One
// person named keeps the employer question. Written with the fix; every row below read no query, or
// another, before it.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-initech', name: 'Initech' },
  ],
  contacts: [{ id: 'c-jane', name: 'Jane Cooper' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('contacts who have left their company', () => {
  it.each<[string, 'count' | 'list']>([
    ['how many contacts have left their company', 'count'],
    ['How Many Contacts Have Left Their Company?', 'count'],
    ['number of contacts who left their employer', 'count'],
    ['which contacts no longer work there anymore', 'list'],
    ["list the people who've left their companies", 'list'],
    ['contacts that are no longer at their account', 'list'],
    ['show me contacts who quit their jobs', 'list'],
    ['count the contacts marked as left', 'count'],
  ])('"%s": the contacts marked as gone (%s)', (text, aggregate) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', contactsLeft: true, aggregate });
  });

  it('"how many people in germany have left their company" keeps the country', () => {
    expect(queryOf('how many people in germany have left their company')).toMatchObject({
      record: 'contact',
      country: 'Germany',
      contactsLeft: true,
      aggregate: 'count',
    });
  });

  it.each([
    'has jane cooper left initech',
    'how many contacts do we have in the uk',
    'who left the deal in negotiation',
    'how many deals are left this quarter',
    'contacts at acme',
  ])('"%s" is no such question', (text) => {
    expect(queryOf(text)?.contactsLeft).toBeUndefined();
  });
});
