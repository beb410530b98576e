import type { Logger } from '../../core/logger';
import type { LlmServices } from '../../ml/llm/language-model';
import type { KnowledgeBase } from '../../ml/knowledge/knowledge-base';
import { groundedKnowledgeAnswer } from './grounded-answer';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';

/**
 * One knowledge question, as the bot and `crmpro knowledge ask` answer it: retrieval (with the
 * remote embeddings model when the index uses one), the extractive answer and, when an LLM is
 * configured, an answer it writes from the retrieved passages only, kept only when every sentence
 * cites one of them. Any LLM failure falls back to the extractive answer and is logged.
 */
export async function answerQuestion(
  base: KnowledgeBase,
  question: string,
  llm: LlmServices | undefined,
  logger: Logger,
): Promise<KnowledgeAnswerResult> {
  const found = await base.answer(question, {
    onRemoteError: (error) =>
      logger.warn({ err: error }, 'knowledge question not embedded remotely; answered from the lexical ranking'),
  });
  const { answer, sources, confidence, noAnswer, reason, ignored, passages } = found;
  const result = { answer, sources, confidence, noAnswer, ...(reason ? { reason } : {}), ignored, passages };
  if (!llm) return result;
  return groundedKnowledgeAnswer(
    question,
    result,
    (prompt) => llm.completion.complete(prompt),
    (problem) =>
      problem.kind === 'call-failed'
        ? logger.warn({ err: problem.error }, 'LLM knowledge answer failed; sent the extractive answer')
        : logger.info({ problems: problem.problems }, 'LLM knowledge answer rejected by the citation check; sent the extractive answer'),
  );
}
