import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { scoreSentiment } from '../../ml/sentiment';
import { INTERACTION_TYPES, type InteractionType } from '../../vocabulary';
import { defineSkill } from '../skill';
import { contactNameOf } from '../shared/contact-at-account';
import { RecordVisibility } from '../shared/record-visibility';
import { instantField, instantOf } from '../shared/instant';

export {
  contactsAtAccountMatching,
  resolveContactAtAccount,
  contactNameOf,
  type ContactChoice,
} from '../shared/contact-at-account';
export { instantOf, instantField } from '../shared/instant';

/** How far ahead an interaction may be dated (clock skew between the person and the server). */
const FUTURE_SLACK_MS = 60 * 60 * 1000;

/** What `log-interaction` saved, with the names it resolved. */
export interface LoggedInteraction {
  id: string;
  type: InteractionType;
  occurredAt: Date;
  summary: string;
  account: { id: string; name: string };
  contact?: { id: string; name: string };
  deal?: { id: string; name: string };
  byUserId: string;
}

/**
 * Logs a call, e-mail, meeting, note or chat with an account, by the caller. The contact must
 * work at the account and the deal must be the account's; the time defaults to now and may not
 * be in the future (plans are tasks, not interactions). One logs only on an account (and deal)
 * one sees in full: another team's is FORBIDDEN, naming its owner.
 */
export const logInteraction = defineSkill({
  name: 'log-interaction',
  description:
    'Log a call, email, meeting, note or chat the caller had with a customer account, optionally with one of its contacts and about one of its deals. Input: type, account (name, domain or id), optional contact (name or id), optional deal (name or id), optional when (ISO day or date-time, default now, not in the future), summary.',
  roles: ['rep', 'manager', 'admin'],
  changesData: true,
  input: z.object({
    type: z.enum(INTERACTION_TYPES),
    account: z.string().trim().min(1, 'name the account').max(200),
    contact: z.string().trim().min(1).max(200).optional(),
    deal: z.string().trim().min(1).max(200).optional(),
    when: instantField('when').optional(),
    summary: z
      .string()
      .trim()
      .min(1, 'say what it was about')
      .max(4000, 'keep the summary under 4000 characters'),
  }),
  run: async (input, { caller, services }): Promise<LoggedInteraction> => {
    if (!caller.userId)
      throw new CrmError(
        ErrorCode.InvalidInput,
        'I need to know who you are in the CRM to log an interaction.',
      );
    const now = services.clock();
    const occurredAt = input.when ? instantOf(input.when) : now;
    if (occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        'That date is in the future: log what happened, and create a task for what is planned.',
        {
          issues: ['when: in the future'],
        },
      );
    }
    const visibility = await RecordVisibility.of(services, caller);
    const account = await visibility.resolveAccount(input.account);
    await visibility.requireWritableAccount(account);
    const contact = input.contact ? await visibility.resolveContact(account, input.contact) : undefined;
    const deal = input.deal
      ? await visibility.resolveDeal(input.deal, { accountId: account._id, accountName: account.name })
      : undefined;
    if (deal) await visibility.requireWritableDeal(deal);
    const saved = await services.store.interactions.insertOne({
      type: input.type,
      accountId: account._id,
      ...(contact ? { contactId: contact._id } : {}),
      ...(deal ? { dealId: deal._id } : {}),
      userId: caller.userId,
      occurredAt,
      summary: input.summary,
      sentiment: scoreSentiment(input.summary),
    });
    return {
      id: saved._id,
      type: saved.type,
      occurredAt,
      summary: saved.summary,
      account: { id: account._id, name: account.name },
      ...(contact ? { contact: { id: contact._id, name: contactNameOf(contact) } } : {}),
      ...(deal ? { deal: { id: deal._id, name: deal.name } } : {}),
      byUserId: caller.userId,
    };
  },
});
