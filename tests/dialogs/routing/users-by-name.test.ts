import {
  isTeamRosterQuestion,
  teamMembershipOf,
  userTeamQuestionOf,
  usersQuestionOf,
} from '../../../src/dialogs/routing/team-questions';

// Issue 19, twelfth round (W12-P): an admin asks about the CRM's users by name ("what team is lena
// fischer on", "who is on priya nairs team") or by the part of the company they work in ("who works
// in support").

describe("a user's team, asked by name", () => {
  it.each<[string, string]>([
    ['what team is lena fischer on', 'lena fischer'],
    ['which team is lena on?', 'lena'],
    ["what's lena fischer's team", 'lena fischer'],
    ['what team does kenji watanabe belong to', 'kenji watanabe'],
    ['which team does priya manage', 'priya'],
    ['which team is sofie laurent in', 'sofie laurent'],
    ['lena fischer is on which team?', 'lena fischer'],
    ['what team is noah in', 'noah'],
  ])('"%s" asks the team of %s', (wording, person) => {
    expect(userTeamQuestionOf(wording)).toBe(person);
    expect(isTeamRosterQuestion(wording)).toBe(true);
  });

  it.each([
    'what team am i on',
    'which team is the acme deal on',
    'what team is responsible for billing',
    "who's the account manager at acme",
    'who is the manager',
    'which team is doing best this quarter',
    "what's my team's pipeline",
  ])('"%s" asks no user\'s team', (wording) => {
    expect(userTeamQuestionOf(wording)).toBeUndefined();
  });
});

describe("who is on a person's team, the name typed whole or without its apostrophe", () => {
  it.each<[string, string]>([
    ['who is on priya nairs team', 'priya nair'],
    ["who is on priya nair's team", 'priya nair'],
    ["who's on priya's team", 'priya'],
    ['list everyone on morgan lees team', 'morgan lee'],
    ['who works on kenji watanabes team', 'kenji watanabe'],
    ['members of priya nairs team', 'priya nair'],
  ])('"%s" is the team of %s', (wording, person) => {
    expect(teamMembershipOf(wording)?.person).toBe(person);
  });

  it.each(['who is on the sales team', 'who is on my team', 'who is on the support team'])(
    '"%s" names no person',
    (wording) => {
      expect(teamMembershipOf(wording)?.person).toBeUndefined();
    },
  );
});

describe('who works in a part of the company', () => {
  it.each<[string, string]>([
    ['who works in support', 'support'],
    ["who's in support?", 'support'],
    ['who is in marketing', 'marketing'],
    ['who works in marketing', 'marketing'],
    ['who else works in support', 'support'],
    ['who is in support right now', 'support'],
  ])('"%s" asks the users of the %s role', (wording, role) => {
    expect(usersQuestionOf(wording)?.role).toBe(role);
  });

  it.each([
    'who works in sales at acme',
    'what works in support for login issues',
    'who is in the webinar',
    'who in support handles billing tickets',
  ])('"%s" is no question about users', (wording) => {
    expect(usersQuestionOf(wording)).toBeUndefined();
  });
});
