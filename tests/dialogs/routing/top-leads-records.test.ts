import { asksOwnedLeadCount, rankedRecordsOf } from '../../../src/dialogs/routing/lead-words';
import { ownedLeadCountReply } from '../../../src/dialogs/replies/scoring-replies';
import { formatMoneyExact } from '../../../src/dialogs/replies/format';

// Issue 19: "top leads" asked of the top-leads ranking is the caller's best opportunities (deals by
// win chance, as the Slack App Home asks it); lead records when the words say so, or when a count of
// the leads one owns is asked.
describe('what a ranking by chance ranks', () => {
  it.each([
    'which new leads are most likely to convert',
    'rank the inbound leads',
    'open leads to qualify first',
    'web leads most likely to convert',
    'how many leads do i own in total',
    'how many leads does my team have',
  ])('"%s" ranks leads', (text) => {
    expect(rankedRecordsOf(text)).toBe('leads');
  });

  it.each([
    'my top deals',
    'my top leads?',
    'top leads for my team',
    'top opportunities for my team',
    'top leads in my pipeline',
    'what should i focus on this week',
    'which deals are most likely to close',
    'who should lead the call with globex',
  ])('"%s" ranks deals', (text) => {
    expect(rankedRecordsOf(text)).toBe('deals');
  });
});

describe('a count of the leads someone owns', () => {
  it.each([
    'how many leads do i own in total',
    'how many leads do i have',
    'how many leads are assigned to me',
    'count my leads',
    'number of leads i own',
    'how many leads does my team have',
    'how many of my leads are there in total',
  ])('"%s" counts the leads owned', (text) => {
    expect(asksOwnedLeadCount(text)).toBe(true);
  });

  it.each([
    'how many leads came in last month',
    'how many web leads do we have',
    'how many of my leads converted',
    'how many leads from the spring webinar',
    'how many deals do i have',
    'my top leads',
    'how many leads did we get from referrals',
  ])('"%s" is not a count of leads owned', (text) => {
    expect(asksOwnedLeadCount(text)).toBe(false);
  });
});

describe('the count of leads owned, in words', () => {
  const result = (scope: string, byStatus: Record<string, number>) => ({
    scope,
    kind: 'leads' as const,
    deals: [],
    leads: [],
    considered: 0,
    byStatus,
    modelVersion: 'test',
  });

  it('says the total, the open ones by status, then the closed ones', () => {
    expect(
      ownedLeadCountReply(result('your deals', { working: 2, qualified: 1, converted: 2, disqualified: 4 }))
        .text,
    ).toBe('You own 9 leads: 3 open (2 working, 1 qualified), 2 converted, 4 disqualified.');
    expect(ownedLeadCountReply(result('team Enterprise', { new: 1 })).text).toBe(
      'Team Enterprise owns 1 lead: 1 open (1 new).',
    );
    expect(ownedLeadCountReply(result('your deals', {})).text).toBe('You own no leads.');
  });
});

describe('a sum to the unit', () => {
  it.each([
    [1_028_900, 'USD', '$1,028,900'],
    [709_000, 'GBP', '£709,000'],
    [-1234.6, 'EUR', '-€1,235'],
    [5000, 'CHF', '5,000 CHF'],
  ])('%s %s → %s', (amount, currency, text) => {
    expect(formatMoneyExact(amount, currency)).toBe(text);
  });
});
