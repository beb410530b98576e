import type { SkillServices } from '../../skill';
import { withTermsOfTheDocuments } from './answer-question';
import { knowledgeBaseOf } from './knowledge-base-holder';

/**
 * How well the knowledge base answers a message, for routing it: the confidence of its best passage
 * (the number the no-answer threshold is set on), searched as the knowledge skill searches but with
 * the words as typed: read as the documents' words, chat words, filler and typos of CRM requests
 * ("hows my pipline", "can we email her?") would match the documents too easily. Local
 * retrieval only, never the remote embeddings model, so understanding a message never waits on the
 * network. A knowledge base that cannot open scores every message 0 (the message is then routed by
 * its other readings) and the reason is logged once.
 */
export function knowledgeRelevanceOf(services: SkillServices): {
  relevance(text: string): Promise<number>;
} {
  let warned = false;
  return {
    relevance: async (text) => {
      try {
        return (await knowledgeBaseOf(services)).ask(withTermsOfTheDocuments(text), { asTyped: true }).confidence;
      } catch (error) {
        if (!warned) services.logger.warn({ err: error }, 'knowledge base unavailable for routing questions');
        warned = true;
        return 0;
      }
    },
  };
}
