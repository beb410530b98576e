import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-seventh round (w28c, from dev-qa49): "last few touchpoints with initech?" got
// "can't help with that". Touchpoints, engagements and activities are interactions of any kind: the
// latest few with the account, newest first, as "recent interactions with initech" reads.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-initech', name: 'Initech' },
    { id: 'acc-globex', name: 'Globex' },
  ],
});

describe('the latest touchpoints with an account', () => {
  it.each([
    'last few touchpoints with initech?',
    'latest touch points with globex',
    'recent engagements with initech',
    'last couple of activities with globex',
    'most recent touch-points with initech pls',
    'recent interactions with initech',
  ])('"%s" is the latest interactions with the account', (text) => {
    expect(queryOf(text)).toMatchObject({ record: 'interaction', field: 'lastInteraction' });
    expect(queryOf(text)?.accountId).toMatch(/^acc-/);
  });
});
