import type { EvalWorld } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { EVAL_NOW } from '../../../src/cli/conversation-eval/run-conversation-eval';
import { questionsIn } from '../../../src/dialogs/routing/several-questions';
import { ChatDriver } from '../../fixtures/chat-driver';
import { MORGAN, SAM } from '../../fixtures/demo-users';
import { replyText } from '../../fixtures/reply-text';
import { openSmallEvalWorld } from '../../fixtures/small-eval-world';

// Issue 19, twenty-fifth round (w26b): two questions in one message where the second leans on the
// first ("how much did i win in november and how much did i lose?", "what did marcus close in
// october, and what about november?", "how many open cases and which one is due first?") were
// answered for the first alone. The second is answered after the first, as its follow-up; one
// request with "and" inside it stays whole.
describe('a second question that leans on the first, in one message', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const partsOf = async (text: string) =>
    (await questionsIn(text, world.understander, { now: EVAL_NOW, timezone: 'UTC' }))?.map((p) =>
      p.followUp ? `+${p.text}` : p.text,
    );

  it.each<[string, string[]]>([
    [
      'how much did i win in november and how much did i lose?',
      ['how much did i win in november', '+how much did i lose?'],
    ],
    [
      'what did we win last quarter, and how many did we lose',
      ['what did we win last quarter', '+how many did we lose'],
    ],
    [
      'what did marcus close in october, and what about november?',
      ['what did marcus close in october', '+what about november?'],
    ],
    [
      'show me deals won in september and how about october',
      ['show me deals won in september', '+how about october'],
    ],
    [
      'how many open cases do we have and which one is due first?',
      ['how many open cases do we have', '+which one is due first?'],
    ],
  ])('"%s" is %j', async (text, parts) => {
    expect(await partsOf(text)).toEqual(parts);
  });

  it.each([
    'won and lost deals by month',
    'open deals at acme and globex',
    'what about november?',
    'how much did i lose?',
    'log a call with acme: discussed pricing and what about the discount',
    'how do i export deals and what about contacts',
  ])('"%s" is not split into a question and its follow-up', async (text) => {
    expect((await partsOf(text))?.some((part) => part.startsWith('+')) ?? false).toBe(false);
  });

  it('answers both, in order, each with its own figures', async () => {
    const chat = new ChatDriver(world.services, 'two-outcomes', { localUser: SAM });
    const text = replyText(await chat.say('how much did i win in november and how much did i lose?'));
    const won = text.search(/Won deals 1 Nov 2026–30 Nov 2026/);
    const lost = text.search(/Lost deals? 1 Nov 2026–30 Nov 2026/);
    expect(won).toBeGreaterThanOrEqual(0);
    expect(lost).toBeGreaterThan(won);
  }, 120_000);

  it('answers another period for the same person after the first', async () => {
    const chat = new ChatDriver(world.services, 'two-periods', { localUser: MORGAN });
    const text = replyText(await chat.say('show me deals won in september, and what about october?'));
    const september = text.search(/1 Sept 2026–30 Sept 2026/);
    const october = text.search(/1 Oct 2026–31 Oct 2026/);
    expect(september).toBeGreaterThanOrEqual(0);
    expect(october).toBeGreaterThan(september);
  }, 120_000);
});
