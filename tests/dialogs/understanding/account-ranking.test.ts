import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion, type RecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Accounts ranked by the business they bring, in many people's words: won business (over the
// period said, or all time) unless the words say the open pipeline. Written apart from the
// evaluation sets; the last tables are questions that must keep their own readings.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];

function parse(text: string): RecordQuestion | undefined {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: ACCOUNTS, reps: [] });
  return parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
}

const ranked = (extra: Record<string, unknown> = {}) => ({
  kind: 'query',
  query: { record: 'deal', aggregate: 'top', groupBy: 'account', rankBy: 'amount', ...extra },
});

describe('accounts ranked by the business they brought', () => {
  it.each([
    'my biggest accounts',
    'who are our largest customers',
    'whats our biggest customer',
    'my most valuable accounts',
    'which customers spent the most with us',
    'highest-paying clients?',
    'accounts ranked by won revenue',
    'rank my clients by revenue',
    'revenue by customer',
    'Which account has brought in the most money?',
  ])('"%s" ranks accounts on their won deals over all time', (text) => {
    const parsed = parse(text.toLowerCase());
    expect(parsed).toMatchObject(ranked({ status: 'won', order: 'biggest' }));
    if (parsed?.kind === 'query') expect(parsed.query.closedFrom).toBeUndefined();
  });

  it.each([
    ['biggest customers this year', '2026-01-01', '2026-12-31'],
    ['which account brought in the most revenue last quarter', '2026-07-01', '2026-09-30'],
    ['top customers by bookings in q3', '2026-07-01', '2026-09-30'],
  ])('"%s" ranks them on what was won in the period', (text, from, to) => {
    expect(parse(text)).toMatchObject(ranked({ status: 'won', closedFrom: from, closedTo: to }));
  });

  it.each([
    ['top 10 customers by revenue', 10],
    ['top 3 highest paying clients', 3],
    ['our five biggest accounts', 5],
    ['the 7 largest logos we have', 7],
  ])('"%s" shows as many as asked', (text, limit) => {
    expect(parse(text)).toMatchObject(ranked({ limit }));
  });

  it('"smallest accounts by revenue" starts from the low end', () => {
    expect(parse('smallest accounts by revenue')).toMatchObject(ranked({ order: 'smallest', status: 'won' }));
  });

  it('a region said narrows the accounts ranked', () => {
    expect(parse('biggest customers in emea')).toMatchObject(ranked({ region: 'EMEA', status: 'won' }));
  });
});

describe('accounts ranked by their open pipeline', () => {
  it.each([
    'which accounts have the most open pipeline',
    'pipeline by account',
    'rank my accounts by pipeline',
    'what client has the biggest pipeline right now',
    'open pipeline per customer',
  ])('"%s" ranks accounts on their open deals', (text) => {
    expect(parse(text)).toMatchObject(ranked({ status: 'open', order: 'biggest' }));
  });
});

describe('questions that keep their own readings', () => {
  it.each([
    'who has the biggest deal',
    'my biggest customer deals',
    'contacts at my biggest accounts',
    'which clients have the most open deals',
    'biggest accounts by headcount',
    'companies with the most employees',
    "what's my biggest deal at acme",
    'pipeline by region',
    'who on my team has the biggest pipeline',
  ])('"%s" is no ranking of accounts by their deals', (text) => {
    const parsed = parse(text);
    expect(parsed?.kind === 'query' && parsed.query.groupBy === 'account').toBe(false);
  });
});
