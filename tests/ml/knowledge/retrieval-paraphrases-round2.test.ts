import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Retrieval in everyday words, second round (issue 19, K3): one need asked in several wordings,
 * each table one kind of miss, with off-topic questions in the same words that must stay unanswered.
 */
describe('knowledge retrieval, second round: one need in other words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectNoAnswer } = knowledge;

  const expectFrom = (question: string, paths: readonly string[], fact: RegExp) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect(paths).toContain(result.sources[0]?.path);
    expect({ question, answer: result.answer }).toEqual({ question, answer: expect.stringMatching(fact) });
  };

  describe('off-topic questions in the same words stay unanswered', () => {
    it.each([
      ['how much is a flight to paris'],
      ['how much does a house cost in london'],
      ['best charity to give to this christmas'],
      ['which charities help homeless people'],
      ['does ibuprofen work with alcohol'],
      ['does my printer work with a mac'],
      ['how long till christmas'],
      ['i locked my keys in the car'],
    ])('%s', (question) => expectNoAnswer(question));
  });

  // The everyday reading drops "is"/"does" as filler; "how much is …" must still ask for a price.
  describe('"how much is …" asks for a price after the everyday reading too', () => {
    it('keeps the verb that makes "how much" a price question', () => {
      expect(everydayQuestion('how much is self hosted')).toBe('how much is self hosted');
      expect(everydayQuestion('how much does it cost')).toBe('how much does it cost');
      expect(everydayQuestion('is it really free')).toBe('it free');
      expect(everydayQuestion('does it work with outlook')).toBe('it with outlook');
    });

    it.each([
      ['how much is self hosted'],
      ['how much is the self hosted edition'],
      ['how much does self hosting cost'],
    ])('%s', (question) => {
      expectFrom(question, ['pricing-plans.md'], /\$420/);
    });
  });

  // Known limit, not covered here: "how do i donate to a charity" is now answered from Discounts,
  // as "how do i donate to a non-profit" already was (0.60): one rare document word of two carries
  // the confidence over the threshold.
  describe('a charity is a non-profit', () => {
    it.each([
      ['do you do discounts for charities'],
      ['is there a charity discount'],
      ['we are a charity, do we get a discount?'],
    ])('%s', (question) => {
      expectFrom(question, ['pricing-plans.md', 'faq.md'], /50% off/);
    });
  });

  // "does it work with X" asks whether X is supported; "work" there names no topic.
  describe('"does it work with X" is about X', () => {
    it.each([
      ['does it work with outlook'],
      ['does crmpro work with gmail'],
      ['will it work with exchange online'],
    ])('%s', (question) => {
      expectFrom(question, ['integrations/email-and-calendar.md'], /Microsoft 365/);
    });
  });

  describe('tries are attempts, and "till" only shapes a question', () => {
    it.each([
      ['customer locked out after too many tries, how long till it unlocks'],
      ['locked out after too many tries'],
      ['how long until a locked account unlocks'],
    ])('%s', (question) => {
      expectFrom(question, ['troubleshooting/login-and-sso.md'], /15 minutes/);
    });
  });
});
