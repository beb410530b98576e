import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWrittenInAnotherLanguage, OTHER_LANGUAGES } from '../../../src/ml/knowledge/text/message-language';
import { productWordsInEnglish } from '../../../src/ml/knowledge/text/product-glossary';
import { winChanceQuestionInDocumentWords } from '../../../src/dialogs/routing/how-it-works-questions';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions of the fourteenth round (issue 19, W15-K), asked as the knowledge skill asks
 * them (`answerQuestion`): each class in several wordings, typos and lower case, with questions in
 * the same words that must keep their reading or stay unanswered. The facts are read from the demo
 * documents, not written into the test.
 */
describe('knowledge answers, fourteenth round (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { ask, expectSkillFact } = knowledge;

  const documentText = (path: string) => readFileSync(join(DEMO_KNOWLEDGE_DIR, path), 'utf8');
  const sentenceOf = (path: string, pattern: RegExp) => pattern.exec(documentText(path))![0]!;
  const expectNotFact = async (question: string, fact: string) => {
    const result = await ask(question);
    expect({ question, answer: result.noAnswer ? '' : result.answer }).toEqual({
      question,
      answer: expect.not.stringContaining(fact),
    });
  };

  /** What the documents say: the languages, prices, the mobile app, offline, the trial. */
  const languages = sentenceOf('faq.md', /The assistant understands English in chat\./);
  const business = /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/.exec(
    documentText('pricing-plans.md'),
  )!;
  const team = /The Team plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/.exec(
    documentText('pricing-plans.md'),
  )!;
  const noMobileApp = sentenceOf('faq.md', /There is no separate mobile app\./);
  const offline = sentenceOf('faq.md', /The self-hosted edition works fully offline\./);
  const trialDays = /(\d+)-day free trial/.exec(documentText('faq.md'))![1]!;
  const refundDays = /full refund within (\d+) days/.exec(documentText('billing/refund-policy.md'))![1]!;
  const nonProfitDiscount = sentenceOf(
    'faq.md',
    /registered non-profit organisations and schools get \d+% off/,
  );
  const selfHostedLicence = sentenceOf('pricing-plans.md', /licensed per user per year at \$\d+ per user/);
  const exportSentence = sentenceOf(
    'security/data-retention-and-deletion.md',
    /Admins can export the whole workspace/,
  );

  describe('a message in French, German or Spanish: the language note, then the product words it names', () => {
    it.each([
      ['Combien coûte le plan Business ?', business[1]!],
      ['combien coute le plan business', business[1]!],
      ['Wie viel kostet der Business-Plan?', business[1]!],
      ['¿Cuánto cuesta el plan Business?', business[1]!],
      ['Quel est le prix du plan Team ?', team[1]!],
      ['hi, est-ce que vous avez une app mobile?', noMobileApp],
      ['Gibt es eine App für das Handy?', noMobileApp],
      ['Funktioniert CRMPro auch ohne Internet?', offline],
      ['est-ce que ça marche hors ligne ?', offline],
      ['Gibt es eine kostenlose Testversion?', `${trialDays}-day free trial`],
      ["Est-ce qu'il y a une période d'essai gratuite ?", `${trialDays}-day free trial`],
      ['Comment puis-je obtenir un remboursement ?', `within ${refundDays} days`],
      ['Kann ich meine Daten exportieren?', exportSentence],
      // Twentieth round: who a discount is for, and a German adjective inflected.
      ['¿tienen descuento para ONG?', nonProfitDiscount],
      ['Gibt es Rabatt für gemeinnützige Vereine?', nonProfitDiscount],
      ['vous avez une remise pour les associations ?', nonProfitDiscount],
      ['wie viel kostet die selbst gehostete Version?', selfHostedLicence],
    ])('%s', async (question, fact) => {
      const result = await ask(question);
      expect(result.answer).toContain(languages);
      expect(result.answer).toContain(fact);
    });

    it.each([
      "Quelles langues parle l'assistant ?",
      'Welche Sprachen versteht der Assistent?',
      'quelles langues parlez vous',
    ])('the languages asked: %s', async (question) => {
      const result = await ask(question);
      expect(result.answer).toContain(languages);
      expect(result.sources).toHaveLength(1);
    });

    // No product word named: the language note alone, for insults and meaningless text too.
    it.each([
      'je vais vous tuer, vous êtes des idiots',
      'blah blah le truc de la machine est très bizarre',
      'Ich habe keine Ahnung, was das soll und wer ihr seid',
      'hola, como estas? que tal el tiempo',
    ])('only the language note: %s', async (question) => {
      const result = await ask(question);
      expect(result.answer).toBe(
        `${languages} ${sentenceOf('faq.md', /The website widget interface is available in [^.]+\./)}`,
      );
    });

    it('reads only the product words and capitalised names, in English', () => {
      expect(productWordsInEnglish('Combien coûte le plan Business ?', OTHER_LANGUAGES)).toBe(
        'how much price plan Business',
      );
      expect(productWordsInEnglish('Funktioniert CRMPro auch ohne Internet?', OTHER_LANGUAGES)).toBe(
        'CRMPro without internet access offline',
      );
      expect(productWordsInEnglish('je vais vous tuer', OTHER_LANGUAGES)).toBeUndefined();
    });

    it.each([
      ["Quelles langues parle l'assistant ?", true],
      ['Funktioniert CRMPro auch ohne Internet?', true],
      ['Welche Sprachen versteht der Assistent?', true],
      // English with a French name or word stays English.
      ["what's l'oreal's pipeline", false],
      ['do you have sans serif fonts in the widget', false],
      ['is it a sin to skip the onboarding call', false],
    ])('%s is in another language: %s', (message, expected) => {
      expect(isWrittenInAnotherLanguage(message)).toBe(expected);
    });
  });

  describe('limits asked as the most a thing takes', () => {
    const rows = /up to ([\d,]+) rows per file/.exec(documentText('getting-started/importing-data.md'))![1]!;
    it.each([
      'max rows for an import?',
      "what's the maximum number of rows i can import",
      'whats the maximum rows per csv',
      'what is the max file size for an import',
      'largest import you support',
      'MAX ROWS PER IMPORT',
    ])('%s', (question) => expectSkillFact(question, rows));

    it('a maximum of something else keeps its section', () =>
      expectSkillFact("what's the max discount for nonprofits", /\d+% off/));
  });

  describe('how long setting up takes', () => {
    const afternoon = sentenceOf(
      'getting-started/onboarding-checklist.md',
      /Most teams are up and running in [^.]+\./,
    );
    it.each([
      'how long does setup take',
      'how long does it take to set up crmpro',
      "how long till we're up and running",
      'how much time does onboarding take',
      'how quick is the setup',
      'HOW LONG DOES SET UP TAKE',
      'how long does it take to set everything up?',
    ])('%s', (question) => expectSkillFact(question, afternoon));

    it.each([
      ['how long does a refund take', /business days/],
      ['how long is the free trial', new RegExp(`${trialDays}-day`)],
    ])('other durations keep their answer: %s', (question, fact) => expectSkillFact(question, fact));
  });

  describe('setting up single sign-on, Teams, and a chat app secret changed', () => {
    it.each([
      'how do i set up sso',
      'how do i setup sso',
      'how do we enable single sign-on',
      'how to configure single sign on with azure ad',
      'setting up saml for our workspace',
      'we use okta, how do we turn on single sign on',
    ])('single sign-on: %s', (question) => expectSkillFact(question, /SAML 2\.0 or OpenID Connect/));

    it('a sign-in problem keeps the troubleshooting page', () =>
      expectSkillFact('sso login fails with invalid signature', /certificate/));

    it.each([
      'how do I set up the teams app for our company?',
      'how do i setup microsoft teams',
      'can you help me install crmpro in teams',
      'how do we connect teams to crmpro',
      'setting up the ms teams integration',
      'how do i add crmpro to microsoft teams',
    ])('Teams: %s', (question) => expectSkillFact(question, /Teams app store/));

    it('the Team plan keeps its price', () => expectSkillFact('how much is the teams plan', team[1]!));

    it.each([
      'we need to rotate the slack signing secret, how do we do that on self hosted?',
      'how do i rotate the slack bot token',
      'we regenerated the slack signing secret, where does the new one go',
      'how do i update the teams app password on our server',
    ])('a secret changed: %s', (question) => expectSkillFact(question, /Put them in `?\.env`? and restart/));

    it('a user password keeps the password reset', () =>
      expectSkillFact('how do i reset a users password', /Forgot password/));
  });

  describe('how the win chance is worked out', () => {
    const trained = sentenceOf(
      'features/lead-scoring.md',
      /The model is trained on your own closed deals[^.]*\./,
    );
    it.each([
      'how is win chance computed',
      'how is the win probability calculated',
      'what decides the win probability',
      "how's the chance of winning calculated",
      'how do you calculate the chance a deal is won',
    ])('%s', (question) => expectSkillFact(question, trained));

    it.each(['how is win chance computed', 'how is the % chance worked out', 'how are the odds calculated'])(
      'the router asks the documentation how the lead score is worked out: %s',
      (question) =>
        expect(winChanceQuestionInDocumentWords(question)).toBe('how is the lead score worked out'),
    );

    it('how often the model is retrained keeps the lead-scoring page', () =>
      expectSkillFact('how often is the model retrained', /retrained every week/));
  });

  describe('webhooks signed, a refund demanded, training one own models', () => {
    const signed = sentenceOf('integrations/api-and-webhooks.md', /Each delivery is signed with [^.]+\./);
    it.each([
      'webhooks - which events and are they signed?',
      'webhooks which events and are they signed?',
      'which webhook events are there and are they signed?',
      'what events do webhooks send, and are they signed?',
      'is the webhook payload signed with a secret?',
      'how do you sign webhook requests',
    ])('signed: %s', (question) => expectSkillFact(question, signed.replace(/`/g, '')));

    it('signing up keeps its reading', () =>
      expectNotFact('we signed up last week, how do i invite my team', 'signature'));

    it.each([
      'you broke our export and we want our money back, we signed up 2 weeks ago',
      'this is useless, i want a refund. we only started last week',
      'your tool lost half our contacts, we demand our money back',
      "i'd like a refund please, we subscribed 3 weeks ago",
    ])('a refund demanded: %s', (question) => expectSkillFact(question, `within ${refundDays} days`));

    it('a year paid months ago keeps the annual plans after 30 days', () =>
      expectSkillFact(
        'we paid for the year 4 months ago, can we get a refund',
        /annual plans are not refunded/,
      ));

    it.each([
      'with rasa we had to train our own models - do we have to do that with you?',
      'do we need to train the bot ourselves?',
      'do i have to train my own ai model',
    ])('training one own models: %s', (question) => expectSkillFact(question, /built-in models/));

    it.each([
      'do you use our data to train your ai',
      'do you train your ai on our data',
      'my boss wants to know if you sell our data or train your ai on it',
    ])('the vendor training its AI on the data keeps the security page: %s', (question) =>
      expectSkillFact(question, /own workspace's data/),
    );

    it('the lead-scoring model keeps its training', () =>
      expectSkillFact('do we have to train the lead scoring model', /trained on your own closed deals/));
  });
});
