import {
  isTeamRosterQuestion,
  rosterRoleNarrowingOf,
  usersQuestionOf,
} from '../../../src/dialogs/routing/team-questions';

describe('every user with their role, and how many users (issue 19, tenth round, w8k)', () => {
  it.each([
    ['access review: who has which role', false],
    ['who has what role', false],
    ['what role does everyone have?', false],
    ['list all users and their roles', false],
    ['show me every user with their role', false],
    ['which roles do our users have', false],
    ['give me the user list with roles', false],
    ['who has access to the crm', false],
    ['how many crm users do we have', true],
    ['how many users do we have in the crm?', true],
    ['how many people use crmpro', true],
    ['number of users in the crm', true],
    ['user count?', true],
    ['how many active users are there', true],
  ])('"%s" asks for the users (counting %s)', (text, counting) => {
    expect(isTeamRosterQuestion(text)).toBe(true);
    expect(usersQuestionOf(text)).toEqual({ counting });
  });

  it.each([
    'how many users does the team plan include',
    'how many users can i add',
    'what roles are there in crmpro',
    'which role can export data',
    'what does the analyst role do',
    "how do i change a user's role",
    'how do i run an access review',
    'who has access to the acme account',
    'how many contacts do we have',
    'how many users can we have on the starter plan',
  ])('"%s" does not', (text) => {
    expect(usersQuestionOf(text)).toBeUndefined();
  });
});

describe('narrowing the users just listed to one role (w8k)', () => {
  it.each([
    ['only the support people', 'support'],
    ['just the managers', 'manager'],
    ['only admins', 'admin'],
    ['what about the analysts?', 'analyst'],
    ['and the sales reps?', 'rep'],
    ['support agents only', 'support'],
    ['which of them are managers', 'manager'],
    ['only the ones in marketing', 'marketing'],
  ])('"%s" keeps the %s users', (text, role) => {
    expect(rosterRoleNarrowingOf(text)).toBe(role);
  });

  it.each([
    'only the ones in emea',
    'just the open ones',
    'only mine',
    'only the deals over 50k',
    'what about the acme account',
    'how do managers get the forecast digest',
    'only the managers deals closing this month',
  ])('"%s" does not', (text) => {
    expect(rosterRoleNarrowingOf(text)).toBeUndefined();
  });
});
