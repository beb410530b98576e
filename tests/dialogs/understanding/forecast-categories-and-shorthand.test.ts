import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { extractDealStages } from '../../../src/dialogs/understanding/entities/deal-stages';
import { forecastCategoriesOf } from '../../../src/dialogs/understanding/entities/forecast-categories';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';
import { rowQuestionOf } from '../../../src/dialogs/understanding/row-reference';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { temporaryStore } from '../../fixtures/small-crm';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, tenth round (W8-G): a deal's forecast category (the rep's call: commit, best case,
// pipeline) is a filter of its own, not the negotiation stage; sales shorthand for the records
// ("logos" are accounts, a "to do list" is tasks, "team #s" the team's numbers); "who's lowest"
// after a ranking is its last row. Several wordings per need, and wordings that must NOT be read so.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];
const { entitiesOf, queryOf } = recordQuestionReader(NOW, { accounts: ACCOUNTS, reps: REPS });

describe('forecast categories named in a message', () => {
  it.each([
    ['commit vs best case', ['commit', 'best_case']],
    ['how much is in best-case', ['best_case']],
    ['my bestcase deals', ['best_case']],
    ['deals i have in commit', ['commit']],
    ['total committed across the team', ['commit']],
    ['what are my commits worth', ['commit']],
  ])('%s → %j', (text, categories) => {
    expect(forecastCategoriesOf(text)).toEqual(categories);
  });

  it.each([
    'my best deals',
    'which deals have the best chance',
    'what happens if we commit to a 3 year contract',
    'in the best of cases we close it',
    'are we committed to the renewal',
  ])('no category: %s', (text) => {
    expect(forecastCategoriesOf(text)).toEqual([]);
  });

  it('commit is no stage: the forecast category is the rep’s call, whatever the stage', () => {
    expect(extractDealStages('show me my commit deals')).toEqual([]);
    expect(extractDealStages('deals in negotiation').map((s) => s.stage)).toEqual(['negotiation']);
  });
});

describe('deals by forecast category: listed, counted, summed', () => {
  it.each<[string, string, string[], Record<string, unknown>]>([
    [
      'across all my open opps, how much is commit vs best case',
      'sum',
      ['commit', 'best_case'],
      { scope: 'mine' },
    ],
    ['commit vs best case on my open deals', 'sum', ['commit', 'best_case'], { scope: 'mine' }],
    ['how much of my pipeline is commit', 'sum', ['commit'], { scope: 'mine' }],
    ["total commit across the team's open deals", 'sum', ['commit'], { scope: 'team' }],
    ['team commit total on all open deals', 'sum', ['commit'], { scope: 'team' }],
    ['how much best case pipeline do i have', 'sum', ['best_case'], { scope: 'mine' }],
    ['show me my commit deals', 'list', ['commit'], { scope: 'mine' }],
    ['my best case deals', 'list', ['best_case'], { scope: 'mine' }],
    ['how many deals are in best case', 'count', ['best_case'], { scope: 'mine' }],
    ['which of my opps are commit', 'list', ['commit'], { scope: 'mine' }],
  ])('%s → %s of %j', (text, aggregate, categories, owner) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'deal', aggregate, forecastCategories: categories });
    expect(query?.owner).toEqual(owner);
    expect(query?.stages).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['show me the commit deals closing in december', '2026-12-01', '2026-12-31'],
    ['show me the commit deals for december', '2026-12-01', '2026-12-31'],
    ["what's my commit this quarter", '2026-10-01', '2026-12-31'],
    ['how much best case do we have for q1', '2027-01-01', '2027-03-31'],
  ])('a period said with it is when the deals close: %s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({
      forecastCategories: [expect.any(String)],
      closeFrom: from,
      closeTo: to,
    });
  });

  it.each([
    'my deals in negotiation',
    'my best deals',
    'total pipeline in proposal',
    'deals closing this month',
  ])('no category: %s', (text) => {
    expect(queryOf(text)?.forecastCategories).toBeUndefined();
  });
});

describe('a follow-up naming a category narrows the last list or swaps the category', () => {
  const read = (text: string) => listFollowUpOf(text, entitiesOf(text), { now: NOW, timezone: 'UTC' });
  it.each<[string, string[]]>([
    ['which of those are commit', ['commit']],
    ['and best case', ['best_case']],
    ['what about best case?', ['best_case']],
    ['only the commit ones', ['commit']],
    ['just best-case', ['best_case']],
    ['which ones are in commit', ['commit']],
    ['and commit?', ['commit']],
  ])('%s → %j', (text, categories) => {
    expect(read(text)).toEqual({ kind: 'refine', refinement: { forecastCategories: categories } });
  });

  it.each(['which of those are mine', 'and the one after that?', 'what does commit mean'])(
    'no category refinement: %s',
    (text) => {
      const followUp = read(text);
      expect(
        followUp?.kind === 'refine' ? followUp.refinement.forecastCategories : undefined,
      ).toBeUndefined();
    },
  );
});

describe('sales shorthand for records', () => {
  it.each<[string, Record<string, unknown>]>([
    ['how many logos do i own', { record: 'account', aggregate: 'count' }],
    ['how many logos do i have', { record: 'account', aggregate: 'count' }],
    ['number of logos on my book', { record: 'account', aggregate: 'count' }],
    [
      'how many logos does the team have',
      { record: 'account', aggregate: 'count', owner: { scope: 'team' } },
    ],
    ['list my logos in emea', { record: 'account', aggregate: 'list', region: 'EMEA' }],
    [
      'how many customer logos do i have',
      { record: 'account', aggregate: 'count', accountStatus: 'customer' },
    ],
  ])('logos are accounts: %s', (text, expected) => {
    expect(queryOf(text)).toMatchObject(expected);
  });

  it.each(['how do i change the logo on our emails', 'can i upload my company logo'])(
    'a logo of the product is no account: %s',
    (text) => {
      expect(queryOf(text)?.record).not.toBe('account');
    },
  );

  it.each<[string, Record<string, unknown>]>([
    ['anything overdue on my to do list', { record: 'task', status: 'overdue' }],
    ["what's overdue on my to do list", { record: 'task', status: 'overdue' }],
    ['whats on my to do list', { record: 'task' }],
    ['my to do list', { record: 'task' }],
    ['anything late on my todo list?', { record: 'task', status: 'overdue' }],
    ["what's on my to do list this week", { record: 'task' }],
  ])('a to do list is tasks: %s', (text, expected) => {
    expect(queryOf(text)).toMatchObject(expected);
  });

  it.each(['which deals are overdue', 'anything overdue in my pipeline'])('deals stay deals: %s', (text) => {
    expect(queryOf(text)?.record).toBe('deal');
  });
});

describe("who's lowest / highest after a ranking", () => {
  it.each<[string, number]>([
    ["who's lowest", -1],
    ['who is lowest?', -1],
    ["and who's the lowest", -1],
    ['who was highest', 0],
    ["who's at the bottom", -1],
  ])('%s → row %d', (text, index) => {
    expect(rowQuestionOf(text)).toEqual({ row: { index } });
  });

  it.each([
    'which deal has the lowest amount',
    'lowest amount deals',
    'who owns the lowest deal in the pipeline',
  ])('not a row pick: %s', (text) => {
    expect(rowQuestionOf(text)?.row).toBeUndefined();
  });
});

describe('routing: forecast categories, team numbers, to do lists', () => {
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const context = { now: NOW, timezone: 'UTC' };
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());

  it.each([
    'across all my open opps, how much is commit vs best case',
    "total commit across the team's open deals",
    'team commit total on all open deals',
    'anything overdue on my to do list',
    'how many logos do i own',
    'show me the commit deals for december',
  ])('%s → record_query', async (text) => {
    expect((await understander.understand(text, context)).intent).toBe('record_query');
  });

  it.each(['team #s?', 'team #s', 'my #s', "team's #'s", 'my team #s', 'team #s pls', 'team numbers?'])(
    '%s → the pipeline summary',
    async (text) => {
      expect((await understander.understand(text, context)).intent).toBe('pipeline_summary');
    },
  );

  it.each<[string, string[]]>([
    ["create a task for me to review Sophie's Q1 commit on monday", ['create_task']],
    ['q1 commit #s', ['forecast', 'pipeline_summary']],
    ['forecast this quarter', ['forecast']],
  ])('keeps its reading: %s', async (text, intents) => {
    expect(intents).toContain((await understander.understand(text, context)).intent);
  });
});
