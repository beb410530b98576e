import { isBackReference, type ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';

/**
 * The account a message is about: the mention as written, or the account of the previous turn for
 * "their"/"them" and for messages that name none. Undefined when there is neither.
 */
export function accountOf(understanding: Understanding, memory: ConversationMemory): string | undefined {
  const mention = understanding.accountMention;
  if (mention && !isBackReference(mention)) return mention;
  return memory.lastAccount?.id;
}

/** The question to ask back when a message names no account and there is none to fall back on. */
export const WHICH_ACCOUNT = { text: 'Which account do you mean? For example: "tell me about Acme".' };
