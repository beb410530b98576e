import { withoutTurnedAway } from '../../../src/ml/knowledge/answers/question-frame';
import { comparedWithOurselves } from '../../../src/ml/knowledge/answers/comparison';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge answers, ninth round (issue 19, k13): website visitors' questions the lead asked the
 * widget, each answered wrongly or not at all though the fact is in knowledge/. Another CRM named
 * by its product (HubSpot, Salesforce) is what the documents call "another CRM"; a number of people
 * is priced per user; "your servers" are where cloud data is stored; paying on an invoice is a bank
 * transfer against one, and the way a question turns away from ("instead of card") does not pick
 * the passage about it; "difference between" describes a comparison, the things compared name its
 * topic. Wordings written for this test, and off-topic questions in the same words that must stay
 * unanswered.
 */
describe('knowledge answers, ninth round: visitor questions (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFrom, expectNoAnswer } = knowledge;

  it.each([
    'can i pay by invoice instead of card',
    'do you accept invoices instead of credit card payments',
    'is it possible to pay via invoice rather than card',
    'can we pay on invoice',
    'can i pay by invoice instead of by card',
    'pay by invoice instead of credit card',
    'can we pay with a purchase order',
  ])('paying on an invoice is a bank transfer: %s', (question) =>
    expectFrom(question, 'billing/payment-methods.md', /bank transfer against an invoice/),
  );

  it.each([
    'where are your servers',
    'where are your servers located',
    'what country are your servers in',
    'are your servers in europe',
    'where do you host our data',
    'which country is my data hosted in',
  ])('where cloud data is stored: %s', (question) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer, path: result.sources[0]?.path }).toEqual({
      question,
      noAnswer: false,
      path: expect.stringMatching(/^(faq\.md|security\/privacy-and-gdpr\.md)$/),
    });
    expect({ question, answer: result.answer }).toEqual({
      question,
      answer: expect.stringMatching(/Frankfurt/),
    });
  });

  it.each([
    'do you integrate with hubspot',
    'is there a hubspot integration',
    'can i connect it to pipedrive',
    'does crmpro work with salesforce',
    'do you have a zoho integration',
    'can we move from hubspot to crmpro',
    'does crmpro sync with salesforce',
  ])('another CRM by name is importing from it: %s', (question) =>
    expectFrom(
      question,
      'getting-started/importing-data.md',
      /import templates for Salesforce, HubSpot and Pipedrive/,
    ),
  );

  it.each([
    'whats the difference between you and salesforce',
    "what's the difference between you and salesforce",
    'how are you different from hubspot',
    'crmpro vs pipedrive',
    'what is the difference between you and hubspot',
  ])('compared with another CRM: %s', (question) =>
    expectFrom(question, 'getting-started/importing-data.md', /import templates for Salesforce/),
  );

  it.each([
    ['what does it cost for 15 people', /per user per month/],
    ["what's the price for 20 people", /per user per month/],
  ])('a number of people is priced per user: %s', (question, fact) =>
    expectFrom(question, 'pricing-plans.md', fact),
  );

  it.each([
    [
      "we're comparing you with salesforce and zoho - do you have an uptime sla?",
      'support/service-level-agreement.md',
      /99\.9%/,
    ],
    ['we looked at hubspot too. is our data encrypted?', 'security/security-overview.md', /encrypt/i],
  ])('another CRM named as context does not answer for the question: %s', (question, path, fact) =>
    expectFrom(question, path, fact),
  );

  it.each([
    'what is the capital of france',
    'how much does a salesforce license cost',
    'where can i buy a server rack',
    'how many people live in london',
    'can you send me an invoice for my dentist',
    'what is the difference between a lion and a tiger',
    'what is the difference between weather and climate',
  ])('off-topic in the same words: %s', (question) => expectNoAnswer(question));

  it('the alternative a question turns away from, at its end', () => {
    expect(withoutTurnedAway('can i pay by invoice instead of card?')).toBe('can i pay by invoice');
    expect(withoutTurnedAway('can we pay annually rather than by credit card')).toBe('can we pay annually');
    expect(withoutTurnedAway('instead of card')).toBe('instead of card');
    expect(withoutTurnedAway('can we use sso instead of passwords for the whole team and guests')).toBe(
      'can we use sso instead of passwords for the whole team and guests',
    );
  });

  it('the other thing when the product itself is compared with it', () => {
    expect(comparedWithOurselves('whats the difference between you and salesforce')).toBe('salesforce');
    expect(comparedWithOurselves('how is crmpro different from pipedrive?')).toBe('pipedrive');
    expect(comparedWithOurselves('how are you different from a spreadsheet')).toBeUndefined();
    expect(comparedWithOurselves('what is the difference between business and enterprise')).toBeUndefined();
  });
});
