import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { CASE_SLA_HOURS } from '../../vocabulary';
import { openCaseRecord } from '../shared/case-records';
import { visitorAccount } from '../shared/visitor-account';
import { defineSkill } from '../skill';

/**
 * The case a hand-off opened: only its number and the hours its SLA gives the team to answer go
 * back (a visitor sees nothing else of the CRM).
 */
export interface HandoffCase {
  number: number;
  /** Within how many hours of now the team owes the visitor an answer (the case's SLA). */
  replyWithinHours: number;
}

/** The priority of a hand-off's case (and so its SLA). */
const HANDOFF_PRIORITY = 'normal';
/** How long after opening its case a hand-off may still be marked as unattended. */
const UNATTENDED_WINDOW_MS = 10 * 60_000;

/** The note a hand-off's case gets when nobody could take the chat. */
export const UNATTENDED_NOTE =
  'Nobody was online to take the chat when the visitor asked: answer them by e-mail (or phone) within the SLA.';

/**
 * Opens a support case when a website visitor is handed to a person: channel `widget`, subject
 * from the visitor's question, the account and contact when their e-mail or company match one,
 * the question (and what the bot could not answer) as the description. Unassigned: whoever takes
 * the hand-off works it. Its number goes into the hand-off thread.
 */
export const openHandoffCase = defineSkill({
  name: 'open-handoff-case',
  description: 'Open a support case for a website visitor handed over to a person (widget hand-off).',
  roles: ['visitor'],
  changesData: true,
  input: z.object({
    question: z.string().trim().min(1).max(4000),
    unanswered: z.string().trim().max(4000).optional(),
    email: z.string().trim().max(320).optional(),
    company: z.string().trim().max(200).optional(),
    name: z.string().trim().max(200).optional(),
  }),
  run: async (input, { services }): Promise<HandoffCase> => {
    const { account } = input.email || input.company ? await visitorAccount(services, input) : {};
    const contact =
      account && input.email
        ? await services.store.contacts.findOne({ accountId: account._id, email: input.email.toLowerCase() })
        : null;
    const who = input.name ? `${input.name}${input.email ? ` <${input.email}>` : ''}` : 'A website visitor';
    const subject = input.question.length > 120 ? `${input.question.slice(0, 117)}…` : input.question;
    const description = [
      `${who} asked for a person on the website chat.`,
      input.unanswered ? `Questions the bot could not answer: ${input.unanswered}` : '',
      `Last message: ${input.question}`,
    ]
      .filter(Boolean)
      .join('\n');
    const opened = await openCaseRecord(
      services.store,
      {
        subject: subject.charAt(0).toUpperCase() + subject.slice(1),
        description,
        priority: HANDOFF_PRIORITY,
        channel: 'widget',
        ...(account ? { accountId: account._id } : {}),
        ...(contact ? { contactId: contact._id } : {}),
      },
      services.clock(),
    );
    return { number: opened.number, replyWithinHours: CASE_SLA_HOURS[HANDOFF_PRIORITY] };
  },
});

/**
 * Notes on a hand-off's case that nobody was online to take the chat (no Slack, outside
 * SUPPORT_HOURS, or no thread could be opened), so whoever picks the case up knows the visitor is
 * still waiting for a first answer. Only an unassigned website case opened in the last ten minutes
 * and not noted yet is changed: the visitor's turn cannot reach anyone else's case.
 */
export const noteHandoffUnattended = defineSkill({
  name: 'note-handoff-unattended',
  description: "Note on a website hand-off's case that nobody was online to take the chat.",
  roles: ['visitor'],
  changesData: true,
  input: z.object({ number: z.number().int().positive() }),
  run: async ({ number }, { services }): Promise<{ number: number }> => {
    const now = services.clock();
    const updated = await services.store.cases.findOneAndUpdate(
      {
        number,
        channel: 'widget',
        ownerId: { $exists: false },
        history: {
          $elemMatch: { action: 'opened', at: { $gte: new Date(now.getTime() - UNATTENDED_WINDOW_MS) } },
        },
        'history.value': { $ne: UNATTENDED_NOTE },
      },
      { $push: { history: { at: now, action: 'note', value: UNATTENDED_NOTE } } },
    );
    if (!updated) throw new CrmError(ErrorCode.NotFound, `No new hand-off case ${number} to note.`);
    return { number };
  },
});
