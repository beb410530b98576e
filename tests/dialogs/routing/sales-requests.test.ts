import { asksForSales } from '../../../src/dialogs/routing/sales-requests';

describe('a website visitor asking for the sales team', () => {
  it.each([
    'talk to sales',
    'can i speak to someone in sales',
    'put me through to your sales team please',
    'i want to talk with a sales rep',
    'connect me with an account executive',
    'sales please',
    "i'd like a quote for 40 seats",
    'can you send me a proposal for our team',
    'we need a price quote',
    'can someone call me about pricing',
    'i want to talk to someone about an enterprise plan',
    'could someone email me about volume discounts',
    'get in touch with sales',
  ])('"%s" asks for sales', (text) => {
    expect(asksForSales(text)).toBe(true);
  });

  it.each([
    'talk to support',
    'can i talk to a real person',
    'how much is the team plan',
    'what does pricing look like for 10 users',
    'do you offer discounts for nonprofits',
    "i'd like a demo",
    'is sales tax included in the price',
    'how do i see my sales pipeline',
    'does crmpro have a sales forecast report',
    'how do i export a quote to pdf',
    'what is a sales team in crmpro',
  ])('"%s" does not', (text) => {
    expect(asksForSales(text)).toBe(false);
  });
});
