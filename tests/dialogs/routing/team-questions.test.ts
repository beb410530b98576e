import {
  isTeamRosterQuestion,
  teamMembershipOf,
  usersQuestionOf,
} from '../../../src/dialogs/routing/team-questions';

describe("who is on the caller's team", () => {
  it.each([
    "who's on my team",
    'who is on my team?',
    'whos in my team',
    'who are my reps',
    'list my team',
    'show me my team members',
    'my team members',
    'team roster',
    'who reports to me',
    'who do i manage',
    'who works for me?',
    'list the members of our team',
  ])('"%s" asks for the team', (text) => {
    expect(isTeamRosterQuestion(text)).toBe(true);
  });

  it.each([
    'how is my team doing',
    'who on my team has the most deals',
    "my team's pipeline",
    "who's on the enterprise plan",
    'who is on the call with acme',
    'who is jane cooper',
    'what is my team target',
  ])('"%s" does not', (text) => {
    expect(isTeamRosterQuestion(text)).toBe(false);
  });
});

describe("the CRM's users by role or team (issue 19, seventh round)", () => {
  it.each([
    ['list all the users who are sales reps', 'rep'],
    ['who are the sales reps', 'rep'],
    ['which users are managers?', 'manager'],
    ['who has admin access', 'admin'],
    ["who's an admin here", 'admin'],
    ['who are the support agents', 'support'],
    ['show me all users', undefined],
    ['list every user in the mid-market team', undefined],
    ['how many reps do we have', 'rep'],
    ['list the people who are in marketing', 'marketing'],
    ['can you list all the account executives', 'rep'],
    ['which people are analysts', 'analyst'],
  ])('"%s" asks for users (role %s)', (text, role) => {
    expect(isTeamRosterQuestion(text)).toBe(true);
    expect(usersQuestionOf(text)?.role).toBe(role);
  });

  it('counts when asked how many', () => {
    expect(usersQuestionOf('how many reps do we have')?.counting).toBe(true);
    expect(usersQuestionOf('who are the sales reps')?.counting).toBe(false);
  });

  it.each([
    'who is the sales rep for acme',
    "who's the rep on the globex deal",
    'which rep has the most pipeline',
    'who are the decision makers at acme',
    'list the contacts at acme',
    'how many users does the enterprise plan allow',
    'how do i add a user',
    'list the champions',
    'show me all the reps deals',
    'who are our best customers',
    'how many leads do we have',
  ])('"%s" does not', (text) => {
    expect(usersQuestionOf(text)).toBeUndefined();
    expect(isTeamRosterQuestion(text)).toBe(false);
  });
});

describe('users by role asked in more words: everyone, everybody, who all, got (issue 19, r4)', () => {
  it.each([
    ['list everyone with admin access', 'admin'],
    ['show me everybody with admin rights', 'admin'],
    ["who's got admin access", 'admin'],
    ['who all has admin access?', 'admin'],
    ['give me everyone who is a manager', 'manager'],
    ['list everybody in support', 'support'],
    ['name all the staff with admin permissions', 'admin'],
  ])('"%s" asks for users (role %s)', (text, role) => {
    expect(usersQuestionOf(text)?.role).toBe(role);
  });

  it.each([
    'list everyone on the globex deal',
    'list everyone at acme',
    'list everyone who attended the webinar',
    'show me everyone with open cases',
    'list everyone with a deal closing this month',
    "who's got the acme account",
    'list everyone i emailed last week',
  ])('"%s" does not', (text) => {
    expect(usersQuestionOf(text)).toBeUndefined();
  });
});

describe("who is on a team: the caller's, one named, or a person's (issue 19, eighth round, w4a)", () => {
  it.each([
    ["who's on my team again", undefined],
    ['who is on my team right now?', undefined],
    ['remind me who is in my team', undefined],
    ['list everyone on the support team', undefined],
    ['who is on the analytics team', undefined],
    ['show me the members of the mid-market team', undefined],
    ['who works on the analytics team?', undefined],
    ['members of team apac', undefined],
    ['can you tell me who is part of the mid market team', undefined],
    ["who is on priya's team", 'priya'],
    ["who's in priya’s team", 'priya'],
    ["list the people on morgan's team", 'morgan'],
    ["priya's team members", 'priya'],
    ["who is on james' team", 'james'],
    ['who reports to priya', 'priya'],
    ['who does priya nair manage', 'priya nair'],
  ])('"%s" asks who is on a team (person %s)', (text, person) => {
    expect(isTeamRosterQuestion(text)).toBe(true);
    expect(teamMembershipOf(text)).toEqual(person ? { person } : {});
  });

  it.each([
    "how is priya's team tracking for q4",
    "show me priya's team forecast for q4",
    'who on my team has the most deals',
    'who is on the support team for acme',
    "who's on the enterprise plan",
    'who is on the call with acme',
    'list everyone on the globex deal',
    "what is priya's team target",
    'who reports on pipeline',
    'who does the demo for acme',
    'who works for acme',
    "list the support team's open cases",
  ])('"%s" does not', (text) => {
    expect(teamMembershipOf(text)).toBeUndefined();
  });
});
