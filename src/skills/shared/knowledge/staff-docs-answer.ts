import type { SkillServices } from '../../skill';
import { answerQuestion } from './answer-question';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';
import { staffDocsBaseOf } from './staff-docs';

/**
 * Everyday words staff use for what the operations pages spell another way, added to the question
 * when the staff documentation is asked ("more detailed logs" is the log level `debug`).
 */
const STAFF_DOCUMENT_TERMS: Array<[RegExp, string]> = [
  [/\b(?:more|less|extra)\s+(?:detailed|detail|verbose)\b|\bverbose\b|\bdebug\w*\b/i, 'LOG_LEVEL debug'],
  [/^(?=.*\blogs?\b)(?=.*\b(?:where|go|goes|written|sent|stored|kept)\b)(?!.*\b(?:level|audit|who)\b)/i, 'the server logs JSON lines on stdout'],
  [/\bports?\b/i, 'PORT TCP port of the bot server'],
  [/\b(?:spreadsheets?|excel|csv)\b/i, 'crmpro export'],
  [/\bback(?:ing)?\s+up\b|\bbackups?\b/i, 'crmpro store backup'],
  [/\btime\s?zones?\b/i, 'DEFAULT_TIMEZONE'],
];

/** The question with the staff documentation's terms for its everyday words appended (unchanged when none). */
export function withStaffDocumentTerms(question: string): string {
  const added = STAFF_DOCUMENT_TERMS.filter(([pattern]) => pattern.test(question)).map(([, terms]) => terms);
  return added.length ? `${question} (${added.join('; ')})` : question;
}

/**
 * A signed-in person's answer: the public documents' when they answer, else the staff
 * documentation's when it does. The two are not ranked against each other: their confidences come
 * from different corpora ("what are our support hours" scored the widget page's SUPPORT_HOURS
 * above the help centre's opening hours), so the help centre, written for people, always goes
 * first. An empty or instruction-only question, or a staff documentation that cannot be opened
 * (logged), keeps the public no-answer.
 */
export async function staffDocsAnswer(
  services: SkillServices,
  question: string,
  publicAnswer: KnowledgeAnswerResult,
): Promise<KnowledgeAnswerResult> {
  if (!publicAnswer.noAnswer || (publicAnswer.reason !== 'no-match' && publicAnswer.reason !== 'low-confidence'))
    return publicAnswer;
  try {
    const base = await staffDocsBaseOf(services);
    const answer = await answerQuestion(base, withStaffDocumentTerms(question), services.llm, services.logger);
    return answer.noAnswer ? publicAnswer : answer;
  } catch (error) {
    services.logger.warn({ err: error }, 'staff documentation unavailable; answered from the public documents');
    return publicAnswer;
  }
}
