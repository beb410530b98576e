import { z } from 'zod';
import type { KnowledgeAnswerResult } from '../shared/knowledge/knowledge-answer-result';
import { defineSkill } from '../skill';
import { answerQuestion } from '../shared/knowledge/answer-question';
import { knowledgeBaseOf } from '../shared/knowledge/knowledge-base-holder';
import { staffDocsAnswer } from '../shared/knowledge/staff-docs-answer';

export { answerQuestion } from '../shared/knowledge/answer-question';
export { knowledgeBaseOf } from '../shared/knowledge/knowledge-base-holder';
export type { KnowledgeAnswerResult } from '../shared/knowledge/knowledge-answer-result';
export type { AnswerTopic } from '../shared/knowledge/follow-up-topic';
export {
  groundedKnowledgeAnswer,
  type GroundedCompletion,
  type GroundedKnowledgeAnswer,
  type GroundingProblem,
} from '../shared/knowledge/grounded-answer';
export type { KnowledgePassage, KnowledgeSource, NoAnswerReason } from '../../ml/knowledge/knowledge-base';

/**
 * Knowledge answers for visitors and staff. Reads only `knowledge/` and its index under
 * `models/knowledge/` — never the CRM store — so whatever a website visitor types, the answer
 * is a quote from the public documents (or, with an LLM, an answer citing them) or a no-answer.
 * A signed-in person's question the public documents do not answer is asked of the staff
 * documentation (selected user docs pages: running the product, what its figures mean), never a visitor's.
 */
export const knowledgeAnswer = defineSkill({
  name: 'knowledge-answer',
  description:
    'Answer a product, pricing, policy or how-to question from the company knowledge base, citing the document and section; says when the knowledge base has no answer. Input: the question as asked.',
  roles: ['visitor', 'rep', 'manager', 'marketing', 'support', 'analyst', 'admin'],
  input: z.object({
    question: z.string().trim().min(1, 'ask a question').max(2000, 'keep the question under 2000 characters'),
    // What the conversation's previous answer was about (its `topic`), for a follow-up that does not name its own.
    previousTopic: z.object({ words: z.string().max(200), section: z.string().max(500) }).optional(),
  }),
  run: async ({ question, previousTopic }, { services, caller }): Promise<KnowledgeAnswerResult> => {
    const base = await knowledgeBaseOf(services);
    const answer = await answerQuestion(base, question, services.llm, services.logger, previousTopic);
    return caller.role === 'visitor' ? answer : staffDocsAnswer(services, question, answer);
  },
});
