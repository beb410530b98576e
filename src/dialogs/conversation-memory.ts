/** What the bot remembers between turns of a conversation, for follow-ups ("and their deals?"). */
export interface ConversationMemory {
  lastAccount?: { id: string; name: string };
  /** The deals the last answer listed, best first ("that deal", "the biggest one", "those"). */
  lastDeals?: string[];
  /** The rep the last answer was about ("what's his biggest deal?"). */
  lastRep?: string;
  /** Language-model calls a website visitor's messages caused so far (LLM_VISITOR_CALLS_PER_CONVERSATION). */
  visitorLlmCalls?: number;
  /** What a website visitor told us about themselves (lead capture), to route a later hand-off. */
  visitorContact?: { name: string; email: string; company?: string };
  /** Knowledge questions of a visitor answered with "I don't know" in a row (two offer a person). */
  visitorNoAnswers?: number;
  /** The last question of a visitor the documentation had no answer to (kept with a call-back request). */
  visitorUnanswered?: string;
}

/** Pronouns that point back at the account of the previous turn. */
export function isBackReference(mention: string | undefined): boolean {
  return (
    mention !== undefined &&
    /^(?:their|them|they|it|its|that\s+account|this\s+account|same)$/i.test(mention.trim())
  );
}
