import type { KnowledgeAnswer } from '../../../ml/knowledge/knowledge-base';
import type { AnswerTopic } from './follow-up-topic';

/** What the knowledge skill returns: the knowledge base's answer with its sources, or an honest no-answer. */
export interface KnowledgeAnswerResult extends KnowledgeAnswer {
  /** True when an LLM wrote the answer from the passages (and it passed the citation check); else a quote. */
  readonly generated?: boolean;
  /** What the answer was about ("forecast", "CRMPro Self-Hosted"): a follow-up that does not name its topic is read with it. */
  readonly topic?: AnswerTopic;
}
