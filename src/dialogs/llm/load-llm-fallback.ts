import type { IntentHandler } from '../intents/intent-handler';
import type { LlmSettings } from '../../ml/llm/language-model';
import type { LlmFallbackOptions } from './llm-fallback';

export type { LlmSettings } from '../../ml/llm/language-model';

/**
 * The LLM fallback handler when `settings` are given (an LLM is configured), else undefined. The
 * agent and langchain are required only here, on first use, so a bot without an LLM never loads them.
 */
export function loadLlmFallback(
  settings: LlmSettings | undefined,
  options: LlmFallbackOptions,
): IntentHandler | undefined {
  if (!settings) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createLlmFallback } = require('./llm-fallback') as typeof import('./llm-fallback');
  return createLlmFallback(settings, options);
}
