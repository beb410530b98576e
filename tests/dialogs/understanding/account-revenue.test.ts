/**
 * Issue 19, sixteenth round (w17f): an account's own annual revenue asked in its words, British
 * "turnover" among them ("what's acme's turnover"), and what stays our business with the account
 * (revenue we won or booked from it).
 */
import { asksAccountRevenue } from '../../../src/dialogs/understanding/account-revenue';

describe("an account's annual revenue in its words", () => {
  it.each([
    "what's acme's turnover",
    'whats acmes turnover?',
    'turnover of globex',
    'annual revenue of initech',
    "hooli's yearly sales",
    'What is the Annual Revenue for Wayne Enterprises',
    "what's globex's revenue",
    'revenue of acme corporation',
    'how much revenue does initech make',
    'how big is hooli in revenue',
    'acme revenue?',
    'umbrella top line',
  ])('"%s" asks the account\'s revenue', (text) => {
    expect(asksAccountRevenue(text)).toBe(true);
  });

  it.each([
    'how much revenue did we book with globex',
    'won revenue at initech this year',
    'revenue from acme this quarter',
    'our revenue this quarter',
    'what is the revenue of this quarter',
    'revenue by lead source',
    'staff turnover at acme',
    "acme's pipeline",
    'tell me about acme',
    'how much revenue does our team make',
    'revenue for acme this year',
    "globex's revenue last quarter",
  ])('"%s" is no account revenue ask', (text) => {
    expect(asksAccountRevenue(text)).toBe(false);
  });
});
