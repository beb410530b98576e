import type { KnowledgePassage, KnowledgeSource, NoAnswerReason } from '../../models/knowledge/knowledge-base';

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
