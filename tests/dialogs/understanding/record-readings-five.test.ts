import { dueDayOf } from '../../../src/dialogs/intents/task-draft';
import { isBriefingRequest } from '../../../src/dialogs/routing/briefing-requests';
import { churnQuestionOf } from '../../../src/dialogs/routing/churn-questions';
import { campaignOfLeads, marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';
import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion, type RecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19, fifth round of record questions: who a named person is, possessives typed without an
// apostrophe, sales shorthand ("pipe"), "there" for the account just shown, accounts that churned
// said with words between, the top N of a filtered set, and won against lost. Several wordings per
// need, and wordings that must NOT be read that way.
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

function entitiesOf(text: string) {
  return extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: ACCOUNTS,
    contacts: CONTACTS,
    reps: REPS,
  });
}
function parse(text: string): RecordQuestion | undefined {
  return parseRecordQuestion(text, entitiesOf(text), { now: NOW, timezone: 'UTC' });
}

describe('who a named person is', () => {
  it.each<[string, string]>([
    ['who is jane cooper?', 'c-jane'],
    ['whos david nguyen', 'c-david'],
    ["who's Kevin Adams", 'c-kevin'],
    ['tell me about jane cooper', 'c-jane'],
    ['what do we know about David Nguyen?', 'c-david'],
    ['info on kevin adams', 'c-kevin'],
    ['look up jane cooper', 'c-jane'],
    ['pull up david nguyen', 'c-david'],
  ])('"%s" is the overview of the person', (text, id) => {
    expect(parse(text)).toMatchObject({
      kind: 'query',
      personOverview: true,
      query: { record: 'contact', contactIds: [id] },
    });
  });

  it.each([
    "what's jane cooper's title", // one field, not the overview
    'who is the decision maker at globex',
    "tell me about jane cooper's deals",
    'who is sam rivera', // a rep, not a contact
  ])('"%s" is not the overview of a person', (text) => {
    const read = parse(text);
    expect(read?.kind === 'query' ? read.personOverview : undefined).toBeUndefined();
  });
});

describe('a possessive typed without its apostrophe', () => {
  it.each<[string, string]>([
    ['whats jane coopers email', 'c-jane'],
    ['david nguyens title?', 'c-david'],
    ['kevin adams phone number', 'c-kevin'],
  ])('"%s" names the person', (text, id) => {
    expect(entitiesOf(text).contacts[0]).toMatchObject({ id, score: 1 });
  });

  it('keeps a word ending in s that names no one as typed ("sales", "deals")', () => {
    expect(entitiesOf('show jane cooper the sales deals').contacts[0]).toMatchObject({ id: 'c-jane' });
    expect(entitiesOf('how many deals closes this week').contacts).toHaveLength(0);
  });
});

describe('sales shorthand and pointing back', () => {
  it.each<[string, Record<string, unknown>]>([
    ['pipe by stage pls', { kind: 'summary' }],
    ["olivia's pipe", { kind: 'summary', query: { owner: { rep: 'Olivia Chen' } } }],
    ['how does my pipe look', { kind: 'summary' }],
    ['whos the ceo there', { kind: 'query', refersTo: 'account', query: { contactRole: 'ceo' } }],
    [
      'who is the decision maker there?',
      { kind: 'query', refersTo: 'account', query: { contactRole: 'decision_maker' } },
    ],
  ])('"%s" reads as %j', (text, expected) => {
    expect(parse(text)).toMatchObject(expected);
  });

  it('"is there a deal closing this week" does not point back at an account', () => {
    expect(parse('is there a deal closing this week')).not.toMatchObject({ refersTo: 'account' });
  });
});

describe('accounts that churned, with words between', () => {
  it.each([
    'which accounts do i own that churned',
    'customers of mine that have churned',
    'list the accounts in emea that already churned',
  ])('"%s" is the churned status, not the churn-risk ranking', (text) => {
    expect(churnQuestionOf(text)).toBeUndefined();
  });

  it.each([
    'which accounts are likely to churn',
    'customers that might churn soon',
    'anything in my pipe at risk?',
  ])('"%s" is still not read as churned accounts', (text) => {
    const churn = churnQuestionOf(text);
    if (/pipe/.test(text)) expect(churn).toBeUndefined();
    else expect(churn).toMatchObject({ intent: 'churn_list' });
  });
});

describe('the top N of a filtered set', () => {
  it.each<[string, Record<string, unknown>]>([
    ['top 5 deals closing this month team wide', { aggregate: 'top', limit: 5, closeFrom: '2026-12-01' }],
    ['top 3 deals in negotiation', { aggregate: 'top', limit: 3, stages: ['negotiation'] }],
    ['my top deals over 100k', { aggregate: 'top', minAmount: 100_000 }],
    ['top 10 deals in emea', { aggregate: 'top', limit: 10, region: 'EMEA' }],
  ])('"%s" is the biggest of those deals', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'deal', ...query } });
  });

  it.each(['my top deals', 'top 5 team deals', 'top deals for the team'])(
    '"%s" stays the ranking by win chance (no record question)',
    (text) => {
      expect(parse(text)).toBeUndefined();
    },
  );
});

describe('won against lost', () => {
  it.each([
    'won vs lost this quarter, team',
    'win/loss for last month',
    'wins and losses this quarter',
    'what did we lose vs win in q3',
  ])('"%s" is the summary, which has both', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'summary' });
  });

  it.each(['deals we lost this quarter', 'what did we win last month'])('"%s" stays one side', (text) => {
    expect(parse(text)).toMatchObject({ kind: 'query' });
  });
});

describe('what has been closed, said with have/has', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'how much has the team closed this quarter',
      { aggregate: 'sum', status: 'won', closedFrom: '2026-10-01' },
    ],
    ['how much have we closed this month', { aggregate: 'sum', status: 'won', closedFrom: '2026-12-01' }],
    ['what have i closed in november', { status: 'won', closedFrom: '2026-11-01' }],
  ])('"%s" is what was won', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'deal', ...query } });
  });

  it('"deals closed lost this quarter" stays lost', () => {
    expect(parse('deals closed lost this quarter')).toMatchObject({ query: { status: 'lost' } });
  });
});

describe('why deals were lost', () => {
  it.each<[string, Record<string, unknown>]>([
    ['deals lost to competitors this quarter', { status: 'lost', lostReason: 'competitor' }],
    ['deals we lost on price in q3', { status: 'lost', lostReason: 'price', closedFrom: '2026-07-01' }],
    [
      'how many deals did we lose because of budget cuts',
      { status: 'lost', lostReason: 'budget', aggregate: 'count' },
    ],
    ['why am i losing deals lately? lost reasons this quarter', { status: 'lost' }],
  ])('"%s" reads as %j', (text, query) => {
    expect(parse(text)).toMatchObject({ kind: 'query', query: { record: 'deal', ...query } });
  });

  it.each(['deals lost in november', 'what did we lose last month', 'deals lost on friday'])(
    '"%s" names no reason',
    (text) => {
      const read = parse(text);
      expect(read?.kind === 'query' ? read.query.lostReason : 'not a query').toBeUndefined();
    },
  );
});

describe('tasks by when they are due, and whose plate', () => {
  it.each<[string, Record<string, unknown>]>([
    ['tasks due on the 10th', { closeFrom: '2026-12-10', closeTo: '2026-12-10' }],
    // No task word: what falls due is one's tasks (twenty-fourth round, w25a); the next 2nd.
    ["what's due on the 2nd", { closeFrom: '2027-01-02', closeTo: '2027-01-02' }],
    ['my tasks due end of the month', { closeFrom: '2026-12-04', closeTo: '2026-12-31' }],
    ['what tasks are due by friday', { closeTo: '2026-12-11' }],
    ['my tasks due next week', { closeFrom: '2026-12-07', closeTo: '2026-12-13' }],
    ["what's on olivia's plate", { owner: { rep: 'Olivia Chen' } }],
    ["what's on my plate this week", { owner: { scope: 'mine' }, closeFrom: '2026-11-30' }],
  ])('"%s" reads as %j', (text, query) => {
    const read = parse(text);
    if (Object.keys(query).length === 0)
      expect(read?.kind === 'query' ? read.query.record : undefined).not.toBe('task');
    else expect(read).toMatchObject({ kind: 'query', query: { record: 'task', ...query } });
  });

  it('"by friday" includes what is overdue (no start of the window)', () => {
    const read = parse('what tasks are due by friday');
    expect(read?.kind === 'query' ? read.query.closeFrom : 'not a query').toBeUndefined();
  });

  it.each<[string, string]>([
    ['remind me on the 10th to send the quote', '2026-12-10'],
    ['remind me on the 2nd to call acme', '2027-01-02'],
    ['remind me to chase the PO by the end of the month', '2026-12-31'],
    ['remind me to call Jane on the 10th of December', '2026-12-10'],
  ])('a task "%s" is due %s', (text, due) => {
    expect(dueDayOf(text, { now: NOW, timezone: 'UTC' })?.due).toBe(due);
  });
});

describe("an account's latest news is a briefing", () => {
  it.each([
    "what's the latest with globex before I call them",
    'whats new with acme',
    "what's going on with initech",
    "what's happening at hooli",
  ])('"%s" is a briefing request', (text) => {
    expect(isBriefingRequest(text)).toBe(true);
  });

  it.each([
    "what's the latest conversation with globex",
    "what's new in the product",
    "what's the latest deal with acme",
  ])('"%s" is not', (text) => {
    expect(isBriefingRequest(text)).toBe(false);
  });

  it('an occasion ("before I call them") does not make it a question about a phone number', () => {
    const read = parse("what's the latest with globex before I call them");
    expect(read?.kind === 'query' ? read.query.field : undefined).not.toBe('phone');
  });
});

describe('leads of a campaign asked how they are going', () => {
  it.each<[string, string]>([
    ['how are the leads from saas connect looking', 'saas connect'],
    ['how are leads from the spring webinar doing', 'spring webinar'],
    ['leads from saas connect so far?', 'saas connect'],
    ['how are the leads from the pricing guide shaping up', 'pricing guide'],
  ])('"%s" names the campaign "%s"', (text, campaign) => {
    expect(campaignOfLeads(text)).toBe(campaign);
    expect(marketingIntentOf(text)).toBe('lead_conversion');
  });
});
