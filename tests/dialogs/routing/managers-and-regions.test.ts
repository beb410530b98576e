import {
  isTeamRosterQuestion,
  managerQuestionOf,
  regionCoverageOf,
} from '../../../src/dialogs/routing/team-questions';

// Issue 19, fourteenth round (W15-P): the caller asks who their manager is, or whose a colleague's
// is; a manager asks who covers a sales region. Wordings written for the class, and wordings that
// must NOT be read so.

describe("the caller's manager", () => {
  it.each<[string]>([
    ["who's my manager"],
    ['whos my manager?'],
    ['who is my boss'],
    ['Who do I report to?'],
    ['hey, who am i reporting to'],
    ['who manages me'],
    ['my manager?'],
    ["who's my line manager again"],
    ['who is my team lead'],
  ])('"%s" asks the caller\'s manager', (wording) => {
    expect(managerQuestionOf(wording)).toEqual({ self: true });
    expect(isTeamRosterQuestion(wording)).toBe(true);
  });

  it.each<[string, string]>([
    ["who is lena's manager", 'lena'],
    ["who's lena fischer's boss", 'lena fischer'],
    ['who does sophie report to', 'sophie'],
  ])('"%s" asks a colleague\'s manager', (wording, person) => {
    expect(managerQuestionOf(wording)).toEqual({ person });
  });

  it.each<[string]>([
    ['who manages the acme account'],
    ['email my manager the forecast'],
    ['how do i change my manager in the crm'],
    ["who's the account manager at globex"],
    ['my manager wants the q4 numbers'],
  ])('"%s" is no question about a manager', (wording) => {
    expect(managerQuestionOf(wording)).toBeUndefined();
  });
});

describe('who covers a region', () => {
  it.each<[string, string]>([
    ['who covers emea', 'EMEA'],
    ['who covers emea on my team', 'EMEA'],
    ['who on my team covers apac?', 'APAC'],
    ['which reps handle north america', 'NA'],
    ["who's covering the latam territory", 'LATAM'],
    ['who is our emea rep', 'EMEA'],
    ['Who looks after Europe', 'EMEA'],
    ['which of my reps work apac', 'APAC'],
  ])('"%s" asks who covers %s', (wording, region) => {
    expect(regionCoverageOf(wording)).toBe(region);
    expect(isTeamRosterQuestion(wording)).toBe(true);
  });

  it.each<[string]>([
    ['who has the most deals in emea'],
    ['how many accounts in emea'],
    ['who covers acme'],
    ['emea pipeline'],
    ['who owns the biggest emea deal'],
  ])('"%s" is no question who covers a region', (wording) => {
    expect(regionCoverageOf(wording)).toBeUndefined();
  });
});
