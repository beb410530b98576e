import { buildBot } from '../../../src/bots/core/build-bot';
import { TURN_TIMEOUT_REPLY } from '../../../src/bots/core/crm-bot';
import { InProcessChannel } from '../../../src/bots/in-process/in-process-channel';
import { silentLogger } from '../../../src/core/logger';
import type { Understander } from '../../../src/dialogs/routing/understanding';
import { loadSmallCrm, servicesFor, temporaryStore } from '../../fixtures/small-crm';

/** An understander that takes `delayMs` before it reads a message as small talk. */
function slowUnderstander(delayMs: number): Understander {
  return {
    understand: async () => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { intent: 'greeting', confidence: 1 };
    },
  };
}

describe('the per-turn budget (TURN_TIMEOUT_MS)', () => {
  const temp = temporaryStore();
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  const chatWith = (understander: Understander, turnTimeoutMs: number) => {
    const core = buildBot({
      services: servicesFor(temp.store),
      understander,
      logger: silentLogger(),
      localUser: 'demo',
      defaultTimezone: 'UTC',
      modelsDir: 'models',
      turnTimeoutMs,
    });
    return { core, channel: new InProcessChannel(core, { channelId: 'test', trust: 'local', name: 'test' }) };
  };

  it('ends a turn that runs past the budget with a polite reply, and the bot stays usable', async () => {
    const { core, channel } = chatWith(slowUnderstander(1_500), 200);
    const started = Date.now();
    const replies = await channel.send({
      conversationId: 'timeout-1',
      text: 'hello',
      from: { id: 'u1', name: 'Tester' },
    });
    const took = Date.now() - started;
    expect(replies.map((reply) => reply.text)).toEqual([TURN_TIMEOUT_REPLY]);
    expect(TURN_TIMEOUT_REPLY).not.toMatch(/error|exception|timeout/i);
    expect(took).toBeLessThan(1_500);
    // The abandoned turn finishes in the background; the tracker sees the bot idle again.
    await expect(core.tracker.idle(5_000)).resolves.toBe(true);
  });

  it('leaves a turn within the budget alone', async () => {
    const { channel } = chatWith(slowUnderstander(10), 10_000);
    const replies = await channel.send({
      conversationId: 'timeout-2',
      text: 'hello',
      from: { id: 'u2', name: 'Tester' },
    });
    expect(replies.map((reply) => reply.text)).not.toContain(TURN_TIMEOUT_REPLY);
    expect(replies.length).toBeGreaterThan(0);
  });
});
