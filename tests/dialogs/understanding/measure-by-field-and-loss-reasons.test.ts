import { asksWhyDealsWereLost } from '../../../src/dialogs/understanding/reason-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-sixth round (w27b, from dev-qa48): "revenue by industry" was read as nothing (no
// record word) and "lost reasons this year" as a list of lost deals, which an analyst is refused.
// Money brought in said by its own name ("revenue", "bookings") is the won deals counted and summed
// per value; deals may also be counted by their account's size and by why they were lost; and a
// question whose subject is why deals were lost is marked as asking the reasons.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { parse, queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
});

describe('a measure of deals by a field', () => {
  it.each([
    ['revenue by industry', 'won', 'industry'],
    ['Revenue per vertical this year', 'won', 'industry'],
    ['how much revenue by country last year', 'won', 'country'],
    ['bookings by industry', 'won', 'industry'],
    ['won revenue split by industry', 'won', 'industry'],
    ['lost deals by reason', 'lost', 'lostReason'],
    ['lost deals this year broken down by loss reason', 'lost', 'lostReason'],
    ['won deals by company size', 'won', 'size'],
    ['pipeline by account size', 'open', 'size'],
  ])('%s → %s deals by %s', (text, status, breakdown) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', aggregate: 'count', status, breakdown });
  });

  it('a period said is when the deals closed', () => {
    expect(queryOf('revenue by industry this year')).toMatchObject({
      closedFrom: '2026-01-01',
      closedTo: '2026-12-31',
    });
  });

  it.each(['top 3 deals by size', 'top 5 deals on the team by size'])(
    'deals by size are ranked by amount, not counted by company size: %s',
    (text) => {
      expect(queryOf(text)?.breakdown).toBeUndefined();
    },
  );

  it.each([
    ['accounts by size', 'account', 'size'],
    ['won deals by industry', 'deal', 'industry'],
    ['pipeline by source', 'deal', 'source'],
  ])('keeps its reading: %s', (text, record, breakdown) => {
    expect(queryOf(text)).toMatchObject({ record, breakdown });
  });
});

describe('why deals were lost, asked as the subject', () => {
  it.each([
    'lost reasons this year',
    'top loss reasons q3',
    'most common reason we lose deals',
    'reasons why we lost deals this quarter',
    'why did we lose deals this year',
    'why are we losing so many deals',
    'Loss reasons?',
  ])('%s', (text) => {
    expect(asksWhyDealsWereLost(text)).toBe(true);
  });

  it.each([
    'lost deals this quarter as a table with the reasons',
    'lost deals this year',
    "what's the reason for the price increase",
    'why is acme at 35%',
    'how many deals did we lose',
  ])('not: %s', (text) => {
    expect(asksWhyDealsWereLost(text)).toBe(false);
  });

  it('marks the lost deals question', () => {
    expect(parse('lost reasons this year')).toMatchObject({
      kind: 'query',
      lossReasons: true,
      query: { record: 'deal', status: 'lost', closedFrom: '2026-01-01' },
    });
    expect(parse('lost deals this year')).not.toHaveProperty('lossReasons');
  });
});
