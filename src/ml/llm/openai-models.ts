import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import type { LlmServices, LlmSettings, TextEmbedder } from './language-model';
import { countEmbeddingCall, LlmMetricsHandler } from './llm-metrics';
import { spendModelCall } from './model-call-meter';

/** Options of the langchain clients: an OpenAI-compatible local server usually wants no key, but the client insists on one. */
function clientOptions(settings: LlmSettings, timeoutMs: number) {
  return {
    apiKey: settings.apiKey ?? 'not-needed',
    maxRetries: 1,
    timeout: timeoutMs,
    ...(settings.baseUrl ? { configuration: { baseURL: settings.baseUrl } } : {}),
  };
}

/** The chat model of the settings (temperature 0: answers should not vary between runs), its calls and tokens counted on `/metrics`. */
export function createChatModel(settings: LlmSettings, timeoutMs = 30_000): ChatOpenAI {
  return new ChatOpenAI({
    model: settings.model,
    temperature: 0,
    useResponsesApi: false,
    callbacks: [new LlmMetricsHandler()],
    ...clientOptions(settings, timeoutMs),
  });
}

/**
 * Completions and (when an embeddings model is set) embeddings through `@langchain/openai`. Each
 * completion counts against the model-call meter of the turn, if one is running.
 */
export function createOpenAiServices(settings: LlmSettings, timeoutMs = 30_000): LlmServices {
  const chat = createChatModel(settings, timeoutMs);
  const embedder = settings.embeddingModel
    ? createEmbedder(settings, settings.embeddingModel, timeoutMs)
    : undefined;
  return {
    settings,
    completion: {
      complete: async ({ system, user }) => {
        spendModelCall();
        const message = await chat.invoke([
          { role: 'system', content: system },
          { role: 'user', content: user },
        ]);
        return message.text;
      },
    },
    ...(embedder ? { embedder } : {}),
  };
}

function createEmbedder(settings: LlmSettings, model: string, timeoutMs: number): TextEmbedder {
  const client = new OpenAIEmbeddings({ model, batchSize: 256, ...clientOptions(settings, timeoutMs) });
  return {
    id: `openai:${model}`,
    embedDocuments: (texts) => countEmbeddingCall(() => client.embedDocuments([...texts])),
    embedQuery: (text) => countEmbeddingCall(() => client.embedQuery(text)),
  };
}
