import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, twenty-fourth round (w25b, issue 19): a card the bank declined or bounced is a
 * failed payment, and a plan quoted per contract asked for a number of people is answered with its
 * own terms (its minimum), not an empty price. Wordings written for this test, and questions in
 * the same words that must stay unanswered or keep their answer.
 */
describe('knowledge answers, twenty-fourth round: declined cards, and a plan without a list price', () => {
  const knowledge = openDemoKnowledge();
  const { expectFact, expectNoAnswer, expectSkillFact } = knowledge;

  it.each([
    'my card got declined, what happens now',
    'payment declined?? what now',
    'our card was rejected, will we lose access',
    'what happens if my card bounces',
    'the card was declined last night',
  ])('a declined card is a failed payment: %s', (question) =>
    expectFact(question, /retry it after 3, 5 and 7 days/),
  );

  it.each(['my application was declined', 'declined meeting invites'])(
    'declined, not a card: %s',
    (question) => expectNoAnswer(question),
  );

  it.each([
    'how does your pricing compare for 50 users - is there a minimum on enterprise?',
    'what would enterprise cost for 80 people',
    'how much is the enterprise plan for 120 seats',
  ])('a plan quoted per contract, for a number of people: %s', (question) =>
    expectSkillFact(question, /Enterprise pricing is quoted per contract, with a minimum of 50 users/),
  );

  it('a priced plan is still worked out for the number of people', () =>
    expectSkillFact('how much is the business plan for 10 users', /\$590 a month/));
});
