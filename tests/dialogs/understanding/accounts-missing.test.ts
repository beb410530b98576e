import { accountsMissingOf } from '../../../src/dialogs/understanding/accounts-missing';

// Issue 19, eleventh round (W9-C): data hygiene questions, accounts missing a related record or a
// field ("any accounts with no contacts at all", "any accounts with no owner"), read by their words.
describe('accounts missing a related record or a field', () => {
  it.each([
    ['any accounts with no contacts at all', 'contact'],
    ['accounts without any contacts', 'contact'],
    ['which accounts have no contacts', 'contact'],
    ['show me companies with zero contacts', 'contact'],
    ['are there customers that don’t have any contacts', 'contact'],
    ['accounts missing a contact', 'contact'],
    ['list accounts with no people on them', 'contact'],
    ['any accounts with no owner', 'owner'],
    ['accounts without an owner', 'owner'],
    ['which accounts are unowned', 'owner'],
    ['unassigned accounts', 'owner'],
    ['accounts nobody owns', 'owner'],
    ['how many accounts have no account owner', 'owner'],
    ['orphaned accounts?', 'owner'],
  ])('"%s" asks for accounts missing a %s', (text, missing) => {
    expect(accountsMissingOf(text)).toBe(missing);
  });

  it.each([
    'contacts at globex',
    'who owns acme',
    'accounts in emea',
    'which accounts have no open deals',
    'accounts we have not contacted in 60 days',
    'any contacts with no email',
    'deals with no owner',
    'accounts with no activity this month',
  ])('"%s" is not about accounts missing contacts or an owner', (text) => {
    expect(accountsMissingOf(text)).toBeUndefined();
  });
});
