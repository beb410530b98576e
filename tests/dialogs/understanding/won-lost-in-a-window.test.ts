import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, tenth round (w8f): deals won or lost in a window said relative to today ("in the last
// two weeks", "since nov 20"), business booked said as a verb ("how much did i book"), and losses
// said as a noun ("biggest losses this quarter"). Several wordings per need, and wordings that must
// NOT be read that way.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-initech', name: 'Initech' },
];
const { parse, queryOf } = recordQuestionReader(NOW, { accounts: ACCOUNTS });

describe('deals won or lost in a window counted back from today, or since a day', () => {
  it.each([
    ['did i lose anything in the last two weeks', 'lost', '2026-11-21'],
    ['what did we lose over the past two weeks', 'lost', '2026-11-21'],
    ['deals i lost in the last couple of weeks', 'lost', '2026-11-21'],
    ['anything lost in the past three weeks?', 'lost', '2026-11-14'],
    ['what did i win since nov 20', 'won', '2026-11-20'],
    ['deals won since november 20th', 'won', '2026-11-20'],
    ['what have i won since 1 october', 'won', '2026-10-01'],
    ['which deals did we win in the last two months', 'won', '2026-10-05'],
  ])('%s → %s deals closed %s..today', (text, status, from) => {
    expect(queryOf(text)).toMatchObject({
      record: 'deal',
      status,
      closedFrom: from,
      closedTo: '2026-12-04',
    });
  });

  it.each([
    // A window ahead stays open deals closing in it.
    ['deals closing in the next two weeks', { closeFrom: '2026-12-04', closeTo: '2026-12-18' }],
    // No window said: the quarter, as before.
    ['deals i won', { status: 'won', closedFrom: '2026-10-01', closedTo: '2026-12-31' }],
  ])('unchanged: %s', (text, wanted) => {
    const query = queryOf(text);
    expect(query).toMatchObject(wanted);
  });

  it('a window ahead is not a window of closed deals', () => {
    expect(queryOf('deals closing in the next two weeks')?.status).toBeUndefined();
  });
});

describe('business booked said as a verb is business won', () => {
  it.each([
    ['how much did i book last quarter', 'sum', '2026-07-01', '2026-09-30'],
    ['how much did we book this quarter', 'sum', '2026-10-01', '2026-12-31'],
    ['what did i book in october', 'list', '2026-10-01', '2026-10-31'],
    ['how much has the team booked this year', 'sum', '2026-01-01', '2026-12-31'],
    ['total booked last quarter', 'sum', '2026-07-01', '2026-09-30'],
    ['what did olivia book last month', 'list', '2026-11-01', '2026-11-30'],
  ])('%s → won deals, %s, %s..%s', (text, aggregate, from, to) => {
    expect(queryOf(text)).toMatchObject({
      record: 'deal',
      status: 'won',
      aggregate,
      closedFrom: from,
      closedTo: to,
    });
  });

  it.each(['book a meeting with jane next week', 'can you book a call with initech on friday'])(
    'not business won: %s',
    (text) => {
      expect(queryOf(text)?.status).toBeUndefined();
    },
  );
});

describe('losses said as a noun are lost deals', () => {
  it.each([
    ['biggest losses this quarter and why', 'top'],
    ['our biggest losses this quarter', 'top'],
    ['what were my losses last month', 'list'],
    ['show me the team losses in q3', 'list'],
    ['largest losses in november', 'top'],
    ['how many losses did we have this quarter', 'count'],
  ])('%s → lost deals, %s', (text, aggregate) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', status: 'lost', aggregate });
  });

  it('the biggest losses are several, the biggest first', () => {
    expect(queryOf('biggest losses this quarter and why')?.limit).toBeGreaterThan(1);
  });

  it.each(['how do i record a loss reason', 'win loss ratio this quarter'])(
    'not a list of losses: %s',
    (text) => {
      const question = parse(text);
      expect(question?.kind === 'query' && question.query.status === 'lost').toBe(false);
    },
  );
});

describe("a deal's close date asked in another word order, or of a deal named in full", () => {
  it.each([
    ['deal of acme is closing when', 'acme'],
    ['acme deal is closing when?', 'acme'],
    ['the initech deal closes when', 'initech'],
    ['close date on the acme deal', 'acme'],
    ['when is the acme deal closing', 'acme'],
    ['acme deal, when does it close?', 'acme'],
  ])('%s → the next of the account’s open deals to close', (text, account) => {
    const query = queryOf(text);
    expect(query).toMatchObject({
      record: 'deal',
      field: 'closeDate',
      accountId: `acc-${account}`,
      order: 'soonest',
      closeFrom: '2026-12-04',
    });
  });

  it.each([
    ['whats the close date on the wayne multi-year renewal q1 2027', 'wayne multi-year renewal q1 2027'],
    ['close date on the initech seat expansion?', 'initech seat expansion'],
    ['the acme contact center deal is closing when', 'acme contact center'],
  ])('%s → that deal by its words', (text, words) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', field: 'closeDate' });
    expect(query?.dealWords).toBe(words);
    expect(query?.order).toBeUndefined();
  });

  it('the biggest asked stays the biggest: when does the biggest acme deal close', () => {
    const query = queryOf('when does the biggest acme deal close');
    expect(query).toMatchObject({ field: 'closeDate', aggregate: 'top', limit: 1 });
    expect(query?.order).toBeUndefined();
    expect(query?.closeFrom).toBeUndefined();
  });
});
