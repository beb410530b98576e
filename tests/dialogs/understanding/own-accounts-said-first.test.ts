import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, fifteenth round (w16t): "accounts i own" (qa28) read as the knowledge base's: accounts
// said first and then whose ("i own", "owned by me", "assigned to me") are the caller's accounts,
// listed (and counted), with any status, region or industry said.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  contacts: [],
  reps: [{ id: 'u-sophie', name: 'Sophie Laurent' }],
});

describe('accounts said first, then that they are mine', () => {
  it.each<[string, object]>([
    ['accounts i own', {}],
    ['Accounts I own', {}],
    ['accounts owned by me', {}],
    ["the accounts i'm the owner of", {}],
    ['all the accounts assigned to me', {}],
    ['accounts that belong to me', {}],
    ['customers i own', { accountStatus: 'customer' }],
    ['prospects i own?', { accountStatus: 'prospect' }],
    ['accounts i own in emea', { region: 'EMEA' }],
  ])('"%s": my accounts', (text, more) => {
    expect(queryOf(text)).toMatchObject({
      record: 'account',
      owner: { scope: 'mine' },
      aggregate: 'list',
      ...more,
    });
  });

  it('"how many accounts do i own" still counts them', () => {
    expect(queryOf('how many accounts do i own')).toMatchObject({ record: 'account', aggregate: 'count' });
  });

  it.each(['accounts i own with open deals', 'deals i own', 'accounts sophie owns'])(
    '"%s" is not a list of my accounts',
    (text) => {
      expect(queryOf(text)).not.toMatchObject({ record: 'account', owner: { scope: 'mine' } });
    },
  );
});
