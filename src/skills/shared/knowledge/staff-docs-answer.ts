import type { SkillServices } from '../../skill';
import { answerQuestion } from './answer-question';
import type { KnowledgeAnswerResult } from './knowledge-answer-result';
import { staffDocsBaseOf } from './staff-docs';

/**
 * The logs the server writes, as a noun ("the logs", "server logs", "log files"), not a call, meeting
 * or note logged in the CRM, nor the audit log of who changed what.
 */
const SERVER_LOGS =
  /^(?!.*\b(?:audit|who|calls?|meetings?|notes?|emails?|activit\w*)\b)(?=.*(?:\b(?:server|error|app|application|bot|crmpro|system)\s+logs?\b|\blog\s+(?:files?|output)\b|\b(?:the|its|their|our)\s+logs\b|\blogs\s+(?:go|goes|live|kept|stored|written|sent)\b))/i;

/** An everyday wording and the staff documentation's terms for it. */
interface StaffDocumentTerm {
  words: RegExp;
  terms: string;
  /**
   * The words are about running the product (its server, logs, port, backups), not about a task in
   * it: the help centre, written for people using the product, reads them as the task they sound
   * like ("where do the logs go" found "Logging calls"), so the staff pages are asked first.
   */
  runningTheProduct: boolean;
}

/**
 * Everyday words staff use for what the operations pages spell another way, added to the question
 * when the staff documentation is asked ("more detailed logs" is the log level `debug`).
 */
const STAFF_DOCUMENT_TERMS: readonly StaffDocumentTerm[] = [
  {
    words: /\b(?:more|less|extra)\s+(?:detailed|detail|verbose)\b|\bverbose\b|\bdebug\w*\b/i,
    terms: 'LOG_LEVEL debug',
    runningTheProduct: false,
  },
  {
    words: /^(?=.*\blogs?\b)(?=.*\b(?:where|go|goes|written|sent|stored|kept)\b)(?!.*\b(?:level|audit|who)\b)/i,
    terms: 'the server logs JSON lines on stdout',
    runningTheProduct: false,
  },
  { words: SERVER_LOGS, terms: 'the server logs JSON lines on stdout', runningTheProduct: true },
  { words: /\bports?\b/i, terms: 'PORT TCP port of the bot server', runningTheProduct: true },
  { words: /\b(?:spreadsheets?|excel|csv)\b/i, terms: 'crmpro export', runningTheProduct: false },
  { words: /\bback(?:ing)?\s+up\b|\bbackups?\b/i, terms: 'crmpro store backup', runningTheProduct: false },
  { words: /\btime\s?zones?\b/i, terms: 'DEFAULT_TIMEZONE', runningTheProduct: false },
];

/** The question with the staff documentation's terms for its everyday words appended (unchanged when none). */
export function withStaffDocumentTerms(question: string): string {
  const added = [...new Set(STAFF_DOCUMENT_TERMS.filter(({ words }) => words.test(question)).map(({ terms }) => terms))];
  return added.length ? `${question} (${added.join('; ')})` : question;
}

/** Whether the question is about running the product (its server, logs, port), which the staff pages answer first. */
export function isAboutRunningTheProduct(question: string): boolean {
  return STAFF_DOCUMENT_TERMS.some(({ words, runningTheProduct }) => runningTheProduct && words.test(question));
}

/**
 * A signed-in person's answer: the public documents' when they answer, else the staff
 * documentation's when it does. The two are not ranked against each other: their confidences come
 * from different corpora ("what are our support hours" scored the widget page's SUPPORT_HOURS
 * above the help centre's opening hours), so the help centre, written for people, goes first,
 * except for a question about running the product (`isAboutRunningTheProduct`), whose words the
 * help centre reads as a task in the product. An empty or instruction-only question, or a staff documentation that cannot be opened
 * (logged), keeps the public no-answer.
 */
export async function staffDocsAnswer(
  services: SkillServices,
  question: string,
  publicAnswer: KnowledgeAnswerResult,
): Promise<KnowledgeAnswerResult> {
  const publicFirst = !isAboutRunningTheProduct(question);
  if (publicFirst && !publicAnswer.noAnswer) return publicAnswer;
  if (publicAnswer.noAnswer && publicAnswer.reason !== 'no-match' && publicAnswer.reason !== 'low-confidence')
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
