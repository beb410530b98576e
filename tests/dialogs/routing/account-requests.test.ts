import { join } from 'node:path';
import { dueDayOf, taskTitleOf } from '../../../src/dialogs/intents/task-draft';
import { accountSpanOf } from '../../../src/dialogs/routing/account-span';
import { isBriefingRequest } from '../../../src/dialogs/routing/briefing-requests';
import { CrmUnderstander } from '../../../src/dialogs/routing/crm-understander';
import { QuestionUnderstander } from '../../../src/dialogs/routing/question-understander';
import { isRecommendationRequest } from '../../../src/dialogs/routing/recommendation-requests';
import { taskRequestOf } from '../../../src/dialogs/routing/task-requests';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../../../src/skills/shared/crm-names';
import { nameKeyOf } from '../../../src/vocabulary';
import { temporaryStore } from '../../fixtures/small-crm';

const model = loadIntentModel(join(__dirname, '..', '..', '..', 'models', 'intent'));
/** Friday 4 December 2026, as in the conversation evaluation. */
const context = { now: new Date('2026-12-04T15:00:00Z'), timezone: 'UTC' };

describe('where an account named amid other words ends', () => {
  const exact = (text: string) => ({ text, score: 1 });
  it.each([
    ['acme before my call', [exact('acme')], 'acme'],
    ['Hooli meeting tmrw', [exact('hooli')], 'Hooli'],
    ['Globex ahead of the meeting on friday', [exact('globex')], 'Globex'],
    ["hooli before tomorrow's demo", [exact('hooli')], 'hooli'],
    ['initech for my 3pm', [exact('initech')], 'initech'],
    ['my call with globex tomorrow', [exact('globex')], 'globex'],
    // No account matched: the closing words of time and occasion still go.
    ['Zorg Industries before my call', [], 'Zorg Industries'],
    ['Zorg tmrw', [], 'Zorg'],
    // Twenty-first round (w22b, dev-qa40): a closing phrase of when the question holds.
    ['initech these days', [exact('initech')], 'initech'],
    ['globex right now', [exact('globex')], 'globex'],
    ['Acme at the moment', [exact('acme')], 'Acme'],
    ['Zorg Industries nowadays', [], 'Zorg Industries'],
    ['Zorg currently', [], 'Zorg'],
    ['hooli again', [exact('hooli')], 'hooli'],
    ['Right Now Media', [exact('right now media')], 'Right Now Media'],
    // Must keep: whole names, names the matcher read whole, names with no tail.
    ['Closing Time Ltd', [exact('closing time ltd')], 'Closing Time Ltd'],
    ['acme logis', [exact('acme'), { text: 'acme logis', score: 0.9 }], 'acme logis'],
    ['Meeting Point', [], 'Meeting Point'],
    ['Wayne Enterprises', [exact('wayne enterprises')], 'Wayne Enterprises'],
  ])('%s → %s', (phrased, candidates, span) => {
    expect(accountSpanOf(phrased, candidates)).toBe(span);
  });
});

describe('the words of briefing, recommendation and task requests', () => {
  it.each([
    ['prep me for the Hooli meeting tmrw', true],
    ['get me ready for my call with globex tomorrow', true],
    ['what should I know before my call with Initech', true],
    ['anything we should know about initech before tomorrow', true],
    ['bring me up to speed on Wayne Enterprises', true],
    ['quick background on Acme for my 3pm', true],
    ['catch me up on Globex before the renewal call', true],
    ['fill me in on hooli', true],
    ['I need a refresher on Initech before tomorrow', true],
    ['latest conversation with Globex', false],
    // Must not: questions about the account's records, or what to sell.
    ["brief me on acme's deals closing this month", false],
    ['which deals should I focus on', false],
    ['what should I pitch to acme before my call', false],
    ['how many contacts does Globex have', false],
  ])('briefing: %s → %s', (text, expected) => {
    expect(isBriefingRequest(text)).toBe(expected);
  });

  it.each([
    ['what else could I sell globex', true],
    ['any upsell ideas for hooli', true],
    ['upsell opportunities at acme', true],
    ['what would Initech buy next', true],
    ['got any cross-sell suggestions for Wayne?', true],
    ['what can we sell to acme', true],
    ['what products should we push to wayne enterprises in the next campaign', true],
    ['which products could I offer Globex', true],
    ['any products to pitch to Hooli?', true],
    ['what should we push this week', false],
    // Must not: records of sales already made, and deals called upsells.
    ['how many upsell deals did we win last quarter', false],
    ['upsell deals closing this month', false],
    ['what did we sell to acme last year', false],
  ])('recommendation: %s → %s', (text, expected) => {
    expect(isRecommendationRequest(text)).toBe(expected);
  });

  it.each([
    [
      'remind me to send the MSA to Kevin Adams at Acme next tuesday',
      'Send the MSA to Kevin Adams at Acme',
      '2026-12-08',
    ],
    [
      "create a task for me to review Sophie's Q1 commit on monday",
      "Review Sophie's Q1 commit",
      '2026-12-07',
    ],
    ['add a to-do: call Globex back friday', 'Call Globex back', '2026-12-11'],
    [
      "don't let me forget to send Hooli the pricing deck next week",
      'Send Hooli the pricing deck',
      '2026-12-07',
    ],
    ['set a reminder for tomorrow to follow up with Initech', 'Follow up with Initech', '2026-12-05'],
    ['new task: prepare QBR deck for Acme by next friday', 'Prepare QBR deck for Acme', '2026-12-11'],
    [
      'can you remind me to renew the Initech contract by 15 December',
      'Renew the Initech contract',
      '2026-12-15',
    ],
    ['remind me in 2 weeks to check on Hooli', 'Check on Hooli', '2026-12-18'],
    ['pls set me a reminder to chase legal, due next monday', 'Chase legal', '2026-12-07'],
    ['note to self: email Kevin about the renewal', 'Email Kevin about the renewal', undefined],
    ['create a follow-up task for Globex next monday: send pricing', 'Send pricing', '2026-12-07'],
    ['new task for Acme: prepare QBR deck by friday', 'Prepare QBR deck', '2026-12-11'],
    ['remind me to call Acme re: renewal tomorrow', 'Call Acme re: renewal', '2026-12-05'],
    ['put a reminder in for me to call back initech on tuesday', 'Call back initech', '2026-12-08'],
    ['remind me tomorrow to call Acme', 'Call Acme', '2026-12-05'],
    ['ping me on monday to chase the Hooli PO', 'Chase the Hooli PO', '2026-12-07'],
    ['schedule a follow up with them for tuesday', 'Follow up with them', '2026-12-08'],
    ['set up a call with Kevin Adams next monday', 'Call with Kevin Adams', '2026-12-07'],
    ['can you schedule a meeting with globex on the 10th', 'Meeting with globex', '2026-12-10'],
    ['plan a check-in with Hooli friday', 'Check-in with Hooli', '2026-12-11'],
  ])('task: %s → "%s" due %s', (text, title, due) => {
    const words = taskRequestOf(text);
    expect(words).toBeDefined();
    const day = dueDayOf(words!, context);
    expect({ title: taskTitleOf(words!, day?.text), due: day?.due }).toEqual({ title, due });
  });

  it.each([
    'remind me what tasks I have',
    'remind me which deals close this week',
    'what tasks do I have',
    'my open tasks',
    'which tasks are overdue across the team',
    'log a call with Jane at Initech: discussed renewal, remind me to follow up in May',
    'did I create a task for Acme?',
    'ping me the numbers for Q4',
    'schedule the forecast digest for mondays',
    'set up a weekly digest',
    'when is my next call with acme',
  ])('not a task request: %s', (text) => {
    expect(taskRequestOf(text)).toBeUndefined();
  });
});

describe('account requests amid other words, with the intent model', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of [
      'Acme Corporation',
      'Acme Logistics',
      'Globex',
      'Globex Financial',
      'Hooli',
      'Initech',
    ])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it.each([
    ['brief me on acme before my call', 'briefing', 'acme'],
    ['prep me for the Hooli meeting tmrw', 'briefing', 'hooli'],
    ['get me ready for my call with globex tomorrow', 'briefing', 'globex'],
    ['what should I know before my call with Initech', 'briefing', 'initech'],
    ['brief me on Globex ahead of the meeting on friday', 'briefing', 'globex'],
    ["give me a rundown of hooli before tomorrow's demo", 'briefing', 'hooli'],
    ['what else could I sell globex', 'recommendations', 'globex'],
    ['what should I pitch to acme next', 'recommendations', 'acme'],
    ['upsell opportunities at acme', 'recommendations', 'acme'],
    ['any upsell ideas for hooli', 'recommendations', 'hooli'],
    ['remind me to send the MSA to Kevin Adams at Acme next tuesday', 'create_task', undefined],
    ['add a to-do: call Globex back friday', 'create_task', undefined],
    ["create a task for me to review Sophie's Q1 commit on monday", 'create_task', undefined],
  ])('%s → %s about %s', async (text, intent, account) => {
    const understanding = await understander.understand(text, context);
    expect(understanding.intent).toBe(intent);
    if (account) expect(understanding.accountMention?.toLowerCase()).toBe(account);
  });

  it.each([
    ['brief me on my pipeline', 'pipeline_summary'],
    ['which deals should I focus on', 'top_leads'],
    ['what tasks do I have', 'record_query'],
    ['tell me about acme', 'briefing'],
  ])('keeps its reading: %s → %s', async (text, intent) => {
    expect((await understander.understand(text, context)).intent).toBe(intent);
  });
});

// Issue 19 (tenth round, W7-B): a briefing on an account called by the first word of its name
// ("wayne" for Wayne Enterprises), which the name matcher scores below a whole name.
describe('briefing requests naming an account by the first word of its name', () => {
  const temp = temporaryStore();
  const understander = new QuestionUnderstander(new CrmUnderstander(model, new CrmNameIndex(temp.store)));
  beforeAll(async () => {
    for (const name of [
      'Wayne Enterprises',
      'Summit Logistics Group',
      'Sullivan Stores',
      'Sullivan Communications',
      'Hooli',
    ])
      await temp.store.accounts.insertOne({ name, nameKey: nameKeyOf(name), status: 'customer' });
  });
  afterAll(() => temp.cleanup());

  it.each([
    ['prep me for my wayne meeting tmrw', 'wayne'],
    ['get me ready for the wayne call', 'wayne'],
    ['what should i know before my meeting with wayne', 'wayne'],
    ['catch me up on summit before friday', 'summit'],
    ['i need a refresher on wayne before tomorrow', 'wayne'],
    ['quick background on summit for my 3pm', 'summit'],
    // Several accounts start so: the briefing asks which one.
    ['prep me for my sullivan meeting', 'sullivan'],
  ])('%s → a briefing on %s', async (text, account) => {
    const understanding = await understander.understand(text, context);
    expect(understanding.intent).toBe('briefing');
    expect(understanding.accountMention?.toLowerCase()).toBe(account);
  });

  it.each([
    'prep me for my first meeting tomorrow',
    'prep me for the big meeting',
    'wayne deals closing this month',
  ])('%s is no briefing on an account', async (text) => {
    expect((await understander.understand(text, context)).intent).not.toBe('briefing');
  });
});
