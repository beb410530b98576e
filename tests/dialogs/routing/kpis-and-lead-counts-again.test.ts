import { join } from 'node:path';
import { statusAgainOf } from '../../../src/dialogs/intents/lead-follow-ups';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { asksCompanyLeadCount } from '../../../src/dialogs/routing/marketing-questions';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';

// Issue 19, eighteenth round (w19m), from dev-qa33/34: a manager's one-pager asked in a word or two
// ("kpis", "give me the numbers"), marketing's "how many leads do we have" (every lead, not the
// ten most likely to convert), and "and converted?" right after a count of leads by status.

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

describe('a one-pager asked in a word or two', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  it.each([
    'kpis',
    'KPIs?',
    'my kpis',
    'give me the numbers',
    'show me my kpis',
    'key metrics pls',
    'team stats',
  ])('"%s" is the pipeline summary', async (text) => {
    const reading = await understander.understand(text, context);
    expect(reading.intent).toBe('pipeline_summary');
  });

  it.each(['how do i set up kpi dashboards', 'give me the number for jane park', 'what does kpi mean'])(
    '"%s" is no pipeline summary',
    async (text) => {
      const reading = await understander.understand(text, context);
      expect(reading.intent).not.toBe('pipeline_summary');
    },
  );
});

describe("the company's leads counted, and a status asked again", () => {
  it.each([
    'how many leads do we have',
    'How Many Leads Do We Have?',
    'how many leads are in the crm',
    'how many leads have we got',
  ])('"%s" counts every lead', (text) => {
    expect(asksCompanyLeadCount(text)).toBe(true);
  });

  it.each([
    'how many leads do i own',
    'how many leads does my team have',
    'how many leads do we have from events',
    'how many open leads do we have',
    'how many hot leads do we have',
  ])('"%s" is not every lead', (text) => {
    expect(asksCompanyLeadCount(text)).toBe(false);
  });

  it.each([
    ['and converted?', 'converted'],
    ['what about disqualified', 'disqualified'],
    ['the new ones?', 'new'],
    ['and qualified ones', 'qualified'],
    ['how many are working', 'working'],
    ['And Converted?', 'converted'],
  ])('"%s" asks the count again for %s', (text, status) => {
    expect(statusAgainOf(text)).toBe(status);
  });

  it.each(['and from chat?', 'which of those converted last year and why', 'convert them all to contacts'])(
    '"%s" asks no status again',
    (text) => {
      expect(statusAgainOf(text)).toBeUndefined();
    },
  );
});
