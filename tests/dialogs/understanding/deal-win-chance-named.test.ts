/**
 * Issue 19, fifteenth round (w16w): a deal named by its account and product words ("the hooli pilot",
 * "the wayne enterprises annual renewal") or by its full name ("Acme Corporation - Annual renewal Q4
 * 2026 (3)") in a question about its win chance ("how likely", "how sure are we", "why … at risk"),
 * and the follow-ups on the deal just scored ("why", "what would raise the chance").
 */
import {
  dealWordsAtRisk,
  dealsNamedIn,
  asksWinChanceOfNamed,
  scoreFollowUpOf,
} from '../../../src/dialogs/understanding/deal-win-chance';

const deal = (name: string) => ({ name, accountName: name.split(' - ')[0]! });
const HOOLI = [
  deal('Hooli - Multi-year renewal Q4 2026 (2)'),
  deal('Hooli - Annual renewal Q4 2026'),
  deal('Hooli - Sales team pilot Q4 2026'),
  deal('Hooli - Integration package Q1 2027'),
];
const ACME = [
  deal('Acme Corporation - Annual renewal Q4 2026 (2)'),
  deal('Acme Corporation - Annual renewal Q4 2026 (3)'),
  deal('Acme Corporation - Annual renewal Q4 2026'),
  deal('Acme Corporation - Seat expansion Q4 2026 (2)'),
];
const names = (deals: ReadonlyArray<{ name: string }>) => deals.map((d) => d.name);

describe("the account's deals a win-chance question names", () => {
  it.each([
    ['how likely is the hooli pilot to close', ['Hooli - Sales team pilot Q4 2026']],
    ['whats the win chance on the hooli pilot deal', ['Hooli - Sales team pilot Q4 2026']],
    ['score for Hooli - Sales team pilot Q4 2026', ['Hooli - Sales team pilot Q4 2026']],
    ['odds on hooli sales team pilot?', ['Hooli - Sales team pilot Q4 2026']],
    ['HOW SURE ARE WE ON THE HOOLI INTEGRATION PACKAGE', ['Hooli - Integration package Q1 2027']],
    ['why is the hooli annual renewal at risk', ['Hooli - Annual renewal Q4 2026']],
    [
      'how likely is the hooli renewal to close',
      ['Hooli - Multi-year renewal Q4 2026 (2)', 'Hooli - Annual renewal Q4 2026'],
    ],
  ])('"%s" → %j', (text, expected) => {
    expect(names(dealsNamedIn(text, HOOLI))).toEqual(expected);
  });

  it.each([
    [
      'how sure are we on Acme Corporation - Annual renewal Q4 2026 (3)?',
      ['Acme Corporation - Annual renewal Q4 2026 (3)'],
    ],
    ['score for acme corporation - annual renewal q4 2026', ['Acme Corporation - Annual renewal Q4 2026']],
    ['win chance acme annual renewal q4 2026 (2)', ['Acme Corporation - Annual renewal Q4 2026 (2)']],
    ['how likely is the acme seat expansion', ['Acme Corporation - Seat expansion Q4 2026 (2)']],
  ])('"%s" → %j (the full name, its number too)', (text, expected) => {
    expect(names(dealsNamedIn(text, ACME))).toEqual(expected);
  });

  it.each([
    'how likely is hooli to close',
    'score for the Hooli deal',
    'why is hooli at 35%?',
    'hooli win chance',
    'what are the odds on the new hooli deals',
  ])('"%s" names no one deal: every open deal of the account', (text) => {
    expect(dealsNamedIn(text, HOOLI)).toHaveLength(HOOLI.length);
  });
});

describe('a deal said at risk by its account and product words', () => {
  it.each([
    ['why is the wayne enterprises annual renewal at risk', 'wayne enterprises'],
    ['is the hooli pilot at risk?', 'hooli'],
    ['why is acme corporation - annual renewal q4 2026 (3) at risk', 'acme corporation'],
    ["why's the globex rollout deal in danger", 'globex'],
    ['Initech Data Integration at risk?', 'initech'],
    ['why is the initech expansion slipping away', 'initech'],
  ])('"%s" names a deal', (text, account) => {
    expect(dealWordsAtRisk(text, account)).toBeTruthy();
  });

  it.each([
    ['why is wayne enterprises at risk', 'wayne enterprises'],
    ['is the hooli account at risk?', 'hooli'],
    ['is acme corporation at risk of churning', 'acme corporation'],
    ['hooli at risk?', 'hooli'],
    ['is our customer initech in danger', 'initech'],
    ['why is Wayne Enterprises Inc at risk', 'wayne enterprises'],
  ])('"%s" is the account\'s risk', (text, account) => {
    expect(dealWordsAtRisk(text, account)).toBeUndefined();
  });
});

describe("a deal's win chance asked in other words", () => {
  it.each([
    'how sure are we on Acme Corporation - Annual renewal Q4 2026 (3)?',
    'how confident are we about the hooli pilot',
    'how certain am i on the globex rollout',
    'what are the odds on the initech renewal',
    'how likely is the hooli pilot to close',
    'how likely are we to win the acme renewal',
    'how sure are we on Acme Corporation - Multi-year renewal Q4 2026 (2)?',
    // The win chance said as a noun (w17f).
    "so what's the win chance of the hooli sales team pilot",
    'win probability on the acme renewal',
    'hooli pilot win chance?',
    'wats the winning odds for the globex rollout',
    'what are our chances of winning the initech renewal',
    'probability of closing the wayne integration',
    'likelihood to close the acme annual renewal',
    'whats the win % on the hooli pilot',
  ])('"%s" asks a win chance', (text) => {
    expect(asksWinChanceOfNamed(text)).toBe(true);
  });

  it.each([
    'how confident are we in the forecast',
    'how sure are we about this quarter',
    'how likely is acme to churn',
    'how confident is that forecast',
    'tell me about the hooli pilot',
    "what's olivia's win rate",
    'win rate on the acme deals',
    'chance of acme churning',
    'what are the odds of winning this quarter',
    'probability of closing the forecast',
  ])('"%s" is no win-chance ask', (text) => {
    expect(asksWinChanceOfNamed(text)).toBe(false);
  });
});

describe('follow-ups on the deal just scored', () => {
  it.each([
    ['why', 'why'],
    ['why?', 'why'],
    ['and why so low', 'why'],
    ['how come', 'why'],
    ["what's holding it back", 'why'],
    ['what would raise the chance', 'raise'],
    ['what could improve the odds?', 'raise'],
    ['how can we increase it', 'raise'],
    ['what would help', 'raise'],
    ['what can i do to push it up', 'raise'],
    ['wat wud raise the chance', 'raise'],
  ])('"%s" → %s', (text, kind) => {
    expect(scoreFollowUpOf(text)).toBe(kind);
  });

  it.each([
    'why is acme at risk',
    'what would you recommend for globex',
    'why did we lose the acme deal',
    'how can i raise a case',
    'what can i do here',
  ])('"%s" is no follow-up on the score', (text) => {
    expect(scoreFollowUpOf(text)).toBeUndefined();
  });
});
