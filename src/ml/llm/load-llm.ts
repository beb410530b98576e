import type { LlmServices, LlmSettings } from './language-model';

/**
 * The LLM services when `settings` are given (an LLM is configured), else undefined. langchain is
 * required only here, so a bot without an LLM never loads it.
 */
export function loadLlmServices(
  settings: LlmSettings | undefined,
  timeoutMs?: number,
): LlmServices | undefined {
  if (!settings) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createOpenAiServices } = require('./openai-models') as typeof import('./openai-models');
  return createOpenAiServices(settings, timeoutMs);
}
