import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTermsOfTheDocuments } from '../../../src/skills/shared/knowledge/answer-question';
import { DEMO_KNOWLEDGE_DIR, openDemoKnowledge } from './knowledge-fixture';

/**
 * Knowledge questions of the seventeenth round (issue 19, w18k), asked as the knowledge skill asks
 * them (`answerQuestion`): visitors' and skeptics' informal words for product facts (a person's data
 * erased under GDPR and when it leaves the backups, the database the self-hosted edition needs, an
 * operating system, phoning home, chats kept), a price asked in another currency, and a follow-up
 * narrowing the last answer by a number ("what about for 200 users"). Each class in six or more
 * wordings with typos and lower case, and questions in the same words that keep their reading.
 * Facts are read from the demo documents, not written into the test.
 */
describe('knowledge answers, seventeenth round (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const documentText = (path: string) => readFileSync(join(DEMO_KNOWLEDGE_DIR, path), 'utf8');
  const sentenceWith = (path: string, words: RegExp) =>
    documentText(path)
      .split(/(?<=[.!?])\s+|\n/)
      .find((sentence) => words.test(sentence))!
      .replace(/^[-\s]+/, '')
      .trim();
  const expectFact = async (question: string, fact: string) => {
    const result = await knowledge.ask(question);
    expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
      question,
      noAnswer: false,
      answer: expect.stringContaining(fact),
    });
  };

  const erasure = sentenceWith('security/privacy-and-gdpr.md', /erase everything about that contact/);
  const backups = sentenceWith('security/privacy-and-gdpr.md', /backups are overwritten/).match(
    /backups are overwritten within \d+ days/,
  )![0];
  const linux = sentenceWith('self-hosting/installation.md', /^-?\s*Linux/);
  const offline = sentenceWith('faq.md', /works fully offline/);
  const noConnection = sentenceWith('self-hosting/cloud-vs-self-hosted.md', /needs no connection to us/);
  const kept = sentenceWith('security/data-retention-and-deletion.md', /as long as your workspace exists/);
  const cookie = sentenceWith('security/privacy-and-gdpr.md', /functional cookie/);
  const business = /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/.exec(
    documentText('pricing-plans.md'),
  )!;
  const team = /The Team plan costs (\$\d+) per user per month/.exec(documentText('pricing-plans.md'))![1]!;
  const usd = sentenceWith('pricing-plans.md', /US dollars/);
  const billedIn = sentenceWith('billing/payment-methods.md', /We bill in/);
  const requirements = sentenceWith('self-hosting/installation.md', /for up to 250 users/);
  const roles = sentenceWith('security/privacy-and-gdpr.md', /you are the controller/);
  const afterLeaving = sentenceWith('security/data-retention-and-deletion.md', /permanently deleted/);
  const installing = sentenceWith('self-hosting/installation.md', /Install the package/); // its first words: the answer drops the code marks

  describe("a person's data erased, and when it leaves the backups", () => {
    it.each([
      "how do i delete a person's data under gdpr",
      'how do we erase a contacts data for a gdpr request',
      'a customer wants to be forgotten, what do we do',
      'right to be forgotten - how does that work in crmpro',
      'someone asked us to remove their personal data, how?',
      'GDPR DELETION REQUEST HOW',
      'how to wipe an individuals data for gdpr',
    ])('"%s": an admin erases it from the contact page', async (question) => {
      await expectFact(question, erasure);
    });

    it.each([
      "after a gdpr deletion how long until it's gone from backups",
      'are erased contacts removed from backups too',
      'once i delete someones data is it still in your backups',
      'how long do deleted records stay in the backup',
      'gdpr erasure - backups?',
      'when is deleted data purged from backups',
    ])('"%s": the backups are overwritten in time', async (question) => {
      await expectFact(question, backups);
    });

    it.each([
      ['are you the controller or the processor under gdpr', roles],
      ['when we cancel how long until our data is deleted including backups', afterLeaving],
    ])('"%s" keeps its reading', async (question, fact) => {
      await expectFact(question, fact);
    });

    it.each(['how often are backups taken', 'how do i delete a deal', 'can i delete my workspace'])(
      '"%s" gets no erasure terms',
      (question) => {
        expect(withTermsOfTheDocuments(question)).not.toMatch(/data subject requests/);
      },
    );
  });

  describe('the database the self-hosted edition needs', () => {
    it.each([
      'what database does the self hosted version need',
      'do i need mongodb to run it',
      'is mongo required for self hosting?',
      'which db does crmpro use',
      'do we have to install a separate database server',
      'does it need postgres or mysql',
      'can i run it without a database',
    ])('"%s": the embedded database by default, MongoDB optional', async (question) => {
      const result = await knowledge.ask(question);
      expect({ question, answer: result.answer }).toEqual({
        question,
        answer: expect.stringMatching(/embedded database|Optional: MongoDB/),
      });
    });

    it('the whole requirements still answer "what are the system requirements"', async () => {
      await expectFact('what are the system requirements for self hosting?', requirements);
    });
  });

  describe('an operating system named', () => {
    it.each([
      'does it run on windows',
      'can i install it on windows server 2022?',
      'is macos supported for self hosting',
      'will crmpro work on my mac',
      'ubuntu supported?',
      'which operating systems can i run it on',
      'DOES IT RUN ON WINDOWS',
    ])('"%s": the system requirements (Linux)', async (question) => {
      await expectFact(question, linux.replace(/^-\s*/, ''));
    });

    it('"how do i install it" keeps the installation steps', async () => {
      await expectFact('how do i install it', installing.split(',')[0]!);
    });

    it.each(['does it work in edge', 'which browsers work on windows', 'how do i install it on ubuntu'])(
      '"%s" gets no operating system terms',
      (question) => {
        expect(withTermsOfTheDocuments(question)).not.toMatch(/Linux \(x86-64 or ARM64\)/);
      },
    );
  });

  describe('phoning home', () => {
    it.each([
      'does it phone home?',
      'does the self hosted version call home',
      'any telemetry?',
      'does it send usage data back to you',
      'does it connect to your servers',
      'can we run it air-gapped',
      'does crmpro report home',
    ])('"%s": no connection to us, works offline', async (question) => {
      const result = await knowledge.ask(question);
      expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
      expect([offline, noConnection].some((fact) => result.answer.includes(fact))).toBe(true);
    });
  });

  describe('chats kept', () => {
    it.each([
      'do you keep my chats',
      'do u store our conversations',
      'are chat transcripts kept forever?',
      'do you save the chat history',
      'how long do you retain chats',
      'do you keep the chat logs',
    ])('"%s": kept as long as the workspace exists', async (question) => {
      await expectFact(question, kept);
    });

    it.each([['does the chat widget use cookies', cookie]])(
      '"%s" keeps its reading',
      async (question, fact) => {
        await expectFact(question, fact);
      },
    );

    it.each(['where do you store the chats', 'can the bot log my chats with customers'])(
      '"%s" gets no retention terms',
      (question) => {
        expect(withTermsOfTheDocuments(question)).not.toMatch(/data retention, we keep/);
      },
    );
  });

  describe('a price asked in another currency', () => {
    it.each([
      ['how much is the business plan in euros', business[1]!, business[2]!],
      ['business plan price in pounds?', business[1]!, business[2]!],
      ['what does the business plan cost in EUR', business[1]!, business[2]!],
      ['whats the team plan cost in gbp', team, team],
      ['how much is the team plan in £', team, team],
      ['price of the busines plan in euro', business[1]!, business[2]!],
      ['whats the business plan in euros per month', business[1]!, business[2]!],
    ])('"%s": the price as stated, and the currency it is stated in', async (question, monthly, annual) => {
      const result = await knowledge.ask(question);
      expect(result.answer).toContain(monthly);
      expect(result.answer).toContain(annual);
      expect(result.answer).toContain(usd);
      expect(result.answer).toContain(billedIn);
    });

    it.each([
      ['how much is the business plan', business[1]!],
      ['can we pay in euros', billedIn],
      ['are invoices in gbp possible', billedIn],
    ])('"%s" keeps its reading', async (question, fact) => {
      const result = await knowledge.ask(question);
      expect(result.answer).toContain(fact);
      expect(result.answer).not.toContain(usd);
    });
  });

  describe('a follow-up narrowing the last answer by a number', () => {
    it.each(['what about for 200 users', 'and for 40 users?', 'what about 120 users', 'and with 200 people'])(
      'system requirements -> "%s": the same section',
      async (followUp) => {
        const first = await knowledge.ask('what are the system requirements for self hosting?');
        const result = await knowledge.ask(followUp, first.topic);
        expect({ followUp, noAnswer: result.noAnswer }).toEqual({ followUp, noAnswer: false });
        expect(result.answer).toContain(requirements.split(';')[1]!.trim());
      },
    );

    it('after the refund policy, "and for annual plans?" keeps its own answer', async () => {
      const first = await knowledge.ask("what's your refund policy");
      const result = await knowledge.ask('and for annual plans?', first.topic);
      expect(result.answer).toMatch(/annual plans are not refunded/);
    });
  });
});
