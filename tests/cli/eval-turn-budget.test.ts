import { DEFAULT_TURN_TIMEOUT_MS } from '../../src/bots/core/build-bot';
import { TURN_TIMEOUT_REPLY } from '../../src/bots/core/crm-bot';
import {
  EVAL_TURN_TIMEOUT_MS,
  runConversationEval,
  type EvalWorld,
} from '../../src/cli/conversation-eval/run-conversation-eval';
import type { EvalCase } from '../../src/cli/conversation-eval/eval-cases';
import type { Understander } from '../../src/dialogs/routing/understanding';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

/** An understander that takes `delayMs` before it reads a message as a greeting. */
function slowUnderstander(delayMs: number): Understander {
  return {
    understand: async () => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { intent: 'greeting', confidence: 1 };
    },
  };
}

const greeting: EvalCase = {
  id: 'slow-greeting',
  role: 'rep',
  kind: 'smalltalk',
  turns: ['hello'],
  expect: { notReply: ['took me too long'] },
};

describe('the evaluation judges answers, not the machine’s speed', () => {
  const temp = temporaryStore();
  let world: EvalWorld;
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    world = { services: servicesFor(temp.store), understander: slowUnderstander(300), close: async () => {} };
  });
  afterAll(() => temp.cleanup());

  it('gives a turn far more than the server’s budget (a model trained on its first question is no miss)', () => {
    expect(EVAL_TURN_TIMEOUT_MS).toBeGreaterThanOrEqual(10 * DEFAULT_TURN_TIMEOUT_MS);
  });

  it('scores a slow turn (300 ms) by what it answers', async () => {
    const report = await runConversationEval([greeting], world, { modelsDir: 'models' });
    expect(report.results[0]).toMatchObject({ right: true });
    expect(report.results[0]!.reply).not.toContain(TURN_TIMEOUT_REPLY.slice(0, 30));
  });

  it('still ends a turn past the budget it is given, and counts it as missed', async () => {
    const report = await runConversationEval([greeting], world, { modelsDir: 'models', turnTimeoutMs: 50 });
    expect(report.results[0]).toMatchObject({ right: false });
    expect(report.results[0]!.reply).toContain(TURN_TIMEOUT_REPLY.slice(0, 30));
  });
});
