import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (w14f): "who owns the hooli pilot" answered the Hooli account's owner.
// Words after the account's name that name one of its deals ("pilot", "renewal", "data integration
// deal") make it the deal's owner, read as a field of the deal named; the account said alone (or
// with "account") stays the account's owner.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-hooli', name: 'Hooli' },
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-acme-log', name: 'Acme Logistics' },
    { id: 'acc-stark', name: 'Stark Industries' },
  ],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('the owner of a deal named by its account and title words', () => {
  it.each<[string, string, string]>([
    ['who owns the hooli pilot', 'acc-hooli', 'hooli pilot'],
    ['Who owns the Hooli sales team pilot?', 'acc-hooli', 'hooli sales team pilot'],
    ['whos the owner of the acme renewal', 'acc-acme', 'acme renewal'],
    ['who is the owner of the stark data integration deal', 'acc-stark', 'stark data integration'],
    ['owner of the hooli pilot deal?', 'acc-hooli', 'hooli pilot'],
    ['who owns acme corp contact center', 'acc-acme', 'acme corp contact center'],
    ['who owns the stark industries renewal opp', 'acc-stark', 'stark industries renewal'],
  ])('"%s": the deal of %s named "%s", its owner', (text, accountId, dealWords) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', field: 'owner', accountId, dealWords });
  });

  it.each<[string, string]>([
    ['who owns hooli', 'acc-hooli'],
    ['who owns the acme logistics account', 'acc-acme-log'],
    ['who owns the hooli account?', 'acc-hooli'],
    ["who's the owner of acme corporation", 'acc-acme'],
    ['account owner for stark industries', 'acc-stark'],
    ['who owns hooli pls', 'acc-hooli'],
  ])('"%s" stays the account owner of %s', (text, accountId) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', field: 'owner', accountId });
    expect(queryOf(text)?.dealWords).toBeUndefined();
  });
});

// Issue 19, fourteenth round (w15f): the owner asked after the words it is asked of ("acme owner",
// "hooli pilot whos the owner"), and an owner question followed by another ("who owns the Hooli
// account and what's open there"). A deal's words (pilot, renewal, a product) ask the deal's owner;
// the account's name alone, or with "account", the account's.
describe('the owner asked after what it is asked of, or before another question', () => {
  it.each<[string, string, string]>([
    ['hooli pilot whos the owner', 'acc-hooli', 'hooli pilot'],
    ['hooli pilot - who owns it?', 'acc-hooli', 'hooli pilot'],
    ['the acme renewal, who is the owner', 'acc-acme', 'acme renewal'],
    ['stark data integration owner?', 'acc-stark', 'stark data integration'],
    ['Hooli Sales Team Pilot owner', 'acc-hooli', 'hooli sales team pilot'],
  ])('"%s": the deal of %s named "%s", its owner', (text, accountId, dealWords) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', field: 'owner', accountId, dealWords });
  });

  it.each<[string, string]>([
    ['acme owner', 'acc-acme'],
    ['hooli owner?', 'acc-hooli'],
    ['stark industries account owner', 'acc-stark'],
    ['owner acme', 'acc-acme'],
    ['owner for hooli', 'acc-hooli'],
    ['hooli whos the owner', 'acc-hooli'],
    [
      'Could you please tell me who owns the Hooli account and what is open there at the moment?',
      'acc-hooli',
    ],
    ['who owns hooli and how many open deals do they have', 'acc-hooli'],
    ['who owns acme logistics, and is anything closing', 'acc-acme-log'],
  ])('"%s" is the account owner of %s', (text, accountId) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', field: 'owner', accountId });
    expect(queryOf(text)?.dealWords).toBeUndefined();
  });

  it.each(['acme deals with no owner', 'any accounts without an owner', 'my open deals'])(
    '"%s" asks no one owner',
    (text) => {
      expect(queryOf(text)?.field).not.toBe('owner');
    },
  );
});

// Issue 19, fifteenth round (w16t): the owner in Salesforce's words, "opportunity owner", and the
// owner "on" or "for" a deal ("who is the opportunity owner on Hooli - Sales team pilot Q4 2026").
describe('the opportunity owner on a deal', () => {
  it.each<[string, string, string]>([
    [
      'who is the opportunity owner on hooli - sales team pilot q4 2026',
      'acc-hooli',
      'hooli - sales team pilot q4 2026',
    ],
    ["who's the opp owner for the hooli sales team pilot", 'acc-hooli', 'hooli sales team pilot'],
    ['who is the deal owner on the acme renewal?', 'acc-acme', 'acme renewal'],
    ['whos the opportunity owner of the stark data integration deal', 'acc-stark', 'stark data integration'],
    ['who is the owner on the hooli pilot', 'acc-hooli', 'hooli pilot'],
    ['Who is the oppty owner for acme corp contact center', 'acc-acme', 'acme corp contact center'],
  ])('"%s": the deal of %s named "%s", its owner', (text, accountId, dealWords) => {
    expect(queryOf(text.toLowerCase())).toMatchObject({
      record: 'deal',
      field: 'owner',
      accountId,
      dealWords,
    });
  });

  it.each<[string, string]>([
    ['who is the owner on hooli', 'acc-hooli'],
    ['who is the account owner for stark industries', 'acc-stark'],
  ])('"%s" stays the account owner of %s', (text, accountId) => {
    expect(queryOf(text)).toMatchObject({ record: 'contact', field: 'owner', accountId });
  });
});
