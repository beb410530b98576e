import { everydayQuestion } from '../../../src/ml/knowledge/text/everyday-question';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Everyday words for what the documents say (issue 19, K7): being reminded, bringing data over from
 * a spreadsheet, a payment that does not go through, a webhook's payload, "the crm" on a phone. Each
 * table is one need in several wordings, with off-topic messages in the same words that must stay
 * unanswered.
 */
describe('knowledge answers: everyday words for the documents (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFrom, expectNoAnswer } = knowledge;

  describe('"remind me how …" asks how', () => {
    it.each([
      ['remind me how the forecast digest works'],
      ['can you remind me what the forecast digest is'],
      ['remind me when the forecast digest gets sent'],
    ])('%s', (question) => expectFrom(question, 'features/sales-forecasting.md', /digest/i));
    it.each([['remind me how to bake bread'], ['remind me what the weather is like in rome']])(
      'off-topic: %s',
      (question) => expectNoAnswer(question),
    );
    it('keeps "remind me to …", the follow-up task feature', () => {
      expect(everydayQuestion('remind me to call acme tomorrow')).toContain('remind me');
    });
  });

  describe('bringing customers over from a spreadsheet is importing them', () => {
    it.each([
      ['i dont know computers much, can i just bring my customers over from excel'],
      ['can we move our contacts over from google sheets'],
      ['how do i bring our deals over from excel'],
      ['can i transfer my leads over from a spreadsheet'],
      ['we have all our contacts in a spreadsheet, can we load them in'],
    ])('%s', (question) => expectFrom(question, 'getting-started/importing-data.md', /CSV/));
    it.each([
      ['how do i bring my bike over from france'],
      ['i want to move my piano over from the old house'],
      ['how do i make a pie chart in excel'],
      ['how do i make a spreadsheet'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });

  describe('a card payment that does not go through has failed', () => {
    it.each([
      ['what happens if my card payment doesnt go through'],
      ["our card payment didn't go through, what now"],
      ['what if the card payment does not go through this month'],
      ["what happens when a payment doesn't go through"],
      ['my card payment failed, will we lose access'],
      ["the card payment didn't go through, do we lose our data"],
    ])('%s', (question) =>
      expectFrom(question, 'billing/billing-and-invoices.md', /3, 5 and 7 days|read-only/),
    );
    it.each([
      ['my card was declined at the supermarket'],
      ['will the traffic go through the tunnel'],
      ['can you go through the recipe with me'],
    ])('off-topic: %s', (question) => expectNoAnswer(question));
  });

  describe("a webhook's payload is its delivery", () => {
    it.each([
      ['how are webhook payloads signed'],
      ['are the webhook payloads signed'],
      ['how do i verify a webhook payload'],
      ['what signature do webhooks use'],
      ['which header has the webhook signature'],
      ['is the webhook payload signed with hmac'],
    ])('%s', (question) => expectFrom(question, 'integrations/api-and-webhooks.md', /HMAC-SHA256/));
    it.each([['how are wedding invitations signed'], ['what is the payload of a rocket']])(
      'off-topic: %s',
      (question) => expectNoAnswer(question),
    );
  });

  describe('"the crm" is the product', () => {
    it.each([
      ['how do i get the crm on my phone'],
      ['can i use the crm on my iphone'],
      ['is there a phone app for the crm'],
      ['does the crm have an android app'],
      ['can i get the crm on my ipad'],
      ['how do i use crmpro on my phone'],
    ])('%s', (question) =>
      expectFrom(
        question,
        question.includes('ipad') ? 'getting-started/mobile-and-browsers.md' : 'faq.md',
        /mobile app/,
      ),
    );
    it.each([['can i get pizza on my phone'], ['my phone is broken']])('off-topic: %s', (question) =>
      expectNoAnswer(question),
    );
  });

  describe('changing an activity one logged is editing it', () => {
    it.each([
      ['can i change a meeting i logged yesterday'],
      ['can i change a call i logged'],
      ['how do i change the notes on a call i logged'],
      ['how do i change a logged call'],
      ['can managers change the meetings their reps logged'],
      ['is it possible to change a logged activity'],
    ])('%s', (question) => expectFrom(question, 'features/activity-logging.md', /edit or delete/));
    it.each([
      ['can i change my card', 'billing/payment-methods.md'],
      ['how do i change my plan', 'faq.md'],
    ])('%s keeps its own section', (question, path) =>
      expect(knowledge.base.ask(question).sources[0]?.path).toBe(path),
    );
    it.each([['can i change a tyre myself'], ['how do i change the oil in my car']])(
      'off-topic: %s',
      (question) => expectNoAnswer(question),
    );
  });
});
