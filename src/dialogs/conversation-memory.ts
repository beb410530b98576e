/** What the bot remembers between turns of a conversation, for follow-ups ("and their deals?"). */
export interface ConversationMemory {
  lastAccount?: { id: string; name: string };
  /** Language-model calls a website visitor's messages caused so far (LLM_VISITOR_CALLS_PER_CONVERSATION). */
  visitorLlmCalls?: number;
}

/** Pronouns that point back at the account of the previous turn. */
export function isBackReference(mention: string | undefined): boolean {
  return (
    mention !== undefined &&
    /^(?:their|them|they|it|its|that\s+account|this\s+account|same)$/i.test(mention.trim())
  );
}
