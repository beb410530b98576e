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

// Issue 19, seventeenth round (w18r): an account named by the first word of its name is read where
// the sentence marks it as a name: before "account" ("who owns the stark account"), after "who owns"
// or "owner of", or with the next word of its name shortened ("wayne ent opps", "stark ind. deals").
// A coincidence of words in a question complete without them stays no name.
describe('an account named by its first word, marked as a name by the sentence (seventeenth round)', () => {
  const stark = { text: 'stark', score: 0.85, name: 'Stark Industries' };
  const wayne = { text: 'wayne', score: 0.85, name: 'Wayne Enterprises' };
  it.each([
    [stark, 'who owns the stark account'],
    [stark, 'who owns the stark account?'],
    [stark, 'who owns stark'],
    [stark, 'whos the owner of stark'],
    [stark, 'stark account owner?'],
    [wayne, 'wayne ent opps'],
    [wayne, 'wayne ent. deals'],
    [wayne, 'wayne enterp deals total'],
    [stark, 'stark ind open deals'],
    [stark, 'what is the stark acct worth'.replace('acct', 'account')],
  ])('%o is a name in "%s"', (candidate, text) => {
    expect(isPlausibleNameSpan(candidate, text, context)).toBe(true);
  });

  it.each([
    [{ text: 'looking', score: 0.85, name: 'Looking Glass' }, "how's my pipeline looking"],
    [{ text: 'forward', score: 0.85, name: 'Forward Motion Inc' }, 'deals moving forward this quarter'],
    [{ text: 'closing', score: 0.85, name: 'Closing Time Ltd' }, 'which deals are closing this week'],
    [{ text: 'closing', score: 0.85, name: 'Closing Time Ltd' }, 'which deals are closing ti'],
    [{ text: 'closing', score: 0.85, name: 'Closing Time Ltd' }, 'who owns the deals closing this week'],
  ])('%o is no name in "%s"', (candidate, text) => {
    expect(isPlausibleNameSpan(candidate, text, context)).toBe(false);
  });
});
