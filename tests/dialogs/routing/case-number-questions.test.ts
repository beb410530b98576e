import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

describe('a support case asked by its number', () => {
  it.each([
    'whats case 1207 about',
    'status of #1207',
    'case 1207?',
    "what's going on with ticket 1207",
    'show me case #1207',
    'tell me about ticket 1207',
    'any update on case 1207',
    'who is case no. 1207 for',
    'pull up ticket number 1207',
    '#1207 status?',
  ])('"%s" shows case 1207', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'case_list', scope: 'number', number: 1207 });
  });

  it.each([
    'close case 1207: fixed by reset',
    'suggest a reply to the last message of case 1207',
    'what is the sla for urgent tickets',
    'we had 1207 signups last month',
    'open a case for Initech: login fails for all users',
  ])('"%s" is no look-up of one case', (text) => {
    const request = supportRequestOf(text);
    expect(request && 'scope' in request ? request.scope : undefined).not.toBe('number');
  });
});

describe('cases that breached their SLA, in any tense', () => {
  it.each([
    'which cases already blew their sla',
    'overdue tickets',
    'breached SLAs',
    'which tickets broke their sla',
    'cases that have blown the sla',
    'tickets that missed sla',
    'list sla breaches',
    'any cases past their SLA?',
  ])('"%s" lists our cases against their SLA', (text) => {
    expect(supportRequestOf(text)).toMatchObject({ intent: 'case_list', scope: 'breaching' });
  });

  it.each([
    "what's our uptime sla",
    'what happens if you breach the sla',
    'what is the response time sla for urgent tickets',
    'do we get credits when the sla is missed',
  ])('"%s" is about the SLA policy, not our cases', (text) => {
    expect(supportRequestOf(text)).toBeUndefined();
  });
});
