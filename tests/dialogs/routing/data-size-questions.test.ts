import { isDataSizeQuestion, profileRequestOf } from '../../../src/dialogs/routing/profile-requests';

/** "how big is our database": how many records the CRM holds, collection by collection. */
describe('asking how much data the CRM holds', () => {
  it.each([
    'how big is our database',
    'how much data do we have',
    'how many records are in the crm',
    'how many records do we have in total',
    "what's the size of our database",
    'how large is our crm data?',
    'database size',
    'record counts per collection',
    'how many rows in each table',
    'how much data is in the crm',
  ])('%s', (text) => {
    expect(isDataSizeQuestion(text)).toBe(true);
  });

  it.each([
    'how many deals do we have',
    'how many leads do we have',
    'how big is the acme deal',
    'how big is our pipeline',
    'how big is the champions segment',
    'how much storage does the team plan include',
    'what database does crmpro use',
    'is there a limit on how many records we can import',
    'profile the deals collection',
    'how big is my team',
    'how much money is in all my open stuff added up',
    'how much is in my open records in total',
  ])('not a question about the size of the data: %s', (text) => {
    expect(isDataSizeQuestion(text)).toBe(false);
  });

  it('a profile request stays a profile request', () => {
    expect(profileRequestOf('profile the deals collection')).toEqual({ collection: 'deals' });
  });
});
