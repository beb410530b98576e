import { z } from 'zod';
import { defineSkill } from '../skill';
import { CHURN_RISK_ROLES, churnRiskIfReady } from '../shared/churn-model';
import { RecordVisibility } from '../shared/record-visibility';
import { accessTo, visibleContact, type LimitedAccountView } from '../shared/visibility-policy';
import { AccountReads } from './account-reads';
import { briefingFor, MAX_CONTACTS, type FullAccountBriefing } from './briefing';

export type { FullAccountBriefing } from './briefing';
export { accountResolverOf, type AccountCandidate } from '../shared/account-resolver';
export type { LimitedView, LimitedAccountView, OwnerLabel } from '../shared/visibility-policy';

/** The process's kept briefing reads (in the artifact cache, so each set of services has its own). */
const READS_KEY = 'account-briefing:reads';

/**
 * A briefing as the caller may see it: in full (less the parts their role does not see), or,
 * for another team's account, its name, industry and owner only.
 */
export type AccountBriefing = FullAccountBriefing | LimitedAccountView;

/**
 * Account briefing: who the account is, its owner, open deals and pipeline, recent wins, the people
 * to talk to and the latest interactions. The account may be named loosely ("acme", "globex.com").
 * Another team's account is named with its industry and owner only (see the visibility policy).
 */
export const accountBriefing = defineSkill({
  name: 'account-briefing',
  description:
    'Brief on a customer account: profile, owner, open deals and pipeline, wins in the last 12 months, key contacts and recent interactions. Input: the account name (fuzzy), domain or id; contacts "all" to list every contact (up to 50) instead of the key ones.',
  roles: ['rep', 'manager', 'marketing', 'admin'],
  input: z.object({
    account: z.string().trim().min(1, 'name the account').max(200),
    /** The key contacts (an overview) or all of them ("list the contacts at Acme"). */
    contacts: z.enum(['key', 'all']).optional(),
  }),
  run: async ({ account, contacts }, { caller, services }): Promise<AccountBriefing> => {
    const visibility = await RecordVisibility.of(services, caller);
    const found = await visibility.resolveAccount(account);
    const owner = await visibility.ownerOf(found.ownerId);
    const { viewer } = visibility;
    if (accessTo(viewer, owner, 'account') !== 'full') return visibility.limitedAccount(found);
    const reads = await services.artifacts.get(READS_KEY, async () => new AccountReads(services.store));
    const briefing = await briefingFor(
      services.store,
      found,
      services.clock(),
      {
        // A deal of this account owned by someone of another team stays out of it, amounts included.
        ...(accessTo(viewer, owner, 'deal') === 'full'
          ? {
              deals: <D extends { ownerId: string }>(deals: D[]) =>
                visibility.onlyFull(deals, (d) => d.ownerId, 'deal'),
            }
          : {}),
        ...(accessTo(viewer, owner, 'contact') === 'full'
          ? {
              contact: <C extends { email?: string; phone?: string }>(c: C) =>
                visibleContact(viewer, owner, c),
            }
          : {}),
        interactions: accessTo(viewer, owner, 'interaction') === 'full',
      },
      reads.of(found._id),
      MAX_CONTACTS[contacts ?? 'key'],
    );
    const maySeeChurn = (CHURN_RISK_ROLES as readonly string[]).includes(caller.role);
    const risk =
      found.status === 'customer' && maySeeChurn
        ? await churnRiskIfReady(services, found, services.clock())
        : undefined;
    if (!risk) return briefing;
    const { probability, level, reasons } = risk;
    return { ...briefing, churnRisk: { probability, level, reasons: reasons.map((reason) => reason.text) } };
  },
});
