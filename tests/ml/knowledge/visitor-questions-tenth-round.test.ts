import { type KnowledgeAnswerResult } from '../../../src/skills/knowledge';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Visitors' questions of dev-qa8-10 that the demo documents answer but the bot did not (issue 19,
 * tenth round, W7-C), each class in other words, with questions of the same words that must keep
 * their own answer: a follow-up going on from a price ("and if we pay yearly"), a price asked naming
 * nothing ("how much is it"), three questions in one message, how long a link lasts, whether a
 * webhook really came from CRMPro, the email providers it hooks into and the press contact.
 */
describe('knowledge answers: visitor questions of the tenth round (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { ask } = knowledge;

  /** The answer to `followUp` asked right after `first` (with its answer's topic, as the dialog passes it). */
  const askAfter = async (first: string, followUp: string): Promise<KnowledgeAnswerResult> => {
    const previous = await ask(first);
    return ask(followUp, previous.topic);
  };

  describe('a follow-up going on from a price asks it of the same plan', () => {
    it.each([
      ['how much is the team plan', 'and if we pay yearly', /\$24 per user/],
      ['how much is the business plan', 'and if we pay yearly', /\$49 per user/],
      ['what does the team plan cost', 'and if we pay annually?', /\$24 per user/],
      ['how much is team per user', 'and if we pay per year', /\$24 per user/],
      ['what does business cost per user', 'and if we pay yearly?', /\$49 per user/],
      ['team plan price', 'and if we pay annually', /\$24 per user/],
    ])('%s → %s', async (first, followUp, expected) => {
      const result = await askAfter(first, followUp);
      expect({ followUp, answer: result.answer }).toEqual({
        followUp,
        answer: expect.stringMatching(expected),
      });
    });

    it.each([
      ['how much is the team plan', 'and can i pay by bank transfer', /bank transfer against an invoice/],
      ['how much is the team plan', 'and how long does a refund take', /5 to 10 business days/],
      ['can i get a refund', 'and how long does it take', /5 to 10 business days/],
    ])('%s → %s keeps the follow-up its own topic', async (first, followUp, expected) => {
      const result = await askAfter(first, followUp);
      expect(result.answer).toMatch(expected);
    });
  });

  describe('a price asked naming nothing is the price list', () => {
    it.each([
      ['how much is it'],
      ['what does it cost'],
      ['how much does crmpro cost'],
      ['whats the price'],
      ['how much do you charge'],
      ['how much would it cost us'],
    ])('%s', async (question) => {
      const result = await ask(question);
      expect(result.answer).toMatch(/\$29 per user per month/);
      expect(result.answer).toMatch(/\$59 per user per month/);
      expect(result.sources[0]?.path).toBe('pricing-plans.md');
    });

    it.each([
      ['how much is it for non-profits', /50% off/],
      ['how much do customers in the champions segment spend', /segment/i],
    ])('%s keeps its own topic', async (question, expected) => {
      expect((await ask(question)).answer).toMatch(expected);
    });
  });

  describe('three questions in one message get an answer each', () => {
    it.each([
      [
        "hi we're a 12 person team looking at crmpro. how much is business per user, is there a free trial and do we need a card for it, and can our data stay in the EU?",
        [/\$59|\$49/, /14-day/, /Frankfurt|European Union/],
      ],
      [
        'whats the price of the team plan, do you have a free trial, and where is our data stored?',
        [/\$29/, /14-day/, /Frankfurt/],
      ],
      ['how much is business and is there a free trial?', [/\$59/, /14-day/]],
      ['do you have a free trial and can we pay by invoice?', [/14-day/, /bank transfer/]],
      [
        'we are 30 people. what does the business plan cost per user, is there a trial, and can you host our data in europe?',
        [/\$59/, /14-day/, /Frankfurt/],
      ],
      ['is there an api and does it have webhooks', [/REST API|webhooks/i, /HMAC/]],
    ])('%s', async (question, expected) => {
      const { answer } = await ask(question);
      for (const pattern of expected)
        expect({ question, answer }).toEqual({ question, answer: expect.stringMatching(pattern) });
    });

    it('says no answer to several questions the documents do not answer', async () => {
      expect((await ask("what's the weather like, and can you tell me a joke?")).noAnswer).toBe(true);
    });
  });

  describe('how long a link lasts is how long it is valid', () => {
    it.each([
      ['how long does an invite link last', /expire after 7 days/],
      ['how long is an invitation good for', /expire after 7 days/],
      ['how long do invites stay valid', /expire after 7 days/],
      ['how long do invitations last', /expire after 7 days/],
      ['when does the invite email expire', /expire after 7 days/],
      ['how long does the password reset link last', /valid for 1 hour/],
    ])('%s', async (question, expected) => {
      expect((await ask(question)).answer).toMatch(expected);
    });
  });

  describe('whether a webhook really came from CRMPro is its signature', () => {
    it.each([
      ['how do i check a webhook really came from you'],
      ['how can we verify webhooks are genuine'],
      ['how do i know a webhook delivery is genuine'],
      ['can i confirm a webhook request was really sent by crmpro'],
      ['how do we make sure webhook calls are not spoofed'],
      ['is there a way to validate webhook deliveries'],
    ])('%s', async (question) => {
      expect((await ask(question)).answer).toMatch(/HMAC-SHA256 signature/);
    });

    it('signing in to the API is not about webhooks', async () => {
      expect((await ask('how do i authenticate to the api')).answer).not.toMatch(/HMAC-SHA256/);
    });

    it('an authenticator code is not about webhooks', async () => {
      expect((await ask('my authenticator codes are rejected')).answer).toMatch(/clock on your phone/);
    });

    it('nor is an email that may be phishing', async () => {
      expect((await ask('is this invoice email genuine or phishing')).answer).not.toMatch(/HMAC-SHA256/);
    });
  });

  describe('the email providers it hooks into', () => {
    it.each([
      ['does it hook into gmail and outlook'],
      ['can it sync with my gmail'],
      ['does crmpro work with outlook'],
      ['can i connect my google mail'],
      ['does it tie into outlook'],
      ['does it integrate with microsoft 365 email'],
    ])('%s', async (question) => {
      expect((await ask(question)).answer).toMatch(
        /Google Workspace \(Gmail and Google Calendar\) and Microsoft 365/,
      );
    });

    it('a tool no document names has no answer', async () => {
      expect((await ask('does it hook into our erp')).noAnswer).toBe(true);
    });
  });

  describe('the press contact', () => {
    it.each([
      ["i'm a journalist writing about crm software, who handles press?"],
      ['who do i contact for press enquiries'],
      ['is there a press contact'],
      ['who do journalists contact'],
      ['who handles media enquiries'],
      ['who is in charge of press'],
    ])('%s', async (question) => {
      expect((await ask(question)).answer).toMatch(/press@crmpro\.example/);
    });

    it.each([
      ['how do i contact support', /support@crmpro\.example/],
      ['i want to report a security vulnerability', /security@crmpro\.example/],
    ])('%s keeps its own contact', async (question, expected) => {
      expect((await ask(question)).answer).toMatch(expected);
    });

    it('whose job a thing is, said with more after it, is not a contact', async () => {
      expect((await ask('who handles updates if we self host')).answer).not.toMatch(
        /press@crmpro\.example|\$420/,
      );
    });
  });
});
