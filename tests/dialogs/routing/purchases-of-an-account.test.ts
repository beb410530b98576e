import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { purchaseWindowOf } from '../../../src/dialogs/routing/purchase-questions';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { loadSmallCrm, temporaryStore } from '../../fixtures/small-crm';

// Issue 19, eleventh round (W9-D): "qbr prep: what did initech buy from us this year" got "can't
// help"; what an account bought in a period is its orders then (the customer view's purchases).
/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('what a named account bought is its purchases, in the period said', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());
  const read = (text: string) => understander.understand(text, context);

  it.each([
    ['qbr prep: what did initech buy from us this year', 'Initech', '2026-01-01', '2026-12-31'],
    ['what did initech buy from us this year', 'Initech', '2026-01-01', '2026-12-31'],
    ['what has globex purchased so far this year', 'Globex', '2026-01-01', '2026-12-31'],
    ['how much did initech spend with us in november', 'Initech', '2026-11-01', '2026-11-30'],
    ['which products did globex order last quarter', 'Globex', '2026-07-01', '2026-09-30'],
    ['what have we sold to initech this year', 'Initech', '2026-01-01', '2026-12-31'],
  ])('%s → the customer view of %s, bought %s..%s', async (text, account, from, to) => {
    const reading = await read(text);
    expect(reading.intent).toBe('customer_view');
    expect(reading.accountMention?.toLowerCase()).toBe(account.toLowerCase());
    expect(purchaseWindowOf(text, reading.entities, context.now, context.timezone)).toMatchObject({
      from,
      to,
    });
  });

  // Since the twenty-sixth round (w27b) an account's orders said with the order word ("initech's
  // orders this year", "acme orders this year") are sales by product, which lists that account's orders
  // in the period (support, who may not call it, gets the customer view's purchases).
  it("initech's orders this year → that account's orders, in the period said", async () => {
    const text = "initech's orders this year";
    const reading = await read(text);
    expect(reading.intent).toBe('product_sales');
    expect(purchaseWindowOf(text, reading.entities, context.now, context.timezone)).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('with no period said, the last twelve months', () => {
    expect(purchaseWindowOf('what has initech bought from us', undefined, context.now, 'UTC')).toMatchObject({
      from: '2025-12-05',
      to: '2026-12-04',
    });
  });

  // Twenty-first round (w22b, dev-qa39): "in total" and its like are all time, not the last year.
  it.each([
    'how much has acme spent with us in total',
    'what has initech bought from us ever',
    'how much has globex spent with us all time',
    'what has initech ordered from us to date',
    'how much has globex spent with us since day one',
    'what has acme purchased from us overall',
  ])('%s → every order up to today', (text) => {
    expect(purchaseWindowOf(text, undefined, context.now, 'UTC')).toEqual({
      from: '1970-01-01',
      to: '2026-12-04',
    });
  });

  it.each([
    ['how much did acme spend with us in november overall', '2026-11-01'],
    ['what has initech bought in total this year', '2026-01-01'],
  ])('%s → the period said, not all time', async (text, from) => {
    const reading = await read(text);
    expect(purchaseWindowOf(text, reading.entities, context.now, 'UTC')).toMatchObject({ from });
  });

  it.each([
    'what would initech buy next',
    'what else could we sell to globex',
    'what should i pitch to initech',
    'who bought the most from us this year',
    'how much did we close this year',
    'did we win the initech renewal',
  ])('%s → not the purchases of an account', async (text) => {
    const reading = await read(text);
    expect(
      reading.intent === 'customer_view' &&
        purchaseWindowOf(text, reading.entities, context.now, context.timezone) !== undefined,
    ).toBe(false);
  });
});
