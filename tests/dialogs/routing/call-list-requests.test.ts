import { isCallListRequest } from '../../../src/dialogs/routing/call-list-requests';

// Issue 19, r4: a rep asking which of their accounts to call gets the accounts-to-call list.
describe('which accounts to call', () => {
  it.each([
    'which accounts should i call today',
    'what accounts should I be calling this week?',
    'which of my accounts need a call',
    'which customers should i reach out to today',
    'accounts i should call this week',
    'give me my call list',
    'which accounts should i check in with',
  ])('"%s" asks for the call list', (text) => {
    expect(isCallListRequest(text)).toBe(true);
  });

  it.each([
    'who should i call today',
    'log a call with jane at initech',
    'which accounts have open cases',
    'how do i set up the accounts to call digest',
    'send me my accounts to call every monday at 9',
    'which leads should i call first',
    'call acme tomorrow',
  ])('"%s" does not', (text) => {
    expect(isCallListRequest(text)).toBe(false);
  });
});
