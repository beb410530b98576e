import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWrittenInAnotherLanguage, OTHER_LANGUAGES } from '../../../src/ml/knowledge/text/message-language';
import { productWordsInEnglish } from '../../../src/ml/knowledge/text/product-glossary';
import type { KnowledgeAnswerResult } from '../../../src/skills/knowledge';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions of the fifteenth round (issue 19, W16-K), asked as the knowledge skill asks
 * them (`answerQuestion`): prices in everyday and business English (a rate, a polite request, the
 * product's name, taxes, paying yearly, bargaining, the cheapest plan with a feature), visitors
 * writing Portuguese and Italian, what running the product needs, a chat bot that does not answer
 * and the SLA of tickets and of downtime. Each class in six or more wordings with typos and lower
 * case, and questions in the same words that keep their reading. Facts are read from the demo
 * documents, not written into the test.
 */
describe('knowledge answers, fifteenth round (demo knowledge base)', () => {
  const knowledgeDir = DEMO_KNOWLEDGE_DIR;
  const knowledge = openDemoKnowledge();
  const ask = (question: string, previous?: KnowledgeAnswerResult): Promise<KnowledgeAnswerResult> =>
    knowledge.ask(question, previous?.topic);
  const documentText = (path: string) => readFileSync(join(knowledgeDir, path), 'utf8');
  const pricing = documentText('pricing-plans.md');
  const expectFact = async (question: string, ...facts: Array<RegExp | string>) => {
    const result = await ask(question);
    for (const fact of facts)
      expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
        question,
        noAnswer: false,
        answer: typeof fact === 'string' ? expect.stringContaining(fact) : expect.stringMatching(fact),
      });
  };
  const expectNotFact = async (question: string, fact: string) => {
    const result = await ask(question);
    expect({ question, answer: result.noAnswer ? '' : result.answer }).toEqual({
      question,
      answer: expect.not.stringContaining(fact),
    });
  };

  const team = /The Team plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/.exec(pricing)!;
  const business = /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/.exec(
    pricing,
  )!;
  const selfHosted = /licensed per user per year at (\$\d+)/.exec(pricing)![1]!;
  const annualSaving = /Annual billing saves (\d+%)/.exec(pricing)![1]!;
  const nonProfit = /get (\d+%) off the Team and Business plans/.exec(pricing)![1]!;
  const trialDays = /(\d+)-day free trial/.exec(pricing)![1]!;

  describe('a price asked as a rate, a polite request or by the product name: the prices', () => {
    it.each([
      'how much is crmpro',
      'how much is CRMPro?',
      'kindly share the pricing',
      'please share your pricing',
      'pls send us the pricing',
      'could you share your rates',
      'what are your rates',
      'rate per user?',
      'what is the per user rate',
      'send me pricing',
    ])('the price list: %s', (question) => expectFact(question, team[1]!, business[1]!));

    it.each([
      'please revert with the business plan rate per user',
      'business plan rate',
      'kindly revert with business plan rates',
      "what's the business rate per seat",
    ])('the Business price: %s', (question) => expectFact(question, business[1]!, business[2]!));

    it("what's the team plan rate per seat", () =>
      expectFact("what's the team plan rate per seat", team[1]!));

    it.each([
      ["what's the api rate limit", /requests per minute/],
      ['what happens when i go over the rate limit', /429/],
      ['how much does crmpro cost', new RegExp(`\\${team[1]!}`)],
    ])('keeps its reading: %s', (question, fact) => expectFact(question, fact));
  });

  describe('whether prices include a tax: they exclude it', () => {
    it.each([
      'are prices incl vat',
      'is the team plan price including GST?',
      'do prices include tax',
      'is vat included in the price',
      'prices with or without sales tax?',
      'is gst extra',
      'DO I PAY VAT ON TOP',
    ])('%s', (question) => expectFact(question, /exclud/i, /VAT/));

    it('a yes/no question is answered "No", not "Yes"', async () => {
      for (const question of ['do prices include tax', 'is vat included in the price']) {
        const result = await ask(question);
        expect({ question, answer: result.answer }).toEqual({
          question,
          answer: expect.not.stringMatching(/^Yes\b/),
        });
      }
    });

    it('a VAT number keeps the taxes section', () => expectFact('do you need our vat number', /VAT number/));
  });

  describe('paying yearly rather than monthly: what annual billing saves', () => {
    it.each([
      'annual vs monthly, whats the difference in price',
      'is it cheaper to pay yearly',
      'do i save anything with annual billing',
      'how much do i save if i pay annually',
      'monthly or yearly which is cheaper',
      'yearly vs monthly price?',
    ])('%s', (question) => expectFact(question, annualSaving));

    it.each([
      ['what is the annual price of the team plan', team[2]!],
      ['business plan yearly price', business[2]!],
    ])("a named plan's yearly price keeps the plan: %s", (question, price) => expectFact(question, price));

    it('a refund on an annual plan keeps the refund policy', () =>
      expectFact('can i get a refund on an annual plan', /not refunded/));
  });

  describe('a discount bargained for: the discounts there are, no promise', () => {
    it.each([
      'can you give me 30% off if i sign today',
      'can i get 25% off?',
      'any promo code?',
      'do you have a coupon',
      'is there a special offer for new customers',
      'any deals if we sign this week',
    ])('%s', (question) => expectFact(question, new RegExp(`${nonProfit}|${annualSaving}`)));

    it('a discount for non-profits keeps its answer', () =>
      expectFact('do you offer discounts for nonprofits', nonProfit));

    it.each([
      'can it ping our system when a deal is won',
      'does it notify us when a deal on our pipeline closes',
    ])('a deal as a CRM record is no discount: %s', (question) => expectNotFact(question, '50% off'));
  });

  describe('the cheapest plan with a feature: the plan that adds it', () => {
    it.each([
      ['cheapest plan with the api', business[2]!],
      ['cheapest plan that has sso', business[2]!],
      ['whats the cheapest plan with forecasting', business[2]!],
      ['lowest plan that includes webhooks', business[2]!],
      ['cheapest tier with lead scoring', team[2]!],
      ['cheapest plan with csv import', team[2]!],
    ])('%s', (question, price) => expectFact(question, price));

    it('the cheapest plan alone keeps the Free plan', () => expectFact('cheapest plan', /\$0/));
  });

  describe('a message in Portuguese or Italian: the language note, then the product words it names', () => {
    it.each([
      ['vocês têm teste grátis?', `${trialDays}-day free trial`],
      ["c'è una prova gratuita?", `${trialDays}-day free trial`],
      ['avete un periodo di prova gratuito?', `${trialDays}-day free trial`],
      ['existe um período de teste gratuito?', `${trialDays}-day free trial`],
      ['Quanto custa o plano Business?', business[1]!],
      ['Quanto costa il piano Business?', business[1]!],
      ['¿ofrecen versión self-hosted? precio', selfHosted],
      ['tem aplicativo para celular?', 'no separate mobile app'],
    ])('%s', async (question, fact) => {
      const result = await ask(question);
      expect(result.answer).toContain('The assistant understands English in chat.');
      expect(result.answer).toContain(fact);
    });

    it('reads the product words in English', () => {
      expect(productWordsInEnglish('vocês têm teste grátis?', OTHER_LANGUAGES)).toBe('free trial');
      expect(productWordsInEnglish('Quanto costa il piano Business?', OTHER_LANGUAGES)).toBe(
        'how much price plan Business',
      );
      expect(productWordsInEnglish('¿ofrecen versión self-hosted? precio', OTHER_LANGUAGES)).toBe(
        'self-hosted price',
      );
    });

    it.each([
      ['vocês têm teste grátis?', true],
      ['posso esportare i miei dati?', true],
      ['¿ofrecen versión self-hosted? precio', true],
      // English with one borrowed word stays English.
      ['um, how much is it', false],
      ['is there a free trial, gracias', false],
    ])('%s is in another language: %s', (message, expected) => {
      expect(isWrittenInAnotherLanguage(message)).toBe(expected);
    });
  });

  describe('what running the product needs: the system requirements', () => {
    const requirements = documentText('self-hosting/installation.md');
    const node = /Node\.js \d+ or later/.exec(requirements)![0]!;
    const memory = /4 cores and (\d+ GB) for up to 250 users/.exec(requirements)![1]!;
    it.each([
      ['which node version', node],
      ['what node version do i need', node],
      ['node version required?', node],
      ['does it run on arm', 'ARM64'],
      ['can i run it on a raspberry pi', 'ARM64'],
      ['does it support arm processors', 'ARM64'],
      ['how much ram for 200 users', memory],
      ['how much memory do i need for 200 people', memory],
      ['what hardware do we need for 200 users', memory],
    ])('%s', (question, fact) => expectFact(question, fact));

    it('a price for that many users keeps the prices', () =>
      expectFact('how much is it for 200 users', team[1]!));
  });

  describe('a chat bot that does not answer: the checks', () => {
    it.each([
      'WHY IS YOUR SLACK BOT NOT ANSWERING ME',
      "the slack bot doesn't answer",
      'customer says "your slack bot ignores us in the #sales channel" what do i answer',
      "crmpro isn't responding in slack",
      'the bot ignores me in teams',
      'the bot stopped responding after we renamed the channel',
      'slack bot not replying',
    ])('%s', (question) => expectFact(question, '@CRMPro', /Settings › Integrations/));

    it('slow answers keep their section', () => expectNotFact('how do i connect slack', 'Check the channel'));
    it('a person who never talked to the bot is no bot that does not answer', () =>
      expectNotFact('can the teams bot message a manager who never talked to it', '/invite @CRMPro'));
  });

  describe('the SLA of tickets and of downtime', () => {
    it.each([
      'what is our sla for urgent tickets',
      'sla for p1 issues?',
      'whats the response time sla on business',
      'SLA for urgent support tickets',
      'what is the sla on priority tickets for enterprise',
      'sla urgent ticket response',
    ])('support response times: %s', (question) => expectFact(question, /4 hours|1 hour/));

    it.each([
      'YOUR APP WAS DOWN ALL MORNING, WHAT DO I GET',
      'you were down for 3 hours, do we get compensated?',
      'crmpro was unavailable yesterday, what do we get',
      'what do we get if you are down',
      'there was an outage all day, compensation?',
      'the downtime last week - what do i get for it',
    ])('service credits: %s', (question) => expectFact(question, /credit/));

    it('the SLA alone keeps the uptime commitment', () => expectFact('do you have an sla', /99\.9%/));
  });

  describe('a follow-up going on from a price with its billing', () => {
    it.each([
      ['how much is the team plan', 'and billed yearly?', team[2]!],
      ['how much is the team plan', 'what about annual billing?', team[2]!],
      ['how much is the business plan', 'and billed annually?', business[2]!],
      ['team plan price', 'and if billed yearly', team[2]!],
      ['what does business cost', 'and yearly?', business[2]!],
      ['how much is team', 'and paid annually?', team[2]!],
    ])('%s → %s', async (first, followUp, price) => {
      const result = await ask(followUp, await ask(first));
      expect({ followUp, answer: result.answer }).toEqual({
        followUp,
        answer: expect.stringContaining(price),
      });
    });

    it('a follow-up naming its own topic keeps it', async () => {
      const result = await ask('and can i pay by bank transfer', await ask('how much is the team plan'));
      expect(result.answer).toMatch(/bank transfer/);
    });
  });
});
