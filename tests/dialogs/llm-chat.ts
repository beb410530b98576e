import path from 'node:path';
import { buildBot } from '../../src/bots/core/build-bot';
import { InProcessChannel } from '../../src/bots/in-process/in-process-channel';
import { silentLogger } from '../../src/core/logger';
import { unfence } from '../../src/dialogs/llm/data-fence';
import type { Reply } from '../../src/dialogs/reply';
import type { Understander } from '../../src/dialogs/routing/understanding';
import type { LlmSettings } from '../../src/ml/llm/language-model';
import type { SkillServices } from '../../src/skills/skill';
import type { ChatCompletionRequest, WireMessage } from '../fixtures/openai-loopback';

/** The classifier is unsure about every message here, so each one goes to the LLM fallback. */
export const unsure: Understander = { understand: async () => ({ intent: 'oos', confidence: 0.1 }) };

/**
 * Drives a bot core built as the server builds it with an LLM configured (the agent, its
 * checkpoints in the store, the visitor budget), pointed at the loopback server. Each call builds
 * a new bot over the same store, as a restarted server would be.
 */
export function chatWithLlm(
  services: SkillServices,
  llm: LlmSettings,
  conversationId: string,
  options: { localUser?: string; understander?: Understander } = {},
) {
  const core = buildBot({
    services,
    understander: options.understander ?? unsure,
    logger: silentLogger(),
    localUser: options.localUser ?? 'demo',
    defaultTimezone: 'UTC',
    modelsDir: path.join(__dirname, '..', '..', 'models'),
    llm,
  });
  const channel = new InProcessChannel(core, { channelId: 'test', trust: 'local' });
  return (text: string): Promise<Reply[]> =>
    channel.send({ conversationId, text, from: { id: 'user-1', name: 'Tester' } });
}

/** The names of the tools a request offered the model. */
export const toolNames = (request: ChatCompletionRequest): string[] =>
  (request.tools ?? []).map((t) => t.function.name).sort();

/** A tool result as the skill gave it (the data fence taken off). */
export const toolResultText = (message: WireMessage): string => unfence(message.content ?? '');
