import { supportRequestOf } from '../../../src/dialogs/routing/support-questions';

const MESSAGE = 'our two-factor codes get rejected every time and we are locked out';

describe('a pasted customer message with a request for a reply', () => {
  it.each([
    `customer wrote: "${MESSAGE}" - suggest a reply`,
    `"${MESSAGE}" how should I answer this?`,
    `got this from a client: "${MESSAGE}". can you draft a response?`,
    `ticket says "${MESSAGE}" — help me reply`,
    `customer emailed "${MESSAGE}", suggest an answer pls`,
    `"${MESSAGE}" - write me a reply`,
  ])('"%s" is agent assist on the quoted message', (text) => {
    expect(supportRequestOf(text)).toEqual({ intent: 'agent_assist', question: MESSAGE });
  });

  it.each([
    `customer asks: "if we cancel, how long do you keep our data?"`,
    `customer wrote: "${MESSAGE}" - open a case for Initech`,
    'suggest a reply strategy for our newsletter',
  ])('"%s" is no reply to a quoted message', (text) => {
    expect(supportRequestOf(text)?.intent).not.toBe('agent_assist');
  });
});
