import { visitorDetailsInRequest } from '../../../src/dialogs/intents/visitor-details';

// Issue 19 (eighth round, W4c): a visitor's demo request that carries their details. The name
// given in the message must be used, however the request and the introduction are joined.
describe('details given with a demo request', () => {
  it.each([
    "i'd like a demo. i'm maria lopez from brightlane, maria@brightlane.io",
    "i'd like a demo, i'm maria lopez from brightlane, maria@brightlane.io",
    'can i get a demo? maria lopez from brightlane, maria@brightlane.io',
    "hi, i'm maria lopez from brightlane and i'd like a demo. maria@brightlane.io",
    'demo please! my name is maria lopez from brightlane - maria@brightlane.io',
    "we're interested in a demo. this is maria lopez from brightlane: maria@brightlane.io",
    "i want to see a demo and i'm maria lopez from brightlane, email maria@brightlane.io",
  ])('"%s" gives the name, the address and the company', (text) => {
    const details = visitorDetailsInRequest(text);
    expect(details?.name?.toLowerCase()).toBe('maria lopez');
    expect(details?.email).toBe('maria@brightlane.io');
    expect(details?.company?.toLowerCase()).toMatch(/^brightlane/);
  });

  it.each([
    // The words introduced are the request, not a name.
    "i'm interested in a demo, maria@brightlane.io",
    "i'm looking for a demo for my team. maria@brightlane.io",
    'i would like a demo please, maria@brightlane.io',
  ])('"%s" gives the address and no name', (text) => {
    const details = visitorDetailsInRequest(text);
    expect(details?.name).toBeUndefined();
  });

  // Ninth round (w5d): what was said is kept, and the form asks only for the address.
  it('a request without an address keeps the name and company (the form asks the address)', () => {
    expect(visitorDetailsInRequest("i'd like a demo. i'm maria lopez from brightlane")).toEqual({
      name: 'maria lopez',
      company: 'brightlane',
    });
  });
});
