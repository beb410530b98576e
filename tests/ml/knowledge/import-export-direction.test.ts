import { crossesDirection } from '../../../src/ml/knowledge/text/opposite-words';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * Bringing data in and taking it out are opposite needs (issue 19, K8): since a spreadsheet or Excel
 * also finds "CSV", "can i import my customer list from excel" was answered with "export the at-risk
 * customers as CSV". A passage about the other direction does not answer, and exporting keeps its
 * own section.
 */
describe('knowledge answers: import and export are not crossed (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();
  const { expectFrom } = knowledge;

  it.each([
    ['can i import my customer list from excel'],
    ['can we import our customer list from a spreadsheet'],
    ['how do i import a list of customers from excel'],
    ['can i upload my client list from google sheets'],
    ['how do i upload my contacts from excel'],
    ['how do i import contacts from excel'],
  ])('importing: %s', (question) => {
    expectFrom(question, 'getting-started/importing-data.md', /import/i);
    expect(knowledge.base.ask(question).answer).not.toMatch(/export/i);
  });

  it.each([['can i export my customer list to excel'], ['how do i export a target list']])(
    'exporting keeps its section: %s',
    (question) => expectFrom(question, 'features/customer-segments.md', /Export/),
  );

  it.each([['can i upload a logo'], ['where do i upload my invoice']])('off-topic: %s', (question) =>
    knowledge.expectNoAnswer(question),
  );

  describe('crossesDirection', () => {
    const words = (text: string) => text.toLowerCase().split(/\s+/);
    it.each([
      ['import customers', 'export customers as csv', true],
      ['export customers', 'import customers from csv', true],
      ['upgrade plan', 'downgrade to the free plan', true],
      ['import customers', 'import customers from csv', false],
      ['import customers', 'export from the old crm then import', false],
      ['import and export customers', 'export customers', false],
      ['customers list', 'export customers', false],
    ])('%s / %s -> %s', (question, passage, crosses) =>
      expect(crossesDirection(new Set(words(question)), new Set(words(passage)), (word) => [word])).toBe(
        crosses,
      ),
    );
  });
});
