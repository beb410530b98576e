import { isBriefingRequest } from '../../../src/dialogs/routing/briefing-requests';

// Issue 19, eleventh round (w9h): "prepping for the acme renewal negotiation - give me the rundown"
// asks to be readied for the account (its briefing: deals, last touch, people, open cases), not for
// the account's deals in negotiation. (The caller checks that an account is named.)
describe('being readied for an account, in other words', () => {
  it.each([
    'prepping for the acme renewal negotiation - give me the rundown',
    'preparing for my meeting with globex',
    "prepping for tomorrow's call with wayne enterprises",
    'globex renewal talks next week, give me the lowdown',
    'acme qbr on friday, give me the rundown',
    'getting ready for the initech renewal',
    'gearing up for the hooli negotiation',
    'get me the skinny on umbrella before the call',
  ])('"%s" is a briefing request', (text) => {
    expect(isBriefingRequest(text)).toBe(true);
  });

  it.each([
    'prepping for the acme renewal - which deals are still open',
    'give me the rundown on the pipeline',
    "preparing for the quarter close, what's my forecast",
    'getting ready for the globex call, any open cases?',
    'acme renewal amount',
    'how much is the acme renewal',
  ])('"%s" is not', (text) => {
    expect(isBriefingRequest(text)).toBe(false);
  });
});

// Two needs in one dictated sentence, the account's deals and its people: the briefing has both.
describe("an account's deals and its people asked together", () => {
  it.each([
    'whats going on with wayne enterprises their deal and who do i talk to there',
    "acme's deals and contacts",
    'show me the globex opportunities and who i should talk to',
    'hooli pipeline and the contacts there',
    'what deals do we have with initech and who is the point of contact',
    'the umbrella renewal and who signs',
  ])('"%s" is a briefing request', (text) => {
    expect(isBriefingRequest(text)).toBe(true);
  });

  it.each([
    'who do i talk to about the acme deal',
    'contacts on the globex deal',
    'open deals and tasks at hooli',
    'deals and cases for initech',
    'which deals are closing this month and which are at risk',
  ])('"%s" is not', (text) => {
    expect(isBriefingRequest(text)).toBe(false);
  });
});
