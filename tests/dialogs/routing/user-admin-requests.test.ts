import { isUserAdministrationRequest } from '../../../src/dialogs/routing/user-admin-requests';

describe('requests to add or remove a CRM user', () => {
  it.each([
    'add a new user for priya shah as a rep on the enterprise team',
    'invite sam to crmpro as a user',
    'can you create a user account for the new hire',
    'please remove jordan’s access',
    'deactivate the user tom baker',
    'set up a login for our new intern',
    'i need to add two seats',
    'onboard a new teammate',
  ])('%s', (text) => {
    expect(isUserAdministrationRequest(text)).toBe(true);
  });

  it.each([
    'new lead: John Smith from Hooli, john@hooli.com',
    'add a contact at acme for the new user admin',
    'create a task to invite the acme users to the webinar',
    'who has admin access',
    'how many users do we have',
    'add the champions segment to an audience',
    'log a call with Jane at Initech',
  ])('not a user request: %s', (text) => {
    expect(isUserAdministrationRequest(text)).toBe(false);
  });
});
