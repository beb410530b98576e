import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, twenty-fourth round (w25b, issue 19): a plan quoted per contract asked for a
 * number of people is answered with its own terms (its minimum), not an empty price ("Enterprise:
 * ."). Wordings written for this test, and a priced plan that keeps its worked-out price.
 */
describe('knowledge answers, twenty-fourth round: a plan without a list price, for a number of people', () => {
  const knowledge = openDemoKnowledge();
  const { expectSkillFact } = knowledge;

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
