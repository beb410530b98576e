import { supportRequestOf, workloadOf } from '../../../src/dialogs/routing/support-questions';

/**
 * Issue 19, thirteenth round (W14-S): support's backlog and workload in everyday words — the backlog
 * counted by a group, open cases of two priorities, cases coming in set against another period, and
 * whose work ("what's on my plate", "anna's workload") a support question asks about.
 */
const summaryOf = (text: string) => {
  const request = supportRequestOf(text);
  return request?.intent === 'case_list' && request.scope === 'summary' ? request.summary : undefined;
};

describe('the backlog counted by a group', () => {
  it.each([
    ['backlog by priority pls', 'priority'],
    ['Backlog split by priority?', 'priority'],
    ['break the backlog down by priorty', 'priority'],
    ['what does the backlog look like per priority', 'priority'],
    ['support queue by status', 'status'],
    ['backlog grouped by status please', 'status'],
    ['the queue by channel', 'channel'],
  ])('"%s" counts the open cases per %s', (text, by) => {
    expect(summaryOf(text)).toEqual({ summary: 'counts', by, of: 'open' });
  });

  it.each([
    // Unchanged: the backlog alone, cases of every status, one's own queue, another backlog.
    ['backlog?', { summary: 'counts', by: 'priority', of: 'open' }],
    ['cases by priority', { summary: 'counts', by: 'priority', of: 'all' }],
    ['is sso on the product backlog by priority', undefined],
    ['feature backlog by priority', undefined],
    ['deals by priority', undefined],
  ])('"%s" is read as before (%j)', (text, summary) => {
    expect(summaryOf(text)).toEqual(summary);
  });

  it('"my queue by priority" is still the caller\'s own cases', () => {
    expect(supportRequestOf('my queue by priority')).toMatchObject({ intent: 'case_list', scope: 'mine' });
  });
});

describe('open cases of two priorities or more', () => {
  it.each([
    ['how many high or urgent cases are open', ['urgent', 'high']],
    ['urgent and high priority tickets', ['urgent', 'high']],
    ['any high/urgent tickets open?', ['urgent', 'high']],
    ['show me urgent or high cases', ['urgent', 'high']],
    ['any cases high priority or above?', ['urgent', 'high']],
    ['how many tickets are high priority or higher', ['urgent', 'high']],
    ['critical or high tickets', ['urgent', 'high']],
    ['low or normal priority cases', ['normal', 'low']],
  ])('"%s" lists the open cases of %j', (text, priorities) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open', priorities });
  });

  it.each([
    ['high priority cases open', { intent: 'case_list', scope: 'open', priority: 'high' }],
    ['any urgent tickets?', { intent: 'case_list', scope: 'open', priority: 'urgent' }],
    [
      'list the oldest high priority cases',
      { intent: 'case_list', scope: 'open', priority: 'high', order: 'oldest' },
    ],
  ])('"%s" keeps one priority', (text, request) => {
    expect(supportRequestOf(text)).toEqual(request);
  });

  it.each(['my high and low deals', 'open a case for initech: login fails, high or urgent'])(
    '"%s" is no list of open cases by priority',
    (text) => {
      expect(supportRequestOf(text)).not.toEqual(
        expect.objectContaining({ intent: 'case_list', scope: 'open' }),
      );
    },
  );
});

describe('cases coming in, set against another period', () => {
  it.each([
    'are we getting more cases this week than last?',
    'are we getting fewer tickets this month than last month',
    'r we seeing more tickets this week vs last week',
    'do we get more cases this month compared to last month',
    'more tickets coming in this week than last?',
    'have we received fewer cases this quarter than the previous one',
  ])('"%s" counts the cases that came in, compared', (text) => {
    expect(summaryOf(text)).toEqual({ summary: 'opened', compared: true });
  });

  it.each<[string, unknown]>([
    ['how many cases have come in this month', { summary: 'opened' }],
    ['how many tickets came in last week', { summary: 'opened' }],
    ['are we getting more deals this week than last', undefined],
    ['are we closing more tickets this week than last', undefined],
  ])('"%s" is read as before (%j)', (text, summary) => {
    expect(summaryOf(text)).toEqual(summary);
  });
});

describe("whose work a question asks about: the caller's or a colleague's", () => {
  it.each([
    "what's on my plate at the moment",
    'whats on my plate rn',
    'my workload?',
    "what's my caseload like",
    'what have i got on today',
    'how busy am i',
  ])('"%s" asks about the caller\'s own work', (text) => {
    expect(workloadOf(text)).toEqual({ whose: 'mine' });
  });

  it.each([
    ["what's anna's workload looking like", 'anna'],
    ['annas workload', 'anna'],
    ["what's on riley's plate", 'riley'],
    ['how busy is anna kowalski', 'anna kowalski'],
    ["anna's caseload pls", 'anna'],
    ["how's Anna's queue looking", 'anna'],
  ])('"%s" asks about a colleague\'s work', (text, owner) => {
    expect(workloadOf(text)).toEqual({ whose: 'agent', owner });
  });

  it.each(["what's the team's workload", 'whats everyones workload like'])(
    '"%s" asks about the whole team\'s work',
    (text) => {
      expect(workloadOf(text)).toEqual({ whose: 'team' });
    },
  );

  it.each([
    'how do i manage my workload in crmpro',
    'is the workload feature available on the team plan',
    'what is on the roadmap',
    'open cases for initech',
    "what's his workload",
    'how busy is the support line',
  ])('"%s" asks about nobody\'s work', (text) => {
    expect(workloadOf(text)).toBeUndefined();
  });
});
