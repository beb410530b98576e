import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { temporaryStore } from '../../fixtures/small-crm';

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

describe('records counted by a field they have ("accounts by country", "deals by source")', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());
  const queryOf = async (text: string) => {
    const reading = await understander.understand(text, context);
    return reading.question?.kind === 'query' ? reading.question.query : undefined;
  };

  it.each([
    // accounts
    ['accounts by country', 'account', 'country'],
    ['how many accounts do we have per country', 'account', 'country'],
    ['break down our accounts by country', 'account', 'country'],
    ['accounts split by location', 'account', 'country'],
    ['count of accounts in each country', 'account', 'country'],
    ['country breakdown of our accounts', 'account', 'country'],
    ['accounts by industry', 'account', 'industry'],
    ['how many companies per vertical', 'account', 'industry'],
    ['customers by industry in emea', 'account', 'industry'],
    ['accounts grouped by sector', 'account', 'industry'],
    ['number of clients in each industry', 'account', 'industry'],
    ['accounts by status', 'account', 'status'],
    ['accounts by company size', 'account', 'size'],
    // contacts
    ['contacts by country', 'contact', 'country'],
    ['how many contacts per country', 'contact', 'country'],
    ['contacts broken down by location', 'contact', 'country'],
    ['number of contacts in each country', 'contact', 'country'],
    ['contacts by buying role', 'contact', 'buyingRole'],
    ['how many contacts by role', 'contact', 'buyingRole'],
    ['contacts by industry', 'contact', 'industry'],
    // deals
    ['deals by source', 'deal', 'source'],
    ['open deals per source', 'deal', 'source'],
    ['pipeline by source', 'deal', 'source'],
    ['how many deals came from each source', 'deal', 'source'],
    ['break down my opps by source', 'deal', 'source'],
    ['won deals by source this year', 'deal', 'source'],
    ['deals by type', 'deal', 'type'],
    ['open deals per deal type', 'deal', 'type'],
    ['how many opportunities of each type', 'deal', 'type'],
    ['pipeline split by deal type', 'deal', 'type'],
    ['how many deals in each currency', 'deal', 'currency'],
    ['deals by currency', 'deal', 'currency'],
    ['my open deals by stage', 'deal', 'stage'],
    ['how many deals in each stage', 'deal', 'stage'],
    ['stage breakdown of my deals', 'deal', 'stage'],
    ['deals closing this month by stage', 'deal', 'stage'],
    ['count of opps per sales stage', 'deal', 'stage'],
  ])('%s: %s by %s', async (text, record, field) => {
    const query = await queryOf(text);
    expect(query).toMatchObject({ record, breakdown: field, aggregate: 'count' });
  });

  it('keeps the filters said with the grouping', async () => {
    expect(await queryOf('customers by industry in emea')).toMatchObject({
      accountStatus: 'customer',
      region: 'EMEA',
      breakdown: 'industry',
    });
    expect(await queryOf('won deals by source this year')).toMatchObject({
      status: 'won',
      closedFrom: '2026-01-01',
      closedTo: '2026-12-31',
    });
    expect(await queryOf('accounts by country')).toMatchObject({ owner: { scope: 'all' } });
    expect(await queryOf('my accounts by country')).toMatchObject({ owner: { scope: 'mine' } });
  });

  it.each([
    'top accounts in emea',
    'accounts in germany',
    'deals by sam',
    'which industry is acme in',
    'what country is globex in',
    'how many accounts do we have in each region',
    'deals by owner',
    'win rate by deal type',
    'leads by country',
    'leads by industry',
    'biggest deals this quarter',
    'how many customers do we have',
    // The pipeline summary shows its open deals stage by stage already.
    'pipeline by stage',
    "how's my pipeline by stage",
    'move the acme deal to the next stage',
  ])('%s: no field breakdown', async (text) => {
    const query = await queryOf(text);
    expect(query?.breakdown).toBeUndefined();
  });
});
