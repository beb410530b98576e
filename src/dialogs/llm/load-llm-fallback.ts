import type { IntentHandler } from '../intents/intent-handler';
import type { LlmSettings } from '../../ml/llm/language-model';
import type { LlmFallbackOptions } from './llm-fallback';
import { DEFAULT_VISITOR_CALLS_PER_CONVERSATION, withVisitorLlmBudget } from './visitor-budget';

export type { LlmSettings } from '../../ml/llm/language-model';
export type { AgentCheckpoints } from './crm-agent';

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

/**
 * When an LLM is configured, the wrapper that keeps a website visitor's messages within their
 * conversation's model-call budget (for the handler that answers visitors); else undefined.
 */
export function visitorLlmBudgetFor(
  settings: LlmSettings | undefined,
): ((handler: IntentHandler) => IntentHandler) | undefined {
  if (!settings) return undefined;
  const budget = settings.visitorCallsPerConversation ?? DEFAULT_VISITOR_CALLS_PER_CONVERSATION;
  return (handler) => withVisitorLlmBudget(handler, budget);
}
