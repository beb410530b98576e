import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { isPlausibleNameSpan } from '../../../src/dialogs/routing/name-spans';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('names only where names are', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    // Names made of words people use every day in questions about their deals.
    for (const name of ['Closing Time Ltd', 'Forward Motion Inc', 'Initech', 'Globex'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  const accountsOf = async (text: string) =>
    (await understander.understand(text, context)).entities?.accounts.map((a) => a.name) ?? [];

  it('reads no account out of a question that is complete without the words', async () => {
    for (const text of [
      'which deals are closing this week',
      'how many deals are closing this month?',
      'deals moving forward this quarter over 50k',
    ]) {
      const understanding = await understander.understand(text, context);
      expect({ text, accounts: await accountsOf(text), mention: understanding.accountMention }).toEqual({
        text,
        accounts: [],
        mention: undefined,
      });
      expect(understanding.question).toBeDefined();
      expect(understanding.question!.kind === 'query' && understanding.question!.query.accountId).toBeFalsy();
    }
  });

  it('keeps a name that is capitalised, asked for after a preposition, or whole', async () => {
    expect(await accountsOf('Show me the open deals of Closing Time')).toContain('Closing Time Ltd');
    expect(await accountsOf('open deals for closing time')).toContain('Closing Time Ltd');
    expect(await accountsOf('brief me on initec')).toContain('Initech');
    expect(await accountsOf('tell me about globex')).toContain('Globex');
  });

  it('takes a lower-case inexact match for a name only where the writer does not use capitals', () => {
    const initec = { text: 'initec', score: 0.8 };
    expect(isPlausibleNameSpan(initec, 'what is open with initec', context)).toBe(true);
    expect(isPlausibleNameSpan(initec, 'What is open with Acme and initec', context)).toBe(false);
    expect(isPlausibleNameSpan({ text: 'initech', score: 1 }, 'What is open with initech', context)).toBe(
      true,
    );
  });
});
