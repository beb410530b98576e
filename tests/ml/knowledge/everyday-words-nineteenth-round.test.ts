import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, nineteenth round (issue 19): a visitor's words for the documents' words. Data on
 * the network is "in transit" (the encryption section); a processor said short ("arm", a Raspberry
 * Pi) is the requirements' ARM64; what a shop "takes" is what it accepts (the cards). Wordings
 * written for this test, and questions in the same words that must stay unanswered.
 */
describe('knowledge answers, nineteenth round: a visitor s words for the documents words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFact, expectNoAnswer } = knowledge;

  it.each([
    'is traffic encrypted',
    'is network traffic encrypted?',
    'is our data encrypted over the wire',
    'do you encrypt traffic between us and you',
  ])('traffic is data in transit: %s', (question) => expectFact(question, /in transit with TLS 1\.2/));

  it.each(['does it run on a raspberry pi', 'can i install it on aarch64', 'does it run on graviton'])(
    'a processor said short is ARM64: %s',
    (question) => expectFact(question, /ARM64/),
  );

  it.each(['do you take amex', 'can i pay with mastercard', 'do you take visa cards'])(
    'what you take is what you accept: %s',
    (question) => expectFact(question, /Visa, Mastercard and American Express/),
  );

  it.each(['how much traffic does the website get', 'do you take walk-in customers'])(
    'the same words about something the documents do not say: %s',
    (question) => expectNoAnswer(question),
  );
});
