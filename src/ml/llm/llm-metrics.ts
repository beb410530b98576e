import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { LLMResult } from '@langchain/core/outputs';
import { crmMetrics } from '../../core/metrics';

/** The token counts langchain reports on a chat message (OpenAI's `usage`, as usage_metadata). */
interface UsageMetadata {
  input_tokens?: number;
  output_tokens?: number;
}

/**
 * Counts every chat-model call (`crmpro_llm_calls_total{operation="chat"}`) and the tokens the
 * server reported for it (`crmpro_llm_tokens_total{kind}`), as a langchain callback on the model,
 * so the agent's tool-calling rounds and the grounded completions are counted alike. Awaited by
 * langchain (not in the background), so a turn's calls are counted when the turn ends.
 */
export class LlmMetricsHandler extends BaseCallbackHandler {
  name = 'crmpro-llm-metrics';

  constructor() {
    super({ _awaitHandler: true });
  }

  override handleLLMEnd(output: LLMResult): void {
    crmMetrics.llmCalls.inc({ operation: 'chat', outcome: 'ok' });
    const { prompt, completion } = tokensOf(output);
    if (prompt > 0) crmMetrics.llmTokens.inc({ kind: 'prompt' }, prompt);
    if (completion > 0) crmMetrics.llmTokens.inc({ kind: 'completion' }, completion);
  }

  override handleLLMError(): void {
    crmMetrics.llmCalls.inc({ operation: 'chat', outcome: 'error' });
  }
}

/** The prompt and completion tokens of a result: per message when reported there, else the call's total. */
function tokensOf(output: LLMResult): { prompt: number; completion: number } {
  let prompt = 0;
  let completion = 0;
  for (const generation of output.generations.flat()) {
    const usage = (generation as { message?: { usage_metadata?: UsageMetadata } }).message?.usage_metadata;
    prompt += usage?.input_tokens ?? 0;
    completion += usage?.output_tokens ?? 0;
  }
  if (prompt + completion > 0) return { prompt, completion };
  const total = output.llmOutput?.tokenUsage as
    { promptTokens?: number; completionTokens?: number } | undefined;
  return { prompt: total?.promptTokens ?? 0, completion: total?.completionTokens ?? 0 };
}

/** Counts one embeddings call by outcome (the embeddings client reports no token usage to callbacks). */
export async function countEmbeddingCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    crmMetrics.llmCalls.inc({ operation: 'embeddings', outcome: 'ok' });
    return result;
  } catch (error) {
    crmMetrics.llmCalls.inc({ operation: 'embeddings', outcome: 'error' });
    throw error;
  }
}
