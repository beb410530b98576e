import { dealOutcomeOf } from '../../../src/dialogs/routing/deal-outcomes';

describe("a deal's outcome told in everyday words", () => {
  it.each([
    [
      'we lost the Liberty Advisory integration package, they went with a competitor',
      'closed_lost',
      'the Liberty Advisory integration package',
      'they went with a competitor',
    ],
    [
      'lost the globex renewal to a cheaper vendor',
      'closed_lost',
      'the globex renewal',
      'lost to a cheaper vendor',
    ],
    [
      'we lost the globex deal to salesforce, price was too high',
      'closed_lost',
      'the globex deal',
      'lost to salesforce; price was too high',
    ],
    ['the initech renewal fell through - no budget', 'closed_lost', 'the initech renewal', 'no budget'],
    ['ugh, we lost umbrella because of pricing', 'closed_lost', 'umbrella', 'pricing'],
    ['the hooli pilot is dead', 'closed_lost', 'the hooli pilot', undefined],
    ['we won the acme expansion!', 'closed_won', 'the acme expansion', undefined],
    ['just signed the hooli seat expansion', 'closed_won', 'the hooli seat expansion', undefined],
    [
      'we closed the wayne enterprises annual renewal today',
      'closed_won',
      'the wayne enterprises annual renewal',
      undefined,
    ],
  ])('%s', (text, stage, dealWords, reason) => {
    expect(dealOutcomeOf(text)).toEqual({ stage, dealWords, ...(reason ? { reason } : {}) });
  });

  it.each([
    'we lost 5 deals last month',
    'we lost a lot this quarter',
    'did we lose the acme deal?',
    'why did we lose the globex renewal?',
    'i lost my password',
    'we lost the connection to slack',
    'closed the ticket',
    'got the email',
    'signed in',
    'how many deals did we lose this quarter',
  ])('leaves %s alone', (text) => {
    expect(dealOutcomeOf(text)).toBeUndefined();
  });
});
