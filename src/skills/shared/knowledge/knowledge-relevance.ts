import type { SkillServices } from '../../skill';
import { withTermsOfTheDocuments } from './answer-question';
import { knowledgeBaseOf } from './knowledge-base-holder';
import { staffDocsBaseOf } from './staff-docs';
import { isAboutRunningTheProduct, withStaffDocumentTerms } from './staff-docs-answer';
import type { KnowledgeBase } from '../../../ml/knowledge/knowledge-base';

/**
 * A message opening with a question word about things ("which port …", "where do …", "how do …"):
 * only these may count as answered by the staff documentation, whose engineering pages share words
 * with requests and follow-ups too ("id like a demo for my team", "ok and who's the decision maker").
 */
const OPENS_WITH_QUESTION_WORD = /^\s*(?:where|which|what|how|why|when)\b/i;
/**
 * The same after a follow-up's opening word ("and how do i restore one?", "ok, where's the health
 * check"), or whether the installation has something ("is there a health check endpoint").
 */
const QUESTION_WORD_AFTER_OPENING =
  /^\s*(?:(?:and|so|ok(?:ay)?|also|then|now)\b\s*,?\s*)?(?:where|which|what|how|why|when|is\s+there|are\s+there|do\s+(?:you|we)\s+have|does\s+(?:it|crmpro)\s+have)\b/i;

/**
 * How well the knowledge base answers a message, for routing it: the confidence of its best passage
 * (the number the no-answer threshold is set on), searched as the knowledge skill searches but with
 * the words as typed: read as the documents' words, chat words, filler and typos of CRM requests
 * ("hows my pipline", "can we email her?") would match the documents too easily. Local
 * retrieval only, never the remote embeddings model, so understanding a message never waits on the
 * network. A knowledge base that cannot open scores every message 0 (the message is then routed by
 * its other readings) and the reason is logged once. `answers` is the knowledge skill's own decision
 * (the words read as the documents', its no-answer threshold), for wordings that are questions about
 * the product whatever their topic words (see src/dialogs/routing/knowledge-questions.ts); a message
 * the public documents do not answer counts as answered when the staff documentation answers it and
 * it opens with a question word (a signed-in person is answered from it; a visitor's message is
 * answered from the public documents only). `runsTheProduct` is a question about running the product
 * (opening with a question word, after an "and" or "ok" too) that the staff documentation answers.
 */
export function knowledgeRelevanceOf(services: SkillServices): {
  relevance(text: string): Promise<number>;
  answers(text: string): Promise<boolean>;
  runsTheProduct(text: string): Promise<boolean>;
} {
  let warned = false;
  const asking = async <T>(
    question: (base: KnowledgeBase) => T,
    otherwise: T,
    baseOf: (services: SkillServices) => Promise<KnowledgeBase> = knowledgeBaseOf,
  ): Promise<T> => {
    try {
      return question(await baseOf(services));
    } catch (error) {
      if (!warned) services.logger.warn({ err: error }, 'knowledge base unavailable for routing questions');
      warned = true;
      return otherwise;
    }
  };
  return {
    relevance: (text) =>
      asking((base) => base.ask(withTermsOfTheDocuments(text), { asTyped: true }).confidence, 0),
    // As the knowledge skill asks it (words read as the documents'), against the base's own threshold.
    answers: async (text) =>
      (await asking((base) => !base.ask(withTermsOfTheDocuments(text)).noAnswer, false)) ||
      (OPENS_WITH_QUESTION_WORD.test(text) &&
        asking((base) => !base.ask(withStaffDocumentTerms(text)).noAnswer, false, staffDocsBaseOf)),
    // A question about running the product (`isAboutRunningTheProduct`) the staff documentation answers.
    runsTheProduct: async (text) =>
      QUESTION_WORD_AFTER_OPENING.test(text) &&
      isAboutRunningTheProduct(text) &&
      asking((base) => !base.ask(withStaffDocumentTerms(text)).noAnswer, false, staffDocsBaseOf),
  };
}
