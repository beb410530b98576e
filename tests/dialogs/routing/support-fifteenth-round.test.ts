import {
  asksUnassigned,
  customerWordsOf,
  pastedWriterAsked,
  supportRequestOf,
} from '../../../src/dialogs/routing/support-questions';

// W16S: support questions of the fifteenth round, each class in many wordings, with the wordings
// that must keep their reading.
describe('cases no agent works', () => {
  it.each([
    'unassigned cases',
    'any unassigned tickets?',
    'any tickets nobody owns?',
    'cases not assigned to anyone',
    'which cases have no owner',
    "what's unassigned in the queue",
    'tickets without an agent',
    'unasigned cases pls',
    'show open tickets no one is working on',
  ])('"%s" lists the open cases with no owner', (text) => {
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'open', unassigned: true });
  });

  it.each([
    ['my open cases', { intent: 'case_list', scope: 'mine' }],
    ['all open cases', { intent: 'case_list', scope: 'open' }],
    ['cases assigned to anna', { intent: 'case_list', scope: 'open', owner: 'anna' }],
  ])('"%s" keeps its reading', (text, expected) => {
    expect(supportRequestOf(text)).toEqual(expected);
  });

  it('is no question about deals, leads or tasks', () => {
    expect(asksUnassigned('any unassigned leads?')).toBe(false);
    expect(asksUnassigned('deals with no owner')).toBe(false);
    expect(asksUnassigned('tasks nobody owns')).toBe(false);
  });
});

describe('who works a case given by its number', () => {
  it.each([
    ['whose case is 1206', 1206],
    ['who has case 1205', 1205],
    ["who's on ticket 1207", 1207],
    ['who has 1201', 1201],
    ['which agent is handling case 1203', 1203],
    ['whos got #1204', 1204],
    ['case 1206 - who is it assigned to?', 1206],
    ['who owns ticket 1202', 1202],
  ])('"%s" asks for the agent working it', (text, number) => {
    expect(supportRequestOf(text)).toEqual({
      intent: 'case_list',
      scope: 'number',
      number,
      whoWorks: true,
    });
  });

  it.each([
    ['case 1207', 1207],
    ['whats the status of 1207', 1207],
    ['ticket #1205 details', 1205],
  ])('"%s" is still the case itself', (text, number) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'number', number });
  });
});

describe("someone's cases said with a possessive", () => {
  it.each([
    ["anna's open cases", 'anna'],
    ['annas open cases', 'anna'],
    ["show me riley's tickets", 'riley'],
    ['Anna’s open tickets?', 'anna'],
    ["anna kowalski's cases", 'anna kowalski'],
    ["globex's open cases", 'globex'],
  ])('"%s" asks for the cases of %s (an agent or an account)', (text, holder) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'account', account: holder });
  });

  it.each(["today's cases", "this week's tickets", 'what are my open cases', 'its open cases'])(
    '"%s" names no holder',
    (text) => {
      const request = supportRequestOf(text) as { account?: string } | undefined;
      expect(request?.account).toBeUndefined();
    },
  );
});

describe('pasted customer messages: the asker’s own words decide', () => {
  it.each([
    [
      'got this mail: "Hi, this is Kevin from Acme, our import keeps stopping halfway, can you help? Kevin Adams, kevin.adams@acme.com" who is he?',
      'kevin.adams@acme.com',
    ],
    [
      'customer wrote: "hello, Jane Cooper here, we can\'t get the webhooks to work" who\'s jane cooper',
      'jane cooper',
    ],
    [
      'customer signed "Bill Lumbergh, Initech" asking for an invoice copy - which account is that and who owns it',
      'Bill Lumbergh',
    ],
    ['"our sso broke again. Thanks, Nancy Johnson" - do we know her?', 'Nancy Johnson'],
    [
      'email from "ava.wood@umbrellacorp.co.uk: the export is empty" who sent this',
      'ava.wood@umbrellacorp.co.uk',
    ],
    ['new mail “Please call me back, Priya Shah” - who is this person', 'Priya Shah'],
    ['pasted: "hi team, invoices are wrong - regards, David Nguyen" what company is he from', 'David Nguyen'],
  ])('"%s" asks who wrote it: %s', (text, who) => {
    expect(pastedWriterAsked(text)).toBe(who);
    expect(supportRequestOf(text)).toEqual({ intent: 'customer_view', who });
  });

  it.each([
    'a customer writes "Hi team, I forgot my password and can\'t sign in" what should i reply?',
    'customer email: "we signed up 2 weeks ago and it\'s not for us, can we get our money back?" what do i tell them',
    'got this mail: "Hello support, the webhooks return 401 since Monday. Thanks, Kevin Adams" how should i reply',
  ])('"%s" asks what to answer: the customer\'s own words, no greeting or sign-off', (text) => {
    const request = supportRequestOf(text) as { intent: string; question: string };
    expect(request.intent).toBe('agent_assist');
    expect(request.question).not.toMatch(/^(?:hi|hello)\b/i);
    expect(request.question).not.toMatch(/thanks|kevin/i);
  });

  it('takes the greeting and the sign-off off a customer message', () => {
    expect(customerWordsOf("Hi team, I forgot my password and can't sign in")).toBe(
      "I forgot my password and can't sign in",
    );
    expect(customerWordsOf('Hello support - the export is empty. Best regards, Jane Cooper')).toBe(
      'the export is empty',
    );
    expect(customerWordsOf('our team plan renewal is due, what is the price?')).toBe(
      'our team plan renewal is due, what is the price?',
    );
  });

  it.each([
    'customer asks: "what does the team plan cost per user?"',
    '"acme" is it a customer?',
    'who is Jane Cooper',
  ])('"%s" asks nothing about a writer', (text) => {
    expect(pastedWriterAsked(text)).toBeUndefined();
  });
});
