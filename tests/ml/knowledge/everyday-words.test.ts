import { extractAnswer } from '../../../src/ml/knowledge/answers/answer-extractor';
import { answerTypesOf } from '../../../src/ml/knowledge/answers/answer-type';
import { analyze } from '../../../src/ml/knowledge/text/analyzer';
import { CorpusSpelling } from '../../../src/ml/knowledge/text/corpus-spelling';
import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Questions typed as people chat (issue 19): contractions without apostrophes, chat spellings,
 * filler words, other spellings of the documents' words, and questions asking for a number.
 */
describe('everydayQuestion', () => {
  it('writes out contractions, with or without the apostrophe, and chat spellings', () => {
    expect(everydayQuestion("doesnt it work? what's ur SLA")).toBe('it work? what your SLA');
    expect(everydayQuestion("where can i check if you're down right now")).toBe(
      'where can i check if you down',
    );
    expect(everydayQuestion('do u guys take amex')).toBe('you take amex');
  });

  it('drops filler words but keeps the topic, and keeps a message made of filler alone', () => {
    expect(everydayQuestion('is there a way to pause our account')).toBe('there a to pause our account');
    expect(everydayQuestion('yeah ok')).toBe('yeah ok');
  });
});

describe('CorpusSpelling', () => {
  const spelling = new CorpusSpelling(
    ['Self-hosted licences can be returned.', 'Change the colour of the invoice.', 'The licence key.'],
    (text) => analyze(text),
  );

  it("reads a word one edit from a document's word as that word (typos, American spellings)", () => {
    expect(spelling.correct('can i return a license')).toBe('can i return a licence');
    expect(spelling.correct('change the invioce color')).toBe('change the invoice colour');
  });

  it('leaves short words, known words and words whose stem the documents know alone', () => {
    expect(spelling.correct('the colr')).toBe('the colr');
    expect(spelling.correct('returning licences')).toBe('returning licences');
    expect(spelling.correct('bake sourdough bread')).toBe('bake sourdough bread');
  });
});

describe('extractAnswer: the sentence that states the asked fact', () => {
  const passage =
    'Scores are computed by a model trained on your own closed deals: the ones you won and the ones you lost, so it learns what your wins look like. The model needs at least 200 closed deals, with at least 40 won and 40 lost. Admins can retrain the model at any time from the settings page, and it is retrained every week.';
  const terms = new Map(analyze('closed deals model').map((term) => [term, 1]));

  it('"how many …" answers with the sentence stating a number first, not one that only repeats the words', () => {
    const without = extractAnswer(passage, terms, (text) => analyze(text));
    const withType = extractAnswer(
      passage,
      terms,
      (text) => analyze(text),
      new Map(),
      answerTypesOf('how many closed deals does the model need'),
    );
    expect(without.text).toMatch(/^Scores are computed/);
    expect(withType.text).toBe(
      'The model needs at least 200 closed deals, with at least 40 won and 40 lost.',
    );
  });

  it('adds the sentence holding the rest of a two-part question', () => {
    const text =
      'If you are not happy, you can ask for a full refund within 30 days of your first payment for a new subscription. This applies to the Team and Business plans. Write to billing@crmpro.example from the billing contact email address.';
    const question = 'who do i email to ask for a refund';
    const extract = extractAnswer(text, new Map(analyze('email refund ask').map((t) => [t, 1])), (t) =>
      analyze(t),
    );
    expect(extract.text).toMatch(/full refund/);
    expect(extract.text).toMatch(/billing@crmpro\.example/);
    expect(answerTypesOf(question).some((type) => type.test('billing@crmpro.example'))).toBe(true);
  });
});

describe('knowledge answers to chat-typed questions (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  it('an American spelling of the document’s word ("license" / "licence") finds the refund rule', () => {
    const result = knowledge.base.ask('can we return a self hosted license');
    expect(result.noAnswer).toBe(false);
    expect(result.sources[0]?.path).toBe('billing/refund-policy.md');
    expect(result.answer).toMatch(/within 30 days of purchase/);
  });

  it('a closing sentence of question words only ("What should we do?") never replaces the topic of the message', () => {
    // Its filler words dropped, "What should we do?" is "What we": judged alone it matched the
    // support page titled "What to include" with more confidence than the SSO page.
    const result = knowledge.base.ask(
      'Single sign-on fails for all of us with an invalid signature error. What should we do?',
    );
    expect(result.noAnswer).toBe(false);
    expect(result.sources[0]?.section ?? '').toMatch(/single sign-on/i);
  });

  it('an everyday word for the document’s ("yearly" / "annual") finds how annual plans are billed', () => {
    const result = knowledge.base.ask('do you have yearly billing');
    expect(result.noAnswer).toBe(false);
    expect(result.answer).toMatch(/annual plans are charged once a year/);
  });
});
