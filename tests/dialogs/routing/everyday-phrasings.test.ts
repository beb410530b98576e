import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { marketingIntentOf } from '../../../src/dialogs/routing/marketing-questions';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('everyday phrasings from the blind development set', () => {
  it('reads summaries typed without apostrophes or with "where we stand"', () => {
    expect(parseRecordQuestion('hows my team doing', undefined, context)).toMatchObject({
      kind: 'summary',
      query: { owner: { scope: 'team' } },
    });
    expect(
      parseRecordQuestion(
        'Can you summarise where the team stands right now, by stage please',
        undefined,
        context,
      ),
    ).toMatchObject({ kind: 'summary', query: { owner: { scope: 'team' } } });
  });

  it('reads "refresh it" as refreshing the latest audience', () => {
    expect(marketingIntentOf('refresh it')).toBe('audience_refresh');
    expect(marketingIntentOf('can you re-run that please?')).toBe('audience_refresh');
    expect(marketingIntentOf('refresh it with Acme data')).toBeUndefined();
  });

  describe('with the intent model', () => {
    const temp = temporaryStore();
    const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
    beforeAll(async () => {
      for (const name of ['Globex', 'Initech'])
        await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
    });
    afterAll(() => temp.cleanup());

    it('reads risk words without an account as the deals at risk, not a briefing', async () => {
      for (const text of ['anything slipping i should know about?', 'what deals are stalling'])
        expect({ text, intent: (await understander.understand(text, context)).intent }).toEqual({
          text,
          intent: 'at_risk_deals',
        });
    });
  });
});
