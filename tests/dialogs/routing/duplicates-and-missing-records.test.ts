import { duplicateRequestOf, missingFieldRequestOf } from '../../../src/dialogs/routing/profile-requests';

// Issue 19, seventeenth round (w18m): an admin's data-quality checks. Duplicates asked of accounts,
// contacts or leads ("any duplicate accounts?") are that collection's duplicate checks (its profile's
// unique keys), not a knowledge passage about imports; how duplicates are made, merged or avoided
// stays the documentation's. Written with the fix; the duplicate rows failed before it (no reading).
describe('duplicates asked of a collection', () => {
  it.each<[string, string]>([
    ['any duplicate accounts?', 'accounts'],
    ['Any Duplicate Accounts?', 'accounts'],
    ['are there duplicated contacts', 'contacts'],
    ['do we have any duplicate leads', 'leads'],
    ['how many dupes in the contacts', 'contacts'],
    ['check for duplicate companies', 'accounts'],
    ['got any dupes in accounts?', 'accounts'],
    ['which accounts are duplicates', 'accounts'],
    ['any accounts entered twice?', 'accounts'],
  ])('"%s" checks the %s', (text, collection) => {
    expect(duplicateRequestOf(text)).toEqual({ collection });
  });

  it.each([
    'how do i merge duplicate accounts',
    'does the import create duplicate contacts?',
    'why are there duplicates after my import',
    'how to avoid duplicate leads',
    'any duplicate deals?',
    'any new accounts this week?',
    'duplicate this task for tomorrow',
  ])('"%s" is no duplicate check', (text) => {
    expect(duplicateRequestOf(text)).toBeUndefined();
  });
});

describe('records missing a field, as before', () => {
  it.each<[string, string, string]>([
    ['which contacts have no email', 'contacts', 'email'],
    ['list contacts without an email address', 'contacts', 'email'],
    ['how many contacts have no email', 'contacts', 'email'],
    ['show me the contacts missing an email', 'contacts', 'email'],
    ['leads without a phone number', 'leads', 'phone'],
  ])('"%s": %s without %s', (text, collection, field) => {
    expect(missingFieldRequestOf(text)).toEqual({ collection, field });
  });
});

// Issue 19, twenty-seventh round (w28b): the collection said first is the one asked of ("duplicate
// contacts? same person twice at one company" is of contacts, the company where they are twice).
describe('duplicates of the collection said first', () => {
  it.each<[string, string]>([
    ['are there duplicate contacts? same person twice at one company', 'contacts'],
    ['any contacts entered twice at the same account?', 'contacts'],
    ['do we have duplicate people... I mean contacts, at any customer', 'contacts'],
    ['any duplicate accounts?', 'accounts'],
    ['any duplicate leads from the same company?', 'leads'],
  ])('"%s" asks of %s', (text, collection) => {
    expect(duplicateRequestOf(text)).toEqual({ collection });
  });
});
