import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { knowledgeRelevanceOf } from '../../../src/skills/shared/knowledge/knowledge-relevance';
import { nameKeyOf } from '../../../src/vocabulary';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';

// Issue 19, fourteenth round (W15-R): a rep asks where to begin ("ok what should i do next", "ok where
// do i start"): the deals worth the effort first (the advice reading, deals by win chance), not a
// knowledge paragraph, and an "ok" before a question is no cancel when nothing is pending.
const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('where to start: the deals worth the effort', () => {
  const temp = temporaryStore();
  const names = new CrmNameIndex(temp.store);
  const understander = new QuestionUnderstander(
    new CrmUnderstander(model, names),
    knowledgeRelevanceOf(servicesFor(temp.store)),
  );
  beforeAll(async () => {
    for (const name of ['Globex', 'Initech'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());
  const intentOf = async (text: string) => (await understander.understand(text, context)).intent;

  it.each([
    'ok what should i do next',
    'ok where do i start',
    'so where should i begin?',
    'What should I work on next?',
    'alright, what now',
    "what's next for me",
    'OK WHERE DO I START??',
    'hmm what should i tackle first',
    'where to start',
    'what do i do next',
  ])(
    '"%s" is the deals worth the effort',
    async (text) => {
      expect(await intentOf(text)).toBe('top_leads');
    },
    60_000,
  );

  it.each<[string, string]>([
    // A plain cancel stays one; a day, a product question, a write keep their readings.
    ['never mind', 'cancel'],
    ['where do i start with importing contacts', 'knowledge_question'],
  ])(
    '"%s" stays %s',
    async (text, intent) => {
      expect(await intentOf(text)).toBe(intent);
    },
    60_000,
  );

  it('keeps "what should i do first today" the day agenda', async () => {
    const understanding = await understander.understand('what should i do first today', context);
    expect(understanding.question).toMatchObject({ kind: 'query', query: { agenda: true } });
  }, 60_000);
});
