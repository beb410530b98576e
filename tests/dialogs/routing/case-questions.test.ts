import type { ConversationMemory } from '../../../src/dialogs/conversation-memory';
import { asksOnlyMine, caseFollowUpIntent, caseOrderOf } from '../../../src/dialogs/intents/case-follow-ups';
import { isSupportPolicyQuestion, supportRequestOf } from '../../../src/dialogs/routing/support-questions';

describe('support cases asked in everyday words', () => {
  it.each([
    'show me all the open tickets',
    'every open case',
    'which cases are open at the moment',
    'any open tickets?',
    'how many open cases',
    'list cases',
  ])('"%s" lists every open case', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open' });
  });

  // Issue 19, fifteenth round (w16t): every open case counted "in total", "altogether", "are there".
  it.each([
    'how many open support cases are there in total',
    'how many open cases are there',
    'How many tickets are open altogether?',
    'total open tickets',
    'number of open cases overall',
    'open cases in total',
  ])('"%s" lists (and counts) every open case', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'open' });
  });

  it.each([
    'how many open deals are there in total',
    'total pipeline',
    'how many cases does acme have in total',
  ])('"%s" is no count of every open case', (text) => {
    expect(supportRequestOf(text)).not.toEqual({ intent: 'case_list', scope: 'open' });
  });

  // Our cases against their SLA: a verb of breaching or being due, with no word of the policy.
  it.each([
    'is anything breaching the sla this afternoon',
    'which tickets are about to breach',
    'what will breach sla today?',
    'cases running late',
    'tickets past due',
  ])('"%s" lists the cases breaching their SLA', (text) => {
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'breaching' });
  });

  // A support agent's own queue: the cases assigned to them, in their own words.
  it.each([
    'how many cases do i have open',
    'how many tickets have i got',
    'what cases do i have',
    "what's in my queue",
    'anything in my queue?',
    'tickets i own',
    'which tickets am i working on',
  ])('"%s" lists the caller\'s own cases', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'mine' });
  });

  it.each([
    ['whats the most urgent thing in my queue', 'priority'],
    ['highest priority ticket i have?', 'priority'],
    ['which of my cases is most important', 'priority'],
    ['what in my queue is due first', 'due'],
  ])('"%s" picks one of the caller\'s own cases by %s', (text, first) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'mine', first });
  });

  it.each([
    'how many cases does initech have open',
    'how many deals do i have',
    'what tasks do i have',
    'just in case i have questions later',
  ])('"%s" is not the caller\'s own queue', (text) => {
    const request = supportRequestOf(text);
    expect(request && 'scope' in request ? request.scope : undefined).not.toBe('mine');
  });

  it('keeps only the caller\'s own when they say "my"', () => {
    expect(supportRequestOf('are any of my tickets about to breach')).toEqual({
      intent: 'case_list',
      scope: 'breaching',
      onlyMine: true,
    });
  });

  // The SLA policy, not our cases: what is promised, what happens if it is missed.
  it.each([
    "what's the sla response time for urgent tickets",
    'how fast do you reply to support tickets on the team plan',
    'what happens if you breach the sla',
    'do we get credits when the sla is missed?',
    'what does the enterprise contract promise for p1 incidents',
  ])('"%s" is a question about the SLA policy', (text) => {
    expect(isSupportPolicyQuestion(text)).toBe(true);
    expect(supportRequestOf(text)).toBeUndefined();
  });

  it.each(['what are the use cases for crmpro', 'tasks due today', 'in case the sync fails what do I do'])(
    '"%s" is not about support cases',
    (text) => {
      expect(supportRequestOf(text)).toBeUndefined();
    },
  );

  it('opens a case said without a verb, without the politeness at its end', () => {
    expect(supportRequestOf('ticket for Initech - exports time out, high priority pls')).toMatchObject({
      intent: 'case_open',
      account: 'Initech',
      priority: 'high',
      description: 'exports time out',
    });
  });
});

describe('follow-ups on support cases', () => {
  const justListed = (): ConversationMemory => ({
    lastCases: { scope: 'mine', shown: [{ number: 1204, priority: 'normal' }], turnsAgo: 1 },
  });
  const read = (intent = 'oos', account?: string) => ({ intent, ...(account ? { account } : {}) });

  it.each([
    ['which of them is due soonest?', 'case_list', 'due'],
    ['and the most urgent one?', 'case_list', 'priority'],
    ['which one came in last?', 'case_list', undefined],
    ['what is the oldest', 'case_list', 'oldest'],
    ["who's the customer on that one", 'customer_view', undefined],
  ])('right after a case list, "%s" is %s', (text, intent, order) => {
    expect(caseFollowUpIntent(text, justListed(), read())).toBe(intent);
    if (order) expect(caseOrderOf(text)).toBe(order);
  });

  it.each([
    'which account is that',
    'what company is that for',
    'whose case is it',
    'which customer is this one',
    "who's that ticket from",
    'what client is that',
    'for which account is it',
  ])('right after a case, "%s" asks for its account (the customer view)', (text) => {
    expect(caseFollowUpIntent(text, justListed(), read())).toBe('customer_view');
  });

  it.each(['which account has the most cases', 'what account should i call today', 'which company is acme'])(
    '"%s" is no question of the case just shown',
    (text) => {
      expect(caseFollowUpIntent(text, justListed(), read())).not.toBe('customer_view');
    },
  );

  // "whats the avg first response time this week" after a case list was answered with the case due first.
  it.each(['whats the avg first response time this week', 'how fast is our first reply to customers'])(
    'right after a case list, "%s" is no question of the cases shown',
    (text) => {
      expect(caseFollowUpIntent(text, justListed(), read())).toBeUndefined();
    },
  );

  it('is no follow-up two turns later, for deals, for another account, or for a write', () => {
    const older: ConversationMemory = {
      ...justListed(),
      lastCases: { ...justListed().lastCases!, turnsAgo: 2 },
    };
    expect(caseFollowUpIntent('which one is due first?', older, read())).toBeUndefined();
    expect(caseFollowUpIntent('which deal closes first?', justListed(), read())).toBeUndefined();
    expect(
      caseFollowUpIntent('which one is due first at Globex', justListed(), read('oos', 'Globex')),
    ).toBeUndefined();
    expect(
      caseFollowUpIntent('open a case for Initech: login fails, urgent', justListed(), read('case_open')),
    ).toBeUndefined();
  });

  // The caller's own cases among those just listed, or among the SLAs breached in the period shown.
  const breachesShown = (): ConversationMemory => ({
    lastCases: {
      scope: 'breaching',
      breachPeriod: { words: 'this week', from: '2026-11-30', to: '2026-12-06' },
      shown: [],
      turnsAgo: 1,
    },
  });
  it.each([
    'only mine',
    'just mine?',
    'mine only',
    'and mine',
    'which of those are mine',
    'which ones are assigned to me',
    'just the ones assigned to me',
    'only my ones please',
  ])('right after a case list or breaches, "%s" narrows it to the caller\'s own', (text) => {
    expect(asksOnlyMine(text)).toBe(true);
    expect(caseFollowUpIntent(text, justListed(), read())).toBe('case_list');
    expect(caseFollowUpIntent(text, breachesShown(), read())).toBe('case_list');
  });

  it.each(['mine is broken', 'is my own login blocked', 'what do i have due', 'which one is due first?'])(
    '"%s" does not narrow the breaches just shown to the caller\'s own',
    (text) => {
      expect(asksOnlyMine(text)).toBe(false);
      expect(caseFollowUpIntent(text, breachesShown(), read())).toBeUndefined();
    },
  );

  it('reads "only mine" as no case follow-up two turns later or about deals', () => {
    const older: ConversationMemory = { lastCases: { ...breachesShown().lastCases!, turnsAgo: 2 } };
    expect(caseFollowUpIntent('only mine', older, read())).toBeUndefined();
    expect(caseFollowUpIntent('only my deals', justListed(), read())).toBeUndefined();
  });

  it('reads "any open cases for them?" as the cases of the account just shown', () => {
    const shown: ConversationMemory = { lastAccount: { id: 'a1', name: 'Initech' } };
    expect(caseFollowUpIntent('any tickets open there?', shown, read())).toBe('case_list');
    expect(caseFollowUpIntent('do they have any issues with us', shown, read())).toBe('case_list');
    expect(caseFollowUpIntent('what deals do they have', shown, read())).toBeUndefined();
  });
});
