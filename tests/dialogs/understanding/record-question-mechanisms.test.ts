import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion, type RecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { teamNamedIn } from '../../../src/dialogs/understanding/team-names';

// The parser's general mechanisms (periods with their year, amount bounds, a named team or region,
// the soonest deal, follow-ups on shown records), each on paraphrases written apart from the
// evaluation sets: several wordings of one need must give the same query.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
  { id: 'acc-initech', name: 'Initech' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];

function parse(text: string): RecordQuestion | undefined {
  const entities = extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: ACCOUNTS, reps: REPS });
  return parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('record questions: a quarter with its year', () => {
  it.each([
    'deals closing in Q1 next year',
    'deals that close in Q1 of next year',
    'which of my deals close in the first quarter of next year',
    'how much closes in the first quarter of 2027',
    'q1 2027 closings',
  ])('"%s" is Q1 2027', (text) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      query: { closeFrom: '2027-01-01', closeTo: '2027-03-31' },
    });
  });

  it('"the coming fortnight" is the next fourteen days', () => {
    expect(parse('opps due to close in the coming fortnight')).toMatchObject({
      query: { closeFrom: '2026-12-04', closeTo: '2026-12-17' },
    });
  });
});

describe('record questions: amount bounds in any wording', () => {
  it.each<[string, { minAmount?: number; maxAmount?: number }]>([
    ['deals worth at least 100 thousand', { minAmount: 100_000 }],
    ['show me deals north of 200k', { minAmount: 200_000 }],
    ['deals of 1m or more', { minAmount: 1_000_000 }],
    ['my deals 250k+', { minAmount: 250_000 }],
    ['open deals between 50k and 100k', { minAmount: 50_000, maxAmount: 100_000 }],
    ['deals from $20k to $80k', { minAmount: 20_000, maxAmount: 80_000 }],
    ['my smaller deals under 20k', { maxAmount: 20_000 }],
    ['deals of €40k or less', { maxAmount: 40_000 }],
  ])('"%s"', (text, bounds) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: bounds });
  });

  it('an amount is not an account name ("deals of 1m or more" has no account)', () => {
    expect(parse('deals of 1m or more')?.kind === 'query' && parse('deals of 1m or more')).not.toHaveProperty(
      'query.accountId',
    );
  });
});

describe('record questions: whose deals', () => {
  it.each<[string, Record<string, unknown>]>([
    ['how did the mid-market team do last month', { team: 'mid-market' }],
    ['Enterprise team results for Q3', { team: 'Enterprise' }],
    ["list the mid-market team's deals over 100k", { team: 'mid-market' }],
    ['how is my team doing', { scope: 'team' }],
    ['how many team deals are in negotiation?', { scope: 'team' }],
    ['count team deals in negotiation', { scope: 'team' }],
  ])('"%s"', (text, owner) => {
    expect(parse(text)).toMatchObject({ query: { owner } });
  });

  it('a region called a team is the region of the caller\'s team ("how is the EMEA team doing")', () => {
    expect(parse('how is the EMEA team doing this quarter')).toMatchObject({
      kind: 'summary',
      query: { owner: { scope: 'team' }, region: 'EMEA' },
    });
  });

  it.each(['count team deals', 'how many team deals', "Morgan's team", 'the whole team', 'our sales team'])(
    '"%s" names no team',
    (text) => expect(teamNamedIn(text)).toBeUndefined(),
  );

  it('a rep and a stage without a verb of writing is a list ("what\'s Olivia got in negotiation")', () => {
    expect(parse("what's Olivia got in negotiation")).toMatchObject({
      query: { owner: { rep: 'Olivia Chen' }, stages: ['negotiation'], aggregate: 'list' },
    });
    expect(parse('anything in negotiation rn?')).toMatchObject({ query: { stages: ['negotiation'] } });
    expect(parse('set the stage of the Initech renewal to proposal')).toBeUndefined();
  });
});

describe('record questions: the next deal to close', () => {
  it.each([
    'when is the next Acme deal closing',
    'which Acme deal closes next',
    "what's the next deal to close for Acme",
    'next deal closing at Acme',
    'which Acme deal closes first',
  ])('"%s" is the soonest open Acme deal from today', (text) => {
    expect(parse(text)).toMatchObject({
      query: {
        accountId: 'acc-acme',
        order: 'soonest',
        aggregate: 'top',
        limit: 1,
        closeFrom: '2026-12-04',
        field: 'closeDate',
      },
    });
    expect(parse(text)).not.toHaveProperty('query.dealWords');
  });

  it('"closing next week" is a window, not the soonest deal', () => {
    const question = parse('deals closing next week');
    expect(question).toMatchObject({ query: { closeFrom: '2026-12-07', closeTo: '2026-12-13' } });
    expect(question).not.toHaveProperty('query.order');
  });
});

describe('record questions: follow-ups on the records just shown', () => {
  it.each<[string, Record<string, unknown>]>([
    ['which one is the biggest?', { aggregate: 'top', limit: 1 }],
    ["what's the total?", { aggregate: 'sum' }],
    ['add them up', { aggregate: 'sum' }],
    ['how many is that', { aggregate: 'count' }],
    ['which of those closes first?', { aggregate: 'top', order: 'soonest' }],
    ['and the smallest one?', { aggregate: 'top', order: 'smallest' }],
  ])('"%s" points back at the deals', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', refersTo: 'deals', query });
  });

  it.each(['how much storage do we get', 'how much does the business plan cost'])(
    '"%s" is no follow-up on records',
    (text) => expect(parse(text)).toBeUndefined(),
  );

  it('"their biggest deal" is the account\'s, not a deal named "their biggest"', () => {
    expect(parse('when does their biggest deal close?')).not.toHaveProperty('query.dealWords');
  });
});

describe('record questions: summaries asked in other words', () => {
  it.each([
    'where do things stand for me this quarter',
    'how are things looking for me this month',
    'give me a quick recap of my deals',
    "how's Olivia performing this quarter",
    'summarise my q4 so far, won vs lost',
  ])('"%s" is a summary', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'summary' });
  });
});
