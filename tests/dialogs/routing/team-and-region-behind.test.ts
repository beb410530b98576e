/**
 * Team questions of the ninth round (issue 19, w5d): "who is on the team" names no team, so it is
 * the caller's own team (every team for an admin, in the handler); "which region is behind" ranks
 * the regions on what they won, the least first — not a knowledge answer about servers.
 */
import { teamMembershipOf } from '../../../src/dialogs/routing/team-questions';
import { isBehind, regionRankingOf } from '../../../src/dialogs/understanding/owner-ranking';

describe('who is on the team, no team named', () => {
  it.each([
    'who is on the team',
    "who's on the team?",
    'who is on the whole team',
    'list everyone on the team',
    'who works on the team',
    'who is in the entire team right now',
  ])('%s → the team (theTeam)', (text) => {
    expect(teamMembershipOf(text)).toEqual({ theTeam: true });
  });

  it.each([
    ['who is on my team', {}],
    ['who is on the support team', {}],
    ["who is on priya's team", { person: 'priya' }],
  ])('a team named or owned stays that team: %s', (text, expected) => {
    expect(teamMembershipOf(text)).toEqual(expected);
  });

  it.each([
    'who is on the team for acme',
    'who on the team has the most deals',
    'how is the team doing',
    'is the team on track this quarter',
  ])('not a roster question: %s', (text) => {
    expect(teamMembershipOf(text)).toBeUndefined();
  });
});

describe('which region is behind', () => {
  it.each([
    'which region is behind',
    'which region is behind this year',
    'what region is falling behind',
    'which region is lagging',
    'which region is furthest behind this quarter',
    'which regions are behind',
  ])('%s → regions ranked on what they won, least first', (text) => {
    expect(regionRankingOf(text)).toEqual({ groupBy: 'region', rankBy: 'amount', order: 'smallest' });
  });

  it.each([
    'which region is behind on follow ups',
    'which accounts in emea are behind',
    'is emea behind',
    'which region has the most open pipeline',
  ])('not a region ranking of the least won: %s', (text) => {
    expect(regionRankingOf(text)?.order === 'smallest' && isBehind(text) ? text : undefined).toBeUndefined();
  });
});
