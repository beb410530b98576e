import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, twelfth round (issue 19, W13-K): a visitor's own words for what the documents say
 * in theirs, each answered before from another passage or not at all (its sentence scored under the
 * no-answer threshold). Support that is "open" is available at hours (not the Careers' "Open
 * positions"); a job or working from abroad is Careers' remote hiring; a plan's catch is what it has
 * not; a currency named is the currencies billed in; a format or downloading everything is the
 * export; where data physically is, is its region; a school or a teacher is the schools' discount;
 * who makes the product is the company it is made by; the API is called with an API key; one's own data centre is self-hosting.
 * Wordings written for this test, and off-topic questions in the same words that stay unanswered.
 */
describe('knowledge answers, twelfth round: a visitor s words for the documents words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFact, expectNoAnswer } = knowledge;

  it.each([
    'when is your support open',
    'what time does support open',
    'what hours is your support open',
    'when does your support close',
  ])('support that is open is available: %s', (question) => expectFact(question, /Monday to Friday/));

  it.each([
    'do you hire outside the uk',
    'im looking for a job',
    'are you hiring',
    'can i work for you from abroad',
    'do you have vacancies',
  ])('jobs are careers, abroad is remote: %s', (question) => expectFact(question, /careers|remotely/));

  it.each([
    "what's the catch with the free plan",
    'whats the downside of the free version',
    'any limitations on the free plan',
    'what are the drawbacks of the free plan',
  ])("a plan's catch is what it has not: %s", (question) =>
    expectFact(question, /up to 2 users|no forecasting/),
  );

  it.each([
    'can you give me the prices in euros please',
    'can i pay in pounds',
    'what currency do you bill in',
    'do you take euros',
  ])('a currency named is the currencies billed in: %s', (question) => expectFact(question, /US dollars/));

  it.each([
    'in what format can I download all my data',
    'which file formats can i get my data out in',
    'can i download all our data',
  ])('a format or downloading everything is the export: %s', (question) => expectFact(question, /CSV|JSON/));

  it.each([
    'where physically is my data kept on the cloud version',
    'what is the physical location of our data',
    'where is our data physically stored',
  ])('where data physically is, is its region: %s', (question) =>
    expectFact(question, /Frankfurt|Virginia|London/),
  );

  it.each([
    'im a teacher, can my school use this? do you do education pricing',
    'is there a discount for universities',
    'do you have education pricing',
    'do students get a discount',
  ])("a school is the schools' discount: %s", (question) => expectFact(question, /schools get 50% off/));

  it.each(['who makes crmpro and where are you based', 'who is behind crmpro', 'which company made crmpro'])(
    'who makes the product is the company: %s',
    (question) => expectFact(question, /made by CRMPro Software Ltd/),
  );

  it.each([
    'how do i authenticate to the api',
    'what do i need to call your api',
    'how does api authentication work',
  ])('an API call is made with an API key: %s', (question) => expectFact(question, /API key|Authorization/));

  it.each(['can we put it in our own data center', 'can we run it on our own servers'])(
    'a datacenter of our own is self-hosting: %s',
    (question) => expectFact(question, /own servers|self-hosted/i),
  );

  it.each([
    'where can i catch a train to manchester',
    'what is the euro to dollar exchange rate today',
    'how do i get a job at google',
    'what format should my cv be in',
    'which university is best for computer science',
    'who makes the best pizza in berlin',
    'when does the supermarket open',
    'how would you explain quantum physics',
    'what if we run out of api calls',
  ])('off-topic in the same words: %s', (question) => expectNoAnswer(question));
});
