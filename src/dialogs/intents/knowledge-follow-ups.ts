import type { AnswerTopic, KnowledgeAnswerResult } from '../../skills/knowledge';
import type { ConversationMemory } from '../conversation-memory';

/** How long a knowledge answer's topic carries over to a follow-up that does not name its own. */
const FOLLOW_UP_WINDOW_MS = 10 * 60_000;

/**
 * What the previous turn's knowledge answer was about, when this message may be its follow-up
 * ("can i get my money back" → "how long till it's back on my card"): only right after it (the
 * previous turn answered a knowledge question) and within a few minutes.
 */
export function previousKnowledgeTopic(memory: ConversationMemory, now: Date): AnswerTopic | undefined {
  const last = memory.lastKnowledgeTopic;
  if (!last || memory.previousFocus !== 'knowledge') return undefined;
  if (now.getTime() - Date.parse(last.at) > FOLLOW_UP_WINDOW_MS) return undefined;
  return { words: last.words, section: last.section };
}

/**
 * Remembers what a knowledge answer was about for the next turn. A no-answer keeps the previous
 * topic (with its time) for one more turn, so a question asked again in other words is still read
 * with it.
 */
export function rememberKnowledgeTopic(
  memory: ConversationMemory,
  result: KnowledgeAnswerResult,
  now: Date,
): void {
  if (result.topic) memory.lastKnowledgeTopic = { ...result.topic, at: now.toISOString() };
  else if (!result.noAnswer || memory.previousFocus !== 'knowledge') {
    delete memory.lastKnowledgeTopic;
    return;
  }
  memory.lastFocus = 'knowledge';
}
