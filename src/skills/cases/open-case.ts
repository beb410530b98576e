import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { CASE_CHANNELS, CASE_PRIORITIES } from '../../vocabulary';
import { openCaseRecord } from '../shared/case-records';
import { caseViewsOf, type CaseView } from '../shared/case-views';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

/**
 * Opens a support case for an account (and one of its contacts), owned by the caller, numbered
 * from the store's case counter, due under the SLA of its priority (vocabulary/case-sla).
 */
export const openCase = defineSkill({
  name: 'open-case',
  description:
    'Open a support case: a subject, an optional description, a priority (low, normal, high, urgent; default normal), the account (name, domain or id), optionally one of its contacts, and the channel it came in on (default chat). Returns the case with its number and SLA due time.',
  roles: ['support', 'admin'],
  changesData: true,
  input: z.object({
    subject: z
      .string()
      .trim()
      .min(1, 'say what the case is about')
      .max(300, 'keep the subject under 300 characters'),
    description: z.string().trim().max(20_000).optional(),
    priority: z.enum(CASE_PRIORITIES).default('normal'),
    account: z.string().trim().min(1, 'name the account').max(200),
    contact: z.string().trim().min(1).max(200).optional(),
    channel: z.enum(CASE_CHANNELS).default('chat'),
  }),
  run: async (input, { caller, services }): Promise<CaseView> => {
    if (!caller.userId)
      throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are in the CRM to open a case.');
    const visibility = await RecordVisibility.of(services, caller);
    const account = await visibility.resolveAccount(input.account);
    if ((await visibility.access(account.ownerId, 'case')) !== 'full')
      throw new CrmError(ErrorCode.Forbidden, `You can't open cases for ${account.name}.`);
    const contact = input.contact ? await visibility.resolveContact(account, input.contact) : undefined;
    const now = services.clock();
    const opened = await openCaseRecord(
      services.store,
      {
        subject: input.subject,
        ...(input.description ? { description: input.description } : {}),
        priority: input.priority,
        channel: input.channel,
        accountId: account._id,
        ...(contact ? { contactId: contact._id } : {}),
        ownerId: caller.userId,
        openedBy: caller.userId,
      },
      now,
    );
    return (await caseViewsOf(services.store, [opened], now))[0]!;
  },
});
