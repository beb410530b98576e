import type { ConversationMemory } from '../conversation-memory';
import { moversOf, moversQuery } from '../understanding/movers';
import type { Understanding } from '../routing/understanding';

/**
 * "who's down the most?", "and who improved the most" after two periods were set side by side
 * ("how did the team do this quarter vs last quarter"): the people of that comparison ranked on the
 * change of what they won between its two periods.
 */
export function moversFollowUpUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const compared = memory.lastComparison;
  // Periods said are a comparison of their own ("who improved the most vs last month").
  if (!compared || understanding.entities?.periods.length) return undefined;
  const movers = moversOf(text);
  if (!movers) return undefined;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: {
      kind: 'query',
      query: moversQuery(compared.owner, compared.from, compared.to),
      ownerGiven: true,
      comparedWith: compared.then,
      movers,
    },
  };
}
