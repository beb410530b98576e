import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, twenty-second round (issue 19): the product named in general words ("your
 * product", "your software", "this tool"), with or without its "does", is the product every document
 * is about; the mood of a message ("this is ridiculous", "sorry, dumb question", "if we hate it") is
 * not its topic. Wordings written for this test, and questions in the same words that must stay
 * unanswered.
 */
describe('knowledge answers, twenty-second round: the product in general words, and the mood of a message', () => {
  const knowledge = openDemoKnowledge();
  const { expectFact, expectNoAnswer } = knowledge;

  it.each([
    'your product work with outlook?',
    'does your software integrate with outlook',
    'this tool work with google calendar?',
    'your platform sync with gmail?',
    'does your crm work with exchange',
  ])('the product in general words: %s', (question) =>
    expectFact(question, /Microsoft 365|Google Workspace|mailbox/),
  );

  it.each([
    'if we hate it can we get our money back',
    'we really hate it, can we get a refund',
    'if we are unhappy with it can we get our money back',
    'sorry if this is a dumb question, can i get my money back',
  ])('not liking it is not being happy with it: %s', (question) =>
    expectFact(question, /full refund within 30 days/),
  );

  it.each([
    'your app keeps locking me out after i type my password wrong, this is ridiculous',
    'ugh, keeps locking me out after a few wrong passwords',
    'this is so annoying, i keep getting locked out after typing my password wrong',
  ])('a complaint beside the question: %s', (question) => expectFact(question, /locked for 15 minutes/));

  it.each([
    'i hate mondays',
    'this is ridiculous weather',
    'does your software work with my toaster',
    'your product catalogue, how do i add items',
    'how old are you lol',
  ])('the same words about something the documents do not say: %s', (question) => expectNoAnswer(question));

  it.each([
    'is there a user community or forum?',
    'is there a community forum for users',
    'is there a forum',
  ])('a forum of users is the community support: %s', (question) =>
    expectFact(question, /community support/),
  );

  it.each(['what forum software do you recommend for our website'])(
    'a forum that is not ours: %s',
    (question) => expectNoAnswer(question),
  );
});
