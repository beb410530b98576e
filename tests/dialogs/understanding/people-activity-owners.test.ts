import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion, type RecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19, fourth round: one person's fields, interactions by type and period, owners ranked by
// their deals, teams named without the word "team", and whose tasks. Paraphrases written for these
// mechanisms, several wordings per need, and wordings that must NOT be read that way.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];
const CONTACTS = [
  { id: 'c-david', name: 'David Nguyen' },
  { id: 'c-jane', name: 'Jane Cooper' },
  { id: 'c-kevin', name: 'Kevin Adams' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];
// The store's sales teams as the name index gives them (a team called "Northwind Partners" shows
// the names are the store's, not a list of ours).
const TEAMS = [
  { id: 'Mid-Market', name: 'Mid-Market' },
  { id: 'Enterprise', name: 'Enterprise' },
  { id: 'Northwind Partners', name: 'Northwind Partners' },
];

function parse(text: string): RecordQuestion | undefined {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: ACCOUNTS,
    contacts: CONTACTS,
    reps: REPS,
    teams: TEAMS,
  });
  return parseRecordQuestion(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('a field of a named person', () => {
  it.each<[string, string, string]>([
    ["what's David Nguyen's title again", 'title', 'c-david'],
    ['what is the job title of David Nguyen', 'title', 'c-david'],
    ["david nguyen's position?", 'title', 'c-david'],
    ["what's Jane Cooper's email", 'email', 'c-jane'],
    ['email address for jane cooper', 'email', 'c-jane'],
    ['do we have a phone number for Kevin Adams', 'phone', 'c-kevin'],
    ["kevin adams's cell", 'phone', 'c-kevin'],
    ['who does Kevin Adams work for', 'employer', 'c-kevin'],
    ['which company is Jane Cooper at', 'employer', 'c-jane'],
    ['when did we last talk to David Nguyen', 'lastInteraction', 'c-david'],
  ])('"%s" asks %s of the person', (text, field, id) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      query: { record: 'contact', field, contactIds: [id] },
    });
  });

  it.each<[string, string]>([
    ['can we email her?', 'email'],
    ["what's his number", 'phone'],
    ['ok to call him?', 'phone'],
    ["what's her title", 'title'],
    ['where does she work', 'employer'],
    ['when did we last talk to her', 'lastInteraction'],
  ])('"%s" asks %s of the people just shown', (text, field) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      query: { record: 'contact', field },
      refersTo: 'contacts',
    });
  });

  it.each([
    'email her the proposal',
    'call him tomorrow about the renewal',
    'log a call with Jane Cooper: talked pricing',
    "what's her pipeline look like",
  ])('"%s" is not a question about a person\'s field', (text) => {
    const question = parse(text);
    expect(
      question?.kind === 'query' && question.query.record === 'contact' && question.query.field,
    ).toBeFalsy();
  });

  it('"when did we last talk to their CFO" stays a buying role at the account', () => {
    expect(parse('when did we last talk to their CFO')).toMatchObject({
      query: { record: 'interaction', field: 'lastInteraction', contactRole: 'cfo' },
    });
  });
});

describe('interactions by type and period', () => {
  it.each<[string, object]>([
    [
      'how many meetings did i have in november',
      {
        aggregate: 'count',
        interactionTypes: ['meeting'],
        occurredFrom: '2026-11-01',
        occurredTo: '2026-11-30',
      },
    ],
    ['number of meetings in november', { aggregate: 'count', occurredFrom: '2026-11-01' }],
    [
      'calls I logged last week',
      { aggregate: 'list', interactionTypes: ['call'], occurredFrom: '2026-11-23' },
    ],
    ['how many calls did Sam make this month', { aggregate: 'count', owner: { rep: 'Sam Rivera' } }],
    [
      'emails to Acme this month',
      { interactionTypes: ['email'], accountId: 'acc-acme', occurredFrom: '2026-12-01' },
    ],
    ['my activity this week', { aggregate: 'list', occurredFrom: '2026-11-30' }],
    ['how many touchpoints with Globex in Q4', { aggregate: 'count', accountId: 'acc-globex' }],
    [
      'show me my meetings and calls from last month',
      { interactionTypes: expect.arrayContaining(['meeting', 'call']), occurredTo: '2026-11-30' },
    ],
  ])('"%s"', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'interaction', ...query } });
  });

  it.each([
    'log a call with Jane at Initech',
    'schedule a meeting with Acme next week',
    'send the emails to Globex',
  ])('"%s" is a write, not a count of interactions', (text) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query.record === 'interaction').toBeFalsy();
  });
});

describe('owners ranked by their deals', () => {
  it.each<[string, object]>([
    ["who's carrying the biggest pipeline on my team", { rankBy: 'amount', owner: { scope: 'team' } }],
    ['which rep has the most open deals', { rankBy: 'count' }],
    ['who has the most deals in negotiation', { rankBy: 'count', stages: ['negotiation'] }],
    ['who closed the most last quarter', { status: 'won', closedFrom: '2026-07-01', closedTo: '2026-09-30' }],
    ['which of my reps has won the most deals this year', { status: 'won', rankBy: 'count' }],
    ['open pipeline by rep', { rankBy: 'amount' }],
    ['leaderboard for this quarter', { groupBy: 'owner' }],
    ['top reps by pipeline in mid-market', { owner: { team: 'Mid-Market' } }],
    ['who has the least pipeline', { order: 'smallest' }],
    // Behind the others: what each owner won this quarter, the least first.
    ["who's furthest behind", { status: 'won', closedFrom: '2026-10-01', order: 'smallest' }],
    ['which rep is lagging this quarter', { status: 'won', closedFrom: '2026-10-01', order: 'smallest' }],
    ['who on my team is struggling', { status: 'won', order: 'smallest', owner: { scope: 'team' } }],
    ['who are my bottom performers', { status: 'won', order: 'smallest' }],
  ])('"%s" ranks owners', (text, query) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      query: { record: 'deal', groupBy: 'owner', aggregate: 'top', ...query },
    });
  });

  it.each([
    'who has the biggest deal',
    'who owns the Acme account',
    'my top deals',
    'what is my biggest deal',
    'who is struggling with the login',
    'which deals are lagging',
    "who's behind the acme deal",
  ])('"%s" is not a ranking of owners', (text) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query.groupBy).toBeFalsy();
  });
});

describe("a team named without the word 'team', from the store's names", () => {
  it.each<[string, string]>([
    ['total open pipeline for mid-market', 'Mid-Market'],
    ['how is mid market doing this quarter', 'Mid-Market'],
    ['midmarket deals closing this month', 'Mid-Market'],
    ['enterprise deals over 200k', 'Enterprise'],
    ['how did northwind partners do last month', 'Northwind Partners'],
  ])('"%s" is team %s', (text, team) => {
    expect(parse(text)).toMatchObject({ query: { owner: { team } } });
  });

  it('a word inside an account name is no team ("Wayne Enterprises deals")', () => {
    const question = parse('Wayne Enterprises deals');
    expect(question?.query.owner).not.toEqual({ team: 'Enterprise' });
  });
});

describe('whose tasks', () => {
  it.each<[string, object]>([
    ['which tasks are overdue across the team', { scope: 'team' }],
    ["the team's overdue tasks", { scope: 'team' }],
    ["everyone's open tasks", { scope: 'all' }],
    ["Sam's overdue tasks", { rep: 'Sam Rivera' }],
    ['my overdue tasks', { scope: 'mine' }],
  ])('"%s"', (text, owner) => {
    expect(parse(text)).toMatchObject({ query: { record: 'task', owner } });
  });
});

describe('"them" after an account', () => {
  it('"when did we last talk to them?" keeps the account reading (the handler takes the people when people were just shown)', () => {
    expect(parse('when did we last talk to them?')).toMatchObject({
      query: { record: 'interaction', field: 'lastInteraction' },
      refersTo: 'account',
    });
  });
});

describe("the caller's own deals said outright, the latest interaction in any words, how many to show", () => {
  it.each([
    "im new on the team, can u give me an overview of all the deals i've been given?",
    'as the newest rep on the team, what deals am i working on',
    'deals assigned to me that close this month',
  ])('"%s" is about the caller\'s own deals', (text) => {
    expect(parse(text)?.query.owner).toEqual({ scope: 'mine' });
  });

  it.each([
    "how's my team doing",
    "my team's deals closing this month",
    'how many deals does the team have in negotiation',
  ])('"%s" stays the team', (text) => {
    expect(parse(text)?.query.owner).toEqual({ scope: 'team' });
  });

  it.each([
    'when did i last speak to anyone at Globex',
    'when did someone last talk to Globex',
    'last time we met with Globex',
    'when did we last hear from Globex',
  ])('"%s" is the latest interaction with the account', (text) => {
    expect(parse(text)).toMatchObject({
      query: { record: 'interaction', field: 'lastInteraction', accountId: 'acc-globex' },
    });
  });

  it.each<[string, number]>([
    ['biggest 5 open deals on the team', 5],
    ['the 3 biggest deals', 3],
    ['my 10 biggest deals', 10],
    ['largest three opps', 3],
  ])('"%s" shows %i deals', (text, limit) => {
    expect(parse(text)).toMatchObject({ query: { aggregate: 'top', limit } });
  });

  it.each([
    'rank my open deals by how likely they are to actually close',
    'which deals are likely to actually close',
    'any of my deals looking shaky?',
  ])('"%s" is left to the win-chance ranking or the risks, not listed as deals', (text) => {
    expect(parse(text)).toBeUndefined();
  });
});

describe('churned accounts as a status, not a churn risk', () => {
  it.each<[string, string]>([
    ['how many churned accounts are there', 'count'],
    ['which customers churned', 'list'],
    ['churned accounts in EMEA', 'list'],
    ['count the clients that have churned', 'count'],
  ])('"%s"', (text, aggregate) => {
    expect(parse(text)).toMatchObject({ query: { record: 'account', accountStatus: 'churned', aggregate } });
  });

  it.each(['which customers are likely to churn', 'churn risk for Globex'])(
    '"%s" is left to churn',
    (text) => {
      expect(parse(text)).toBeUndefined();
    },
  );
});

describe("accounts of an industry, from the store's own industry names", () => {
  const INDUSTRIES = [
    { id: 'Healthcare', name: 'Healthcare' },
    { id: 'Financial Services', name: 'Financial Services' },
  ];
  const withIndustries = (text: string) =>
    parseRecordQuestion(
      text,
      extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: ACCOUNTS, industries: INDUSTRIES }),
      { now: NOW, timezone: 'UTC' },
    );

  it.each<[string, object]>([
    ['my healthcare accounts', { industry: 'Healthcare', owner: { scope: 'mine' } }],
    [
      'how many financial services customers in EMEA',
      { industry: 'Financial Services', region: 'EMEA', aggregate: 'count' },
    ],
    ['healthcare accounts in APAC', { industry: 'Healthcare', region: 'APAC' }],
    ['which of my accounts are in healthcare', { industry: 'Healthcare' }],
  ])('"%s"', (text, query) => {
    expect(withIndustries(text)).toMatchObject({ query: { record: 'account', ...query } });
  });

  it('an industry word in a product question is no account question', () => {
    expect(withIndustries('is the product HIPAA ready for healthcare')).toBeUndefined();
  });
});
