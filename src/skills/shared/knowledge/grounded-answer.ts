import {
  buildGroundedPrompt,
  checkGroundedAnswer,
  type GroundedPrompt,
} from '../../../ml/knowledge/answers/grounded-prompt';
import { guardQuestion } from '../../../ml/knowledge/answers/question-guard';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';

/** Sends a grounded prompt to an LLM and returns its text (the caller owns the client, e.g. langchain). */
export type GroundedCompletion = (prompt: GroundedPrompt) => Promise<string>;

/** A knowledge answer that may have been written by an LLM from the retrieved passages. */
export interface GroundedKnowledgeAnswer extends KnowledgeAnswerResult {
  /** True when the text was generated (and passed the citation check); false = the extractive answer. */
  readonly generated: boolean;
}

/** Why a generated answer was not used (for the operator's log). */
export type GroundingProblem =
  | { readonly kind: 'call-failed'; readonly error: unknown }
  | { readonly kind: 'rejected'; readonly problems: readonly string[] };

/**
 * Turns the extractive result of `knowledge-answer` into a generated answer grounded only in its
 * passages, when an LLM is configured. The model sees the guarded question and the passages as
 * data; its answer is kept only if every sentence cites a given passage. A refusal becomes a
 * no-answer; a failed call or an answer that fails the check falls back to the extractive answer.
 * A no-answer is never sent to the model.
 */
export async function groundedKnowledgeAnswer(
  question: string,
  result: KnowledgeAnswerResult,
  complete: GroundedCompletion,
  onProblem?: (problem: GroundingProblem) => void,
): Promise<GroundedKnowledgeAnswer> {
  const extractive = { ...result, generated: false };
  if (result.noAnswer || !result.passages.length) return extractive;
  const passages = result.passages.map((passage) => ({
    title: passage.source.title,
    ...(passage.source.section ? { section: passage.source.section } : {}),
    text: passage.text,
  }));
  let text: string;
  try {
    text = await complete(buildGroundedPrompt(guardQuestion(question).question || question, passages));
  } catch (error) {
    onProblem?.({ kind: 'call-failed', error });
    return extractive;
  }
  const check = checkGroundedAnswer(text, passages.length);
  if (!check.accepted) {
    onProblem?.({ kind: 'rejected', problems: check.problems.length ? check.problems : ['no citation'] });
    return extractive;
  }
  if (check.refused) {
    return {
      ...result,
      answer: '',
      sources: [],
      passages: [],
      noAnswer: true,
      reason: 'low-confidence',
      generated: true,
    };
  }
  const sources = check.citations.map((number) => result.passages[number - 1]!.source);
  const unique = sources.filter(
    (source, index) =>
      sources.findIndex((s) => s.path === source.path && s.section === source.section) === index,
  );
  return { ...result, answer: check.text, sources: unique, generated: true };
}
