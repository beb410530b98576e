import { analyze } from '../../../src/ml/knowledge/text/analyzer';
import { CorpusSpelling } from '../../../src/ml/knowledge/text/corpus-spelling';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Retrieval of the section that answers, for one need asked in several wordings (issue 19), with
 * off-topic questions in the same everyday words that must stay unanswered. Each table is one kind
 * of miss: a section heading that names the topic while its siblings share the document's title,
 * and everyday words for the documents' words.
 */
describe('knowledge retrieval: one need in other words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  const expectFrom = (question: string, path: string, section: string, fact: RegExp) => {
    const result = knowledge.base.ask(question);
    expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
    expect({ question, ...result.sources[0] }).toMatchObject({ question, path, section });
    expect(result.answer).toMatch(fact);
  };

  describe("a section whose own heading names the topic answers over its siblings under the document's title", () => {
    it.each([
      ['does the api have webhooks'],
      ['webhooks in the api?'],
      ['can the api send webhooks to our systems'],
    ])('%s', (question) => {
      expectFrom(question, 'integrations/api-and-webhooks.md', 'Webhooks', /Webhooks notify your systems/);
    });

    it.each([['what are the api rate limits'], ['is there a rate limit on the api']])('%s', (question) => {
      expectFrom(question, 'integrations/api-and-webhooks.md', 'Rate limits', /600 requests per minute/);
    });
  });

  describe("everyday words for the documents' words", () => {
    it.each([
      ['how long is an invite link valid for'],
      ['when does an invitation expire'],
      ['is an invite link still valid next week'],
    ])('invitations expire: %s', (question) => {
      expectFrom(
        question,
        'getting-started/inviting-your-team.md',
        'Inviting people',
        /Invitations expire after 7 days/,
      );
    });

    it.each([['is there a free version?'], ['do you have a free edition'], ['is there a free tier']])(
      'the Free plan: %s',
      (question) => {
        expectFrom(question, 'pricing-plans.md', 'Free', /\$0 for up to 2 users/);
      },
    );

    it.each([
      ['can we bring our data over from salesforce?'],
      ['how do we migrate from hubspot'],
      ['can we migrate from pipedrive'],
    ])('importing from another CRM: %s', (question) => {
      expectFrom(
        question,
        'getting-started/importing-data.md',
        'Importing from another CRM',
        /Salesforce, HubSpot and Pipedrive/,
      );
    });

    it.each([['does this work inside microsoft teams'], ['does crmpro work inside ms teams']])(
      'Teams: %s',
      (question) => {
        // The Teams page, or the overview saying the team talks to it in Microsoft Teams.
        const result = knowledge.base.ask(question);
        expect({ question, noAnswer: result.noAnswer }).toEqual({ question, noAnswer: false });
        expect(['integrations/microsoft-teams.md', 'product-overview.md']).toContain(result.sources[0]?.path);
        expect(result.answer).toMatch(/Teams/);
      },
    );
  });

  describe('plainer everyday words, and the people or tools a thing is for', () => {
    it.each([
      [
        'if we add a user mid month what do we pay',
        'billing/billing-and-invoices.md',
        'Adding and removing users',
        /prorated amount/,
      ],
      [
        'a new colleague joins halfway through the billing period, do we pay for the whole period',
        'billing/billing-and-invoices.md',
        'Adding and removing users',
        /prorated amount/,
      ],
      [
        'how often are segments refreshed',
        'features/customer-segments.md',
        'How often segments are updated',
        /recalculated every night/,
      ],
      [
        'can we auto delete old chat transcripts',
        'security/data-retention-and-deletion.md',
        'While you are a customer',
        /delete website chat transcripts after 90 days/,
      ],
      [
        'is the chat widget usable by blind users',
        'getting-started/mobile-and-browsers.md',
        'Website chat widget',
        /WCAG 2\.1 AA/,
      ],
      [
        'does the chat widget work for visually impaired visitors',
        'getting-started/mobile-and-browsers.md',
        'Website chat widget',
        /WCAG 2\.1 AA/,
      ],
      [
        'my excel file changes the dates and the import rejects them',
        'troubleshooting/import-errors.md',
        '"Invalid date"',
        /Spreadsheet programs/,
      ],
    ])('%s', (question, path, section, fact) => {
      expectFrom(question, path, section, fact);
    });
  });

  describe('how cheap a thing is, is what it costs; buying is purchasing', () => {
    it.each([
      ['which plan is the cheapest', 'pricing-plans.md', 'Free', /\$0/],
      ['is paying annually cheaper', 'pricing-plans.md', 'Team', /\$24 per user per month billed annually/],
      [
        'we bought a self-hosted licence, can we get our money back',
        'billing/refund-policy.md',
        'Self-hosted licences',
        /within 30 days of purchase/,
      ],
    ])('%s', (question, path, section, fact) => {
      expectFrom(question, path, section, fact);
    });
  });

  describe("a section read in its document's context", () => {
    it.each([
      ['can the bot read all our slack channels'],
      ['will the bot read every message in our slack channels'],
    ])('%s', (question) => {
      // The Slack page's "Permissions" section never says "Slack" or "bot"; its page does.
      expectFrom(question, 'integrations/slack.md', 'Permissions', /does not read other channel messages/);
    });
  });

  it.each([
    ['how long is a passport valid for'],
    ['when does milk expire'],
    ['how do birds migrate south'],
    ['can you bring me a coffee'],
    ['what is inside a black hole'],
    ['how do i hook up a printer to my laptop'],
    ['how do i ping google from the terminal'],
    ['what is a good gift for a client'],
    ['how do i make a chart in excel'],
    ['where can i buy cheap flights'],
    ['what is the cheapest car to insure'],
    ['is it expensive to live in london'],
    ['are blind people allowed to drive'],
    ['my phone data plan ran out halfway through the month'],
  ])('off-topic in the same words stays unanswered: %s', (question) => {
    knowledge.expectNoAnswer(question);
  });
});

describe('CorpusSpelling: words to keep', () => {
  const spelling = new CorpusSpelling(
    ['Exporting costs nothing extra on the phone.', 'Export to CSV.'],
    (text) => analyze(text),
    ['entra', 'iphone'],
  );

  it('never corrects a kept word, and never corrects another word into one', () => {
    expect(spelling.correct('sign in with entra')).toBe('sign in with entra');
    expect(spelling.correct('iphone app')).toBe('iphone app');
    const thesaurusOnly = new CorpusSpelling(['Export to CSV.'], (text) => analyze(text), ['entra']);
    expect(thesaurusOnly.correct('does exporting cost extra')).toBe('does exporting cost extra');
  });

  it("still reads a typo of the documents' own word as that word", () => {
    expect(spelling.correct('exporrting costs')).toBe('exporting costs');
  });
});
