import type { ConversationMemory } from '../../../src/dialogs/conversation-memory';
import { asksEachOwner, asksWhoOwns, caseFollowUpIntent } from '../../../src/dialogs/intents/case-follow-ups';
import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

// W15-S: support questions of the fourteenth round, each class in many wordings.
describe("the caller's own cases already past their SLA", () => {
  it.each([
    'which of my cases are past their SLA?',
    'my cases past sla',
    'are any of my tickets past their sla already',
    'which tickets assigned to me have blown the sla',
    'have any of my cases missed their SLA',
    'which of mine have breached sla',
    'whcih of my cases r past the sla',
  ])('"%s" lists only the caller\'s cases already past it', (text) => {
    expect(supportRequestOf(text)).toEqual({
      intent: 'case_list',
      scope: 'breaching',
      onlyMine: true,
      pastDueOnly: true,
    });
  });

  it.each([
    ['which cases are past their SLA', { onlyMine: undefined, pastDueOnly: true }],
    ['which cases already missed sla', { onlyMine: undefined, pastDueOnly: true }],
    ['which cases breach their SLA today?', { onlyMine: undefined, pastDueOnly: undefined }],
    ['anything breaching sla today?', { onlyMine: undefined, pastDueOnly: undefined }],
    ['are any of my tickets about to breach', { onlyMine: true, pastDueOnly: undefined }],
    ['any sla breaches right now?', { onlyMine: undefined, pastDueOnly: true }],
  ])('"%s" keeps its reading', (text, expected) => {
    const request = supportRequestOf(text) as { scope?: string; onlyMine?: boolean; pastDueOnly?: boolean };
    expect(request.scope).toBe('breaching');
    expect(request.onlyMine).toBe(expected.onlyMine);
    expect(request.pastDueOnly).toBe(expected.pastDueOnly);
  });

  it('keeps "my open cases" the caller\'s queue', () => {
    expect(supportRequestOf('my open cases')).toEqual({ intent: 'case_list', scope: 'mine' });
  });
});

describe('the customer view asked with the name next to it', () => {
  it.each([
    ['customer view falcon transport', 'falcon transport'],
    ['Customer view: Initech', 'Initech'],
    ['support view globex', 'globex'],
    ['pull up the customer profile stark industries', 'stark industries'],
    ['stark industries customer view', 'stark industries'],
    ["show me umbrella corporation's customer view", 'umbrella corporation'],
    ['custmer view for okafor & navarro', 'okafor & navarro'],
    ['customer view for Initech', 'Initech'],
  ])('"%s" is the customer view of %s', (text, who) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'customer_view', who });
  });

  it.each([
    'what is the customer view',
    'how does the customer view work',
    'customer view?',
    'is there a customer view',
  ])('"%s" names no one', (text) => {
    expect(supportRequestOf(text)).toBeUndefined();
  });
});

describe('who works the cases just listed', () => {
  const justListed = (): ConversationMemory => ({
    lastCases: {
      scope: 'account',
      shown: [
        { number: 1199, priority: 'normal' },
        { number: 1206, priority: 'high' },
      ],
      turnsAgo: 1,
    },
  });
  it.each([
    'who owns them',
    'who owns those?',
    "who's handling them",
    'who are they assigned to',
    'which agents have those',
    'who has these cases',
    'and their owners?',
    'who r the assignees',
  ])('"%s" asks the agent of each case shown', (text) => {
    expect(asksWhoOwns(text)).toBe(true);
    expect(asksEachOwner(text)).toBe(true);
    expect(caseFollowUpIntent(text, justListed(), { intent: 'case_list' })).toBe('case_list');
  });

  it.each(["who's it assigned to", 'who owns it', 'who is handling that case'])(
    '"%s" still asks the first case\'s agent alone',
    (text) => {
      expect(asksWhoOwns(text)).toBe(true);
      expect(asksEachOwner(text)).toBe(false);
    },
  );

  it.each(['who owns globex', 'who owns the deals', 'tell me about them'])(
    '"%s" asks no case\'s agent',
    (text) => {
      expect(asksWhoOwns(text)).toBe(false);
    },
  );
});

describe('a contact looked up by e-mail address or phone number', () => {
  it.each([
    ['look up ava.wood@umbrellacorp.co.uk', 'ava.wood@umbrellacorp.co.uk'],
    ['who is jane.cooper@initech.com', 'jane.cooper@initech.com'],
    ['whose email is robert.campbell@globex.com?', 'robert.campbell@globex.com'],
    [
      'caller says she is jane cooper, email jane.cooper@initech.com, can you confirm who that is?',
      'jane.cooper@initech.com',
    ],
    ['who has the number +1 (713) 555-0177', '+1 (713) 555-0177'],
    ['whos number is 713-555-0177', '713-555-0177'],
    ['find the contact with phone +44 20 7946 0018', '+44 20 7946 0018'],
    ['someone calling from (713) 555 0177, who is it?', '(713) 555 0177'],
  ])('"%s" is the customer view of %s', (text, who) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'customer_view', who });
  });

  it.each([
    'jane.cooper@initech.com',
    'new lead: John Smith from Hooli, john@hooli.com',
    'send the renewal quote to jane.cooper@initech.com',
    'log a call with +1 (713) 555-0177',
    'what is the status of case 1204',
    'my email is sam@example.com',
    'who owns deals over 50000',
  ])('"%s" looks no one up', (text) => {
    expect(supportRequestOf(text)?.intent).not.toBe('customer_view');
  });
});

describe('cases about a topic', () => {
  it.each([
    ['any open tickets about two-factor or mfa', ['two-factor', 'mfa']],
    ['cases regarding invoices', ['invoices']],
    ['show me tickets mentioning sso / login', ['sso', 'login']],
    ['open issues related to the import', ['import']],
    ['Any TICKETS ABOUT WEBHOOKS?', ['webhooks']],
    ['which cases are about login problems', ['login']],
    ['tickets concerning billing, invoices or exports', ['billing', 'invoices', 'exports']],
  ])('"%s" asks the open cases on %j', (text, topics) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'topic', topics });
  });

  it.each([
    'which tickets are about to breach',
    'customer says "webhooks return 401", any open ticket about it?',
    'open cases for initech',
    'what are the use cases about reporting',
  ])('"%s" is no topic search', (text) => {
    expect(supportRequestOf(text) ?? {}).not.toHaveProperty('topics');
  });
});

describe("an account's cases asked with the account first", () => {
  it.each([
    ['does stark industries have any open tickets', 'stark industries'],
    ['has globex got open cases?', 'globex'],
    ['do umbrella corp have any support tickets open', 'umbrella corp'],
    ['does initech have cases', 'initech'],
    ['Does Falcon Transport have any open tickets right now', 'Falcon Transport'],
    ['and does hooli have any tickets', 'hooli'],
  ])('"%s" lists the cases of %s', (text, account) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account });
  });

  it.each([
    'does she have any open tickets',
    'does anyone have open tickets',
    'does globex have any open deals',
  ])('"%s" names no account\'s cases', (text) => {
    expect(supportRequestOf(text)?.intent === 'case_list' && 'account' in supportRequestOf(text)!).toBe(
      false,
    );
  });
});
