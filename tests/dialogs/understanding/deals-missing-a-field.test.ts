import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, thirteenth round (w14r): data hygiene questions about deals, open deals missing a close
// date or an amount ("any team deals with no close date"), read by their words: the deals missing it,
// which the bot says are none when none are, not every open deal.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('open deals missing a close date or an amount', () => {
  it.each([
    ['any team deals with no close date', 'closeDate', 'list'],
    ['deals missing a close date', 'closeDate', 'list'],
    ['which of my opps dont have a close date', 'closeDate', 'list'],
    ['how many deals have no closing date?', 'closeDate', 'count'],
    ['DEALS WITHOUT A CLOSE DATE', 'closeDate', 'list'],
    ['any opportunities with no expected close date set', 'closeDate', 'list'],
    ['deals with no amount', 'amount', 'list'],
    ['are there any deals without a value', 'amount', 'list'],
    ['deals missing an amount', 'amount', 'list'],
  ])('"%s" → deals missing %s (%s)', (text, missing, aggregate) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', missing, aggregate });
  });

  it.each([
    'deals closing this month',
    'when does the acme deal close',
    'deals with no activity in 3 weeks',
    'accounts with no owner',
    'what is the amount of the acme deal',
  ])('"%s" is not about deals missing a close date or an amount', (text) => {
    const query = queryOf(text);
    expect(query?.record === 'deal' ? query.missing : undefined).toBeUndefined();
  });
});

// Twenty-eighth round: open deals with no next step, that is no open task planned on the deal.
describe('open deals with no next step', () => {
  it.each([
    ['deals with no next step', 'list'],
    ['any deals without a next action?', 'list'],
    ['how many of my opps dont have a follow-up task', 'count'],
    ['which deals have no open tasks', 'list'],
    ['Opportunities missing a next step', 'list'],
    ['renewals with no follow up scheduled', 'list'],
  ])('"%s" → deals missing a next step (%s)', (text, aggregate) => {
    expect(queryOf(text.toLowerCase())).toMatchObject({ record: 'deal', missing: 'nextStep', aggregate });
  });

  it.each(['deals with no activity in 3 weeks', 'what is the next step on the acme deal', 'my open tasks'])(
    '"%s" is no question of deals missing a next step',
    (text) => {
      const query = queryOf(text);
      expect(query?.record === 'deal' ? query.missing : undefined).toBeUndefined();
    },
  );
});
