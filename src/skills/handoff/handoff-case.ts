import { z } from 'zod';
import { openCaseRecord } from '../shared/case-records';
import { visitorAccount } from '../shared/visitor-account';
import { defineSkill } from '../skill';

/** The case a hand-off opened: only its number goes back (a visitor sees nothing of the CRM). */
export interface HandoffCase {
  number: number;
}

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
        priority: 'normal',
        channel: 'widget',
        ...(account ? { accountId: account._id } : {}),
        ...(contact ? { contactId: contact._id } : {}),
      },
      services.clock(),
    );
    return { number: opened.number };
  },
});
