import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import type { Case } from '../../src/vocabulary';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, found in chat after the twenty-second round: "what are the open high priority cases"
// listed one case, and "which is the oldest" answered "Of those 8 cases, case 1176 …", a
// normal-priority case: the follow-up ordered every open case, not the list just shown. The list's
// filters are now kept for the follow-up. Every case is read from the store here.
const SUPPORT = 'riley.park@demo.crmpro.dev';
/** When a case opened, as the case views read it: its "opened" history entry, else its creation. */
const openedAt = (c: Case) => (c.history.find((entry) => entry.action === 'opened')?.at ?? c.createdAt)!;
const byOpened = (a: Case, b: Case) => new Date(openedAt(a)).getTime() - new Date(openedAt(b)).getTime();

describe('a follow-up ordering the case list just shown keeps its filters', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('the oldest of the open cases of each priority is one of them', async () => {
    const open = await world.services.store.cases.find({ status: { $in: ['open', 'pending'] } });
    const priorities = [...new Set(open.map((c) => c.priority))];
    // Two priorities at least, so that the oldest of all open cases may be of another one.
    expect(priorities.length).toBeGreaterThan(1);
    for (const priority of priorities) {
      const ofPriority = open.filter((c) => c.priority === priority).sort(byOpened);
      const oldest = ofPriority[0]!;
      const chat = new ChatDriver(world.services, `c-oldest-${priority}`, { localUser: SUPPORT });
      await chat.say(`what are the open ${priority} priority cases`);
      const [reply] = await chat.say('which is the oldest');
      const expected =
        ofPriority.length === 1
          ? `^Case ${oldest.number} \\(.+\\) is the only one of those \\(opened `
          : `^Of those ${ofPriority.length} cases, case ${oldest.number} \\(.+\\) is the oldest`;
      expect(reply!.text).toMatch(new RegExp(expected));
      expect(reply!.text).toContain(`${priority} priority`);
    }
  }, 120_000);
});
