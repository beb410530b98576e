import { withoutCourtesy } from '../../../src/dialogs/routing/courtesy-words';
import { isCallListRequest } from '../../../src/dialogs/routing/call-list-requests';

// Issue 19, twelfth round (W12-R): "who i should call today" was the documentation's answer about
// logging calls, while "who should i call today" is the rep's list. A question in the order of an
// indirect one is read in the direct order, with or without a polite wrapper around it.
describe('a question in the indirect order', () => {
  it.each<[string, string]>([
    ['who i should call today', 'who should i call today'],
    ['who i should call first?', 'who should i call first?'],
    ['what i should do today', 'what should i do today'],
    ['which deals i should focus on this week', 'which deals should i focus on this week'],
    ['which of my accounts i should call', 'which of my accounts should i call'],
    ['where we can see the churn score', 'where can we see the churn score'],
    ['how i can log a call', 'how can i log a call'],
    ['tell me who i should call today, please', 'who should i call today'],
  ])('"%s" reads as "%s"', (said, direct) => {
    expect(withoutCourtesy(said)).toBe(direct);
  });

  it.each([
    // Direct questions, statements and other verbs stay as they are.
    'who should i call today',
    'which accounts I ought to call this week',
    'i should call acme today',
    'what we did last quarter',
    'log a call with jane: what i should do next is send the quote',
    'when is the acme renewal',
  ])('"%s" stays as it is', (said) => {
    expect(withoutCourtesy(said)).toBe(said);
  });

  it('the call list still reads its own indirect wordings', () => {
    expect(isCallListRequest(withoutCourtesy('which customers i should reach out to today'))).toBe(true);
  });
});
