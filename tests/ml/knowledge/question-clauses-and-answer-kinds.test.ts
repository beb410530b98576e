import { LIST_STATED, answerTypesOf } from '../../../src/ml/knowledge/answers/answer-type';
import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, leftovers of issue 19 (K4): one need asked in several wordings, each table one
 * kind of miss, with off-topic questions in the same words that must stay unanswered.
 */
describe('knowledge answers: the clause that asks, and the kind of answer (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectNoAnswer } = knowledge;

  const expectFrom = (question: string, paths: readonly string[], fact: RegExp) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect(paths).toContain(result.sources[0]?.path);
    expect({ question, answer: result.answer }).toEqual({ question, answer: expect.stringMatching(fact) });
  };

  // A condition ("if we cancel") or a clause with one topic word ("what's the policy") judged alone
  // matched any passage about that word and replaced the question the message asks.
  describe('off-topic messages whose last clause names one topic word stay unanswered', () => {
    it.each([
      ['after lunch - what is the plan'],
      ['customer wants a sandwich after the meeting - what is the policy'],
      ['if it rains tomorrow, what should i wear'],
      ['where has the time gone'],
      ['the button is gone from my screen'],
    ])('%s', (question) => expectNoAnswer(question));
  });

  describe('a condition is the circumstance of the question, not the question', () => {
    it.each([
      ['if we cancel, how long until our data and backups are actually gone'],
      ['after we cancel, how long do you keep our backups'],
      ['how long until our backups are gone'],
      ['when is our data gone'],
    ])('%s', (question) => {
      expectFrom(question, ['security/data-retention-and-deletion.md'], /35 days|30 days/);
    });

    it.each([
      ["customer wants a refund on their annual plan after cancelling mid year - what's the policy"],
      ["a client wants their money back on a yearly plan after cancelling halfway - what's the policy"],
      ['we want a refund on our annual plan after cancelling mid year - what are the rules'],
    ])('%s', (question) => {
      expectFrom(question, ['billing/refund-policy.md'], /annual plans are not refunded/);
    });
  });

  describe('a statement naming one thing is context that may hold the topic', () => {
    it.each([
      ["we're on hubspot, can we move our data over"],
      ['we use pipedrive - can we bring our data across'],
    ])('%s', (question) => {
      expectFrom(question, ['getting-started/importing-data.md'], /HubSpot|Pipedrive/);
    });
  });

  describe('data that is gone is deleted; other things gone are not', () => {
    it('reads "gone" as deleted only when said of data', () => {
      expect(everydayQuestion('how long until our data and backups are actually gone')).toBe(
        'how long until our data and backups deleted',
      );
      expect(everydayQuestion('is the workspace gone')).toBe('the workspace deleted');
      expect(everydayQuestion('where has the time gone')).toBe('where has the time gone');
    });
  });

  // "support hours?" was read as asking for a list (a bare plural noun phrase), and the "4 hours" of
  // the response-time table covered its "hours": the table answered instead of the opening times.
  describe('a bare noun phrase asks for a list only when its words ask no more specific fact', () => {
    it('reads the kind of fact asked', () => {
      expect(answerTypesOf('support hours?')).not.toContain(LIST_STATED);
      expect(answerTypesOf('payment methods?')).toContain(LIST_STATED);
      expect(answerTypesOf('server requirements for about 200 users?')).toContain(LIST_STATED);
    });

    it.each([['happy hours?'], ['opening hours of the louvre'], ['pharmacy hours?']])(
      'off-topic: %s',
      (question) => expectNoAnswer(question),
    );

    it.each([
      ['support hours?'],
      ['support hours'],
      ['what are the support hours'],
      ['what are your support hours'],
      ['what hours is support available'],
    ])('%s', (question) => {
      expectFrom(question, ['support/contacting-support.md'], /Monday to Friday, 08:00 to 20:00/);
    });

    it.each([['support response times?'], ['how fast does support respond to urgent tickets']])(
      '%s still gets the response times',
      (question) => {
        expectFrom(question, ['support/service-level-agreement.md'], /\d+ hours?|\d+ business days/);
      },
    );
  });

  // "what server do I need" was answered "You run CRMPro on your own servers": what a thing needs is
  // its requirements, unless the question asks for something more specific (a plan).
  describe('"what X do I need" asks for X\'s requirements', () => {
    it.each([
      ['what server do i need for minecraft'],
      ['what visa do i need to work in germany'],
      ['what tools do i need to fix a bike'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));

    it('keeps the purpose only when it names something other than the product', () => {
      expect(everydayQuestion('what kind of server do i need to run it')).toBe('what of server i need');
      expect(everydayQuestion('how much does it cost to run it')).toBe('how much does it cost to run it');
    });

    it.each([
      ['what server do I need'],
      ['what kind of server do i need to run it'],
      ['what hardware do we need to run crmpro'],
    ])('%s', (question) => {
      expectFrom(question, ['self-hosting/installation.md'], /CPU cores/);
    });

    it.each([
      ['what tier do i need for forecasting', 'features/sales-forecasting.md', /Business and Enterprise/],
      ['what plan do we need for the api', 'integrations/api-and-webhooks.md', /Business and Enterprise/],
    ])('%s still asks for a plan', (question, path, fact) => expectFrom(question, [path], fact));
  });
});
