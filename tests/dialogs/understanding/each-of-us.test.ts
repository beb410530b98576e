import { caseSummaryOf } from '../../../src/dialogs/routing/case-summary-questions';
import { ownerRankingOf } from '../../../src/dialogs/understanding/owner-ranking';
import { asksOfEachOfUs } from '../../../src/dialogs/understanding/each-of-us';

// Issue 19, twenty-seventh round (w28c, from dev-qa50): "how many open cases does each of us have
// right now" got the help text. A figure asked of "each of us" is per person: a support agent's open
// cases, a rep's open deals, as "per agent" and "by rep" ask.
describe('a figure asked of each of us', () => {
  it.each([
    'how many open cases does each of us have right now',
    'how many tickets has each of us got open',
    'open cases for every one of us',
    "what's everyone on the team working on - open cases per head?",
    'how many cases does each of you have',
  ])('"%s" is the open cases per agent', (text) => {
    expect(caseSummaryOf(text)).toEqual({ summary: 'agents' });
  });

  it.each([
    'how many open deals does each of us have',
    'pipeline for each one of us',
    'how much has each of us won this quarter',
  ])('"%s" ranks the owners', (text) => {
    expect(ownerRankingOf(text)).toMatchObject({ groupBy: 'owner' });
  });

  it.each([
    'how many open cases do i have',
    'which of us has the acme case',
    'each of the deals in negotiation',
    'can each account have two owners',
  ])('"%s" asks nothing of each of us', (text) => {
    expect(asksOfEachOfUs(text)).toBe(false);
  });
});
