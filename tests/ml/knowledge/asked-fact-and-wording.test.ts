import { extractAnswer } from '../../../src/ml/knowledge/answers/answer-extractor';
import { answerTypesOf } from '../../../src/ml/knowledge/answers/answer-type';
import { analyze } from '../../../src/ml/knowledge/text/analyzer';
import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Issue 19, knowledge answers in users' words: vocabulary the documents do not use (clipped words,
 * "tier", "hook up", "take" a card, "whenever"), table rows read with their headers, and the sentence
 * stating the kind of fact asked (a duration, a list, whether something exists, a place). The
 * questions are paraphrases written for this test, each with the fact a right answer holds; the
 * last table holds questions the knowledge base must keep refusing.
 */
describe('answer types: the kind of fact a wording asks for', () => {
  const states = (question: string, sentence: string) =>
    answerTypesOf(question).some((type) => type.test(sentence));

  it.each([
    ['what is the response time for urgent tickets', 'Urgent (service down): Business 4 hours, 24/7.', true],
    ['what is the response time for urgent tickets', 'Urgent incidents are handled 24/7.', false],
    [
      'which payment methods do you take',
      'We accept Visa, Mastercard and American Express for all plans.',
      true,
    ],
    ['what are the system requirements', '- 2 CPU cores and 4 GB of memory', true],
    ['do you have an api', 'The REST API is available on the Business and Enterprise plans.', true],
    ['is there a mobile app', 'There is no separate mobile app.', true],
    ['where are you based', 'CRMPro Software Ltd is based in Manchester.', true],
    ['what are your support hours', 'Support is available Monday to Friday, 08:00 to 20:00 UK time.', true],
    ['what are your support hours', 'Urgent (service down): Business 4 hours, 24/7.', false],
  ])('%s → states it in "%s": %s', (question, sentence, expected) => {
    expect(states(question, sentence)).toBe(expected);
  });

  it('asks no particular kind of fact for a plain "what happens" question', () => {
    expect(answerTypesOf('what happens to our data if we downgrade')).toEqual([]);
  });
});

describe('extractAnswer: table rows and lists', () => {
  const table = [
    'Priority | Business | Enterprise',
    'Urgent (service down) | 4 hours, 24/7 | 1 hour, 24/7',
    'High (major feature broken) | 8 business hours | 4 hours',
    'Team plan customers get email support with a response within 2 business days.',
    'Free plan customers get community support only. Paid plans get more than that, and you can always',
    'write to us about anything else you need from support, such as training or an onboarding call.',
  ].join('\n');
  const termsOf = (question: string) => new Map(analyze(question).map((term) => [term, 1]));

  it('reads a row with its column headers and under its heading, and answers with that row alone', () => {
    const question = 'response time urgent business plan';
    const extract = extractAnswer(
      table,
      termsOf(question),
      (t) => analyze(t),
      new Map(),
      answerTypesOf('what is the response time for urgent tickets'),
      'Support response times',
    );
    expect(extract.text).toMatch(
      /^Urgent \(service down\): Business 4 hours, 24\/7; Enterprise 1 hour, 24\/7\./,
    );
    expect(extract.text).not.toMatch(/High/);
  });

  it('a sentence outside the table still wins when it covers the question better', () => {
    const extract = extractAnswer(
      table,
      termsOf('team plan email support'),
      (t) => analyze(t),
      new Map(),
      [],
      'Support response times',
    );
    expect(extract.text).toMatch(/^Team plan customers get email support/);
  });

  it('a question asking for several things gets the whole list an item of it answers from', () => {
    const passage = [
      'Before you install, check the following:',
      '- Linux with Node.js 22 or later',
      '- 2 CPU cores and 4 GB of memory for up to 50 users',
      '- Optional: a database server for more than one server',
      'Everything else is bundled with the release, including the embedded database and search, so there is nothing else to set up before the first start of the application.',
    ].join('\n');
    const asked = 'what are the server requirements';
    const extract = extractAnswer(
      passage,
      termsOf('server requirements'),
      (t) => analyze(t),
      new Map(),
      answerTypesOf(asked),
      'System requirements',
    );
    expect(extract.text).toMatch(/Node\.js 22/);
    expect(extract.text).toMatch(/2 CPU cores/);
    expect(extract.text).toMatch(/Optional/);
  });
});

describe('everydayQuestion: clipped words a dictionary lists', () => {
  it.each([
    ['what are the reqs', 'what the requirements'],
    ['min specs for the server', 'minimum specifications for the server'],
    ['auth config for sso', 'authentication configuration for sso'],
  ])('%s → %s', (typed, read) => expect(everydayQuestion(typed)).toBe(read));
});

describe('knowledge answers to questions in users’ words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    // vocabulary the documents do not use
    ['how much is the business tier', /\$59 per user/],
    ['what tier do i need for forecasting', /Business and Enterprise plans/],
    ['what are the hardware reqs to self host', /2 CPU cores/],
    ['how would we hook up microsoft teams', /Teams app store/],
    ['how do we install a new release', /crmpro migrate/],
    ['can we take payment by card', /Visa, Mastercard and American Express/],
    ['can we cancel our monthly subscription whenever we like', /cancelled at any time/],
    ['do you offer a mobile app for iphone', /no separate mobile app/],
    // the kind of fact asked
    ['which payment methods do you accept', /Visa, Mastercard and American Express/],
    ['do you guys have an api', /available on the Business and Enterprise plans/],
    ['where are you folks based', /Manchester/],
    ['how fast do you get back to high priority tickets on enterprise', /Enterprise 4 hours/],
    ['whats the response time on an urgent ticket for the business plan', /Business 4 hours/],
    // context before a dash does not dilute the question after it
    ['our security team asks - are you soc2 certified', /SOC 2 Type II/],
    ['quick one for legal - does the chat widget set any tracking cookies', /functional cookie/],
  ])('%s', (question, fact) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect(result.answer).toMatch(fact);
  });

  it.each([
    'who founded microsoft',
    "what's the weather in paris",
    'recommend a good pizza place',
    'write me a poem about sales',
  ])('still refuses an off-topic question: %s', (question) =>
    expect(knowledge.base.ask(question).noAnswer).toBe(true),
  );
});
