import type { EvalWorld } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { EVAL_NOW } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { questionsIn } from '../../../src/dialogs/routing/several-questions';
import { openSmallEvalWorld } from '../../fixtures/small-eval-world';

// Issue 19, thirteenth round (W14-Q): a message that asks two or three questions at once ("whats my
// pipeline and anything closing this week") was answered for one of them. It is split into its
// questions where each part is a question of its own, read by the bot's own understander on the
// demo CRM (names, the intent model, the knowledge base); wordings that ask one thing stay whole.
describe('several questions in one message', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
    // A customer whose name holds "and" followed by a request word.
    await world.services.store.accounts.insertOne({
      name: 'Show and Tell Media',
      nameKey: 'show and tell media',
      status: 'prospect',
    });
  }, 120_000);
  afterAll(() => world.close());

  const partsOf = async (text: string) =>
    (await questionsIn(text, world.understander, { now: EVAL_NOW, timezone: 'UTC' }))?.map((p) => p.text);

  it.each<[string, string[]]>([
    ['whats my pipeline and anything closing this week', ['whats my pipeline', 'anything closing this week']],
    [
      'how many open deals across all teams, and how many past their close date',
      ['how many open deals across all teams', 'how many past their close date'],
    ],
    [
      'whats my pipeline? any deals closing this week?',
      ['whats my pipeline', 'any deals closing this week?'],
    ],
    ['whats my pipeline; whats closing this week', ['whats my pipeline', 'whats closing this week']],
    ['WHATS MY PIPLINE and whats my forecast', ['WHATS MY PIPLINE', 'whats my forecast']],
    [
      'show me my open deals, also what tasks are due today',
      ['show me my open deals', 'what tasks are due today'],
    ],
    [
      'pipeline for the team and also how many deals did we lose this quarter',
      ['pipeline for the team', 'how many deals did we lose this quarter'],
    ],
    [
      'whats closing this month plus how many tasks do i have today',
      ['whats closing this month', 'how many tasks do i have today'],
    ],
    [
      'how many open deals do i have also which deals are at risk',
      ['how many open deals do i have', 'which deals are at risk'],
    ],
    [
      'who owns wayne enterprises and when did we last talk to them',
      ['who owns wayne enterprises', 'when did we last talk to them'],
    ],
    [
      "can you tell me my pipeline and also what's closing this week please",
      ['tell me my pipeline', "what's closing this week"],
    ],
    ['whats my pipeline? deals closing this week?', ['whats my pipeline', 'deals closing this week?']],
    // Three questions.
    [
      'whats my pipeline, and whats my forecast, and any deals closing this week',
      ['whats my pipeline', 'whats my forecast', 'any deals closing this week'],
    ],
    // A record question and a question for the documentation.
    ['whats my pipeline and how do i connect slack', ['whats my pipeline', 'how do i connect slack']],
    ['hows my pipeline looking and how do i log a call', ['hows my pipeline looking', 'how do i log a call']],
  ])(
    '"%s" asks %j',
    async (text, parts) => {
      expect(await partsOf(text)).toEqual(parts);
    },
    60_000,
  );

  it.each([
    // One request whose words hold "and": two names, two statuses, two things one answer covers.
    'deals for acme and globex',
    'won and lost deals this quarter',
    'won and lost',
    'pipeline and forecast',
    'my pipeline and my forecast',
    'which deals are in negotiation and over 100k',
    'compare laurent and whitfield, won this year',
    'whats the pipeline at show and tell media',
    // A second half that completes the first: its total, its count, its reasons.
    'how many of my deals are overdue and whats the total',
    'how much did i close last month and how many deals',
    'pipeline for my team and how many deals',
    'what did olivia lose in q3 and why',
    'which of my opps have a close date in the past and are still open',
    // What follows says the first again, or sets the scene: it is not a question of its own.
    'anything slipping? deals that are past their close date but still open',
    'monday pipeline review. walk me through negotiation',
    // The same question twice, and a fragment the model guesses at ("how's it looking").
    'whats my pipeline and whats my pipeline',
    "whats my pipeline and how's it looking",
    // Questions for the documentation, writes, a single question.
    'someone left, how do i remove them and what happens to their deals',
    'how is the forecast calculated and how sure can i be of it',
    'remind me to call acme tomorrow and whats my pipeline',
    'log a call with acme and whats my pipeline',
    'whats my pipeline',
    'and how many past their close date',
  ])(
    '"%s" is one request',
    async (text) => {
      expect(await partsOf(text)).toBeUndefined();
    },
    60_000,
  );

  it('a later question naming nobody asks about the owner the one before it named', async () => {
    const parts = await questionsIn(
      'how many open deals on my team and how many are past due',
      world.understander,
      { now: EVAL_NOW, timezone: 'UTC' },
    );
    expect(parts).toEqual([
      { text: 'how many open deals on my team' },
      { text: 'how many are past due', owner: { scope: 'team' } },
    ]);
  }, 60_000);
});
