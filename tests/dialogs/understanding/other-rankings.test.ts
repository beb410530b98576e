import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import {
  accountsRankedByCountOf,
  activeRepQuestionOf,
  dealAgeQuestionOf,
} from '../../../src/dialogs/understanding/other-rankings';
import type { RecordQuestion } from '../../../src/dialogs/understanding/record-question';
import type { RecordQuery } from '../../../src/vocabulary';

// Issue 19, twenty-third round (w24a, dev-qa42 section 3): rankings by something other than a
// deal's amount. "which open deal has been open the longest?" listed open deals by amount, "which
// account has the most contacts" went to the documentation, "who's the least active rep this
// quarter" got "can't help" and "most active rep this month" was answered with won business.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };

function entities(text: string) {
  return extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    contacts: [],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    industries: [],
  });
}
const queryOf = (question: RecordQuestion | undefined): RecordQuery | undefined =>
  question?.kind === 'query' ? question.query : undefined;
const byAge = (text: string) => queryOf(dealAgeQuestionOf(text, entities(text), context));
const byActivity = (text: string) => queryOf(activeRepQuestionOf(text, entities(text), context));
const byCount = (text: string) => queryOf(accountsRankedByCountOf(text, entities(text), context));

describe('open deals by age', () => {
  it.each<[string, 'oldest' | 'newest', number]>([
    ['which open deal has been open the longest?', 'oldest', 1],
    ["what's our oldest open opportunity", 'oldest', 1],
    ['which deal has been sitting in the pipeline longest', 'oldest', 1],
    ['longest-running deal on my team', 'oldest', 1],
    ['show me our 5 oldest deals', 'oldest', 5],
    ['what is the newest deal in the pipeline', 'newest', 1],
    ['which opp was most recently created', 'newest', 1],
  ])('"%s": the %s first, %i shown', (text, order, limit) => {
    const query = byAge(text);
    expect(query).toMatchObject({ record: 'deal', aggregate: 'top', order, limit });
    expect(query?.status).toBeUndefined();
  });

  it('keeps the owner said', () => {
    expect(byAge("sam's oldest open deal")?.owner).toEqual({ rep: 'Sam Rivera' });
  });

  it.each([
    'who has been a customer the longest',
    'oldest won deal this year',
    'which deals have been in negotiation the longest',
    'the biggest open deal',
    'how long has the acme deal been open',
  ])('"%s" is no ranking of open deals by age', (text) => {
    expect(byAge(text)?.order === 'oldest' && !/negotiation/.test(text)).toBe(false);
  });
});

describe('reps by how much activity they log', () => {
  it.each<[string, 'biggest' | 'smallest', string | undefined]>([
    ["who's the least active rep this quarter", 'smallest', '2026-10-01'],
    ["who's been the most active rep this month?", 'biggest', '2026-12-01'],
    ['most active salesperson last week', 'biggest', '2026-11-23'],
    ['who is the busiest rep on my team this week', 'biggest', '2026-11-30'],
    ['least active people on the team in november', 'smallest', '2026-11-01'],
  ])('"%s": interactions per owner, %s first, from %s', (text, order, from) => {
    const query = byActivity(text);
    expect(query).toMatchObject({ record: 'interaction', groupBy: 'owner', order });
    expect(query?.occurredFrom).toBe(from);
  });

  it.each([
    'which accounts are the most active',
    'most active deals this month',
    'our least active customers',
    'what was the busiest month this year',
    'most active leads',
  ])('"%s" is no ranking of reps', (text) => {
    expect(byActivity(text)).toBeUndefined();
  });
});

describe('accounts by how many records they hold', () => {
  it.each<[string, NonNullable<RecordQuery['relatedCount']>['of'], 'biggest' | 'smallest']>([
    ['which account has the most contacts', 'contacts', 'biggest'],
    ['which account has the most open deals', 'openDeals', 'biggest'],
    ['the customer with the most open tickets?', 'openCases', 'biggest'],
    ['what company has the most support cases', 'cases', 'biggest'],
    ['which of my accounts has the fewest contacts', 'contacts', 'smallest'],
    ['client with the most deals', 'deals', 'biggest'],
  ])('"%s": by %s, %s first', (text, of, order) => {
    const query = byCount(text);
    expect(query).toMatchObject({ record: 'account', aggregate: 'list', order });
    expect(query?.relatedCount?.of).toBe(of);
  });

  it.each([
    'accounts with at least 3 open deals',
    'which account has the biggest deal',
    'which rep has the most open deals',
    'who at acme has the most cases',
  ])('"%s" is no ranking of accounts by a count', (text) => {
    expect(byCount(text)).toBeUndefined();
  });
});
