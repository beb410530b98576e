/**
 * Terse messages (issue 19, eighth round, r6): one to three words that are an account's name, as
 * typed, dictated or misheard, or a record word, get the briefing or the list a person expects
 * rather than "can't help", small talk or help.
 */
import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('a message that is only a name or a record word', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of [
      'Acme Corporation',
      'Globex',
      'Initech',
      'Hooli',
      'Soylent',
      'Umbrella Corporation',
      'Wayne Enterprises',
    ])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it.each([
    ['globex?', 'globex'],
    ['hooli', 'hooli'],
    ['Wayne Enterprises', 'wayne enterprises'],
    ['umbrella corporation', 'umbrella'],
    ['soylent corp', 'soylent'],
    ['the acme account', 'acme'],
    ['initech pls', 'initech'],
    // Said as they sound: the account's own name, which the account resolver finds.
    ['inner tech', 'initech'],
    ['initek', 'initech'],
    ['glow bex', 'globex'],
    ['a cme', 'acme corporation'],
  ])('%s → a briefing on %s', async (text, account) => {
    const understanding = await understander.understand(text, context);
    expect({ intent: understanding.intent, account: understanding.accountMention?.toLowerCase() }).toEqual({
      intent: 'briefing',
      account,
    });
  });

  it.each([
    ['tasks', 'record_query'],
    ['tasks?', 'record_query'],
    ['my numbers', 'pipeline_summary'],
    ['numbers', 'pipeline_summary'],
  ])('record word: %s → %s', async (text, intent) => {
    expect((await understander.understand(text, context)).intent).toBe(intent);
  });

  it.each([
    ['thanks', 'thanks'],
    ['hi', 'greeting'],
    ['help', 'help'],
    ['yes', 'confirm'],
    ['pipeline', 'pipeline_summary'],
    ['q1 numbers', 'forecast'],
    ['security', 'knowledge_question'],
    ['open deals', 'record_query'],
  ])('keeps its reading: %s → %s', async (text, intent) => {
    expect((await understander.understand(text, context)).intent).toBe(intent);
  });

  it.each(['acme deals', 'globex contacts', 'brief me on my pipeline', 'what else could I sell globex'])(
    'a name with a request is that request, not a briefing: %s',
    async (text) => {
      expect((await understander.understand(text, context)).intent).not.toBe('briefing');
    },
  );

  it('briefs on an account dictated in a longer request by its own name', async () => {
    const understanding = await understander.understand(
      'quick rundown of the a cme corporation account',
      context,
    );
    expect({ intent: understanding.intent, account: understanding.accountMention }).toEqual({
      intent: 'briefing',
      account: 'Acme Corporation',
    });
  });

  it('filters on an account said as it sounds before a record noun', async () => {
    const understanding = await understander.understand('initek deals', context);
    expect(understanding.accountMention).toBe('Initech');
    expect(understanding.intent).toBe('deal_lookup');
  });
});
