import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, ninth round: renewing said as a verb ("what renews next month") is the renewal deals
// closing in that window; a stage said in the plural after whose deals ("my proposals") is those
// deals in that stage. Several wordings per need, and wordings that must NOT be read that way.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];
const { queryOf } = recordQuestionReader(NOW, { accounts: ACCOUNTS });

describe('renewing as a verb: renewal deals closing in the window said', () => {
  it.each([
    ['what renews next month', '2027-01-01', '2027-01-31'],
    ["who's renewing in january", '2027-01-01', '2027-01-31'],
    ["what's up for renewal next month", '2027-01-01', '2027-01-31'],
    ['what is coming up for renewal this quarter', '2026-10-01', '2026-12-31'],
    ['which accounts are due for renewal in january', '2027-01-01', '2027-01-31'],
    ['anything renewing next month?', '2027-01-01', '2027-01-31'],
    ['which renewals close next month', '2027-01-01', '2027-01-31'],
  ])('%s → renewal deals closing %s..%s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({
      record: 'deal',
      aggregate: 'list',
      dealTypes: ['renewal'],
      closeFrom: from,
      closeTo: to,
    });
  });

  it.each([
    'how do i renew my license',
    'when does the acme renewal close',
    'what stage is the globex annual renewal in',
    'deals closing next month',
  ])('not renewal deals by type: %s', (text) => {
    expect(queryOf(text)?.dealTypes).toBeUndefined();
  });
});

describe("a stage in the plural after whose deals: 'my proposals'", () => {
  it.each([
    ['total value of my proposals', 'sum'],
    ['how much are my proposals worth in total', 'sum'],
    ['what are my proposals worth', 'list'],
    ['how many open proposals do i have', 'count'],
    ["sum of olivia's proposals", 'sum'],
    ['total of our negotiations', 'sum'],
    ['show me my proposals', 'list'],
  ])('%s → deals in the stage, %s', (text, aggregate) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', aggregate });
    expect(query?.stages?.length).toBe(1);
    expect(query?.stages?.[0]).toMatch(/proposal|negotiation/);
  });

  it.each([
    'how do i attach proposals to a deal',
    'can i send proposals from crmpro',
    'email the proposals to jane',
  ])('no stage filter: %s', (text) => {
    expect(queryOf(text)?.stages).toBeUndefined();
  });
});
