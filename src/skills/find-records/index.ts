import { z } from 'zod';
import { accountResolverOf } from '../shared/account-resolver';
import {
  contactNameOf,
  contactsAtAccountMatching,
  resolveContactAtAccount,
  type ContactChoice,
} from '../shared/contact-at-account';
import { dealsMatching, type DealChoice } from '../shared/deal-lookup';
import { defineSkill } from '../skill';

export type { AccountCandidate } from '../shared/account-resolver';
export type { ContactChoice } from '../shared/contact-at-account';
export type { DealChoice } from '../shared/deal-lookup';

/** The roles that name records in the write dialogs (log a call, create a task, move a deal). */
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
  run: async ({ mention }, { services }): Promise<FoundAccount> => {
    const account = await (await accountResolverOf(services)).resolve(mention);
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
  run: async ({ mention, accountId }, { services }): Promise<ContactMatches> => {
    const matches = await contactsAtAccountMatching(services.store, accountId ?? null, mention);
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
  run: async ({ account, mention }, { services }): Promise<{ id: string; name: string }> => {
    const contact = await resolveContactAtAccount(
      services.store,
      { _id: account.id, name: account.name },
      mention,
    );
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
  run: async ({ mention, accountId, accountIds }, { services }): Promise<{ matches: DealChoice[] }> => ({
    matches: await dealsMatching(
      services.store,
      mention,
      accountId ? { accountId } : accountIds ? { accountIds } : {},
    ),
  }),
});
