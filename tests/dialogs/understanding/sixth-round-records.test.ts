import { join } from 'node:path';
import { accountSpanOf } from '../../../src/dialogs/routing/account-span';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };
const parse = (text: string) => parseRecordQuestion(text, undefined, context);

describe('chat courtesy after an account name is no part of it', () => {
  it.each([
    ['acme corp pls', 'acme corp'],
    ['acme corp please', 'acme corp'],
    ['acme corp thanks', 'acme corp'],
    ['acme corp, thx', 'acme corp'],
    ['Globex for me', 'Globex'],
    ['initech ty', 'initech'],
    ['hooli thank you', 'hooli'],
    // Must keep: no courtesy at the end, or the name is the courtesy word's whole.
    ['Please Hold Ltd', 'Please Hold Ltd'],
    ['Thanks', 'Thanks'],
    ['Wayne Enterprises', 'Wayne Enterprises'],
  ])('%s → %s', (phrased, span) => {
    expect(accountSpanOf(phrased, [])).toBe(span);
  });
});

describe('"in total" and "overall" are everyone\'s only when no owner is said', () => {
  it.each([
    'could you give me a quick rundown of what my pipeline looks like right now, like how much is open in total?',
    "I'm new here, how much is open in my pipeline overall?",
    'how much is in my pipeline in total',
    'what does my pipeline look like overall',
  ])('%s → mine', (text) => {
    const question = parse(text);
    expect(question?.kind).toBe('summary');
    expect(question?.query.owner).toEqual({ scope: 'mine' });
  });
  it.each(['how much pipeline is open in total', "what's the pipeline overall", "the company's pipeline"])(
    '%s → everyone',
    (text) => {
      expect(parse(text)?.query.owner).toEqual({ scope: 'all' });
    },
  );
  it('the team said with "overall" is the team', () => {
    expect(parse("how's our team's pipeline overall")?.query.owner).toEqual({ scope: 'team' });
  });
});

describe('open deals past their close date, in other words, are the overdue filter', () => {
  it.each([
    'deals that are past their close date but still open',
    'anything slipping? deals that are past their close date but still open',
    'open deals whose close date has passed',
    'any deals with a close date in the past that are still open?',
    "show me deals that should have closed already but haven't",
    'which of my open deals are overdue',
    'deals where the close date was already passed',
  ])('%s', (text) => {
    const question = parse(text);
    expect(question?.kind).toBe('query');
    expect(question?.kind === 'query' && question.query.status).toBe('overdue');
  });
  it.each(['anything slipping?', 'which deals close this month', 'deals closing in the past week'])(
    'not overdue: %s',
    (text) => {
      const question = parse(text);
      expect(question?.kind === 'query' ? question.query.status : undefined).not.toBe('overdue');
    },
  );
});

describe('a deal named by its name, asked for a field', () => {
  it.each([
    [
      "when's the wayne enterprises integration package supposed to close",
      'wayne enterprises integration package',
    ],
    ['when is the hooli sales pilot expected to close', 'hooli sales pilot'],
    ["when's the acme multi-year renewal going to close", 'acme multi-year renewal'],
    ['when does the globex platform migration close', 'globex platform migration'],
  ])('%s → the deal words %s', (text, words) => {
    const question = parse(text);
    expect(question?.kind === 'query' && question.query.field).toBe('closeDate');
    expect(question?.kind === 'query' && question.query.dealWords).toBe(words);
  });

  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of ['Wayne Enterprises', 'Globex'])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it.each([
    // A product word in the deal's name ("integration", "migration") does not make it a product question.
    ["when's the wayne enterprises integration package supposed to close", 'record_query'],
    ['when does the wayne enterprises integration package close', 'record_query'],
    // Must stay with the documentation: no account named, or no field of a deal asked.
    ['how do I set up the slack integration', 'knowledge_question'],
    ['does the integration package support sso', 'knowledge_question'],
  ])('%s → %s', async (text, intent) => {
    expect((await understander.understand(text, context)).intent).toBe(intent);
  });
});
