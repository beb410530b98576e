/** How to reach the LLM: OpenAI, or any server that speaks its chat-completions protocol. */
export interface LlmSettings {
  readonly apiKey?: string;
  readonly baseUrl?: string;
  readonly model: string;
  /** An embeddings model (e.g. text-embedding-3-small) for the knowledge base's vector search; unset = the local embedding. */
  readonly embeddingModel?: string;
  /** Chat-model calls a website visitor's conversation may cause (LLM_VISITOR_CALLS_PER_CONVERSATION). */
  readonly visitorCallsPerConversation?: number;
}

/** A system + user prompt for one completion. */
export interface ChatPrompt {
  readonly system: string;
  readonly user: string;
}

/** One text completion from a chat model; rejects when the model cannot be reached. */
export interface TextCompletion {
  complete(prompt: ChatPrompt): Promise<string>;
}

/** Dense text embeddings from a remote model (the local embedding needs none of this). */
export interface TextEmbedder {
  /** Names the model ("openai:text-embedding-3-small"): vectors of different ids never share an index. */
  readonly id: string;
  embedDocuments(texts: readonly string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** What a configured LLM adds: grounded completions, and remote embeddings when asked for. */
export interface LlmServices {
  readonly settings: LlmSettings;
  readonly completion: TextCompletion;
  readonly embedder?: TextEmbedder;
}
