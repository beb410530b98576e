import { extractAnswer } from '../../../src/ml/knowledge/answers/answer-extractor';
import { answerTypesOf } from '../../../src/ml/knowledge/answers/answer-type';
import { analyze } from '../../../src/ml/knowledge/text/analyzer';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Issue 19, the sentence that holds the asked fact: a how-to is answered with its steps (a menu
 * path, a command, an instruction), "in which order" with the sentence giving the order, a bare
 * "server requirements?" with the whole list, and the words that only say which kind of fact is
 * asked ("how often", "how much does it cost") are answered by a sentence stating such a fact.
 * Paraphrases written for this test, with negatives.
 */
describe('answer types: steps, order, lists asked without a question word', () => {
  const states = (question: string, sentence: string) =>
    answerTypesOf(question).some((type) => type.test(sentence));

  it.each([
    [
      'how do i put the chat on our website',
      'Copy the script tag from Settings › Website chat and paste it before the closing body tag.',
      true,
    ],
    ['how can we connect slack', 'An admin connects Slack from Settings › Integrations › Slack.', true],
    [
      'how to update a self-hosted install',
      'Download the new release, run the migrations with `crmpro migrate`, and restart.',
      true,
    ],
    // as the knowledge base reads it ("how i hook up …", the auxiliary dropped)
    ['how i hook up slack on our self-hosted install', 'Put them in .env and restart.', true],
    ['how do i put the chat on our website', 'The widget appears in the bottom-right corner.', false],
    ['how much do you charge for the api', 'Put them in .env and restart.', false],
    ['how do i know if the scores are any good', 'Open Settings › Lead scoring to see the model.', false],
    ['which order should i import things in', 'Import accounts first, then contacts and deals.', true],
    ['in what order do we load the csv files', 'Import accounts first, then contacts and deals.', true],
    [
      'which order should i import things in',
      'You can import accounts, contacts and deals from CSV files.',
      false,
    ],
    ['server requirements for about 200 users?', '- 2 CPU cores and 4 GB of memory for up to 50 users', true],
    ['payment methods?', 'We accept Visa, Mastercard and American Express.', true],
    ['dates get rejected when i import', '- 2 CPU cores and 4 GB of memory for up to 50 users', false],
  ])('%s → states it in "%s": %s', (question, sentence, expected) => {
    expect(states(question, sentence)).toBe(expected);
  });
});

describe('extractAnswer: the sentence holding the asked fact', () => {
  const termsOf = (question: string) => new Map(analyze(question).map((term) => [term, 1]));
  const extract = (passage: string, terms: string, asked: string, title = '') =>
    extractAnswer(passage, termsOf(terms), (text) => analyze(text), new Map(), answerTypesOf(asked), title);

  const importing = [
    'You can import accounts, contacts, leads, deals, products and orders from CSV files. Each file needs a header row.',
    'Dates should be in ISO format and amounts should use a dot as the decimal separator.',
    'Import accounts first, then contacts and deals, so that records can be linked to their account by name or domain.',
    'Large imports run in the background and you get a message in Slack or Teams when they finish, usually within a few minutes.',
  ].join(' ');

  it('answers "in which order" with the sentence giving the order, not the one repeating the words', () => {
    expect(extract(importing, 'order import', 'which order should i import things in').text).toMatch(
      /^Import accounts first/,
    );
    expect(extract(importing, 'order import', 'what do i import first').text).toMatch(
      /^Import accounts first/,
    );
  });

  it('answers a how-to with its steps', () => {
    const widget = [
      'The website chat widget answers visitors from your knowledge base and hands them to a person when they ask.',
      'Copy the script tag from Settings › Website chat and paste it before the closing body tag of your website.',
      'The widget appears in the bottom-right corner of your website. You can change its colour, greeting message and position.',
    ].join(' ');
    expect(extract(widget, 'chat website', 'how do i put the chat on our website').text).toMatch(
      /^Copy the script tag/,
    );
  });

  it('counts "how often" as covered by a sentence stating a frequency, not by one without', () => {
    const cloud = [
      'We run CRMPro for you.',
      'Updates are applied automatically every week, backups are taken every hour, and data is stored in the region you choose.',
      'You can move from Cloud to Self-Hosted, or back, and our support team helps you plan the move so nothing is lost on the way.',
    ].join(' ');
    const often = extract(cloud, 'often cloud backups', 'how often are cloud backups taken', 'CRMPro Cloud');
    expect(often.text).toMatch(/every hour/);
    const withoutTheKind = extract(cloud, 'often cloud backups', 'cloud backups', 'CRMPro Cloud');
    expect(often.coverage).toBeGreaterThan(withoutTheKind.coverage);
  });

  // W14-A: "which env vars do i need" found the README's configuration paragraph, whose last
  // sentence "The essentials:" introduces the list; the extract stopped at the colon.
  it('a sentence joining the extract that ends in ":" brings the items it introduces', () => {
    const configuration = [
      'Everything comes from environment variables, validated once at start-up. Every variable is listed in the example file. The essentials:',
      '- PORT: default 3978; where the server listens',
      '- DATA_DIR: default ./data; the embedded store',
      'Other settings, such as rate limits, channel secrets, the optional language model and the time zone of scheduled jobs, are described on the operations page with their defaults and ranges.',
    ].join('\n');
    // the staff pages' term for what one needs ("the essentials") is added to the question
    const text = extract(
      configuration,
      'environment variables need essentials',
      'which environment variables do i need (the essentials)',
    ).text;
    expect(text).toMatch(/The essentials:\n- PORT: default 3978[\s\S]*- DATA_DIR/);
    expect(text).not.toMatch(/operations page/);
    // a colon inside a sentence introduces nothing
    const inline = `Everything comes from environment variables: all of them are optional. ${'Backups run nightly on every server we host. '.repeat(4)}\n- PORT: default 3978`;
    expect(extract(inline, 'environment variables', 'what environment variables are there').text).not.toMatch(
      /PORT/,
    );
  });
});

describe('extractAnswer: words naming the fact never stand for other question words', () => {
  it('a sentence stating a time does not cover "response time" through a thesaurus alternative of a naming word', () => {
    const passage = [
      '- In the app: Help › Contact support, which attaches your workspace details automatically.',
      '- By email: support@crmpro.example.',
      'Support is available Monday to Friday, in English and German, and we answer every message we get from a customer.',
      'Urgent incidents on the Business and Enterprise plans are handled 24/7.',
    ].join('\n');
    const terms = new Map(analyze('response urgent enterprise').map((term) => [term, 1]));
    const alternatives = new Map([[analyze('response')[0]!, [analyze('fast')]]]);
    const asked = answerTypesOf('what is the response time for urgent tickets');
    const extract = extractAnswer(
      passage,
      terms,
      (text) => analyze(text),
      alternatives,
      asked,
      'Contacting support › How to reach us',
    );
    expect(extract.text).toBe('Urgent incidents on the Business and Enterprise plans are handled 24/7.');
  });
});

describe('asked facts on the demo knowledge base', () => {
  const knowledge = openDemoKnowledge();

  it.each([
    ['which order should i import things in', /Import accounts first/],
    ['in what order should we import our csv files', /accounts first|accounts file first/],
    ['server requirements for about 200 users?', /4 cores and 8 GB/],
  ])('%s', (question, fact) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect(result.answer).toMatch(fact);
  });

  it.each([
    'how do i make a good first impression on a date',
    'how often should i water a cactus',
    'what order do the planets go in',
  ])('still refuses an off-topic question: %s', (question) =>
    expect(knowledge.base.ask(question).noAnswer).toBe(true),
  );
});
