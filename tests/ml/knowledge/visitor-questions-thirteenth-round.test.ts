import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Website visitors' knowledge questions of the thirteenth round (issue 19, W14-K), asked as the
 * knowledge skill asks them (`answerQuestion`): each class in several wordings, typos and lower
 * case, with questions in the same words that must keep their reading or stay unanswered. The facts
 * are read from the demo documents, not written into the test.
 */
describe('knowledge answers, thirteenth round: visitors questions (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { ask, expectSkillFact } = knowledge;

  const documentText = (path: string) => readFileSync(join(DEMO_KNOWLEDGE_DIR, path), 'utf8');
  const expectNotFact = async (question: string, fact: RegExp) => {
    const result = await ask(question);
    expect({ question, answer: result.noAnswer ? '' : result.answer }).toEqual({
      question,
      answer: expect.not.stringMatching(fact),
    });
  };
  const expectNoAnswer = async (question: string) =>
    expect({ question, noAnswer: (await ask(question)).noAnswer }).toEqual({ question, noAnswer: true });

  /** The self-hosted licence's price and minimum, and the Team plan's prices, as the pricing document states them. */
  const pricing = documentText('pricing-plans.md');
  const licence = /licensed per user per year at (\$\d+) per user, with a minimum of (\d+) users/.exec(
    pricing,
  )!;
  const team =
    /The Team plan costs (\$\d+) per user per month billed monthly, or (\$\d+) per user per month billed annually/.exec(
      pricing,
    )!;

  describe('the price of a thing the price list has a section about', () => {
    it.each([
      'how much is the self hosted licence',
      'how much for the self hosted version',
      'how much is a self-hosted license',
      'whats the price of the self hosted edition',
      'what does the on prem version cost',
      'how much would self hosting cost us',
      'HOW MUCH IS THE SELF-HOSTED LICENCE?',
    ])('%s', (question) =>
      expectSkillFact(question, new RegExp(`\\${licence[1]} per user.*minimum of ${licence[2]} users`)),
    );

    it.each([
      'hwo much is teh team plan',
      'how much is teh team plan',
      'wat is the price of the team plan',
      'waht does the team plan cost',
    ])('short words typed with a slip: %s', (question) =>
      expectSkillFact(question, new RegExp(`\\${team[1]}.*\\${team[2]}`)),
    );

    // The licence's refund is what the refund policy says, not its price; a price of nothing the price list names is no price.
    it.each([
      ['can i get a refund on a self hosted licence', /returned within 30 days/],
      ['how much is the refund on a self hosted licence', /refund/],
    ])('keeps its reading: %s', (question, fact) => expectSkillFact(question, fact));
    it.each(['how much is a team lunch in manchester', 'how much is the teh in the pot'])(
      'no price: %s',
      (question) => expectNotFact(question, /\$\d+ per user/),
    );
  });

  describe('a question that names only the kind of fact asks it about the topic before it', () => {
    const sync = /Sync runs every (\d+) minutes/.exec(documentText('integrations/email-and-calendar.md'))!;
    it.each([
      'gmail sync? how often',
      'outlook sync - how often?',
      'email sync? how frequently',
      'Gmail sync. How often?',
    ])('%s', (question) => expectSkillFact(question, new RegExp(`every ${sync[1]} minutes`)));
    it.each([
      ['how often are segments updated', /every night/],
      ['free trial? how long', /14-day/],
    ])('keeps its reading: %s', (question, fact) => expectSkillFact(question, fact));
  });

  describe('a kind of thing asked is the things the documents name', () => {
    const browsers = /supports the latest two versions of ([^.]+)\./.exec(
      documentText('getting-started/mobile-and-browsers.md'),
    )![1]!;
    it.each([
      'which browsers do you support',
      'what browsers are supported',
      'which web browsers work with crmpro',
      'supported browsers?',
      'what browser do i need',
    ])('%s', (question) => expectSkillFact(question, new RegExp(browsers.split(/, | and /)[0]!)));
    it.each([
      ['does the chat widget work on phones', /widget works/],
      ['is the widget accessible', /WCAG/],
    ])('keeps its reading: %s', (question, fact) => expectSkillFact(question, fact));
  });

  describe('the section for the circumstance asked', () => {
    it.each([
      'how long do you keep our data after we cancel',
      'how long is our data kept once we cancel',
      'if we cancel how long do you keep the data',
      'after cancelling how long will you keep our data',
      'how long do u keep data after we leave',
    ])('after cancelling: %s', (question) => expectSkillFact(question, /read-only for 30 days/));
    it.each(['how long do you keep our data', 'do you keep our data forever'])(
      'while a customer: %s',
      (question) => expectSkillFact(question, /as long as your workspace exists/),
    );

    it.each([
      'wat do we get if youre down longer than the sla says',
      'what do we get if you miss the sla',
      'what compensation do we get if you go down',
      'do we get anything back if you break the uptime sla',
      'what happens if your uptime is below the sla',
    ])('service credits: %s', (question) => expectSkillFact(question, /credit/));
    it.each(['whats your uptime sla', 'how reliable are you'])('the commitment: %s', (question) =>
      expectSkillFact(question, /99\.9/),
    );

    it.each([
      'a customer asked us to delete their data under gdpr how do i do that',
      'someone wants their data erased under gdpr, what do we do',
      'how do i handle a gdpr deletion request from a contact',
      'a person asked us to erase their contact details under gdpr',
      'what do we do when someone asks us to delete their data',
    ])('a data subject request: %s', (question) =>
      expectSkillFact(question, /contact page|erase|Requests are completed immediately/),
    );
    it.each([['are we the controller or processor under gdpr', /controller/]])(
      'keeps its reading: %s',
      (question, fact) => expectSkillFact(question, fact),
    );
  });

  describe('a visitor s words for the documents words', () => {
    it.each([
      'does it work with no internet at the site?',
      'can it run without internet',
      'we have no internet access on site, will it still work',
      'will it work offline',
    ])('offline: %s', (question) => expectSkillFact(question, /offline/));

    it.each([
      'is it open source?',
      'is crmpro open-source',
      'is the source code open',
      'is crmpro open source or paid',
    ])('open source: %s', (question) => expectSkillFact(question, /licen[cs]e/));
    it.each(['what are my open deals', 'where does the lead source come from'])(
      'not open source: %s',
      (question) => expectNotFact(question, /licensed per user/),
    );

    it.each([
      'what do i need to self-host it? servers, ram etc',
      'what do we need to host it ourselves',
      'how much ram does the server need',
      'what do i need to install crmpro on our own server',
    ])('what self-hosting needs: %s', (question) => expectSkillFact(question, /GB of memory|Node\.js 22/));

    it.each([
      "i'm a teacher at a secondary school, is there any education pricing?",
      'we are a primary school, is there any discount',
      'im a lecturer at a university, is there any academic pricing?',
    ])('education: %s', (question) => expectSkillFact(question, /schools get 50% off/));
  });

  describe('the product compared with a product the documents do not name', () => {
    it.each([
      'how are you different from chatwoot?',
      'is this basically botpress?',
      'how is crmpro different from intercom',
      'whats the difference between you and zendesk',
      'are you like freshdesk',
      'is it just another botpress clone',
    ])('%s', async (question) => {
      const result = await ask(question);
      expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
      expect(result.answer).toMatch(/chat-first CRM assistant/);
      expect(result.sources[0]?.title).toBe('CRMPro product overview');
    });
    it.each([
      'how are you different from a spreadsheet',
      'whats the difference between you and me',
      'is this basically a joke',
    ])('stays unanswered: %s', (question) => expectNoAnswer(question));
    it('a product the documents name keeps their words about it', () =>
      expectSkillFact('whats the difference between you and salesforce', /Salesforce/));
  });
});
