import {
  reportsProductProblem,
  visitorSupportRequestOf,
} from '../../../src/dialogs/routing/visitor-support-requests';

/**
 * A website visitor's request of support or sales (w25b, issue 19, twenty-fourth round): their own
 * ticket, a charge that looks wrong, who to talk to about buying, and a problem with the product.
 * Wordings written for this test, and the same words that ask something else.
 */
describe('visitor requests of support or sales', () => {
  it.each([
    'whats the status of my ticket 1207',
    'any update on my support request?',
    'is there any news on our ticket',
    'has my case been resolved yet',
    'where is ticket #4521 at',
    "what's happening with my ticket, it's been a while",
  ])('their own ticket: %s', (text) => expect(visitorSupportRequestOf(text)).toBe('own-ticket'));

  it.each([
    'we got charged twice this month??',
    'you double charged our card',
    'there is a duplicate charge on our statement',
    'i think we were overcharged in november',
    'we were billed twice for the same seats',
    "there's a charge we don't recognise on our card",
  ])('a charge that looks wrong: %s', (text) =>
    expect(visitorSupportRequestOf(text)).toBe('billing-problem'),
  );

  it.each([
    'my card got declined, what happens now',
    'payment declined?? what now',
    'our card was rejected, will we lose access',
    'the bank bounced our payment this month',
    'card keeps getting declined when we renew',
  ])('a declined card or payment: %s', (text) =>
    expect(visitorSupportRequestOf(text)).toBe('failed-payment'),
  );

  it.each([
    'my card was declined at the supermarket',
    'the invitation was declined',
    'what cards do you accept',
  ])('declined, but not our payment: %s', (text) =>
    expect(visitorSupportRequestOf(text)).not.toBe('failed-payment'),
  );

  it.each([
    "i'd like to upgrade to enterprise, who do i talk to",
    'who should i contact about a quote for 80 seats',
    'who can we speak with about enterprise pricing',
    'i want to talk to someone about buying licences',
  ])('who to talk to about buying: %s', (text) =>
    expect(visitorSupportRequestOf(text)).toBe('sales-contact'),
  );

  it.each([
    'how do i open a support ticket',
    'how long until a ticket gets an answer',
    'what happens to my data if i cancel',
    'how much is the business plan',
    'who do i talk to', // nothing about buying: the documentation or a person answers
    'how are we charged for annual plans',
    'can i get a refund within 30 days',
    'what is the status page url',
    'tell me about acme',
  ])('not a request of support or sales: %s', (text) =>
    expect(visitorSupportRequestOf(text)).toBeUndefined(),
  );

  it.each([
    'how do i report a bug',
    'where can we report an issue with the app',
    'the app has been super slow for our whole team since this morning',
    'crmpro keeps crashing when i open a deal',
    "the dashboard won't load",
    'i think i found a bug in the export',
    'everything is really laggy today',
  ])('a problem with the product: %s', (text) => expect(reportsProductProblem(text)).toBe(true));

  it.each([
    'does it slow down with a million contacts',
    'is there a limit on imports',
    'how do i export my data',
    'what browsers do you support',
    'slowly but surely, how do i add users', // "slowly" is not slow
  ])('not a problem report: %s', (text) => expect(reportsProductProblem(text)).toBe(false));
});
