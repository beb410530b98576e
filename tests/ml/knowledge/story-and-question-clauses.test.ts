import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions wrapped in a story or followed by a second clause (issue 19, K5): one need
 * asked in several wordings, each table one mechanism, with off-topic messages of the same shape
 * that must stay unanswered.
 */
describe('knowledge answers: the question among the story around it (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectNoAnswer } = knowledge;

  const expectFrom = (question: string, paths: readonly string[], fact: RegExp) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect({ question, inPaths: paths.includes(result.sources[0]?.path ?? '') }).toEqual({
      question,
      inPaths: true,
    });
    expect({ question, answer: result.answer }).toEqual({ question, answer: expect.stringMatching(fact) });
  };

  // A request after a comma with its own subject ("…, i want a refund") was part of one long clause
  // whose story words diluted it under the no-answer threshold.
  describe('a clause with its own subject after a comma is judged alone', () => {
    it.each([
      ["i paid last week and it's not what i expected, i want a refund"],
      ["i bought it last month and it's not what we need, i want my money back"],
      ["we signed up two weeks ago, it isn't working for us, we want a refund"],
    ])('%s', (question) => expectFrom(question, ['billing/refund-policy.md'], /30 days/));

    it.each([
      ["where are your servers? we're a german company, our data has to stay in the EU"],
      ['we are based in berlin, our data must stay in the eu'],
    ])('%s', (question) =>
      expectFrom(
        question,
        ['security/privacy-and-gdpr.md', 'self-hosting/cloud-vs-self-hosted.md', 'faq.md'],
        /Frankfurt|European Union/,
      ),
    );

    it.each([
      ['i went to the shop last week and it was closed, i want a sandwich'],
      ["we're about 50, i like pizza"],
      ['my cat ran away last week, i want a new one'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });

  // A question naming one thing was never judged alone, so "do you have an api? we'd want to hook it
  // into our own billing system" was a no-answer. Opening the message, it is the question; after the
  // story ("… - what's the policy") it still asks about the story.
  describe('a question naming one thing is judged alone when it opens the message', () => {
    it.each([
      ["do you have an api? we'd want to hook it into our own billing system"],
      ['is there an api? we want to connect our billing tool'],
      ['do you have an api? our devs want to build something'],
      ["does crmpro have an api? we'd like to hook it up to our erp"],
    ])('%s', (question) => expectFrom(question, ['integrations/api-and-webhooks.md'], /REST API|webhook/i));

    it.each([
      ['do you have a cat? we would want to adopt one'],
      ['is there a pool? we want to swim'],
      ['after lunch - what is the plan'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });
  // A support agent pasting a customer's words: the lead-in ("customer asks:") and the request for a
  // reply ("- what do i tell them?") name no topic, and the quote marks hid the clauses.
  describe('a pasted customer message is asked as the customer asked it', () => {
    it('reads the message without its lead-in, quote marks and request for a reply', () => {
      expect(
        everydayQuestion('pasting from a ticket: "the dates came out wrong" - what do i tell them?'),
      ).toBe('the dates wrong - ?');
      expect(everydayQuestion('customer asks: "if we cancel, is our data deleted?"')).toBe(
        'if we cancel, our data deleted?',
      );
    });

    it.each([
      [
        'pasting from a ticket: "we imported our contacts from a csv and the dates all came out wrong" - what do i tell them?',
      ],
      ['customer wrote: "our csv import turned all the dates wrong" - what should i tell them'],
      ['a client says: "the dates in our imported file came out wrong" what do i say to them?'],
    ])('%s', (question) => expectFrom(question, ['troubleshooting/import-errors.md'], /ISO format/));

    it.each([
      ['customer asks: "what\'s the weather in paris tomorrow?"'],
      ['pasting from a ticket: "my cat ate my homework" - what do i tell them?'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });

  // When it happened, how to explain it, where to go for it and how long it is "good for" are the
  // story or the shape of the question: no document uses those words for its facts.
  describe('story and request words name no topic', () => {
    it.each([
      ['can i fix a call i logged last week? put the wrong notes in it'],
      ['can i correct a note i logged yesterday'],
    ])('%s', (question) => expectFrom(question, ['features/activity-logging.md'], /30 days/));
    it.each([
      ['how long are invites good for'],
      ['how long is an invite link good for'],
      ['how long is the invitation good for'],
      ["new hire says their invite link doesn't work anymore, how long are invites good for"],
    ])('%s', (question) => expectFrom(question, ['getting-started/inviting-your-team.md'], /7 days/));
    it.each([['where do i go to connect our slack workspace'], ['where can i go to connect slack']])(
      '%s',
      (question) => expectFrom(question, ['integrations/slack.md'], /Settings › Integrations/),
    );
    it.each([
      [
        'putting together the december newsletter - how would you explain what customer segments do in crmpro, in a sentence or two?',
      ],
      ['how would you explain customer segments in a nutshell'],
    ])('%s', (question) => expectFrom(question, ['features/customer-segments.md'], /segment/i));

    it.each([
      ['what did i eat last week'],
      ['where was i yesterday'],
      ['how long is milk good for'],
      ['how long are eggs good for in the fridge'],
      ['where do i go to renew my passport'],
      ['how would you explain quantum physics in a sentence or two'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });

  // Everyday words for the documents' words (thesaurus): plugging in a model is using it, what shows
  // up by itself is synced, paying is billing, "instead of" compares, Europe is the EU, kept is keep.
  describe("everyday words for the documents' words", () => {
    it.each([
      ['can we plug in our own llm or does everything get sent to openai?'],
      ['can we plug in our own language model'],
    ])('%s', (question) => expectFrom(question, ['faq.md'], /OpenAI-compatible/));
    it.each([
      ['how much do we save paying yearly instead of monthly'],
      ['is it cheaper paying annually rather than monthly'],
    ])('%s', (question) => expectFrom(question, ['pricing-plans.md'], /20%/));
    it.each([
      ['how do i get my outlook meetings to show up in here automatically? i keep forgetting to log them'],
      ['will my gmail emails show up automatically'],
      ['can crmpro pull in my calendar meetings'],
    ])('%s', (question) =>
      expectFrom(question, ['integrations/email-and-calendar.md'], /Microsoft 365|Gmail|meetings/),
    );
    it.each([['our data has to stay in europe'], ['is our data kept in europe']])('%s', (question) =>
      expectFrom(question, ['security/privacy-and-gdpr.md'], /European Union/),
    );

    it.each([
      ['can i plug in my laptop charger here'],
      ['how much do i save buying groceries in bulk instead of weekly'],
      ['how do i pull in a muscle'],
      ['how much does a train ticket in europe cost'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });
});
