import { isTeamRosterQuestion } from '../../../src/dialogs/routing/team-questions';

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
