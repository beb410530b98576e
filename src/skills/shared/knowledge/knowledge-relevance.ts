import type { SkillServices } from '../../skill';
import { withTermsOfTheDocuments } from './answer-question';
import { knowledgeBaseOf } from './knowledge-base-holder';
import type { KnowledgeBase } from '../../../ml/knowledge/knowledge-base';

/**
 * How well the knowledge base answers a message, for routing it: the confidence of its best passage
 * (the number the no-answer threshold is set on), searched as the knowledge skill searches but with
 * the words as typed: read as the documents' words, chat words, filler and typos of CRM requests
 * ("hows my pipline", "can we email her?") would match the documents too easily. Local
 * retrieval only, never the remote embeddings model, so understanding a message never waits on the
 * network. A knowledge base that cannot open scores every message 0 (the message is then routed by
 * its other readings) and the reason is logged once. `answers` is the knowledge skill's own decision
 * (the words read as the documents', its no-answer threshold), for wordings that are questions about
 * the product whatever their topic words (see src/dialogs/routing/knowledge-questions.ts).
 */
export function knowledgeRelevanceOf(services: SkillServices): {
  relevance(text: string): Promise<number>;
  answers(text: string): Promise<boolean>;
} {
  let warned = false;
  const asking = async <T>(question: (base: KnowledgeBase) => T, otherwise: T): Promise<T> => {
    try {
      return question(await knowledgeBaseOf(services));
    } catch (error) {
      if (!warned) services.logger.warn({ err: error }, 'knowledge base unavailable for routing questions');
      warned = true;
      return otherwise;
    }
  };
  return {
    relevance: (text) => asking((base) => base.ask(withTermsOfTheDocuments(text), { asTyped: true }).confidence, 0),
    // As the knowledge skill asks it (words read as the documents'), against the base's own threshold.
    answers: (text) => asking((base) => !base.ask(withTermsOfTheDocuments(text)).noAnswer, false),
  };
}
