import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

// Issue 19, tenth round (w8f): "deals of mine nobody touched for a month" read "mine nobody
// touched" as an account to look deals up at ("can't help"): a question about the deals' activity
// or time in stage is a filter of the record query, whatever the intent model guessed.
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('deals filtered by their activity or time in stage, said after "deals of mine"', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    await temp.store.accounts.insertOne({
      name: 'Initech',
      nameKey: nameKeyOf('Initech'),
      status: 'customer',
    });
  });
  afterAll(() => temp.cleanup());
  const queryOf = async (text: string) => {
    const understanding = await understander.understand(text, context);
    const question = (understanding as { question?: { kind: string; query: Record<string, unknown> } })
      .question;
    return { intent: understanding.intent, query: question?.kind === 'query' ? question.query : undefined };
  };

  it.each([
    ['deals of mine nobody touched for a month', 30],
    ['deals of mine with no activity in 30 days', 30],
    ['my deals nobody touched for a month', 30],
    ['deals nobody has touched in 2 weeks', 14],
    ["which deals of mine haven't been touched for a month", 30],
    ['deals of mine untouched for two weeks', 14],
  ])('%s → the record query, quiet for %i days', async (text, days) => {
    const { intent, query } = await queryOf(text);
    expect(intent).toBe('record_query');
    expect(query).toMatchObject({ record: 'deal', quietDays: days });
  });

  it.each(['show me the deals of initech', 'deals of initech'])(
    'an account’s deals stay a look-up: %s',
    async (text) => {
      const { intent } = await queryOf(text);
      expect(intent).toBe('deal_lookup');
    },
  );
});
