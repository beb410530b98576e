import { noteHandoffUnattended, openHandoffCase, type HandoffCase } from '../../skills/handoff';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { ConversationMemory } from '../conversation-memory';

/** Who a visitor said they are (lead capture). */
export type VisitorContact = NonNullable<ConversationMemory['visitorContact']>;

/** What the case of a hand-off is about: the visitor's last message and what the bot could not answer. */
export interface HandoffQuestion {
  question: string;
  unanswered?: string;
}

/**
 * Opens the support case of a website hand-off (channel widget), with the visitor's contact when
 * they have told us who they are, so the case is linked to their account and contact.
 */
export function openVisitorCase(
  skills: SkillRunner,
  caller: Caller,
  about: HandoffQuestion,
  contact?: VisitorContact,
): Promise<HandoffCase> {
  return skills.call(
    openHandoffCase,
    {
      question: about.question,
      ...(about.unanswered ? { unanswered: about.unanswered } : {}),
      ...(contact ? { name: contact.name, email: contact.email } : {}),
      ...(contact?.company ? { company: contact.company } : {}),
    },
    caller,
  );
}

/** Notes on the case that nobody was online to take the chat (a failure is logged, not shown). */
export async function noteCaseUnattended(skills: SkillRunner, caller: Caller, number: number): Promise<void> {
  await skills
    .call(noteHandoffUnattended, { number }, caller)
    .catch((error: unknown) =>
      skills.logger.warn({ err: error, case: number }, 'could not note the unattended hand-off'),
    );
}

/** The lead's notes for a hand-off nobody took: the case number and the unanswered question. */
export function handoffLeadNotes(supportCase: HandoffCase | undefined, unanswered?: string): string {
  return [supportCase ? `Support case ${supportCase.number}` : '', unanswered ?? '']
    .filter(Boolean)
    .join(': ');
}

/** "We've logged your request as case 1042, and someone will get back to you within 24 hours". */
export function caseLoggedText(supportCase: HandoffCase): string {
  return `We've logged your request as case ${supportCase.number}, and someone will get back to you within ${supportCase.replyWithinHours} hours`;
}
