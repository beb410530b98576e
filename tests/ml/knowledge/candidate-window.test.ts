import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase } from '../../../src/ml/knowledge/knowledge-base';

/**
 * The candidate window (issue 19, eleventh round, W10-K): a sentence added to one document shifts
 * the fused ranks of unrelated passages, and the one passage that answers a question can drop out
 * of the leading five ("do you have a zoho integration" lost "Importing from another CRM" when the
 * forecast digest's section gained a sentence about changing its schedule). When none of the
 * leading passages answers, the next ones are judged too. A question the leading passages answer
 * keeps them (a wider window picks passages that merely share words), and a question nothing
 * answers stays unanswered.
 */
describe('knowledge answers: the candidate window (demo knowledge base with one sentence added)', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'knowledge-candidate-window-'));
  const knowledgeDir = join(workDir, 'knowledge');
  let base: KnowledgeBase;
  beforeAll(async () => {
    cpSync(join(__dirname, '..', '..', '..', 'knowledge'), knowledgeDir, { recursive: true });
    const forecasting = join(knowledgeDir, 'features', 'sales-forecasting.md');
    const said = 'Managers subscribe in chat with "send me the forecast every morning". ';
    const text = readFileSync(forecasting, 'utf8');
    expect(text).toContain(said);
    writeFileSync(
      forecasting,
      text.replace(
        said,
        `${said}To change when it arrives, subscribe again with the new time or days, for example "send me the forecast digest every weekday at 7:30": the new schedule replaces the old one. `,
      ),
    );
    base = await KnowledgeBase.open({ knowledgeDir, modelsDir: join(workDir, 'models') });
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  const expectFrom = (question: string, path: string, fact: RegExp) => {
    const result = base.ask(question);
    expect({ question, noAnswer: result.noAnswer, path: result.sources[0]?.path }).toEqual({
      question,
      noAnswer: false,
      path,
    });
    expect({ question, answer: result.answer }).toEqual({ question, answer: expect.stringMatching(fact) });
  };

  it.each(['do you have a zoho integration', 'is there a zoho integration', 'zoho integration?'])(
    'the passage that answers is judged though it left the leading five: %s',
    (question) =>
      expectFrom(
        question,
        'getting-started/importing-data.md',
        /import templates for Salesforce, HubSpot and Pipedrive/,
      ),
  );

  it.each([
    ['how much is self hosted', 'pricing-plans.md', /\$420 per user/],
    ['how do i get the crm on my phone', 'faq.md', /no separate mobile app/],
    [
      'how do i change what time the forecast digest goes out',
      'features/sales-forecasting.md',
      /the new schedule replaces the old one/,
    ],
  ])('a question the leading passages answer keeps them: %s', (question, path, fact) =>
    expectFrom(question, path, fact),
  );

  it.each([
    'what is the weather in paris tomorrow',
    'who won the football last night',
    'recommend a good pizza place near the office',
  ])('nothing answers: %s', (question) =>
    expect({ question, noAnswer: base.ask(question).noAnswer }).toEqual({ question, noAnswer: true }),
  );
});
