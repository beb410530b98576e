import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { EVAL_NOW } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { RILEY } from '../fixtures/demo-users';
import { replyText } from '../fixtures/reply-text';
import { openEvalScaleWorld } from '../fixtures/small-eval-world';

// Issue 19, seventeenth round (w18r): support's time windows through the bot core on the demo CRM,
// as Riley: the last 48 hours (from that instant), the weekend just gone, two days of the month said
// as ordinals, asked with or without a case word. The cases expected are read from the store.
describe('support: cases that came in during a window of time (seventeenth round)', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openEvalScaleWorld();
  }, 120_000);
  afterAll(() => world.close());

  const say = async (conversation: string, text: string): Promise<string> =>
    replyText(await new ChatDriver(world.services, conversation, { localUser: RILEY }).say(text));
  const openedBetween = async (from: Date, to: Date): Promise<Case[]> =>
    (await world.services.store.cases.find({})).filter((c) => c.createdAt! >= from && c.createdAt! < to);
  const numbers = (cases: Case[]) => cases.map((c) => c.number).sort();
  const listed = (reply: string) => [...reply.matchAll(/Case (\d+):/g)].map((m) => Number(m[1]));

  it.each(['anything new in the last 48 hours?', 'tickets opened in the past 48 hrs'])(
    '"%s": the cases opened since 48 hours ago',
    async (text) => {
      const since = new Date(EVAL_NOW.getTime() - 48 * 3_600_000);
      const expected = await openedBetween(since, EVAL_NOW);
      expect(expected.length).toBeGreaterThan(0);
      const reply = await say(`w18r-48h-${text.length}`, text);
      expect(new Set(listed(reply))).toEqual(new Set(numbers(expected)));
    },
    120_000,
  );

  it('"what came in over the weekend": the cases opened on Saturday and Sunday', async () => {
    const expected = await openedBetween(new Date('2026-11-28T00:00:00Z'), new Date('2026-11-30T00:00:00Z'));
    expect(expected.length).toBeGreaterThan(0);
    const reply = await say('w18r-weekend', 'what came in over the weekend');
    expect(new Set(listed(reply))).toEqual(new Set(numbers(expected)));
  }, 120_000);

  it('"cases between the 1st and the 3rd": the cases opened on 1 to 3 December', async () => {
    const expected = await openedBetween(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-04T00:00:00Z'));
    const reply = await say('w18r-ordinals', 'cases between the 1st and the 3rd');
    expect(reply).toMatch(new RegExp(`^${expected.length} cases came in between the 1st and the 3rd`));
    for (const number of listed(reply)) expect(numbers(expected)).toContain(number);
  }, 120_000);
});
