import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { activityByVerbOf } from '../../../src/dialogs/understanding/activity-question';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, nineteenth round (w20f, dev-qa36 A): a rep's own activity asked with a verb and no
// interaction noun. "what did i do yesterday" was answered from the recommendation docs, "who did i
// meet with on tuesday" looked for an account called "tuesday", "anything logged on tuesday" listed
// the deals at risk. They are the interactions of that day or period now.
const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const context = { now: NOW, timezone: 'UTC' };
const { queryOf } = recordQuestionReader(NOW, { accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }] });

describe('activity asked with a verb', () => {
  it.each([
    ['what did i do yesterday?', undefined, '2026-12-03', '2026-12-03'],
    ['what did i get done last week', undefined, '2026-11-23', '2026-11-29'],
    ['what have i been up to this week', undefined, '2026-11-30', '2026-12-06'],
    ['what was i working on on monday', undefined, '2026-11-30', '2026-11-30'],
    ['who did i meet with on tuesday?', ['meeting'], '2026-12-01', '2026-12-01'],
    ['which accounts did i call yesterday', ['call'], '2026-12-03', '2026-12-03'],
    ['customers i emailed last week', ['email'], '2026-11-23', '2026-11-29'],
    ['who did we talk to on wednesday', undefined, '2026-12-02', '2026-12-02'],
    ['what happened on 2 december', undefined, '2026-12-02', '2026-12-02'],
    ['anything logged on tuesday', undefined, '2026-12-01', '2026-12-01'],
    ['what got logged yesterday', undefined, '2026-12-03', '2026-12-03'],
  ])('%s → %j interactions %s..%s', (text, types, from, to) => {
    expect(activityByVerbOf(text)).toBeDefined();
    const query = queryOf(text);
    expect(query).toMatchObject({
      record: 'interaction',
      aggregate: 'list',
      occurredFrom: from,
      occurredTo: to,
    });
    expect(query?.record === 'interaction' ? query.interactionTypes : undefined).toEqual(types);
  });

  it('an account named is its interactions over the period', () => {
    expect(queryOf('what happened with acme since monday')).toMatchObject({
      record: 'interaction',
      accountId: 'acc-acme',
      occurredFrom: '2026-11-30',
    });
  });

  it.each([
    // no day or period said: not read as activity
    'what did i do wrong',
    'what do i do about acme',
    'what did i do to break the import',
    // other records: their own readers
    'what happened to the hooli deal',
    'which deals did i win last week',
    'what did i miss',
    'what tasks did i create yesterday',
    // to come, or a request
    'who should i call today',
    'log a call with jane at initech',
  ])('%s → not activity by verb (or no window)', (text) => {
    const reading = activityByVerbOf(text) ? queryOf(text) : undefined;
    expect(reading?.record === 'interaction' && reading.occurredFrom !== undefined).toBe(false);
  });
});

describe('activity by verb, routed', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of ['Acme Corporation', 'Globex', 'Hooli'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it.each([
    'what did i do yesterday?',
    'what did i do on wednesday',
    'who did i meet with on tuesday?',
    'which accounts did i call yesterday',
    'what happened on 2 december',
    'anything logged on tuesday',
    'what did i work on last week',
  ])('%s → the interactions asked', async (text) => {
    const understanding = await understander.understand(text, context);
    expect(understanding.intent).toBe('record_query');
    expect(understanding.question).toMatchObject({ query: { record: 'interaction' } });
  });

  it.each(['what should i do today', 'what did i do wrong', 'how do i log a call'])(
    '%s → not a list of past interactions',
    async (text) => {
      const understanding = await understander.understand(text, context);
      const question = understanding.question;
      expect(
        question?.kind === 'query' &&
          question.query.record === 'interaction' &&
          !!question.query.occurredFrom,
      ).toBe(false);
    },
  );
});
