import type { KnowledgeAnswer } from '../../models/knowledge/knowledge-base';

/** What the knowledge skill returns: the knowledge base's answer with its sources, or an honest no-answer. */
export type KnowledgeAnswerResult = KnowledgeAnswer;
