import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import {
  nearestYearOfQuarter,
  parseRecordQuestion,
  type RecordQuestion,
} from '../../../src/dialogs/understanding/record-question';

const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-initech', name: 'Initech' },
  { id: 'acc-globex', name: 'Globex' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];

function parse(text: string, now = NOW, timezone = 'UTC'): RecordQuestion | undefined {
  const entities = extractEntities(text, { now, timeZone: timezone, accounts: ACCOUNTS, reps: REPS });
  return parseRecordQuestion(text, entities, { now, timezone });
}

describe('the record-question parser', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'how many deals do I have in negotiation?',
      { record: 'deal', owner: { scope: 'mine' }, aggregate: 'count', stages: ['negotiation'] },
    ],
    ['number of deals in negotiaton', { aggregate: 'count', stages: ['negotiation'] }],
    ['show me deals over 200k', { record: 'deal', aggregate: 'list', minAmount: 200_000 }],
    ['my deals above $200,000', { minAmount: 200_000, owner: { scope: 'mine' } }],
    ['deals closing this month', { closeFrom: '2026-12-01', closeTo: '2026-12-31' }],
    ["what's closing in the next two weeks?", { closeFrom: '2026-12-04', closeTo: '2026-12-18' }],
    ['my 3 biggest deals', { aggregate: 'top', limit: 3 }],
    ['what is my largest open deal', { aggregate: 'top', limit: 1 }],
    ['deals I won last month', { status: 'won', closedFrom: '2026-11-01', closedTo: '2026-11-30' }],
    ['which deals are past their close date?', { status: 'overdue' }],
    ['how much is in negotiation', { aggregate: 'sum', stages: ['negotiation'] }],
    ['team deals over 200k', { owner: { scope: 'team' }, minAmount: 200_000 }],
    ["show me Olivia Chen's open deals", { owner: { rep: 'Olivia Chen' } }],
    ['deals in EMEA', { region: 'EMEA' }],
    ['what tasks do I have', { record: 'task' }],
    [
      'what did we last discuss with Initech?',
      { record: 'interaction', field: 'lastInteraction', accountId: 'acc-initech' },
    ],
    [
      'who is the decision maker at Globex?',
      { record: 'contact', field: 'contactRole', contactRole: 'decision_maker', accountId: 'acc-globex' },
    ],
    ['who owns Globex?', { record: 'contact', field: 'owner', accountId: 'acc-globex' }],
    [
      'when does the Hooli sales team pilot close?',
      { record: 'deal', field: 'closeDate', aggregate: 'top', dealWords: 'Hooli sales team pilot' },
    ],
    [
      'stage of the Acme Analytics suite Q1 2027 deal',
      { record: 'deal', field: 'stage', dealWords: 'Acme Analytics suite Q1 2027' },
    ],
    ['what stage is the Globex pilot in?', { record: 'deal', field: 'stage', dealWords: 'Globex pilot' }],
    ['how many accounts are in EMEA?', { record: 'account', aggregate: 'count', region: 'EMEA' }],
    [
      'how many customers do I have in north america',
      {
        record: 'account',
        aggregate: 'count',
        region: 'NA',
        accountStatus: 'customer',
        owner: { scope: 'mine' },
      },
    ],
    [
      'list prospects in APAC',
      { record: 'account', aggregate: 'list', region: 'APAC', accountStatus: 'prospect' },
    ],
  ])('%s', (text, wanted) => {
    const question = parse(text);
    expect(question?.kind).toBe('query');
    expect(question!.query).toMatchObject(wanted);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      "how's my pipeline looking",
      { owner: { scope: 'mine' }, from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' },
    ],
    ['hows my pipline', { label: 'Q4 2026' }],
    ['how much do I have open right now', { owner: { scope: 'mine' } }],
    ['how is my team doing this quarter', { owner: { scope: 'team' }, label: 'Q4 2026' }],
    ['how did Sam do last month', { owner: { rep: 'Sam Rivera' }, from: '2026-11-01', to: '2026-11-30' }],
  ])('reads "%s" as a pipeline summary', (text, wanted) => {
    const question = parse(text);
    expect(question?.kind).toBe('summary');
    expect(question!.query).toMatchObject(wanted);
  });

  it.each([
    'my top deals',
    'which deals are at risk?',
    'tell me about Acme',
    'forecast this quarter',
    'hello',
    'list champions in EMEA',
    'move the Globex pilot to the negotiation stage',
    'set the stage of the Initech renewal to proposal',
    'best customers in north america',
    'how many accounts are about to sleep?',
    'show me champion accounts in EMEA',
    'which customers are likely to churn?',
    // the ranking by win chance, with the count in digits or words
    'top 6 deals',
    'top six deals',
    'top twelve team deals',
  ])('leaves "%s" to its own handler', (text) => {
    expect(parse(text)).toBeUndefined();
  });

  it('marks what a follow-up points back at', () => {
    expect(parse('when does the biggest one close?')).toMatchObject({
      refersTo: 'deals',
      query: { field: 'closeDate' },
    });
    expect(parse('who is their decision maker?')).toMatchObject({ refersTo: 'account' });
    expect(parse("what's his biggest open deal?")).toMatchObject({ refersTo: 'rep' });
  });

  it("counts windows from the reader's own day, not UTC's", () => {
    // 03:00 UTC on 4 Dec is still 3 Dec in Chicago.
    const early = new Date('2026-12-04T03:00:00Z');
    expect(parse('deals closing in the next 2 weeks', early, 'America/Chicago')!.query).toMatchObject({
      closeFrom: '2026-12-03',
      closeTo: '2026-12-17',
    });
  });

  it('reads a bare quarter as the nearest one: in December Q3 is the one just past, Q1 the one ahead', () => {
    expect(nearestYearOfQuarter(3, NOW)).toBe(2026);
    expect(nearestYearOfQuarter(1, NOW)).toBe(2027);
    expect(nearestYearOfQuarter(4, NOW)).toBe(2026);
    expect(parse('deals I won in Q3')!.query).toMatchObject({
      closedFrom: '2026-07-01',
      closedTo: '2026-09-30',
    });
  });
});

describe('the record-question parser, periods in the past and results', () => {
  it('reads a month named without a year in a question about the past as the one just gone', () => {
    // In December, "november" is November 2026 when the question is about what happened...
    expect(parse('which deals did I win in november')).toMatchObject({
      query: { status: 'won', closedFrom: '2026-11-01', closedTo: '2026-11-30' },
    });
    expect(parse('which deals did i lose in october?')).toMatchObject({
      query: { status: 'lost', closedFrom: '2026-10-01', closedTo: '2026-10-31' },
    });
    expect(parse('how did i do in november')).toMatchObject({
      kind: 'summary',
      query: { from: '2026-11-01', to: '2026-11-30', label: 'November 2026' },
    });
    // ...and the next one when it is about what is ahead.
    expect(parse('deals closing in march')).toMatchObject({
      query: { closeFrom: '2027-03-01', closeTo: '2027-03-31' },
    });
  });

  it('reads "what did we close" as deals won in the period, not open deals closing in it', () => {
    expect(parse('what did we close last month')).toMatchObject({
      query: { status: 'won', closedFrom: '2026-11-01', closedTo: '2026-11-30', owner: { scope: 'team' } },
    });
  });

  // "close" in the past, whoever closed, is what was won: the team, a rep, a named team.
  it.each([
    'how much did the mid-market team close this quarter',
    'what did my team close this quarter',
    "how much did olivia's team close this quarter",
    'how much did sam close this quarter',
    'what did the whole team close this quarter',
  ])('reads "%s" as deals won this quarter', (text) => {
    expect(parse(text)).toMatchObject({
      query: { status: 'won', closedFrom: '2026-10-01', closedTo: '2026-12-31' },
    });
  });

  it.each(['how much did the deals closing this quarter add up to', 'when did the acme deal close'])(
    '"%s" is not what was won',
    (text) => {
      expect(parse(text)).not.toMatchObject({ query: { status: 'won' } });
    },
  );

  it('reads how a period went, and how much is in a pipeline, as summaries', () => {
    expect(parse('how did Q3 go')).toMatchObject({
      kind: 'summary',
      query: { from: '2026-07-01', to: '2026-09-30' },
    });
    expect(parse('how much is in my pipeline?')).toMatchObject({ kind: 'summary' });
    expect(parse('how much is in negotiation')).toMatchObject({
      kind: 'query',
      query: { aggregate: 'sum', stages: ['negotiation'] },
    });
  });
});
