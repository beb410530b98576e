import {
  isUserAdministrationRequest,
  userAdministrationRequestOf,
} from '../../../src/dialogs/routing/user-admin-requests';

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

describe('what a user request asks: the action, the person, the role and the team', () => {
  it.each([
    // adding someone new, in other words
    [
      'add a new rep called dana white to the enterprise team',
      { action: 'add', name: 'dana white', role: 'rep', team: 'enterprise' },
    ],
    ['invite dana@acme.com as support', { action: 'add', email: 'dana@acme.com', role: 'support' }],
    ['please add dana white as a sales manager', { action: 'add', name: 'dana white', role: 'manager' }],
    ['onboard a new support agent named lee park', { action: 'add', name: 'lee park', role: 'support' }],
    [
      'can you invite tom baker to crmpro as an analyst',
      { action: 'add', name: 'tom baker', role: 'analyst' },
    ],
    ['give dana white access to crmpro', { action: 'add', name: 'dana white' }],
    [
      'add a new user for priya shah as a rep on the enterprise team',
      { action: 'add', name: 'priya shah', role: 'rep', team: 'enterprise' },
    ],
    ['set up a new marketing user called ana lopez', { action: 'add', name: 'ana lopez', role: 'marketing' }],
    [
      'add kim lee as an account executive on the mid-market team',
      { action: 'add', name: 'kim lee', role: 'rep', team: 'mid-market' },
    ],
    // removing someone
    ["remove sam's access", { action: 'remove', name: 'sam' }],
    ['deactivate sam rivera', { action: 'remove', name: 'sam rivera' }],
    ['revoke access for chloe tan', { action: 'remove', name: 'chloe tan' }],
    ["please disable liam's login", { action: 'remove', name: 'liam' }],
    ['offboard kenji', { action: 'remove', name: 'kenji' }],
    ['remove diego from crmpro', { action: 'remove', name: 'diego' }],
    ['sam left the company, remove his access', { action: 'remove', name: 'sam' }],
    ['deactivate the user tom baker', { action: 'remove', name: 'tom baker' }],
    // changing a role
    ['make alex an admin', { action: 'role', name: 'alex', role: 'admin' }],
    ['promote sam to manager', { action: 'role', name: 'sam', role: 'manager' }],
    ["change alex's role to manager", { action: 'role', name: 'alex', role: 'manager' }],
    ['give sam admin rights', { action: 'role', name: 'sam', role: 'admin' }],
    ['can you make lena fischer a manager', { action: 'role', name: 'lena fischer', role: 'manager' }],
    ['switch riley to the analyst role', { action: 'role', name: 'riley', role: 'analyst' }],
    ['set chloe’s role to support', { action: 'role', name: 'chloe', role: 'support' }],
  ] as const)('%s', (text, expected) => {
    expect(userAdministrationRequestOf(text)).toEqual(expected);
  });

  it.each([
    'new lead: dana white from acme, dana@acme.com',
    'add a new lead called dana white',
    'add dana white as a contact at acme',
    'invite the champions segment to the webinar',
    'invite dana@acme.com to the webinar',
    'who has admin access',
    'is alex an admin',
    'who are the managers',
    'remove the acme deal',
    'delete the task to call sam',
    'make a task to call alex tomorrow',
    'make this deal a priority',
    'give me the top leads',
    'log a call with sam at acme',
    'move the acme deal to proposal',
    'how do i add a user',
    'delete everything we have on nancy johnson',
    'assign the globex deal to sam',
  ])('not a user request: %s', (text) => {
    expect(userAdministrationRequestOf(text)).toBeUndefined();
  });
});

// W17S, sixteenth round: a removal with the reason said after the person ("deactivate marcus johnson
// he left"): the person is removed (the admin answer), the reason is no part of their name.
describe('a user removed with the reason after the name', () => {
  it.each([
    ['deactivate marcus johnson he left', 'marcus johnson'],
    ['please remove marcus johnson, he quit', 'marcus johnson'],
    ['offboard marcus johnson - he left last friday', 'marcus johnson'],
    ['remove marcus johnson he no longer works here', 'marcus johnson'],
    ['disable lena fischer, she resigned', 'lena fischer'],
    ['Deactivate Sam Rivera since he has left the company', 'sam rivera'],
    ["deactivate kenji as he's leaving", 'kenji'],
    ['can you remove sam rivera? he left us yesterday', 'sam rivera'],
  ])('"%s" removes %s', (text, name) => {
    expect(userAdministrationRequestOf(text)).toEqual({ action: 'remove', name });
  });

  it.each([
    'remove the acme deal, the buyer left',
    'remove jane cooper she left acme',
    'remove sam from the acme deal, he left',
    'delete everything we have on nancy johnson',
    'remove that he left',
  ])('"%s" is no user removal', (text) => {
    expect(userAdministrationRequestOf(text)).toBeUndefined();
  });
});
