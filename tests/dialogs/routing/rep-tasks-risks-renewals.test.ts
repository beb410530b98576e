import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { recordQuestionReader } from '../../fixtures/record-question-reader';
import { temporaryStore } from '../../fixtures/small-crm';

// Issue 19, twelfth round (W12-R): a rep's late tasks, churned customers, renewals coming up in a
// period and deals likely to be lost. "which task of me is late" listed every open task, "which of
// my customers have churned" scored the churn model, "renewals coming up next quarter" listed every
// open renewal, "which deals am i likely to lose" listed this quarter's lost deals.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('late tasks are the overdue ones', () => {
  it.each([
    'which task of me is late',
    'my late tasks',
    'which of my tasks are running late',
    'any to-dos that are late?',
    'what tasks are already late',
    'are any of my tasks late?',
  ])('"%s"', (text) => {
    expect(queryOf(text)).toMatchObject({ record: 'task', status: 'overdue' });
  });

  it.each([
    'tasks due later this week',
    'which tasks are due today',
    'my tasks for late december',
    'my tasks',
  ])('"%s" is no lateness', (text) => {
    expect(queryOf(text)?.status).toBeUndefined();
  });
});

describe('renewals in a period ahead are those closing in it', () => {
  it.each<[string, string, string]>([
    ['renewals coming up next quarter', '2027-01-01', '2027-03-31'],
    ['what renewals do i have next month', '2027-01-01', '2027-01-31'],
    ['renewals in q1', '2027-01-01', '2027-03-31'],
    ['upcoming renewals next quarter', '2027-01-01', '2027-03-31'],
    ['renewals this quarter', '2026-10-01', '2026-12-31'],
    ['deals coming up next quarter', '2027-01-01', '2027-03-31'],
    // "in the next month (or so)" is the stretch from today, not January.
    ['renewals coming up for me in the next month or so', '2026-12-04', '2027-01-04'],
    ['renewals due within the next week', '2026-12-04', '2026-12-11'],
  ])('"%s": closing %s – %s', (text, from, to) => {
    expect(queryOf(text)).toMatchObject({ record: 'deal', closeFrom: from, closeTo: to });
    expect(queryOf(text)?.status).toBeUndefined();
  });

  it.each([
    // Won or lost renewals keep their period as when they closed; a past period is no window ahead.
    ['renewals we won this quarter', { status: 'won', closedFrom: '2026-10-01' }],
    ['how many renewals did we lose this year', { status: 'lost', closedFrom: '2026-01-01' }],
  ])('"%s" is what was closed', (text, expected) => {
    expect(queryOf(text)).toMatchObject(expected);
    expect(queryOf(text)?.closeFrom).toBeUndefined();
  });

  it('"renewals last quarter" is no window ahead', () => {
    expect(queryOf('renewals last quarter')?.closeFrom).toBeUndefined();
  });
});

describe('churned customers and deals likely to be lost', () => {
  const context = { now: NOW, timezone: 'UTC' };
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
  const intentOf = async (text: string) => (await understander.understand(text, context)).intent;

  it.each([
    'which of my customers have churned',
    'which customers churned this year',
    'my accounts that have churned',
    'customers who already churned',
    'show me churned accounts',
    'list the clients that churned',
  ])('"%s" is a record query of churned accounts', async (text) => {
    expect(await intentOf(text)).toBe('record_query');
    expect(queryOf(text)).toMatchObject({ record: 'account', accountStatus: 'churned' });
  });

  it.each([
    'which customers are likely to churn',
    'which of my customers might churn',
    'churn risk for initech',
  ])('"%s" stays a churn-model question', async (text) => {
    expect(['churn_list', 'churn_account']).toContain(await intentOf(text));
  });

  it.each([
    'which deals am i likely to lose',
    'deals i might lose this quarter',
    'which deals are we going to lose',
    'what deals could i lose',
    'deals most likely to be lost',
    'which opps are in danger of losing',
  ])('"%s" is the deals at risk', async (text) => {
    expect(await intentOf(text)).toBe('at_risk_deals');
  });

  it.each([
    'which deals did i lose this quarter',
    'deals we lost to competitors',
    'why did we lose the acme deal',
  ])('"%s" stays about deals already lost', async (text) => {
    expect(await intentOf(text)).not.toBe('at_risk_deals');
  });

  // "which deals are likely to slip?" and "which deals will slip" listed every open deal; "which deals
  // are unlikely to close" too, and "which deals are likely to close" gave the deals at risk.
  it.each([
    'which deals are likely to slip?',
    'which deals will slip',
    'deals likely to slip this quarter',
    "what's going to slip this quarter",
    'which of my deals may slip',
    'which deals are unlikely to close',
    "which deals won't close this quarter",
    'deals that are not going to close',
  ])('"%s" is the deals at risk', async (text) => {
    expect(await intentOf(text)).toBe('at_risk_deals');
  });

  it.each([
    'which deals are likely to close',
    'which deals are likely to close this month',
    'which opps are likeliest to win',
    'show me deals likely to close this quarter',
  ])('"%s" is the ranking by win chance', async (text) => {
    expect(await intentOf(text)).toBe('top_leads');
  });

  it.each([
    ['slip the initech deal to next month', 'change_deal'],
    ['how much is likely to close this quarter', 'forecast'],
  ])('"%s" keeps its reading (%s)', async (text, intent) => {
    expect(await intentOf(text)).toBe(intent);
  });
});
