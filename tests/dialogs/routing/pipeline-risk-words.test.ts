import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

describe('risk said as a noun about the business is the deals at risk', () => {
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
    'biggest risk in the pipeline right now',
    'what are the biggest risks in my pipeline',
    'main risks this quarter?',
    'top risks in the team pipeline',
    'any red flags in my pipeline',
    'what should i be worried about',
    'anything i should worry about',
    'key concerns for our forecast',
    'major risks to the team forecast',
    'what are we worried about this quarter',
  ])('%s → at_risk_deals', async (text) => {
    expect(await intentOf(text)).toBe('at_risk_deals');
  });
  // Negatives: how risk is scored, churn, and an account's own risk stay where they were.
  it.each([
    ['how is the risk score calculated', 'at_risk_deals'],
    ['what is the biggest churn risk', 'at_risk_deals'],
    ['is initech at risk', 'at_risk_deals'],
    ['how does the deal risk model work', 'at_risk_deals'],
    ['top concerns customers raise in tickets', 'at_risk_deals'],
    ['what are the risks of importing my contacts twice', 'at_risk_deals'],
    ['which deals closed last week', 'at_risk_deals'],
  ])('%s → not %s', async (text, intent) => {
    expect(await intentOf(text)).not.toBe(intent);
  });
});

// Issue 19, thirteenth round (w14r): deals said to look doubtful in everyday words ("looking a bit
// dodgy", "iffy", "dicey") are the deals at risk; the same words about other things are not.
describe('deals said to look doubtful are the deals at risk', () => {
  const temp = temporaryStore();
  const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  afterAll(() => temp.cleanup());
  const intentOf = async (text: string) => (await understander.understand(text, context)).intent;

  it.each([
    'are any of my deals looking a bit dodgy at the moment?',
    'any dodgy deals in my pipeline',
    'which of my opps look iffy',
    'any deals looking dicey right now?',
    'show me the sketchy deals',
    'ANY OF MY DEALS LOOKING DODGY',
    'which deals are lookin a bit ropey',
    'are any of the team deals looking shaky',
  ])('%s → at_risk_deals', async (text) => {
    expect(await intentOf(text)).toBe('at_risk_deals');
  });
  it.each([
    'the import data looks dodgy, how do i fix it',
    'my wifi is a bit dodgy today',
    'my deals closing this month',
  ])('%s → not at_risk_deals', async (text) => {
    expect(await intentOf(text)).not.toBe('at_risk_deals');
  });
});
