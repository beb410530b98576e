import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twelfth round (W12-R): "when closing hooli pilot deal" answered the next Hooli deal to
// close, not the pilot. With the closing verb straight after "when" the words after it name the
// deal, as "when does the hooli pilot close" does, so the deal whose title has them is answered.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-hooli', name: 'Hooli' },
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-initech', name: 'Initech' },
  ],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('the deal named after "when closing"', () => {
  it.each<[string, string, string]>([
    ['when closing hooli pilot deal', 'acc-hooli', 'hooli pilot'],
    ['when closes the acme renewal', 'acc-acme', 'acme renewal'],
    ['when will close hooli pilot?', 'acc-hooli', 'hooli pilot'],
    ['when is closing the initech expansion deal', 'acc-initech', 'initech expansion'],
    ['when close acme renewal?', 'acc-acme', 'acme renewal'],
    ['when does the hooli pilot close', 'acc-hooli', 'hooli pilot'],
  ])('"%s": %s, %s', (text, accountId, dealWords) => {
    expect(queryOf(text)).toMatchObject({ field: 'closeDate', accountId, dealWords });
    expect(queryOf(text)?.order).toBeUndefined();
  });

  it.each(['when closing the hooli deal', 'when is hooli closing', 'when is the next hooli deal closing'])(
    '"%s" names the account alone: its next deal to close',
    (text) => {
      expect(queryOf(text)).toMatchObject({ accountId: 'acc-hooli', order: 'soonest' });
    },
  );

  it('"when closing" alone names no deal', () => {
    expect(queryOf('when closing')?.dealWords).toBeUndefined();
  });
});
