import { join } from 'node:path';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const context = { now: new Date('2026-12-05T11:00:00Z'), timezone: 'UTC' };

// Issue 19, eleventh round (W9-E): a manager's questions about the team's coming period and its
// stalled deals, in words other than "forecast" and "at risk".
describe("a manager's team questions", () => {
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

  // How a period still ahead looks: the forecast of that period.
  it.each([
    'what does next quarter look like for us',
    'what does q1 look like',
    "how's next quarter looking",
    'how is next month shaping up',
    'what does the rest of the year look like for my team',
    'how does january look for us',
    "what's next quarter looking like",
    'outlook for next quarter',
    "what's the outlook for q1",
  ])('%s → forecast', async (text) => {
    expect(await intentOf(text)).toBe('forecast');
  });
  it.each([
    'what does initech look like',
    'what does my day look like tomorrow',
    'what does next week look like',
    'how does my week look',
    'what does last quarter look like',
    'what does a good lead look like',
    'how does the forecast digest look in teams',
    'what does the dashboard look like',
  ])('%s → not forecast', async (text) => {
    expect(await intentOf(text)).not.toBe('forecast');
  });

  // Deals said to drag, like stalled ones: the deals at risk.
  it.each([
    "what's dragging",
    'which deals are dragging',
    'anything dragging in my pipeline',
    'deals dragging on for the team',
    "what's dragging its feet",
    'whats draggin on my team',
    'which opps are dragging on',
  ])('%s → at_risk_deals', async (text) => {
    expect(await intentOf(text)).toBe('at_risk_deals');
  });
  it.each([
    'how do i drag a deal to another stage',
    'can i drag and drop deals on the board',
    'drag the initech deal to negotiation',
    'what did i close this quarter',
  ])('%s → not at_risk_deals', async (text) => {
    expect(await intentOf(text)).not.toBe('at_risk_deals');
  });
});
