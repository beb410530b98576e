import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { temporaryStore } from '../../fixtures/small-crm';

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

// Issue 19, twenty-first round: deals counted by their account's industry or country ("open pipeline
// by industry"), and a field's values ranked by "more" records ("which industries have more clients").
describe('deals by their account field, and fields ranked by more records', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());
  const queryOf = async (text: string) => {
    const reading = await understander.understand(text, context);
    return reading.question?.kind === 'query' ? reading.question.query : undefined;
  };

  it.each([
    ['open pipeline by industry', 'industry', 'open'],
    ['pipeline per vertical', 'industry', 'open'],
    ['break down my open opps by sector', 'industry', 'open'],
    ['won deals by industry this year', 'industry', 'won'],
    ['how many deals did we lose in each industry', 'industry', 'lost'],
    ['open deals per country', 'country', 'open'],
    ['pipeline split by country', 'country', 'open'],
  ])('%s: deals by their account %s', async (text, field, status) => {
    expect(await queryOf(text)).toMatchObject({
      record: 'deal',
      aggregate: 'count',
      breakdown: field,
      status,
    });
  });

  it.each([
    ['which are the industries with more clients of us', 'industry'],
    ['which industries have more customers', 'industry'],
    ['the industries with the largest number of customers', 'industry'],
    ['what countries have more clients', 'country'],
    ['which sectors do we have more customers in', 'industry'],
  ])('%s: customers counted by %s', async (text, field) => {
    expect(await queryOf(text)).toMatchObject({
      record: 'account',
      aggregate: 'count',
      breakdown: field,
      accountStatus: 'customer',
    });
  });

  it.each([
    'open deals in software',
    'my deals in germany',
    'which industry is acme in',
    'industries with more than 50 customers',
    'deals by sam',
    'win rate by industry',
  ])('%s: no deal or account breakdown by a field', async (text) => {
    const query = await queryOf(text);
    expect(query?.breakdown).toBeUndefined();
  });
});

describe('the first deals of each group ("biggest open deal in each region")', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());
  const queryOf = async (text: string) => {
    const reading = await understander.understand(text, context);
    return reading.question?.kind === 'query' ? reading.question.query : undefined;
  };

  it.each([
    ['biggest open deal in each region', 'region', 'biggest', 1],
    ['largest opp per rep', 'owner', 'biggest', 1],
    ['what is the biggest single deal for every rep on my team', 'owner', 'biggest', 1],
    ['smallest won deal by region this year', 'region', 'smallest', 1],
    ['biggest deal of each type', 'type', 'biggest', 1],
    ['the largest open opportunity from each source', 'source', 'biggest', 1],
    ['show the biggest 3 deals for each region', 'region', 'biggest', 3],
  ])('%s: the first deals of each %s', async (text, groupBy, order, limit) => {
    expect(await queryOf(text)).toMatchObject({ record: 'deal', groupBy, eachGroup: true, order, limit });
  });

  it.each([
    'which region has the biggest pipeline',
    'biggest deals by region',
    'who has the biggest deal',
    'pipeline by region',
    'deals by type',
  ])('%s: no first deal of each group', async (text) => {
    expect((await queryOf(text))?.eachGroup).toBeUndefined();
  });

  it('keeps the rankings of groups as they were', async () => {
    expect(await queryOf('which region has the biggest pipeline')).toMatchObject({
      groupBy: 'region',
      rankBy: 'amount',
    });
    expect(await queryOf('deals by type')).toMatchObject({ breakdown: 'type' });
  });
});
