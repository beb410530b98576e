import { z } from 'zod';
import type { KnowledgePassage, KnowledgeSource, NoAnswerReason } from '../../models/knowledge/knowledge-base';
import { defineSkill } from '../skill';
import { knowledgeBaseOf } from './knowledge-base-holder';

export { knowledgeBaseOf } from './knowledge-base-holder';
export { groundedKnowledgeAnswer, type GroundedCompletion, type GroundedKnowledgeAnswer } from './grounded-answer';
export type { KnowledgePassage, KnowledgeSource, NoAnswerReason } from '../../models/knowledge/knowledge-base';

/** What the knowledge skill returns: the answer with its sources, or an honest no-answer. */
export interface KnowledgeAnswerResult {
  /** Sentences quoted from the knowledge base ('' when `noAnswer`). */
  readonly answer: string;
  readonly sources: readonly KnowledgeSource[];
  /** 0..1: how well the best passage covers the question. */
  readonly confidence: number;
  readonly noAnswer: boolean;
  readonly reason?: NoAnswerReason;
  /** Parts of the message that were instructions or requests for CRM records, and were ignored. */
  readonly ignored: ReadonlyArray<'instructions' | 'crm-data'>;
  /** The retrieved passages, for a grounded LLM answer (see `buildGroundedPrompt`). */
  readonly passages: readonly KnowledgePassage[];
}

/**
 * Knowledge answers for visitors and staff. Reads only `knowledge/` and its index under
 * `models/knowledge/` — never the CRM store — so whatever a website visitor types, the answer
 * is a quote from the public documents or a no-answer.
 */
export const knowledgeAnswer = defineSkill({
  name: 'knowledge-answer',
  description:
    'Answer a product, pricing, policy or how-to question from the company knowledge base, citing the document and section; says when the knowledge base has no answer. Input: the question as asked.',
  roles: ['visitor', 'rep', 'manager', 'marketing', 'admin'],
  input: z.object({ question: z.string().trim().min(1, 'ask a question').max(2000, 'keep the question under 2000 characters') }),
  run: async ({ question }, { services }): Promise<KnowledgeAnswerResult> => {
    const base = await knowledgeBaseOf(services);
    const { answer, sources, confidence, noAnswer, reason, ignored, passages } = base.ask(question);
    return { answer, sources, confidence, noAnswer, ...(reason ? { reason } : {}), ignored, passages };
  },
});
