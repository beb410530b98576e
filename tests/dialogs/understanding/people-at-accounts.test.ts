import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, sixteenth round (w17m): marketing (and reps) ask for the people at the accounts of a
// place, industry or status, listed or counted, of a role or title when one is said: "decision
// makers at german accounts", "which CFOs do we know in germany", "how many contacts do we have in
// the uk", "CTOs at uk accounts". Wordings in other words, typos and lower case; and messages that
// keep their own reading (one account's people, segments, audiences, breakdowns, phones).
const reader = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-globex', name: 'Globex' },
  ],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
  industries: [
    { id: 'Healthcare', name: 'Healthcare' },
    { id: 'Software', name: 'Software' },
  ],
});

describe('the people at the accounts of a place, industry or status', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'decision makers at german accounts - for an event invite in munich',
      { contactRole: 'decision_maker', country: 'Germany', aggregate: 'list' },
    ],
    [
      'Decision-makers at our accounts in Germany',
      { contactRole: 'decision_maker', country: 'Germany', aggregate: 'list' },
    ],
    ['which CFOs do we know in germany', { contactRole: 'cfo', country: 'Germany', aggregate: 'list' }],
    ['CTOs at uk accounts', { contactRole: 'cto', country: 'United Kingdom', aggregate: 'list' }],
    [
      'list the ceos at british companies',
      { contactRole: 'ceo', country: 'United Kingdom', aggregate: 'list' },
    ],
    ['how many contacts do we have in the uk', { country: 'United Kingdom', aggregate: 'count' }],
    ['number of contacts at uk accounts', { country: 'United Kingdom', aggregate: 'count' }],
    ['contacts at healthcare accounts', { industry: 'Healthcare', aggregate: 'list' }],
    [
      'people at software customers in emea',
      { industry: 'Software', region: 'EMEA', accountStatus: 'customer', aggregate: 'list' },
    ],
    [
      'how many decision makers at our prospects in the netherlands',
      {
        contactRole: 'decision_maker',
        country: 'Netherlands',
        accountStatus: 'prospect',
        aggregate: 'count',
      },
    ],
    ['contacts in apac', { region: 'APAC', aggregate: 'list' }],
  ])('"%s" asks for %j', (text, expected) => {
    const query = reader.queryOf(text);
    expect(query).toMatchObject({ record: 'contact', ...expected });
    expect(query).not.toHaveProperty('accountId');
    expect(query).not.toHaveProperty('field');
  });

  it('"my" keeps the caller\'s own accounts ("decision makers at my accounts in canada")', () => {
    expect(reader.queryOf('decision makers at my accounts in canada')).toMatchObject({
      record: 'contact',
      owner: { scope: 'mine' },
      country: 'Canada',
      contactRole: 'decision_maker',
    });
  });

  it.each([
    'who is the decision maker at acme',
    'contacts at globex',
    'contacts by country',
    'how many accounts do we have in germany',
    'champions in the united kingdom',
    'build an audience of champions in germany',
    'phone numbers of the contacts in germany',
    "contacts i haven't spoken to in a month",
    'export all contacts in the uk to csv',
    'how many people are on the emea team',
    'new contacts in germany this month',
    'which people at my customers have had no contact in a month',
  ])('"%s" keeps its own reading', (text) => {
    const query = reader.queryOf(text);
    const acrossAccounts =
      query?.record === 'contact' &&
      !query.accountId &&
      !query.field &&
      !query.breakdown &&
      !query.quietDays &&
      Boolean(query.country || query.industry || query.region || query.accountStatus);
    expect(acrossAccounts).toBe(false);
  });
});
