import { isTeamRosterQuestion, teamMembershipOf } from '../../../src/dialogs/routing/team-questions';

// Issue 19, nineteenth round (w20r): who manages a team is asked of the team ("who manages the
// mid-market team?"), answered by its roster with the manager first. Before, "can't help with that".
describe('who manages a team', () => {
  it.each([
    'who manages the mid-market team?',
    "who's the manager of the enterprise team",
    'who leads the support team',
    "who runs priya's team",
    'who is in charge of the mid-market team',
    'who heads up the enterprise team?',
    'manager of the mid market team',
  ])('"%s" is the team\'s roster', (text) => {
    expect(isTeamRosterQuestion(text)).toBe(true);
    expect(teamMembershipOf(text)).toBeDefined();
  });

  it.each(['who manages acme', 'who manages the acme account', 'how do i manage my team in crmpro'])(
    '"%s" is no team roster',
    (text) => {
      expect(teamMembershipOf(text)).toBeUndefined();
    },
  );
});
