import { distinctiveCoverage } from '../../../src/ml/knowledge/answers/distinctive-terms';
import { openDemoKnowledge } from './knowledge-fixture';

/**
 * The section of the answering document that holds what sets the question apart (issue 19, K9):
 * "do you guys have webhooks in the api" was answered from the API page's "REST API" section
 * (which says "API", as the whole page does) instead of its "Webhooks" section. Sections of that
 * document compete on the question's words the other sections do not use, and those the search
 * ranked lower join when they hold more of them.
 */
describe('knowledge answers: the sibling section that holds the distinctive words (demo knowledge base)', () => {
  const knowledge = openDemoKnowledge();

  const sectionOf = (question: string) => {
    const result = knowledge.base.ask(question);
    return {
      question,
      noAnswer: result.noAnswer,
      path: result.sources[0]?.path,
      section: result.sources[0]?.section,
    };
  };
  const api = (section: string) => ({ noAnswer: false, path: 'integrations/api-and-webhooks.md', section });

  it.each([
    ['do you guys have webhooks in the api'],
    ['does the api come with webhooks'],
    ['does your api do webhooks'],
    ['any webhooks with the api?'],
    ['we need webhooks from your api'],
    ['api webhooks?'],
    ['how do i get webhooks from the api when a deal is won'],
  ])('webhooks under the api: %s', (question) => {
    expect(sectionOf(question)).toEqual({ question, ...api('Webhooks') });
    expect(knowledge.base.ask(question).answer).toMatch(/notify your systems/);
  });

  it.each([
    ['does the api have a rate limit', api('Rate limits')],
    ['what does the api cover', api('REST API')],
    [
      'is there a limit on how many rows i can import',
      { noAnswer: false, path: 'getting-started/importing-data.md', section: 'Limits' },
    ],
  ])('other sections keep their questions: %s', (question, expected) =>
    expect(sectionOf(question)).toEqual({ question, ...expected }),
  );

  describe('distinctiveCoverage', () => {
    const sections = [
      new Set(['rest', 'api', 'key']),
      new Set(['webhook', 'deal']),
      new Set(['api', 'minut', 'limit']),
    ];
    const question = new Map([
      ['webhook', 2],
      ['api', 1],
    ]);
    it('a word only one section uses weighs, one most sections use weighs less', () => {
      expect(distinctiveCoverage(sections[1]!, sections, question, new Map())).toBeGreaterThan(
        distinctiveCoverage(sections[0]!, sections, question, new Map()),
      );
    });
    it('no question word tells the sections apart: 0', () => {
      const same = [new Set(['api']), new Set(['api'])];
      expect(distinctiveCoverage(same[0]!, same, new Map([['api', 1]]), new Map())).toBe(0);
    });
    it('a thesaurus alternative present counts', () => {
      expect(
        distinctiveCoverage(
          sections[1]!,
          sections,
          new Map([['hook', 1]]),
          new Map([['hook', [['webhook']]]]),
        ),
      ).toBe(1);
    });
  });
});
