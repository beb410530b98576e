import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askedOfOurProduct } from '../../../src/ml/knowledge/answers/question-frame';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions of the sixteenth round (issue 19, W17S), asked as the knowledge skill asks
 * them (`answerQuestion`): another product named as the occasion of a question about ours, data
 * brought over from another CRM, a tablet, the cheapest paid plan, where data is kept, the languages
 * support speaks and what happens to the data after leaving. Each class in six or more wordings with
 * typos and lower case, and questions in the same words that keep their reading. Facts are read from
 * the demo documents, not written into the test.
 */
describe('knowledge answers, sixteenth round (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const documentText = (path: string) => readFileSync(join(DEMO_KNOWLEDGE_DIR, path), 'utf8');
  const sentenceWith = (path: string, words: RegExp) =>
    documentText(path)
      .split(/(?<=[.!?])\s+|\n/)
      .find((sentence) => words.test(sentence))!
      .trim();
  const expectFact = async (question: string, fact: string | RegExp) => {
    const result = await knowledge.ask(question);
    expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
      question,
      noAnswer: false,
      answer: typeof fact === 'string' ? expect.stringContaining(fact) : expect.stringMatching(fact),
    });
  };

  const sso = sentenceWith('security/security-overview.md', /Single sign-on/);
  const api = sentenceWith('pricing-plans.md', /REST API/).match(/REST API/)![0];
  const templates = sentenceWith('getting-started/importing-data.md', /import templates/);
  const tablets = sentenceWith('getting-started/mobile-and-browsers.md', /tablets/);
  const team = /The Team plan costs (\$\d+) per user per month/.exec(documentText('pricing-plans.md'))![1]!;
  const residency = sentenceWith('security/privacy-and-gdpr.md', /never moved outside/);
  const supportHours = sentenceWith('support/contacting-support.md', /in English and German/);
  const afterCancel = sentenceWith('security/data-retention-and-deletion.md', /read-only for 30 days/);

  describe('another product named as the occasion: the question is asked of ours', () => {
    it.each([
      ['salesforce has sso do you', 'do you have sso'],
      ['hubspot has sso, do you?', 'do you have sso'],
      ['Pipedrive offers an api - does crmpro have one too', 'do you have an api'],
      ['zoho supports webhooks, do you guys', 'do you have webhooks'],
      [
        'how much per user compared to hubspot, whats your cheapest paid plan',
        'how much per user whats your cheapest paid plan',
      ],
    ])('"%s" is read as "%s"', (question, asked) => {
      expect(askedOfOurProduct(question).replace(/,/g, '')).toBe(asked);
    });

    it.each([
      'is crmpro cheaper than hubspot',
      'what is the difference between you and salesforce',
      'how does crmpro compare to salesforce',
      'we are on hubspot, can we import our contacts',
      'do you integrate with hubspot',
      'does it have sso',
      'crmpro vs pipedrive',
    ])('"%s" stays as asked', (question) => {
      expect(askedOfOurProduct(question)).toBe(question);
    });

    it.each(['salesforce has sso do you', 'hubspot has sso, do you?', 'HubSpot has single sign on. do you?'])(
      '"%s": single sign-on as the security page says',
      (question) => expectFact(question, sso.slice(0, 60)),
    );

    it.each(['salesforce offers an api, do you have one too', 'pipedrive has an api does crmpro'])(
      '"%s": the API',
      (question) => expectFact(question, api),
    );
  });

  describe('data brought over from another CRM: importing with the templates', () => {
    it.each([
      'were on hubspot now can we bring our data over',
      'we use salesforce today, can we move our data to you',
      'how do i move our old salesforce data across',
      'can we transfer our existing crm data',
      'switching from hubspot, how do we get our data across',
      'can i bring my contacts over from pipedrive',
      'we have everything in spreadsheets, can we bring it all in',
    ])('"%s"', (question) => expectFact(question, templates.slice(0, 50)));

    it.each([
      ['can we move our data from your cloud to self-hosted', /Self-Hosted/],
      ['how do i export our data', /export/i],
      [
        'first time setting this up - how do i get some sample data in so i can try it out',
        /seed|demo data/i,
      ],
    ])('"%s" keeps its reading', (question, fact) => expectFact(question, fact));
  });

  describe('a tablet: the web app works on tablets', () => {
    it.each([
      'does it work on an ipad',
      'can i use it on my tablet',
      'is there an ipad app',
      'will it work on a surface or ipad',
      'does crmpro run on an android tablet',
      'Ipad support?',
    ])('"%s"', (question) => expectFact(question, tablets));
  });

  describe('the cheapest paid plan: the Team plan and its price', () => {
    it.each([
      'whats your cheapest paid plan',
      'how much per user compared to hubspot, whats your cheapest paid plan',
      'lowest paid tier?',
      'what is the least expensive paid plan per user',
      'cheapest paying plan pls',
      'entry level paid plan price',
    ])('"%s"', (question) => expectFact(question, team));

    it('"cheapest plan with the api" keeps the plan that adds it', async () => {
      const result = await knowledge.ask('cheapest plan with the api');
      expect(result.answer).toMatch(/Business plan/);
    });
  });

  describe('where data is kept, said with a place: the region it stays in', () => {
    it.each([
      'can we keep all data inside the EU',
      'is data kept in germany',
      'do you host in the eu',
      'can our data stay in europe',
      'will our data ever leave the eu',
      'do you store customer data outside the uk',
    ])('"%s"', (question) => expectFact(question, /Frankfurt/));

    it('"can we keep all data inside the EU": EU workspaces never leave the EU', () =>
      expectFact('can we keep all data inside the EU', residency));

    it('"how long do you keep our data" keeps the retention', () =>
      expectFact('how long do you keep our data', /as long as your workspace exists/));
  });

  describe('the languages support speaks: contacting support', () => {
    it.each([
      'which languages does your support speak',
      'what languages does your support team speak',
      'do you offer support in french',
      'does ur support team speak german',
      'can i get support in german',
      'what language do your support agents speak',
    ])('"%s"', (question) => expectFact(question, supportHours));

    it('"what languages does the widget support" keeps the widget', () =>
      expectFact('what languages does the widget support', /widget interface is available/));
  });

  describe('what happens to the data after leaving: read-only for 30 days, then deleted', () => {
    it.each([
      'if we stop using crmpro what happens to our data',
      'what happens to our data if we stop using you',
      "if we don't renew, what happens to our records",
      'we might churn next year - what happens to the data',
      'if we leave, do you delete our data',
      'what happens to our data if we quit',
    ])('"%s"', (question) => expectFact(question, afterCancel.slice(0, 50)));

    it('"if our card fails what happens" keeps the failed payments', () =>
      expectFact('if our card fails what happens', /card payment fails/));
  });
});
