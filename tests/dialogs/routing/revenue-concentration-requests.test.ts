import { revenueConcentrationOf } from '../../../src/dialogs/routing/revenue-concentration-requests';

// Issue 19, eighteenth round (w19m): "what share of revenue comes from our top 10 accounts" got "I
// can't help with that". The top accounts' share of won revenue, in the words people use, with
// the count said (ten when none is).
describe("the top accounts' share of revenue", () => {
  it.each([
    ['what share of revenue comes from our top 10 accounts', 10],
    ['What % of our bookings do the top 5 customers bring in?', 5],
    ["top 10 accounts' share of revenue", 10],
    ['how much of our revenue is from the top twenty clients', 20],
    ['do our top 10 customers make up most of our revenue', 10],
    ['what percentage of sales is from our top 3 logos', 3],
    ['WHAT SHARE OF REVENUE DO OUR TOP 10 ACCOUNTS GENERATE', 10],
    ['how concentrated is our revenue', 10],
    ['revenue concentration this year?', 10],
    ['customer concentration - top 5', 5],
    ['how dependent are we on our top 5 customers', 5],
  ])('"%s": the top %s', (text, top) => {
    expect(revenueConcentrationOf(text)).toEqual({ top });
  });

  it.each([
    'top 10 accounts by revenue',
    'what share of our leads come from events',
    'top 5 deals',
    'what is our revenue this quarter',
    "what's acme's annual revenue",
    'which accounts bring in the most revenue',
    'how much revenue did the top 10 deals bring',
  ])('"%s": no share of the top accounts', (text) => {
    expect(revenueConcentrationOf(text)).toBeUndefined();
  });
});
