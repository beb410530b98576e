import { dealTermChangeOf } from '../../../src/dialogs/routing/deal-change-requests';

describe('changing a deal amount or close date in everyday words', () => {
  it.each([
    [
      'change the amount on the Bennett Medical multi-year renewal to 30k',
      'amount',
      'the Bennett Medical multi-year renewal',
      '30k',
    ],
    ['set the value of the acme expansion to $45,000', 'amount', 'the acme expansion', '$45,000'],
    ["bump the globex deal's amount up to 50k", 'amount', 'the globex deal', '50k'],
    ['pls update the deal size for hooli seat expansion to 12.5k', 'amount', 'hooli seat expansion', '12.5k'],
    ['the amount on the initech renewal should be 80k', 'amount', 'the initech renewal', '80k'],
    [
      'push the close date of Initech - Multi-year renewal Q1 2027 to 15 feb',
      'closeDate',
      'Initech - Multi-year renewal Q1 2027',
      '15 feb',
    ],
    ['move the acme renewal close date out to end of march', 'closeDate', 'the acme renewal', 'end of march'],
    [
      'change the expected close date for the globex deal to next friday',
      'closeDate',
      'the globex deal',
      'next friday',
    ],
    ['slip the hooli deal to next month', 'closeDate', 'the hooli deal', 'next month'],
    ['close date for the umbrella renewal is now 3 march', 'closeDate', 'the umbrella renewal', '3 march'],
  ])('%s', (text, term, dealWords, valueWords) => {
    expect(dealTermChangeOf(text)).toEqual({ term, dealWords, valueWords });
  });

  it.each([
    'push my acme task to monday',
    'change the due date of the msa task to friday',
    'move the acme deal to negotiation',
    'slip the acme deal to proposal',
    "what's the amount on the acme deal",
    'what is the close date of the globex renewal?',
    'push the globex meeting to thursday',
    'move case 1207 to pending',
  ])('leaves %s alone', (text) => {
    expect(dealTermChangeOf(text)).toBeUndefined();
  });
});
