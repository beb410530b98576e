import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { contactNameOf, contactsAtAccountMatching, type ContactChoice } from '../shared/contact-at-account';
import { dealsMatching, type DealChoice } from '../shared/deal-lookup';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

export type { AccountCandidate } from '../shared/account-resolver';
export type { ContactChoice } from '../shared/contact-at-account';
export type { DealChoice } from '../shared/deal-lookup';

/**
 * The roles that name records in the write dialogs (log a call, create a task, move a deal). These
 * lookups find only what the caller may write to, which is what they see in full (the visibility
 * policy): another team's account is FORBIDDEN naming its owner, its contacts and deals are not found.
 */
const RECORD_FINDERS = ['rep', 'manager', 'admin'] as const;

/** An account a mention settled on. */
export interface FoundAccount {
  id: string;
  name: string;
  domain?: string;
}

/**
 * The one account a loose mention means ("acme", "globex.com", a typo). AMBIGUOUS lists the close
 * candidates, NOT_FOUND says nothing matched: the dialogs ask the person which one.
 */
export const findAccount = defineSkill({
  name: 'find-account',
  description: 'The one CRM account a name, domain or id means (asks back when several are close)',
  roles: RECORD_FINDERS,
  input: z.object({ mention: z.string().trim().min(1).max(200) }),
  run: async ({ mention }, { caller, services }): Promise<FoundAccount> => {
    const visibility = await RecordVisibility.of(services, caller);
    const account = await visibility.resolveAccount(mention);
    await visibility.requireWritableAccount(account);
    return { id: account._id, name: account.name, ...(account.domain ? { domain: account.domain } : {}) };
  },
});

/** Contacts a mention may mean, with their account's name. */
export interface ContactMatches {
  matches: Array<ContactChoice & { accountName?: string }>;
}

/**
 * The contacts a mention ("Jane", "jane park", a typo, an e-mail) may mean, best first: those of
 * one account, or anyone's (to find the account from the person).
 */
export const findContacts = defineSkill({
  name: 'find-contacts',
  description: 'Contacts a name or e-mail may mean, at one account or anywhere',
  roles: RECORD_FINDERS,
  input: z.object({
    mention: z.string().trim().min(1).max(200),
    accountId: z.string().min(1).max(64).optional(),
  }),
  run: async ({ mention, accountId }, { caller, services }): Promise<ContactMatches> => {
    const visibility = await RecordVisibility.of(services, caller);
    const found = await contactsAtAccountMatching(services.store, accountId ?? null, mention);
    const shown = await visibility.accountIdsWithFull(
      found.map((m) => m.accountId),
      'contact',
    );
    const matches = found.filter((m) => shown.has(m.accountId));
    const accountIds = [...new Set(matches.map((m) => m.accountId))];
    const accounts = accountIds.length
      ? await services.store.accounts.find({ _id: { $in: accountIds } }, { projection: { name: 1 } })
      : [];
    const nameOf = new Map(accounts.map((a) => [a._id, a.name]));
    return {
      matches: matches.map((m) => ({
        ...m,
        ...(nameOf.has(m.accountId) ? { accountName: nameOf.get(m.accountId)! } : {}),
      })),
    };
  },
});

/**
 * The one contact of an account a mention or id means. A contact of another account is
 * INVALID_INPUT (naming where they work), no match NOT_FOUND (listing the account's contacts),
 * several AMBIGUOUS.
 */
export const findContact = defineSkill({
  name: 'find-contact',
  description: 'The one contact at an account a name, e-mail or id means',
  roles: RECORD_FINDERS,
  input: z.object({
    account: z.object({ id: z.string().min(1).max(64), name: z.string().min(1).max(200) }),
    mention: z.string().trim().min(1).max(200),
  }),
  run: async ({ account, mention }, { caller, services }): Promise<{ id: string; name: string }> => {
    const visibility = await RecordVisibility.of(services, caller);
    const stored = await services.store.accounts.findById(account.id);
    if (!stored) throw new CrmError(ErrorCode.NotFound, `I could not find the account ${account.name}.`);
    await visibility.requireWritableAccount(stored);
    const contact = await visibility.resolveContact({ _id: stored._id, name: stored.name }, mention);
    return { id: contact._id, name: contactNameOf(contact) };
  },
});

/**
 * Deals a mention may mean ("anvil renewal", "the globex deal"), best first, within one account,
 * else the accounts the message names, else all deals.
 */
export const findDeals = defineSkill({
  name: 'find-deals',
  description: 'Deals a name may mean, within an account or among the accounts a message names',
  roles: RECORD_FINDERS,
  input: z.object({
    mention: z.string().max(200),
    accountId: z.string().min(1).max(64).optional(),
    accountIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  }),
  run: async (
    { mention, accountId, accountIds },
    { caller, services },
  ): Promise<{ matches: DealChoice[] }> => {
    const visibility = await RecordVisibility.of(services, caller);
    const matches = await dealsMatching(
      services.store,
      mention,
      accountId ? { accountId } : accountIds ? { accountIds } : {},
    );
    return { matches: await visibility.onlyFullDeals(matches) };
  },
});
