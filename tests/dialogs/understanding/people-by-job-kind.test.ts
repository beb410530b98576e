import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-seventh round (w28b): people at accounts asked by a title, a seniority or a
// function ("IT managers and heads of IT in APAC", "c-level people at our singapore software
// customers", "technical contacts at bennett? cto, security folks"): the kinds of job are kept as
// the query's contactRole, across the accounts of a place or at one account. Wordings of other
// roles and in other words; and messages that keep their own reading.
const reader = recordQuestionReader(new Date('2026-12-04T15:00:00Z'), {
  accounts: [
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-globex', name: 'Globex' },
    { id: 'acc-bennett', name: 'Bennett Software' },
  ],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
  industries: [
    { id: 'Healthcare', name: 'Healthcare' },
    { id: 'Software', name: 'Software' },
  ],
});

describe('people at the accounts of a place, by kind of job', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'IT managers and heads of IT in APAC - how many would the invite reach?',
      { contactRole: 'head_of_it+it_manager', region: 'APAC', aggregate: 'count' },
    ],
    [
      'which finance contacts do we have at uk customers',
      { contactRole: 'finance', country: 'United Kingdom', accountStatus: 'customer', aggregate: 'list' },
    ],
    ['how many VPs do we know in germany', { contactRole: 'vp', country: 'Germany', aggregate: 'count' }],
    [
      'anyone in the c-suite at our australian prospects?',
      { contactRole: 'c_level', country: 'Australia', accountStatus: 'prospect' },
    ],
    ['sysadmins at software customers', { contactRole: 'it_manager', industry: 'Software' }],
    ['IT decision makers at healthcare accounts', { contactRole: 'it', industry: 'Healthcare' }],
    ['economic buyers at german accounts', { contactRole: 'decision_maker', country: 'Germany' }],
    [
      'Hi! Could you pull together the legal contacts we have at our prospects in france, please?',
      { contactRole: 'legal', country: 'France', accountStatus: 'prospect' },
    ],
    ['chief financial officers in the netherlands', { contactRole: 'cfo', country: 'Netherlands' }],
    ['list all the heads of it we know', { contactRole: 'head_of_it', aggregate: 'list' }],
    // The IT of "head of IT contacts" is the head's, not the IT people's.
    ['head of IT contacts in north america', { contactRole: 'head_of_it', region: 'NA' }],
    ['it directors at german accounts', { contactRole: 'it_director', country: 'Germany' }],
  ])('"%s" asks for %j', (text, expected) => {
    const query = reader.queryOf(text);
    expect(query).toMatchObject({ record: 'contact', ...expected });
    expect(query).not.toHaveProperty('accountId');
  });

  it.each<[string, string, string]>([
    ['technical contacts at bennett software? cto, security folks', 'acc-bennett', 'it'],
    ['who are the finance people at acme', 'acc-acme', 'finance'],
    ['security folks at globex?', 'acc-globex', 'security'],
    ['procurement contacts at acme corporation', 'acc-acme', 'procurement'],
  ])('"%s" asks for the people of that kind at one account', (text, accountId, contactRole) => {
    expect(reader.queryOf(text)).toMatchObject({
      record: 'contact',
      accountId,
      field: 'contactRole',
      contactRole,
    });
  });

  it.each<[string, string]>([
    ['who is the cto at acme', 'cto'],
    ['who is the decision maker at globex', 'decision_maker'],
  ])('"%s" keeps its reading (%s at one account)', (text, contactRole) => {
    expect(reader.queryOf(text)).toMatchObject({ record: 'contact', field: 'contactRole', contactRole });
  });

  it.each(['champions in the united kingdom', 'how many people are on the it team', 'who owns it'])(
    '"%s" is no people-by-job question',
    (text) => {
      expect(reader.queryOf(text)?.contactRole ?? '').not.toMatch(/it|c_level|finance/);
    },
  );
});
