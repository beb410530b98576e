import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

const summaryOf = (text: string) => {
  const request = supportRequestOf(text);
  return request?.intent === 'case_list' && request.scope === 'summary' ? request.summary : undefined;
};

describe('support cases summed up rather than listed', () => {
  it.each([
    ['cases by priority', 'all'],
    ['open cases by priority pls', 'open'],
    ['how many tickets per priority', 'all'],
    ['breakdown of open tickets by priority', 'open'],
    ['whats the backlog looking like', 'open'],
    ["how's our support backlog", 'open'],
    ['case count for each priority', 'all'],
    ['priority breakdown of the open cases', 'open'],
  ])('"%s" counts the cases per priority (%s)', (text, of) => {
    expect(summaryOf(text)).toEqual({ summary: 'counts', by: 'priority', of });
  });

  it.each([
    ['open cases by status', 'open'],
    ['tickets by status', 'all'],
    ['how many cases in each status', 'all'],
    ['status breakdown of tickets', 'all'],
    ['split the open tickets by status', 'open'],
    ['outstanding cases grouped by status', 'open'],
  ])('"%s" counts the cases per status (%s)', (text, of) => {
    expect(summaryOf(text)).toEqual({ summary: 'counts', by: 'status', of });
  });

  it.each([
    'which customer opens the most tickets',
    'which accounts open the most tickets with us',
    'what accounts have the most cases',
    'top customers by number of tickets',
    'who raises the most tickets',
    'which clients log the most support requests',
  ])('"%s" ranks the accounts by their cases', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'accounts', of: 'all' });
  });

  it.each([
    'show me the companies with the most open cases',
    'which customers have the most open tickets?',
    'which accounts have the most unresolved tickets',
  ])('"%s" ranks the accounts by their open cases', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'accounts', of: 'open' });
  });

  it.each([
    'how many cases have come in this month',
    'how many tickets came in last week',
    'tickets opened this week',
    'how many new cases this month',
    'how many cases were raised yesterday',
    'how many tickets did we get in november',
  ])('"%s" counts the cases that came in', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'opened' });
  });

  it.each([
    ['average time to resolve a case', false],
    ['whats our median resolution time', false],
    ['how long does it take us to close a ticket on average', false],
    ['average resolution time by priority this month', true],
    ['mean time to resolution for tickets', false],
    ['how many hours on average does it take to resolve tickets', false],
  ])('"%s" measures how long resolving takes (by priority: %s)', (text, byPriority) => {
    expect(summaryOf(text)).toEqual({ summary: 'resolution_time', byPriority });
  });

  // Issue 19 (tenth round, W7-B): an agent's caseload is their open cases, counted per agent.
  it.each([
    'cases per agent',
    'how many open tickets does each agent have',
    'open cases by agent',
    'ticket count per person on the team',
    'breakdown of open cases by assignee',
    'number of cases per support agent',
    'how many tickets is each person holding',
    'which agent has the most open cases',
  ])('"%s" counts the open cases per agent', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'agents' });
  });

  it.each<[string, unknown]>([
    ['how many tickets did each agent close this week', { summary: 'resolved', by: 'agent' }],
    ['how many cases came in per agent this month', { summary: 'opened', by: 'agent' }],
    ['who resolved the most cases', { summary: 'resolved', by: 'agent' }],
    ['open cases by priority', { summary: 'counts', by: 'priority', of: 'open' }],
    ['deals per rep', undefined],
    ['which agent is on the globex case', undefined],
  ])('"%s" is counted otherwise (not open cases per agent)', (text, summary) => {
    expect(summaryOf(text)).toEqual(summary);
  });

  // Not a summary of our cases: deals, the product backlog, the SLA promise, use cases, one case, a list.
  it.each([
    'deals by stage',
    'which account has the most open deals',
    'which customer spends the most',
    'is sso on the product backlog',
    'what resolution time does the sla promise for urgent tickets',
    'what are the use cases by industry',
    'case 1207',
    'my open cases',
    'the most urgent ticket in my queue',
    'open a case for initech: login fails, high priority',
  ])('"%s" is no summary of cases', (text) => {
    expect(summaryOf(text)).toBeUndefined();
  });
});

describe('every open case, of one priority or in the order opened', () => {
  it.each([
    ['high priority cases open', { priority: 'high' }],
    ['any urgent tickets?', { priority: 'urgent' }],
    ['show me the low priority tickets', { priority: 'low' }],
    ['how many high priority cases are open', { priority: 'high' }],
    ['oldest open cases?', { order: 'oldest' }],
    ['show me the newest tickets', { order: 'newest' }],
    ['list the oldest high priority cases', { priority: 'high', order: 'oldest' }],
  ])('"%s" lists the open cases %j', (text, filters) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open', ...filters });
  });

  it.each(['handover: whats still open for whole support team', "what's still open for support?"])(
    '"%s" lists every open case',
    (text) => {
      expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open' });
    },
  );

  it.each(['my high priority deals', 'oldest open deals', "what's still open in my pipeline"])(
    '"%s" is no list of cases',
    (text) => {
      expect(supportRequestOf(text)).toBeUndefined();
    },
  );
});

describe('support requests in a caller’s everyday words', () => {
  it.each([
    ['stark industries is on the phone, pull up everything on them', 'stark industries'],
    ['Initech is on the line', 'Initech'],
    ['jane cooper is calling, what do we know', 'jane cooper'],
    ['acme are on hold, show me their stuff', 'acme'],
  ])('"%s" is the customer view of the caller', (text, who) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'customer_view', who });
  });

  it.each(['someone is on the phone', 'i am on the phone with them'])('"%s" names no customer', (text) => {
    expect(supportRequestOf(text)?.intent).not.toBe('customer_view');
  });

  it('closes a case whose resolution follows a comma', () => {
    expect(supportRequestOf('close case 1202, the role was changed')).toEqual({
      intent: 'case_close',
      number: 1202,
      resolution: 'the role was changed',
    });
  });
});

describe('how long resolving takes, ours or promised', () => {
  it.each(['how long does it take us to fix a ticket', 'how quickly do we resolve urgent cases'])(
    '"%s" is our resolution time',
    (text) => {
      expect(summaryOf(text)).toMatchObject({ summary: 'resolution_time' });
    },
  );

  it.each([
    'how long does it take you to resolve a ticket',
    'what is the guaranteed resolution time on the business plan',
  ])('"%s" is not a measure of our cases', (text) => {
    expect(summaryOf(text)).toBeUndefined();
  });
});

describe('SLA breaches now or by the end of today', () => {
  it.each([
    'any SLA breaches right now?',
    "what's breaching sla at the moment",
    'which tickets are currently past their sla',
    'sla breaches rn',
    'any cases overdue right now',
    'anything breaching sla atm?',
  ])('"%s" is only the cases past their SLA now', (text) => {
    expect(supportRequestOf(text)).toMatchObject({
      intent: 'case_list',
      scope: 'breaching',
      pastDueOnly: true,
    });
  });

  it.each(['which cases breach their SLA today?', 'anything breaching sla today?', 'overdue tickets'])(
    '"%s" includes those reaching their SLA by the end of today',
    (text) => {
      expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'breaching' });
    },
  );
});
