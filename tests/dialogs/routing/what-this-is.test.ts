import { asksWhatThisIs, isHelpRequest } from '../../../src/dialogs/routing/help-requests';

// Issue 19, twenty-fifth round (w26c, from dev-qa46): a visitor asking "what is this" means the
// product, which the product overview says, not the help menu.
describe('asking what this is', () => {
  it.each([
    'what is this',
    'whats this thing?',
    "what's this site about",
    'what does this do',
    'what is crmpro exactly',
    'hi, what is this product',
    'what am i looking at',
  ])('%s', (text) => {
    expect(asksWhatThisIs(text)).toBe(true);
  });

  it.each([
    'what is this deal worth',
    'what is this contact’s email',
    'what can you do',
    'what is the price of this',
    'what does this error mean',
  ])('not what the product is: %s', (text) => {
    expect(asksWhatThisIs(text)).toBe(false);
  });

  it('asking what the bot can do stays help', () => {
    expect(isHelpRequest('what can you do')).toBe(true);
    expect(asksWhatThisIs('what can you do')).toBe(false);
  });
});
