import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { contactNameOf } from '../shared/contact-at-account';
import { instantField, instantOf } from '../shared/instant';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

/** What `create-task` saved, with the names of what it is linked to. */
export interface CreatedTask {
  id: string;
  title: string;
  ownerId: string;
  dueAt?: Date;
  account?: { id: string; name: string };
  contact?: { id: string; name: string };
  deal?: { id: string; name: string };
  interactionId?: string;
}

const DAY_MS = 86_400_000;

/**
 * Creates a follow-up task owned by the caller, optionally due on a day and linked to an account,
 * one of its contacts, one of its deals and the interaction it follows up. A due day in the past is refused.
 * Links go only to records the caller sees in full: another team's account or deal is FORBIDDEN.
 */
export const createTask = defineSkill({
  name: 'create-task',
  description:
    'Create a follow-up task for the caller: a title, an optional due day or date-time (ISO, not in the past), and optional links to an account (name, domain or id), one of its contacts, one of its deals, and the interaction it follows up (id).',
  roles: ['rep', 'manager', 'admin'],
  changesData: true,
  input: z
    .object({
      title: z
        .string()
        .trim()
        .min(1, 'give the task a title')
        .max(500, 'keep the title under 500 characters'),
      due: instantField('due').optional(),
      account: z.string().trim().min(1).max(200).optional(),
      contact: z.string().trim().min(1).max(200).optional(),
      deal: z.string().trim().min(1).max(200).optional(),
      interactionId: z.string().trim().min(1).max(64).optional(),
    })
    .refine((v) => !(v.contact || v.deal) || v.account, {
      message: 'name the account of the contact or deal',
      path: ['account'],
    }),
  run: async (input, { caller, services }): Promise<CreatedTask> => {
    if (!caller.userId)
      throw new CrmError(
        ErrorCode.InvalidInput,
        'I need to know who you are in the CRM to create a task for you.',
      );
    const dueAt = input.due ? instantOf(input.due) : undefined;
    // A due day earlier than yesterday is a mistake (yesterday tolerates time zones ahead of the server).
    if (dueAt && dueAt.getTime() < services.clock().getTime() - DAY_MS) {
      throw new CrmError(ErrorCode.InvalidInput, 'That due date is in the past. When should it be done?', {
        issues: ['due: in the past'],
      });
    }
    const visibility = await RecordVisibility.of(services, caller);
    const account = input.account ? await visibility.resolveAccount(input.account) : undefined;
    if (account) await visibility.requireWritableAccount(account);
    const contact =
      account && input.contact ? await visibility.resolveContact(account, input.contact) : undefined;
    const deal =
      account && input.deal
        ? await visibility.resolveDeal(input.deal, { accountId: account._id, accountName: account.name })
        : undefined;
    if (deal) await visibility.requireWritableDeal(deal);
    if (input.interactionId) {
      const interaction = await services.store.interactions.findById(input.interactionId);
      // Interactions belong to their account's (or lead's) owner; another team's is as unknown as a missing one.
      const owned = interaction?.accountId
        ? await services.store.accounts.findById(interaction.accountId)
        : interaction?.leadId
          ? await services.store.leads.findById(interaction.leadId)
          : null;
      if (!interaction || (owned && (await visibility.access(owned.ownerId, 'interaction')) !== 'full'))
        throw new CrmError(ErrorCode.NotFound, 'I could not find the interaction this task follows up.');
    }
    const task = await services.store.tasks.insertOne({
      title: input.title,
      ownerId: caller.userId,
      status: 'open',
      ...(dueAt ? { dueAt } : {}),
      ...(account ? { accountId: account._id } : {}),
      ...(contact ? { contactId: contact._id } : {}),
      ...(deal ? { dealId: deal._id } : {}),
      ...(input.interactionId ? { interactionId: input.interactionId } : {}),
    });
    return {
      id: task._id,
      title: task.title,
      ownerId: task.ownerId,
      ...(dueAt ? { dueAt } : {}),
      ...(account ? { account: { id: account._id, name: account.name } } : {}),
      ...(contact ? { contact: { id: contact._id, name: contactNameOf(contact) } } : {}),
      ...(deal ? { deal: { id: deal._id, name: deal.name } } : {}),
      ...(input.interactionId ? { interactionId: input.interactionId } : {}),
    };
  },
});
